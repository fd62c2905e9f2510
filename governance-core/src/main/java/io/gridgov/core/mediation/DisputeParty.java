package io.gridgov.core.mediation;

import io.gridgov.core.lifecycle.Condition;

/** Who, besides holding the role, may issue a command on a dispute. Evaluated by {@link MediationLifecycle}. */
enum DisputeParty implements Condition {
    /** Anyone holding the role whose area scope contains the dispute (always checked first). */
    IN_SCOPE("anyone with the role whose area scope contains the dispute", "in scope"),
    /** The organisation that has the dispute. */
    COMMITTEE("a member of the organisation that has the dispute", "committee"),
    /** A person assigned to mediate it, of the organisation that has it. */
    ASSIGNED("a person assigned to mediate the dispute", "assigned"),
    /** A party to the dispute. */
    PARTY("a party to the dispute", "party"),
    /** The party the command names, acting for itself. */
    NAMED_PARTY("the party the command names, acting for itself", "that party"),
    /** A party, once a time limit whose expiry lets the parties leave has expired. */
    PARTY_AFTER_LIMIT("a party, once the time limit has expired and its expiry lets the parties leave (labour:"
            + " to arbitration)", "party after limit"),
    /** The court applied to for confirmation. */
    COURT("the court the parties applied to", "court"),
    /** One of the applicants of the application. */
    APPLICANT("one of the applicants", "applicant"),
    /** A member of the organisation the application is made to. */
    RECEIVING("a member of the organisation the application is made to", "receiving");

    private final String description;
    private final String label;

    DisputeParty(String description, String label) {
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
