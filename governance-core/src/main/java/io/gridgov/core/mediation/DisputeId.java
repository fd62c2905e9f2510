package io.gridgov.core.mediation;

import io.gridgov.core.lifecycle.Identifiers;

/**
 * The identity of a dispute, chosen by the host. The human-readable tracking number is separate
 * ({@link Dispute#trackingNumber()}).
 *
 * @param value see {@link Identifiers}
 */
public record DisputeId(String value) {
    /**
     * Validates the id.
     *
     * @throws io.gridgov.core.InvalidInputException if it is not a valid {@link Identifiers identifier}
     */
    public DisputeId {
        Identifiers.check(value, "dispute id");
    }

    /** Shorthand for {@code new DisputeId(value)}. */
    public static DisputeId of(String value) {
        return new DisputeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
