package io.gridgov.core.mediation;

/**
 * Where the parties can go when a mediation does not settle their dispute, or when a settled agreement
 * is not performed. A failed, terminated or declined dispute records the routes offered; a closed one
 * records the route taken, if known.
 */
public enum Route {
    /** Arbitration, e.g. a labour dispute arbitration commission (which a labour dispute must pass before a court). */
    ARBITRATION,
    /** A lawsuit in a people's court. */
    LITIGATION,
    /** Another mediation body or category: a diversion ({@link DisputeCommandType#DIVERT}). */
    OTHER_MEDIATION,
    /** Handling by the competent administrative body, e.g. a health commission for a medical dispute. */
    ADMINISTRATIVE_HANDLING,
    /** Compulsory enforcement by a court, of a judicially confirmed agreement a party did not perform. */
    ENFORCEMENT
}
