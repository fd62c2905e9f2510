package io.gridgov.core.mediation;

import io.gridgov.core.lifecycle.Condition;

/** What must hold, besides the state and the actor, for a command on a dispute. Evaluated by {@link MediationLifecycle}. */
enum DisputeGuard implements Condition {
    /** A transfer or a diversion goes to another committee or category. */
    ELSEWHERE("the committee or the category must change", "elsewhere"),
    /** The named party has not refused already. */
    NOT_ALREADY_REFUSED("the party must not have refused already", "not refused yet"),
    /** No party expressly refused mediation (People's Mediation Law art. 17). */
    NO_REFUSAL("no party may have expressly refused mediation (mediation is voluntary)", "no refusal"),
    /** A people's mediation committee does not take up what another authority took up (Ministry of Justice provisions on people's mediation, 2002, art. 22). */
    NOT_TAKEN_UP("a people's mediation committee may accept only a matter no court, police or administrative body"
            + " has accepted or decided", "not taken up elsewhere"),
    /** The limit allows extensions. */
    EXTENDABLE("the mediation's time limit must allow extension", "extendable"),
    /** Every party consents. */
    ALL_CONSENT("every party must consent", "all consent"),
    /** Every party signed. */
    ALL_SIGNED("every party must have signed the agreement", "all signed"),
    /** The limit expired and the law deems that a failure. */
    EXPIRED_FAILS("the mediation's time limit must have expired, where the law deems expiry a failure", "expired"),
    /** Not a court's mediation in a lawsuit. */
    NOT_JUDICIAL("a court's mediation in a lawsuit ends in an enforceable mediation document, not in an agreement"
            + " to confirm", "not judicial"),
    /** The confirmation window is open. */
    WITHIN_WINDOW("the window for judicial confirmation (30 days from the agreement taking effect) must be open",
            "within window"),
    /** Every party applies. */
    JOINT("every party must apply jointly", "joint"),
    /** An unperformed agreement that was not confirmed is closed only when the obligee sued. */
    SUED("an agreement not performed and not confirmed is closed with the route LITIGATION taken", "sued"),
    /** An unperformed confirmed agreement is closed only when the obligee applied for enforcement. */
    ENFORCED("a confirmed agreement not performed is closed with the route ENFORCEMENT taken", "enforced"),
    /** The mediation's warning level rose above the one recorded. */
    WARNING_ROSE("the mediation's warning level must be higher than the one recorded", "level rose");

    private final String description;
    private final String label;

    DisputeGuard(String description, String label) {
        this.description = description;
        this.label = label;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String label() {
        return label;
    }
}
