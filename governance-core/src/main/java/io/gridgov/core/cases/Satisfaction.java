package io.gridgov.core.cases;

/** The reporter's evaluation of the handling. */
public enum Satisfaction {
    /** Satisfied (满意). */
    SATISFIED,
    /** Basically satisfied (基本满意). */
    BASICALLY_SATISFIED,
    /** Dissatisfied (不满意): the reporter may ask to reopen. */
    DISSATISFIED
}
