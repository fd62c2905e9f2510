package io.gridgov.core;

/**
 * The stable codes of every {@link GovernanceException}. A code never changes its meaning once
 * released, so hosts may match on it (for example to map errors to their own API responses) and
 * support staff may search for it.
 *
 * <p>The code appears at the start of every exception message, e.g. {@code GOV-010: ...}.
 */
public enum ErrorCode {
    /** Input that breaks a documented rule; the exception lists every problem. */
    INVALID_INPUT("GOV-001"),
    /** A look-up of something that does not exist (an area code, a case id, ...). */
    NOT_FOUND("GOV-004"),
    /** A level scheme that cannot be used: duplicate keys, impossible code lengths, ... */
    INVALID_LEVEL_SCHEME("GOV-010"),
    /** An area code that does not match its level's format or its parent's code. */
    INVALID_AREA_CODE("GOV-011"),
    /** A set of areas that does not form a valid grid tree; every problem is listed. */
    INVALID_GRID_TREE("GOV-012"),
    /** Staff assignments that do not fit the grid tree; every problem is listed. */
    INVALID_STAFFING("GOV-013"),
    /** A re-division whose successor mapping is incomplete or inconsistent. */
    INVALID_REDIVISION("GOV-014"),
    /** A data file (grid file, taxonomy, calendar, rule set) that cannot be read; problems carry JSON paths. */
    INVALID_DATA_FILE("GOV-015"),
    /** A category taxonomy that is not a valid tree of codes; every problem is listed. */
    INVALID_TAXONOMY("GOV-016"),
    /** A time-limit policy with missing, duplicate or impossible limits; every problem is listed. */
    INVALID_TIME_LIMIT_POLICY("GOV-017"),
    /**
     * A command the lifecycle does not allow now: the state does not accept it, or its guard does not
     * hold. The message names the case, its state, the command and what is allowed now.
     */
    ILLEGAL_TRANSITION("GOV-020"),
    /**
     * A command from an actor who may not issue it: a role the table does not list, a case outside the
     * actor's area scope, an organisation that does not hold the case, or a broken separation of duties.
     */
    ACCESS_DENIED("GOV-021"),
    /**
     * A routing rule set that cannot be used: unknown category, area, level or organisation codes,
     * duplicate or conflicting entries, bad time limits, escalation ladders that go down or loop, ...
     * Every problem is listed, each with the path of the rule it concerns (e.g. {@code entries[12].area}).
     */
    INVALID_RULE_SET("GOV-050");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code "GOV-012"}. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
