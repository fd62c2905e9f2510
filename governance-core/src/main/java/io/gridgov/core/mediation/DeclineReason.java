package io.gridgov.core.mediation;

/** Why a mediation body declined a dispute (不予受理). */
public enum DeclineReason {
    /** A party expressly refused mediation: mediation is voluntary (People's Mediation Law art. 17). */
    PARTY_REFUSED,
    /** A court, the police or an administrative body already accepted or decided it (Ministry of Justice provisions on people's mediation, 2002, art. 22). */
    HANDLED_ELSEWHERE,
    /** The matter cannot be mediated, e.g. it is a crime or outside civil rights the parties may dispose of. */
    NOT_MEDIABLE,
    /** Another reason, stated in the explanation. */
    OTHER
}
