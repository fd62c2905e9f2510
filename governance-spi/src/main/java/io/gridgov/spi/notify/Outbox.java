package io.gridgov.spi.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The notifications a store committed with the changes that produced them (a transactional outbox),
 * waiting to be delivered. Rows are written only by a store's commit
 * ({@link io.gridgov.spi.store.AggregateStore#commit}); this interface takes them out: claim the due ones
 * under a lease, then mark each delivered or record a failure with the time of the next attempt.
 *
 * <p>Several relays, in one process or many, may drain one outbox: the lease makes sure two of them
 * never hold the same notification at once; a relay that dies lets its leases expire and another picks
 * the notifications up. Delivery is therefore at least once, never at most once.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Thread safety:</b> every method may be called concurrently from many threads and processes.</li>
 *   <li><b>Leases:</b> {@link #claim} hands out each notification to at most one caller while its lease
 *       runs; a notification is claimable when it is not delivered, its next attempt time has come
 *       ({@code <= now}) and it has no lease or its lease ended ({@code <= now}). Each claim gets a new
 *       lease token and counts one attempt. In SQL: {@code UPDATE ... SET lease = ?, lease_until = ?,
 *       attempts = attempts + 1 WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED)}.</li>
 *   <li><b>Atomicity:</b> a {@link #claim} leases all the notifications it returns or none (a claim that
 *       throws leased nothing a caller can see); {@link #markDelivered} and {@link #recordFailure} change one
 *       row or nothing.</li>
 *   <li><b>Idempotency:</b> a second {@link #markDelivered} or {@link #recordFailure} with the same claim
 *       changes nothing and returns {@code false} (the lease ended with the first); {@code claim} is not
 *       idempotent: each call counts an attempt and hands out new leases.</li>
 *   <li><b>Order:</b> {@code claim} returns the oldest first: by next attempt time, then by notification
 *       id (binary, code-point order).</li>
 *   <li><b>Only the holder:</b> {@link #markDelivered} and {@link #recordFailure} change a notification
 *       only while the token given is its current lease (even if that lease has run out, provided nobody
 *       claimed it since); otherwise they change nothing and return {@code false}.</li>
 *   <li><b>Durability:</b> once a method returned, its effect survives a crash; a notification is never
 *       lost, only delivered again.</li>
 *   <li><b>Time:</b> the caller passes every instant (from its {@link java.time.Clock}); the outbox never
 *       reads a clock of its own, so several processes agree on what is due.</li>
 *   <li><b>Errors:</b> a failure of the back end is thrown as a
 *       {@link io.gridgov.spi.store.StoreFailureException} (code {@link io.gridgov.core.ErrorCode#STORE_FAILURE}),
 *       the back end's exception as its cause ({@link io.gridgov.spi.store.StoreFailureException#wrap});
 *       bad arguments as {@link io.gridgov.core.InvalidInputException} or {@link NullPointerException}.</li>
 * </ul>
 */
public interface Outbox {
    /** The most notifications one {@link #claim} returns. */
    int MAX_CLAIM = 1000;

    /**
     * Claims up to {@code max} due notifications under a lease.
     *
     * @param now       the current time
     * @param leaseFor  how long the claimer may hold them; positive
     * @param max       the most to claim, 1 to {@value #MAX_CLAIM}
     * @return the claims, oldest first; empty when nothing is due
     * @throws io.gridgov.core.InvalidInputException if {@code leaseFor} is not positive or {@code max} is out of range
     */
    List<OutboxClaim> claim(Instant now, Duration leaseFor, int max);

    /**
     * Marks a claimed notification delivered; it is never claimed again.
     *
     * @param claim the claim, as {@link #claim} returned it
     * @param now   the current time
     * @return {@code true} if recorded; {@code false} if the claim's lease is no longer the notification's
     *         lease (another claimer took it after the lease ended, or it is already delivered)
     */
    boolean markDelivered(OutboxClaim claim, Instant now);

    /**
     * Records that a delivery failed: the lease ends and the notification is claimable again from
     * {@code nextAttemptAt}. The attempt count stays as the claim counted it.
     *
     * @param claim         the claim, as {@link #claim} returned it
     * @param nextAttemptAt when to try again (the caller's back-off)
     * @return {@code true} if recorded; {@code false} if the claim's lease is no longer the notification's lease
     */
    boolean recordFailure(OutboxClaim claim, Instant nextAttemptAt);

    /**
     * What the outbox holds for one notification.
     *
     * @param id the notification id
     * @return the entry, or empty if no commit wrote it
     */
    Optional<OutboxEntry> find(NotificationId id);
}
