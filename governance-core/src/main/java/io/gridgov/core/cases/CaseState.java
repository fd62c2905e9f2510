package io.gridgov.core.cases;

/**
 * Where a case is in the closed loop (闭环). The main line is {@link #REPORTED} → {@link #REGISTERED}
 * → {@link #DISPATCHED} → {@link #IN_PROGRESS} → {@link #HANDLED} → {@link #CLOSED} →
 * {@link #EVALUATED}; {@link #REJECTED}, {@link #MERGED} and {@link #WITHDRAWN} are terminal exits;
 * {@link #SUSPENDED} pauses the clock. {@link CaseLifecycle#table()} says which commands each state
 * accepts.
 */
public enum CaseState {
    /** Reported through a channel, not yet checked by a centre (上报). */
    REPORTED,
    /** Checked and registered by a centre (核实立案); waits to be dispatched. */
    REGISTERED,
    /** Dispatched to a main handling organisation (派遣), waits for it to sign for the case. */
    DISPATCHED,
    /** Signed for and being handled (处置). */
    IN_PROGRESS,
    /** The handler fed back a result (反馈); waits for verification (核查). */
    HANDLED,
    /** Verified and closed (结案) with an outcome; a dispute may instead be concluded by its mediation. */
    CLOSED,
    /** The reporter (or a return visit) evaluated the handling (评价). */
    EVALUATED,
    /** Not accepted: not a matter for this platform, or not genuine (不予受理). Terminal. */
    REJECTED,
    /** A duplicate, merged into a surviving case (合并). Terminal. */
    MERGED,
    /** Withdrawn by the reporter (撤回). Terminal. */
    WITHDRAWN,
    /**
     * Suspended: the clock is paused while the case waits for a court, a mediation, an appraisal, the
     * weather, or is parked as a backlog item (挂账). It resumes to the state it was suspended from (or a
     * dispute's mediation concludes it).
     */
    SUSPENDED;

    /** Whether the state is a terminal exit: rejected, merged or withdrawn. */
    public boolean isTerminal() {
        return switch (this) {
            case REJECTED, MERGED, WITHDRAWN -> true;
            case REPORTED, REGISTERED, DISPATCHED, IN_PROGRESS, HANDLED, CLOSED, EVALUATED, SUSPENDED -> false;
        };
    }
}
