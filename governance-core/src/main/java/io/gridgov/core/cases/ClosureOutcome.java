package io.gridgov.core.cases;

/** How a case was closed: by verification, or, for a dispute, by the outcome of its mediation. */
public enum ClosureOutcome {
    /** The matter was resolved (已解决). */
    RESOLVED,
    /** The question was answered or the situation explained (已答复/已解释). */
    ANSWERED,
    /** It cannot be resolved now, e.g. against law or policy, or beyond current conditions (暂不能解决). */
    NOT_RESOLVABLE
}
