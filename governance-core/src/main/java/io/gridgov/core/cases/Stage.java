package io.gridgov.core.cases;

/**
 * A timed stage of the closed loop. Each has its own time limit from the {@link TimeLimitPolicy}; the
 * deadline is computed when the stage starts.
 */
public enum Stage {
    /** From the report to registration (or rejection). */
    REGISTER,
    /** From registration (or a return, or an escalation) to dispatch. */
    DISPATCH,
    /** From dispatch to signing for. */
    SIGN_FOR,
    /** From signing for (or a failed verification, or a confirmed reopen) to feedback. */
    HANDLE,
    /** From feedback (or resolution on the spot) to verification. */
    VERIFY
}
