package io.gridgov.core.cases;

/**
 * The kinds of command a case accepts; each has a record in {@link CaseCommand}. The transition table
 * ({@link CaseLifecycle#table()}) says in which states each is allowed and to whom.
 */
public enum CaseCommandType {
    /** Report a new case (上报). */
    REPORT,
    /** Register a reported case (立案), confirming kind, category and priority. */
    REGISTER,
    /** Reject a reported case (不予受理), with a reason. */
    REJECT,
    /** Merge a duplicate into another case. */
    MERGE,
    /** Resolve on the spot (the micro cycle): a grid member fixes it; the grid leader verifies. */
    RESOLVE_ON_SPOT,
    /** Dispatch to one main handling organisation and any cooperating ones (派遣). */
    DISPATCH,
    /** Sign for a dispatched case (签收). */
    SIGN_FOR,
    /** Return a case that is not ours to the dispatcher (退回), with a reason; counted. */
    RETURN,
    /** Escalate one level up (上报/提级); skip-level for emergencies or where policy allows. */
    ESCALATE,
    /** Ask for more time (延期申请). */
    REQUEST_EXTENSION,
    /** Approve the pending request for more time; the deadline moves. */
    APPROVE_EXTENSION,
    /** Deny the pending request for more time. */
    DENY_EXTENSION,
    /** Suspend the case: the clock pauses (挂起/挂账). */
    SUSPEND,
    /** Resume a suspended case: the clock runs again. */
    RESUME,
    /** Feed back the result of handling (反馈), with evidence. */
    FEED_BACK,
    /** Verification passed (核查通过): close the case with an outcome. */
    VERIFY_PASS,
    /** Verification failed (核查不通过): back to handling, counted as rework. */
    VERIFY_FAIL,
    /**
     * Conclude a dispute case by the outcome of its mediation (调解结案): the mediation reports back,
     * naming the dispute by its tracking number; no verification follows.
     */
    CONCLUDE_BY_MEDIATION,
    /** Evaluate the handling (评价): satisfied, basically satisfied, dissatisfied. */
    EVALUATE,
    /** Ask to reopen after a dissatisfied evaluation; a dispatcher confirms or declines. */
    REQUEST_REOPEN,
    /** Confirm the reopen request: the case goes back to handling. */
    CONFIRM_REOPEN,
    /** Decline the reopen request. */
    DECLINE_REOPEN,
    /** Withdraw the case (the reporter). */
    WITHDRAW,
    /** Supervise (督办) with a yellow or red card; recorded, no state change. */
    SUPERVISE,
    /** Urge (催办); recorded, no state change. */
    URGE,
    /** Record that the running stage's warning level rose (the overdue sweep); no state change. */
    RAISE_WARNING
}
