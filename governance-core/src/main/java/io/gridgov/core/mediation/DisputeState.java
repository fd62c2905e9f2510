package io.gridgov.core.mediation;

/**
 * Where a dispute is on its way from application to closure. {@link MediationLifecycle#table()} says
 * which commands each state accepts; {@link #DIVERTED} and {@link #CLOSED} accept none.
 */
public enum DisputeState {
    /** Applied for (申请); the mediation body has not decided whether to accept it. */
    APPLIED,
    /** Declined by the mediation body (不予受理), with the routes offered. */
    DECLINED,
    /** Accepted (受理); no mediator assigned yet. */
    ACCEPTED,
    /** Being mediated by the assigned mediators (调解中). */
    MEDIATING,
    /** Paused for an expert appraisal (鉴定), which does not count against the time limit. */
    SUSPENDED,
    /** An agreement was reached and signed by every party: it is in effect (达成协议). */
    AGREED,
    /** The mediation failed (调解不成), with the routes offered. */
    FAILED,
    /** A party ended the mediation (终止): mediation is voluntary. */
    TERMINATED,
    /** The parties jointly applied to a court for judicial confirmation of the agreement (申请司法确认). */
    CONFIRMATION_REQUESTED,
    /** The court confirmed the agreement: it can be enforced (确认有效). */
    CONFIRMED,
    /** The court refused to confirm the agreement (驳回申请 / 确认无效). */
    CONFIRMATION_REFUSED,
    /** The agreement was performed (履行完毕). */
    PERFORMED,
    /** Went on as a new dispute in another category or committee (分流). Final. */
    DIVERTED,
    /** Closed (结案). Final. */
    CLOSED
}
