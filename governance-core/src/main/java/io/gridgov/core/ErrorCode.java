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
     * A store commit whose expected version is not the stored one: another command changed the aggregate
     * first (or it already exists, or does not exist yet). Nothing was written; reload and apply again.
     */
    VERSION_CONFLICT("GOV-030"),
    /** A store commit that would give a tracking number to a second aggregate. Nothing was written. */
    DUPLICATE_TRACKING_NUMBER("GOV-031"),
    /**
     * A storage or delivery back end failed (a database, a network): the host's own exception is the cause.
     * Whether a commit that failed this way was written is unknown; retry it with the same command id.
     */
    STORE_FAILURE("GOV-032"),
    /**
     * A commit that does not hang together (a snapshot and its expected version, events of another
     * aggregate or command, notification ids used twice); every problem is listed. Nothing was written.
     */
    INVALID_COMMIT("GOV-033"),
    /**
     * A routing rule set that cannot be used: unknown category, area, level or organisation codes,
     * duplicate or conflicting entries, bad time limits, escalation ladders that go down or loop, ...
     * Every problem is listed, each with the path of the rule it concerns (e.g. {@code entries[12].area}).
     */
    INVALID_RULE_SET("GOV-050"),
    /**
     * A directory of organisations and role holders that does not fit its grid tree: unknown areas or
     * organisations, ids used twice, two offices for one area, ...; every problem is listed.
     */
    INVALID_DIRECTORY("GOV-060"),
    /**
     * A tracking number that cannot be issued because the sequence of its area and day is used up; the
     * message names the area, the day and the width of the sequence.
     */
    TRACKING_SEQUENCE_EXHAUSTED("GOV-061"),
    /**
     * A tracking number asked for a day the generator no longer tracks (too far behind the newest day it
     * has issued numbers for), so it could repeat a number already issued.
     */
    TRACKING_DAY_CLOSED("GOV-062"),
    /** A boundary (rings of WGS-84 positions) that is not a valid polygon or multipolygon; every problem is listed. */
    INVALID_BOUNDARY("GOV-063");

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
