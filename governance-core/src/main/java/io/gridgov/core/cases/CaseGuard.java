package io.gridgov.core.cases;

import io.gridgov.core.lifecycle.Condition;

/** What must hold, besides the state and the actor, for a command on a case. Evaluated by {@link CaseLifecycle}. */
enum CaseGuard implements Condition {
    /** A merge points to another case. */
    OTHER_CASE("the surviving case must be another case", "other case"),
    /** Escalation goes one level up, or further for emergencies or where policy allows. */
    ESCALATION_TARGET("the target area must be the parent of the owning area, or a higher ancestor when the"
            + " priority is EMERGENCY or the command says policy allows skipping levels", "one level up"),
    /** No extension request is pending. */
    NO_PENDING_EXTENSION("no extension request may be pending", "none pending"),
    /** An extension request is pending. */
    EXTENSION_PENDING("an extension request must be pending", "pending"),
    /** The latest evaluation is dissatisfied and no reopen was asked for it. */
    REOPEN_ALLOWED("the latest evaluation must be DISSATISFIED and no reopen asked for after it", "dissatisfied"),
    /** A reopen request is pending. */
    REOPEN_PENDING("a reopen request must be pending", "requested"),
    /** The running stage's warning level rose above the one recorded. */
    WARNING_ROSE("the running stage's warning level must be higher than the one recorded", "level rose"),
    /** The case is a dispute, so a mediation can conclude it. */
    DISPUTE_KIND("the case must be of kind DISPUTE", "dispute");

    private final String description;
    private final String label;

    CaseGuard(String description, String label) {
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
