package io.gridgov.core.mediation;

/** Why a mediation failed (调解不成). */
public enum FailureReason {
    /** The mediator found that the parties could not agree. */
    NO_AGREEMENT,
    /**
     * The time limit expired and the law deems that a failure, e.g. a medical dispute not settled within
     * 30 working days (Regulation on the Prevention and Handling of Medical Disputes, art. 38).
     */
    TIME_LIMIT_EXPIRED,
    /**
     * A party left after the time limit, taking the route the law opens then, e.g. a labour dispute not
     * settled within 15 days of the application goes to arbitration (Labour Dispute Mediation and
     * Arbitration Law, art. 14).
     */
    PARTY_LEFT_AFTER_LIMIT
}
