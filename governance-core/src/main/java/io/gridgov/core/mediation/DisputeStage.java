package io.gridgov.core.mediation;

/** The clocks of a dispute. */
public enum DisputeStage {
    /**
     * The mediation's time limit: from the application (labour disputes) or the acceptance (the rest),
     * paused while an expert appraisal runs, until an agreement, a failure or a termination.
     */
    MEDIATION,
    /**
     * The window for applying for judicial confirmation: from the agreement taking effect, 30 days by
     * default (People's Mediation Law art. 33; Civil Procedure Law art. 205).
     */
    CONFIRMATION_WINDOW
}
