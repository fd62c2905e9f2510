package io.gridgov.spi.notify;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.spi.store.StoreFailureException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Drains an {@link Outbox} through a {@link Notifier}: claims the due notifications under a lease,
 * delivers each, marks it delivered, or — when the notifier throws — records the failure with the next
 * attempt after an exponential back-off. A failing notifier therefore never loses a notification and
 * never blocks a commit: commits only write the outbox, and this relay runs after them (call
 * {@link #deliverDue()} from a scheduler, or after each command).
 *
 * <p>Time comes from the {@link Clock} given. Thread-safe: several relays (threads or processes) may drain
 * one outbox; the outbox's leases keep them from holding the same notification at once.
 */
public final class OutboxRelay {
    private final Outbox outbox;
    private final Notifier notifier;
    private final Clock clock;
    private final Duration lease;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final int batch;

    private OutboxRelay(Outbox outbox, Notifier notifier, Clock clock, Duration lease, Duration firstRetry,
            Duration maxRetry, int batch) {
        this.outbox = outbox;
        this.notifier = notifier;
        this.clock = clock;
        this.lease = lease;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.batch = batch;
    }

    /**
     * A relay with the default settings: batches of 100, leases of 5 minutes, retries after 30 seconds
     * doubling up to 1 hour.
     *
     * @param outbox   the outbox to drain
     * @param notifier the notifier to deliver through
     * @param clock    the clock that says what is due
     * @return the relay
     */
    public static OutboxRelay of(Outbox outbox, Notifier notifier, Clock clock) {
        return of(outbox, notifier, clock, Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofHours(1), 100);
    }

    /**
     * A relay with chosen settings.
     *
     * @param outbox     the outbox to drain
     * @param notifier   the notifier to deliver through
     * @param clock      the clock that says what is due
     * @param lease      how long a claim is held; longer than the notifier's slowest delivery
     * @param firstRetry the delay after a first failure; doubled after each further failure
     * @param maxRetry   the longest delay between attempts
     * @param batch      how many notifications to claim at a time, 1 to {@value Outbox#MAX_CLAIM}
     * @return the relay
     * @throws InvalidInputException if a duration is not positive, {@code maxRetry < firstRetry}, or the
     *                               batch is out of range
     */
    public static OutboxRelay of(Outbox outbox, Notifier notifier, Clock clock, Duration lease, Duration firstRetry,
            Duration maxRetry, int batch) {
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(notifier, "notifier");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(maxRetry, "maxRetry");
        if (lease.isNegative() || lease.isZero() || firstRetry.isNegative() || firstRetry.isZero()
                || maxRetry.compareTo(firstRetry) < 0 || batch < 1 || batch > Outbox.MAX_CLAIM) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "outbox relay", "lease " + lease + ", first retry "
                    + firstRetry + ", max retry " + maxRetry + " and batch " + batch + " do not fit; use positive"
                    + " durations, a max retry not shorter than the first, and a batch of 1 to " + Outbox.MAX_CLAIM);
        }
        return new OutboxRelay(outbox, notifier, clock, lease, firstRetry, maxRetry, batch);
    }

    /**
     * Delivers what is due now, one batch. A notifier that throws a {@link RuntimeException} is contained:
     * the failure is recorded and the notification tried again after the back-off. An {@link Error} from
     * the notifier is not caught; the notification stays leased and is claimed again when its lease ends, so
     * it is not lost either.
     *
     * @return how many were delivered and how many failed
     * @throws StoreFailureException if the outbox failed (a foreign exception of the outbox, wrapped; gridgov's
     *                               own pass unchanged); claimed notifications not yet marked are claimed
     *                               again when their leases end
     */
    public Result deliverDue() {
        Instant now = clock.instant();
        List<OutboxClaim> claims = outbox(() -> outbox.claim(now, lease, batch), "claim");
        int delivered = 0;
        int failed = 0;
        for (OutboxClaim claim : claims) {
            try {
                notifier.deliver(claim.notification());
            } catch (RuntimeException e) { // a failing notifier is contained: the notification is tried again
                Instant next = clock.instant().plus(backoff(claim.attempt()));
                outbox(() -> outbox.recordFailure(claim, next), "recording the failed delivery of " + claim.id());
                failed++;
                continue;
            }
            outbox(() -> outbox.markDelivered(claim, clock.instant()), "marking " + claim.id() + " delivered");
            delivered++;
        }
        return new Result(claims.size(), delivered, failed);
    }

    /**
     * Calls the outbox; a foreign exception becomes a {@link StoreFailureException}, gridgov's pass unchanged.
     * The notifications claimed and not yet marked stay leased and are claimed again when their leases end.
     */
    private static <T> T outbox(Supplier<T> call, String operation) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw StoreFailureException.wrap("outbox relay: " + operation, e);
        }
    }

    /** The delay after the given attempt failed: the first retry, doubled per earlier attempt, capped. */
    Duration backoff(int attempt) {
        Duration d = firstRetry;
        for (int i = 1; i < attempt && d.compareTo(maxRetry) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }

    /**
     * What one {@link #deliverDue()} did.
     *
     * @param claimed   how many notifications it claimed
     * @param delivered how many the notifier accepted
     * @param failed    how many the notifier refused (they will be tried again)
     */
    public record Result(int claimed, int delivered, int failed) {
    }
}
