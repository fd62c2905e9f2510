package io.gridgov.spi.notify;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.time.Instant;
import java.util.Objects;

/**
 * A notification claimed from an {@link Outbox} under a lease: until {@link #leaseUntil()} no other
 * claimer receives it. Only the holder of the lease (the same {@link #lease() token}) may mark it
 * delivered or record a failure.
 *
 * <p>Immutable and thread-safe.
 *
 * @param notification the notification to deliver
 * @param lease        the lease token, unique per claim; opaque to the caller
 * @param leaseUntil   when the lease expires and another claimer may take the notification
 * @param attempt      which attempt this is: 1 for the first claim, one more per later claim
 */
public record OutboxClaim(Notification notification, String lease, Instant leaseUntil, int attempt) {
    /**
     * Validates the claim.
     *
     * @throws InvalidInputException if the lease token is blank or the attempt is below 1
     */
    public OutboxClaim {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        if (lease.isBlank() || attempt < 1) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "outbox claim " + notification.id(),
                    "a claim needs a lease token and an attempt of at least 1 (got " + attempt + ")");
        }
    }

    /** The claimed notification's id. */
    public NotificationId id() {
        return notification.id();
    }
}
