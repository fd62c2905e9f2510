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
    INVALID_DATA_FILE("GOV-015");

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
