package io.gridgov.core.mediation;

/**
 * The procedure of the lawsuit a judicial mediation is part of; it sets the mediation's time limit
 * (Supreme People's Court provisions on civil mediation, art. 4: 15 days in the ordinary procedure, 7
 * days in the summary procedure). Only {@link MediationCategory#JUDICIAL} disputes have one.
 */
public enum CourtProcedure {
    /** Not a mediation inside a lawsuit (every category but {@link MediationCategory#JUDICIAL}). */
    NONE,
    /** The ordinary procedure (普通程序). */
    ORDINARY,
    /** The summary procedure (简易程序). */
    SUMMARY
}
