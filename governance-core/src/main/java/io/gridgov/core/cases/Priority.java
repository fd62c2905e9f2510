package io.gridgov.core.cases;

/** How urgent a case is. Emergencies may skip levels when escalated and get the shortest limits. */
public enum Priority {
    /** Routine (一般). */
    ROUTINE,
    /** Urgent (紧急). */
    URGENT,
    /** Emergency (特急): may skip levels when escalated. */
    EMERGENCY
}
