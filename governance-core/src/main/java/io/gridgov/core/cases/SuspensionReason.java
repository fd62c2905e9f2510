package io.gridgov.core.cases;

/** Why a case is suspended (the clock is paused). */
public enum SuspensionReason {
    /** Waiting for a court or an arbitration body. */
    COURT,
    /** Waiting for a mediation of the dispute to conclude (调解). */
    MEDIATION,
    /** Waiting for an expert appraisal or inspection. */
    APPRAISAL,
    /** Waiting for the weather or the season (road works, planting). */
    WEATHER,
    /** Parked as a backlog item (挂账): cannot be solved under current conditions, kept on the books. */
    BACKLOG,
    /** Another reason, given in the command. */
    OTHER
}
