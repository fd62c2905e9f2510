package io.gridgov.core.cases;

/** The card a supervisor issues (督办). */
public enum Card {
    /** A yellow card: a warning to the handler. */
    YELLOW,
    /** A red card: a serious warning, usually counted in assessments. */
    RED
}
