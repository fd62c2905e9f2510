package io.gridgov.core.lifecycle;

/**
 * What an actor may do, as the transition tables see it. A host maps its own accounts and posts to
 * these; one person may hold several (a grid leader is often also a grid member).
 */
public enum Role {
    /**
     * A resident, or anyone from the public acting for themselves or for an enterprise or organisation:
     * reports, and for their own case withdraws, urges and evaluates; as a party to a dispute applies for
     * mediation, refuses or withdraws, consents, and applies for judicial confirmation.
     */
    RESIDENT,
    /** A grid member (网格员): reports from patrol and resolves small matters on the spot. */
    GRID_MEMBER,
    /** A grid leader (网格长): verifies what grid members resolved on the spot. */
    GRID_LEADER,
    /**
     * An operator of a command or service centre (12345, a comprehensive-governance centre at any
     * level): registers, dispatches, escalates, suspends, approves extensions, verifies.
     */
    DISPATCHER,
    /** Staff of a handling organisation (a department, a street office, a community): signs for and handles. */
    HANDLER,
    /** A supervisor (督办): issues yellow and red cards and urges. */
    SUPERVISOR,
    /** A return-visit operator (回访): records the reporter's evaluation, e.g. after a phone call. */
    RETURN_VISITOR,
    /**
     * A mediator (调解员) of a people's, industry or administrative mediation body, or one a court
     * appoints: accepts or declines disputes for their committee, mediates those assigned to them.
     */
    MEDIATOR,
    /** A judge (法官) of a people's court: refers disputes to mediation and confirms or refuses agreements. */
    JUDGE,
    /** The host's engine acting on its own, e.g. the overdue sweep raising warnings. */
    SYSTEM
}
