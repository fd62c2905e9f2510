package io.gridgov.spi.store;

import io.gridgov.spi.notify.Outbox;

import java.util.List;
import java.util.Optional;

/**
 * The storage contract cases and disputes share: load by id or tracking number, commit one command's
 * whole effect atomically, read the event history, query with keyset paging. {@link CaseStore} and
 * {@link DisputeStore} fix the types; a host implements those two (often over one database, sharing one
 * {@link Outbox}). {@code docs/implementing-the-spi.md} shows a relational schema, and the conformance
 * kit ({@code io.gridgov.spi.conformance} in the {@code governance-spi} test-jar) checks every promise
 * below.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Thread safety:</b> every method may be called concurrently, from many threads and from many
 *       processes sharing the back end. Nothing assumes one process.</li>
 *   <li><b>Atomic commit:</b> {@link #commit} writes the snapshot(s), the events, the outbox rows of the
 *       notifications and the processed-command record(s) all together, or — when it throws — none of
 *       them. Readers never see part of a commit.</li>
 *   <li><b>Idempotency first:</b> commit first looks up each (aggregate id, command id) of the commit. If
 *       any is recorded, the command was committed before: it returns that commit's recorded outcome
 *       ({@link Committed#replayed()} {@code true}) and writes nothing, whatever the new commit carries
 *       (a retry has a stale expected version, so this check comes before the version check). The key is
 *       the pair, not the command id alone: a diversion commits two disputes under one command id, and
 *       two aggregates may receive commands whose ids happen to be equal.</li>
 *   <li><b>Optimistic concurrency:</b> otherwise each aggregate's stored version (0 if it is not stored)
 *       must equal the change's expected version, or commit throws {@link VersionConflictException} and
 *       writes nothing. Of several commits racing from the same version exactly one succeeds.</li>
 *   <li><b>Tracking numbers</b> are unique per store: a commit that would give a held number to another
 *       aggregate throws {@link DuplicateTrackingNumberException} and writes nothing.</li>
 *   <li><b>Notification ids</b> are unique in the outbox: a commit carrying an id the outbox holds
 *       throws an {@link io.gridgov.core.InvalidInputException} ({@code INVALID_COMMIT}) and writes
 *       nothing.</li>
 *   <li><b>Ordering:</b> {@link #events} returns an aggregate's events in commit order, and within a
 *       commit in the order given. {@link #query} orders as {@link Query} documents, stable across pages.</li>
 *   <li><b>Reads</b> see every commit that returned before the read began (read-your-writes within a
 *       process; a replicated back end must read from the primary or a synchronous replica).</li>
 *   <li><b>Errors:</b> a back-end failure is thrown as {@link StoreFailureException} (wrap foreign
 *       exceptions with {@link StoreFailureException#wrap}); gridgov's own exceptions pass unchanged. A
 *       cursor the store did not issue is an {@link io.gridgov.core.InvalidInputException}.</li>
 *   <li><b>Nulls:</b> no argument may be {@code null} ({@link NullPointerException}).</li>
 * </ul>
 *
 * @param <I> the id type
 * @param <A> the aggregate type (an immutable snapshot)
 * @param <E> the event type
 * @param <C> the commit type
 * @param <S> the state enum
 */
public interface AggregateStore<I, A, E, C, S extends Enum<S>> {
    /**
     * The latest snapshot of an aggregate.
     *
     * @param id its id
     * @return the snapshot, or empty if no commit created it
     */
    Optional<A> find(I id);

    /**
     * The latest snapshot of the aggregate holding a tracking number.
     *
     * @param trackingNumber the number
     * @return the snapshot, or empty if no aggregate holds it
     */
    Optional<A> findByTrackingNumber(String trackingNumber);

    /**
     * Commits one command's whole effect atomically; see the specification above.
     *
     * @param commit the commit
     * @return the snapshots stored, or those recorded when the command was first committed
     * @throws VersionConflictException          if an expected version is stale; nothing was written
     * @throws DuplicateTrackingNumberException  if a tracking number belongs to another aggregate; nothing was written
     * @throws io.gridgov.core.InvalidInputException if a notification id is already in the outbox; nothing was written
     * @throws StoreFailureException             if the back end failed; retry with the same commit
     */
    Committed<A> commit(C commit);

    /**
     * An aggregate's events, oldest first, in commit order.
     *
     * @param id its id
     * @return the events; empty if the aggregate is not stored
     */
    List<E> events(I id);

    /**
     * One page of the aggregates a query selects, in the query's order.
     *
     * @param query what to select
     * @param page  which page
     * @return the page and the request for the next one
     * @throws io.gridgov.core.InvalidInputException if the cursor was not issued by this store for this order
     */
    Page<A> query(Query<S> query, PageRequest page);

    /**
     * The outbox this store's commits write their notifications into; several stores may share one.
     *
     * @return the outbox
     */
    Outbox outbox();
}
