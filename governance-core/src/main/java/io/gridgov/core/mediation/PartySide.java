package io.gridgov.core.mediation;

/** Which side of a dispute a party is on. */
public enum PartySide {
    /** Applied for the mediation (申请人). */
    APPLICANT,
    /** The other side (被申请人). */
    RESPONDENT
}
