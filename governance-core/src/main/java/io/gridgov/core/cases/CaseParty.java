package io.gridgov.core.cases;

import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.Condition;

/** Who, besides holding the role, may issue a command on a case. Evaluated by {@link CaseLifecycle}. */
enum CaseParty implements Condition {
    /** Anyone holding the role whose area scope contains the case (always checked first). */
    IN_SCOPE("anyone with the role whose area scope contains the case", "in scope"),
    /** The organisation owning the case. */
    OWNER("the organisation owning the case", "owner"),
    /** The main handling organisation. */
    MAIN_HANDLER("the main handling organisation", "main handler"),
    /** The owning organisation, if neither it nor the person handled the case (separation of duties). */
    OWNER_NOT_HANDLER("the organisation owning the case, if it did not handle the case itself", "owner, not handler"),
    /** Any organisation that did not handle the case, by a person who did not (separation of duties). */
    NOT_HANDLER("an organisation that did not handle the case", "not handler"),
    /** For a case resolved on the spot: anyone but the person who resolved it (the grid leader verifies). */
    ON_SPOT_VERIFIER("for a case resolved on the spot, anyone but the person who resolved it", "on-spot verifier"),
    /** The person who reported the case. */
    REPORTER("the person who reported the case", "reporter");

    private final String description;
    private final String label;

    CaseParty(String description, String label) {
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

    /** Whether the actor is this party for the case. */
    boolean holds(Actor a, Case c) {
        String org = a.organisation();
        String person = a.personId();
        return switch (this) {
            case IN_SCOPE -> true;
            case OWNER -> org.equals(c.owner());
            case MAIN_HANDLER -> org.equals(c.mainHandlerOrNull());
            case OWNER_NOT_HANDLER -> org.equals(c.owner()) && !c.isHandledBy(org) && !handledBy(c, person);
            case NOT_HANDLER -> !c.isHandledBy(org) && !handledBy(c, person);
            case ON_SPOT_VERIFIER -> c.resolvedOnSpotByOrNull() != null && !handledBy(c, person);
            case REPORTER -> c.reporter().isPerson(person);
        };
    }

    private static boolean handledBy(Case c, String person) {
        return person.equals(c.handledByOrNull()) || person.equals(c.resolvedOnSpotByOrNull());
    }
}
