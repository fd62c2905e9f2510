package io.gridgov.spi.notify;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link Outbox} holds for one notification: for operators and tests (is it delivered? how many
 * attempts? when is the next one?).
 *
 * <p>Immutable and thread-safe.
 *
 * @param notification the notification
 * @param status       where it is
 * @param attempts     how many times it was claimed
 * @param nextAttemptAt when it may next be claimed: its due time, or the time a failure asked for, or the
 *                      end of the current lease; for a delivered notification when it was delivered
 * @param deliveredAt  when it was marked delivered; {@code null} until then
 */
public record OutboxEntry(Notification notification, Status status, int attempts, Instant nextAttemptAt,
        Instant deliveredAt) {
    /** Where a notification is in the outbox. */
    public enum Status {
        /** Waiting to be claimed, at or after {@code nextAttemptAt} (never claimed, or a failure was recorded). */
        PENDING,
        /** Claimed under a lease that ends at {@code nextAttemptAt}; claimable again after that. */
        LEASED,
        /** Delivered; never claimed again. */
        DELIVERED
    }

    /** Rejects {@code null}s (except {@code deliveredAt} before delivery) and a negative attempt count. */
    public OutboxEntry {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts " + attempts + " is negative");
        }
        if ((status == Status.DELIVERED) != (deliveredAt != null)) {
            throw new IllegalArgumentException("deliveredAt is set exactly when the status is DELIVERED");
        }
    }

    /** When it was delivered, if it was. */
    public Optional<Instant> delivered() {
        return Optional.ofNullable(deliveredAt);
    }
}
