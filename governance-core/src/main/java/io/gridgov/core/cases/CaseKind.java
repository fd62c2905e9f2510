package io.gridgov.core.cases;

/**
 * What kind of matter a case is: one of the five 12345 appeal types of a resident's demand, a hidden
 * hazard, a contradiction or dispute, or an alert from a sensing system.
 */
public enum CaseKind {
    /** A demand: a question (咨询). */
    CONSULTATION,
    /** A demand: a request for help (求助). */
    HELP,
    /** A demand: a complaint (投诉). */
    COMPLAINT,
    /** A demand: a report of wrongdoing (举报). */
    REPORT,
    /** A demand: a suggestion (建议). */
    SUGGESTION,
    /** A hidden hazard (安全隐患) found on patrol or reported. */
    HAZARD,
    /** A contradiction or dispute (矛盾纠纷); may open a mediation. */
    DISPUTE,
    /** An automatic alert from a camera or a sensor. */
    ALERT;

    /** Whether this is one of the five kinds of a resident's demand (诉求). */
    public boolean isDemand() {
        return switch (this) {
            case CONSULTATION, HELP, COMPLAINT, REPORT, SUGGESTION -> true;
            case HAZARD, DISPUTE, ALERT -> false;
        };
    }
}
