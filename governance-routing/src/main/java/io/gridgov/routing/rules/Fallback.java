package io.gridgov.routing.rules;

/** Which fallback a {@link Decision} used, if any. */
public enum Fallback {
    /** An entry for the case's own area and own category matched. */
    NONE,
    /** An entry for the case's own area matched, for a broader category (an ancestor of the case's). */
    BROADER_CATEGORY,
    /** An entry for an enclosing area (a county or city entry, for instance) matched. */
    HIGHER_AREA,
    /** No entry covers the case: the territory owns it (属地兜底). */
    TERRITORY
}
