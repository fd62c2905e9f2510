package io.gridgov.core.mediation;

/** Every command on a dispute: the columns of {@link MediationLifecycle#table()}. */
public enum DisputeCommandType {
    /** Apply for mediation (申请); creates the dispute ({@link DisputeApplication}). */
    APPLY,
    /** Transfer the application to another committee or category (the one-stop transfer platform, 分流转办). */
    TRANSFER,
    /** A party expressly refuses mediation: the committee may then not accept. */
    REFUSE,
    /** Accept the dispute (受理). */
    ACCEPT,
    /** Decline the dispute (不予受理), offering routes. */
    DECLINE,
    /** Assign the mediators, which starts the mediation (or changes them during it). */
    ASSIGN,
    /** Pause for an expert appraisal; its time does not count. */
    SUSPEND_FOR_APPRAISAL,
    /** Resume after the appraisal. */
    RESUME,
    /** Extend the time limit, with every party's consent, where the limit allows it. */
    EXTEND,
    /** Record the signed agreement. */
    REACH_AGREEMENT,
    /** Record that the mediation failed, offering routes. */
    FAIL,
    /** The system ends a mediation whose expired time limit the law deems a failure. */
    EXPIRE,
    /** A party ends the mediation (or withdraws the application). */
    WITHDRAW,
    /** The parties jointly apply to a court to confirm the agreement, within the window. */
    REQUEST_CONFIRMATION,
    /** The court confirms the agreement. */
    CONFIRM,
    /** The court refuses to confirm it. */
    REFUSE_CONFIRMATION,
    /** Mediate again after a refused confirmation, to change the agreement or reach a new one. */
    REMEDIATE,
    /** Record that the agreement was performed. */
    RECORD_PERFORMANCE,
    /** Go on as a new dispute in another category or committee. */
    DIVERT,
    /** Close the dispute, recording the route the parties took. */
    CLOSE,
    /** The overdue sweep records a rise of the warning level. */
    RAISE_WARNING
}
