package io.gridgov.spi.store;

import io.gridgov.core.lifecycle.CommandId;
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
 * <h2>How an engine uses it</h2>
 * A command is handled in four steps: <b>recorded? → load → apply → commit</b>. First
 * {@link #recorded(Object, CommandId) recorded(id, commandId)}: if the command was already committed to the
 * aggregate (a client retrying after a lost answer), return that outcome and stop — the reloaded aggregate
 * has moved on, and applying the command again would be refused by the lifecycle (an illegal transition,
 * {@code GOV-020}) although the command succeeded. Otherwise {@link #find} the aggregate, apply the command
 * with the lifecycle, and {@link #commit} the transition. Commit stays idempotent, so a retry racing past
 * the first step is still answered with the recorded outcome rather than written twice.
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
 *   <li><b>Recorded outcomes:</b> {@link #recorded} reads the same processed-command record commit's
 *       idempotency check reads, by the same (aggregate id, command id) key, and answers exactly what a
 *       commit of that command would return now: the recorded {@link Committed} with
 *       {@link Committed#replayed()} {@code true} (equal to the replayed commit's outcome), or empty if the
 *       pair is not recorded. Once a commit has returned, {@code recorded} answers for every aggregate of
 *       that commit (for a diversion, both disputes answer the shared command id with the same outcome);
 *       a commit that threw leaves no record, and no reader ever sees part of a commit: while the record is
 *       visible so are the snapshots, events and outbox rows written with it. It writes nothing, may run
 *       concurrently with commits, and is a keyed look-up (a primary-key read), never a scan of the
 *       events.</li>
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
     * The recorded outcome of a command already committed to an aggregate: what a commit of that command
     * would return now, without building the commit. An engine asks this before loading and applying a
     * command, so a retried command is answered with its first outcome instead of being refused by the
     * lifecycle; see the specification above.
     *
     * @param id        the aggregate the command was addressed to (for a diversion, either dispute)
     * @param commandId the command's id
     * @return the recorded outcome with {@link Committed#replayed()} {@code true} — the snapshots as first
     *         committed, not the aggregate's latest — or empty if this command was not committed to this
     *         aggregate (including an aggregate that is not stored)
     * @throws StoreFailureException if the back end failed; nothing was changed, ask again
     */
    Optional<Committed<A>> recorded(I id, CommandId commandId);

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
