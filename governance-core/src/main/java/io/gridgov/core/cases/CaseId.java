package io.gridgov.core.cases;

import io.gridgov.core.lifecycle.Identifiers;

/**
 * The identity of a case, chosen by the host (a database key, a UUID). The human-readable tracking
 * number is separate ({@link Case#trackingNumber()}).
 *
 * @param value see {@link Identifiers}
 */
public record CaseId(String value) {
    /**
     * Validates the id.
     *
     * @throws io.gridgov.core.InvalidInputException if it is not a valid {@link Identifiers identifier}
     */
    public CaseId {
        Identifiers.check(value, "case id");
    }

    /** Shorthand for {@code new CaseId(value)}. */
    public static CaseId of(String value) {
        return new CaseId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
