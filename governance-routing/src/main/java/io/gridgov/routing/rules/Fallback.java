package io.gridgov.routing.rules;

/**
 * Which fallback a {@link Decision} used, if any. Areas are measured from the case's <b>own list</b>: the
 * list of the nearest area, from the case's own area up, that has any entry at all (for a case in a grid or
 * a community, usually its street's or township's list; for a department dispatch, the walk starts at the
 * dispatch level's area). A match there is not an area fallback.
 */
public enum Fallback {
    /** An entry of the case's own list for the case's own category matched. */
    NONE,
    /** An entry of the case's own list for a broader category (an ancestor of the case's) matched. */
    BROADER_CATEGORY,
    /**
     * An entry of an area above the own list's area matched: a county or city entry when the townships
     * publish lists (a matter taken back by a higher department, for instance), for the case's category or a
     * broader one.
     */
    HIGHER_AREA,
    /** No entry covers the case: the territory owns it (属地兜底). */
    TERRITORY
}
