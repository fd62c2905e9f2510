package io.gridgov.core.cases;

/** How a case came in. */
public enum Channel {
    /** The 12345 government service hotline. */
    HOTLINE_12345,
    /** A city app (e.g. Ping An Changde 580). */
    APP,
    /** A WeChat official account or grid WeChat group. */
    WECHAT,
    /** A WeChat mini-program. */
    MINI_PROGRAM,
    /** Found by a grid member on patrol. */
    GRID_PATROL,
    /** A walk-in at a service station or centre. */
    WALK_IN,
    /** A petition letter or visit (信访). */
    PETITION,
    /** An automatic alert from a camera or a sensor. */
    SENSOR,
    /** Assigned by a superior body (上级交办). */
    ASSIGNED_BY_SUPERIOR
}
