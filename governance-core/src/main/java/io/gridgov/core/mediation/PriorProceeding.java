package io.gridgov.core.mediation;

/**
 * Whether another authority already took the matter up. The Ministry of Justice's provisions on people's
 * mediation (2002), art. 22: a people's
 * mediation committee does not accept a dispute that a court, the police or an administrative body has
 * accepted or decided; it declines it.
 */
public enum PriorProceeding {
    /** No other authority has it. */
    NONE,
    /** A court has accepted a suit on it. */
    ACCEPTED_BY_COURT,
    /** A court has decided it. */
    DECIDED_BY_COURT,
    /** The police (public security) have accepted it. */
    ACCEPTED_BY_POLICE,
    /** The police have decided it. */
    DECIDED_BY_POLICE,
    /** An administrative body has accepted it. */
    ACCEPTED_BY_ADMINISTRATION,
    /** An administrative body has decided it. */
    DECIDED_BY_ADMINISTRATION;

    /** Whether another authority has accepted or decided the matter. */
    public boolean isTakenUp() {
        return this != NONE;
    }
}
