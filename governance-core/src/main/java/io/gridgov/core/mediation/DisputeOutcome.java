package io.gridgov.core.mediation;

/** How a dispute ended, as the case it came from and the statistics see it. */
public enum DisputeOutcome {
    /** The agreement was performed (履行完毕). */
    AGREEMENT_PERFORMED,
    /** An agreement was reached but not performed; the obligee took it further (enforcement or a suit). */
    AGREEMENT_NOT_PERFORMED,
    /** A court refused to confirm the agreement and the parties did not settle it again. */
    AGREEMENT_NOT_CONFIRMED,
    /** The mediation failed. */
    FAILED,
    /** A party ended the mediation (it is voluntary). */
    TERMINATED,
    /** The mediation body declined the dispute. */
    DECLINED,
    /** The dispute went on as a new dispute in another category or committee. */
    DIVERTED;

    /** Whether the dispute ended settled: an agreement was performed. */
    public boolean isSettled() {
        return this == AGREEMENT_PERFORMED;
    }
}
