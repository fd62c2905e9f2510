package io.gridgov.spi.conformance;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.spi.notify.Notification;
import io.gridgov.spi.notify.NotificationId;
import io.gridgov.spi.notify.OutboxEntry;
import io.gridgov.spi.store.AggregateStore;
import io.gridgov.spi.store.AreaSubtree;
import io.gridgov.spi.store.Committed;
import io.gridgov.spi.store.DuplicateTrackingNumberException;
import io.gridgov.spi.store.Page;
import io.gridgov.spi.store.PageRequest;
import io.gridgov.spi.store.Query;
import io.gridgov.spi.store.VersionConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The promises every {@link AggregateStore} keeps, for cases and disputes alike. Implementers do not
 * extend this class directly: extend {@link CaseStoreContract} or {@link DisputeStoreContract}, which
 * supply the aggregates (built by the real lifecycles over the {@link KitWorld}); they in turn ask only for
 * a fresh, empty store.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 * @param <E> the event type
 * @param <C> the commit type
 * @param <S> the state enum
 */
public abstract class AggregateStoreContract<I, A, E, C, S extends Enum<S>> {
    /** Threads racing in the concurrency tests. */
    static final int RACERS = 8;

    /** The store under test, fresh for every test. */
    protected AggregateStore<I, A, E, C, S> store;

    /**
     * A new, empty store. Called once per test (and once per seed in the query tests); the kit never
     * closes it, so return something cheap or clean up in an {@code @AfterEach} of your own.
     *
     * @return the store
     */
    protected abstract AggregateStore<I, A, E, C, S> newStore();

    // ---- What CaseStoreContract and DisputeStoreContract supply ------------------------------------

    /** The creation commit of a new aggregate with id {@code key} and tracking number {@code trackingNumber}. */
    abstract C create(String key, String trackingNumber, CommandId id, Instant at, int notifications);

    /** A commit of a command that can be repeated, applied to {@code current}. */
    abstract C next(A current, CommandId id, Instant at, int notifications);

    /** The same commit with other notifications. */
    abstract C withNotifications(C commit, List<Notification> notifications);

    /** Commits a seeded random world through the store and returns the final snapshots. */
    abstract List<A> randomWorld(SplittableRandom random, AggregateStore<I, A, E, C, S> target, int size);

    /**
     * How the kit reads an aggregate, its commit and its events: what {@link CaseStoreContract} and
     * {@link DisputeStoreContract} pass to the constructor.
     */
    record Facets<I, A, E, C, S extends Enum<S>>(Class<S> stateType, Supplier<Query<S>> openQuery, Function<A, I> id,
            Function<A, String> idValue, ToLongFunction<A> version, Function<A, String> trackingNumber,
            Function<A, S> state, Function<A, String> area, Function<A, String> owner, Function<A, Instant> due,
            Function<C, List<A>> snapshots, Function<C, List<E>> events, Function<C, List<Notification>> notifications,
            ToLongFunction<E> eventVersion, Function<E, CommandId> eventCommand) {
    }

    private final Facets<I, A, E, C, S> facets;

    AggregateStoreContract(Facets<I, A, E, C, S> facets) {
        this.facets = facets;
    }

    Query<S> openQuery() {
        return facets.openQuery().get();
    }

    Class<S> stateType() {
        return facets.stateType();
    }

    I id(A a) {
        return facets.id().apply(a);
    }

    String idValue(A a) {
        return facets.idValue().apply(a);
    }

    long version(A a) {
        return facets.version().applyAsLong(a);
    }

    String trackingNumber(A a) {
        return facets.trackingNumber().apply(a);
    }

    S state(A a) {
        return facets.state().apply(a);
    }

    String area(A a) {
        return facets.area().apply(a);
    }

    String owner(A a) {
        return facets.owner().apply(a);
    }

    Instant due(A a) {
        return facets.due().apply(a);
    }

    List<A> snapshots(C commit) {
        return facets.snapshots().apply(commit);
    }

    /** The events of the commit's first (addressed) aggregate. */
    List<E> events(C commit) {
        return facets.events().apply(commit);
    }

    List<Notification> notifications(C commit) {
        return facets.notifications().apply(commit);
    }

    long eventVersion(E e) {
        return facets.eventVersion().applyAsLong(e);
    }

    CommandId eventCommand(E e) {
        return facets.eventCommand().apply(e);
    }

    abstract NotificationId notificationId(A a, CommandId id, int index);

    // ---- Helpers -----------------------------------------------------------------------------------

    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    static CommandId cmd(String value) {
        return CommandId.of(value);
    }

    static Instant minutes(long m) {
        return KitWorld.T0.plus(Duration.ofMinutes(m));
    }

    /** Creates an aggregate and commits {@code steps} repeatable commands on it, a minute apart. */
    A stored(String key, int steps) {
        A a = store.commit(create(key, "TN-" + key, cmd(key + "-c0"), minutes(0), 1)).snapshot();
        for (int i = 1; i <= steps; i++) {
            a = store.commit(next(a, cmd(key + "-c" + i), minutes(i), 1)).snapshot();
        }
        return a;
    }

    boolean inOutbox(C commit) {
        return notifications(commit).stream().anyMatch(n -> store.outbox().find(n.id()).isPresent());
    }

    /** Asserts that the store holds exactly what {@code before} held for the aggregate, and nothing of {@code failed}. */
    void assertNothingOf(C failed, A before, List<E> eventsBefore) {
        for (A a : snapshots(failed)) {
            assertThat(store.find(id(a))).as("snapshot of %s after a failed commit", idValue(a))
                    .isEqualTo(before != null && idValue(before).equals(idValue(a)) ? Optional.of(before)
                            : Optional.empty());
            if (before == null || !idValue(before).equals(idValue(a))) {
                assertThat(store.events(id(a))).as("events of %s", idValue(a)).isEmpty();
            }
        }
        if (before != null) {
            assertThat(store.events(id(before))).isEqualTo(eventsBefore);
        }
        assertThat(inOutbox(failed)).as("outbox rows of the failed commit").isFalse();
    }

    // ---- The contract ------------------------------------------------------------------------------

    @Nested
    @DisplayName("Loading")
    class Loading {
        @Test
        @DisplayName("a committed aggregate is found by id and by tracking number, as committed")
        void findsCommitted() {
            A a = stored("a-1", 2);
            assertThat(store.find(id(a))).contains(a);
            assertThat(store.findByTrackingNumber("TN-a-1")).contains(a);
            assertThat(version(a)).isEqualTo(3);
        }

        @Test
        @DisplayName("an unknown id or tracking number finds nothing, and has no events")
        void unknown() {
            A a = stored("a-1", 0);
            A other = snapshots(create("a-2", "TN-a-2", cmd("x"), minutes(0), 0)).get(0);
            assertThat(store.find(id(other))).isEmpty();
            assertThat(store.findByTrackingNumber("TN-a-2")).isEmpty();
            assertThat(store.events(id(other))).isEmpty();
            assertThat(store.find(id(a))).isPresent();
        }
    }

    @Nested
    @DisplayName("Versioning and conflicts")
    class Versioning {
        @Test
        @DisplayName("a commit over a stale version throws VersionConflictException with both versions")
        void staleVersion() {
            A v1 = stored("a-1", 0);
            store.commit(next(v1, cmd("first"), minutes(1), 0));
            C stale = next(v1, cmd("second"), minutes(2), 0);
            assertThatThrownBy(() -> store.commit(stale)).isInstanceOfSatisfying(VersionConflictException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.VERSION_CONFLICT);
                assertThat(e.expectedVersion()).isEqualTo(1);
                assertThat(e.actualVersion()).isEqualTo(2);
                assertThat(e.getMessage()).startsWith("GOV-030").contains(idValue(v1));
            });
        }

        @Test
        @DisplayName("creating an aggregate whose id is taken is a conflict (expected 0, actual 1)")
        void createTwice() {
            stored("a-1", 0);
            C again = create("a-1", "TN-other", cmd("other-create"), minutes(1), 0);
            assertThatThrownBy(() -> store.commit(again)).isInstanceOfSatisfying(VersionConflictException.class,
                    e -> assertThat(e.actualVersion()).isEqualTo(1));
        }

        @Test
        @DisplayName("a change to an aggregate that is not stored is a conflict (actual 0)")
        void notStored() {
            A ghost = snapshots(create("ghost", "TN-ghost", cmd("g0"), minutes(0), 0)).get(0);
            C change = next(ghost, cmd("g1"), minutes(1), 0);
            assertThatThrownBy(() -> store.commit(change)).isInstanceOfSatisfying(VersionConflictException.class,
                    e -> assertThat(e.actualVersion()).isZero());
        }

        @Test
        @DisplayName("of N threads racing to commit from the same version, exactly one wins per version")
        void race() throws Exception {
            A current = stored("raced", 0);
            int rounds = 12;
            ExecutorService pool = Executors.newFixedThreadPool(RACERS);
            try {
                for (int round = 1; round <= rounds; round++) {
                    CyclicBarrier start = new CyclicBarrier(RACERS);
                    List<Future<Boolean>> outcomes = new ArrayList<>();
                    for (int t = 0; t < RACERS; t++) {
                        C commit = next(current, cmd("r" + round + "-t" + t), minutes(round), 1);
                        outcomes.add(pool.submit(() -> {
                            start.await(10, TimeUnit.SECONDS);
                            try {
                                store.commit(commit);
                                return true;
                            } catch (VersionConflictException e) {
                                return false;
                            }
                        }));
                    }
                    int wins = 0;
                    for (Future<Boolean> f : outcomes) {
                        wins += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
                    }
                    assertThat(wins).as("winners in round %d", round).isEqualTo(1);
                    current = store.find(id(current)).orElseThrow();
                    assertThat(version(current)).isEqualTo(round + 1L);
                }
            } finally {
                pool.shutdownNow();
            }
            List<E> history = store.events(id(current));
            assertThat(history.stream().map(AggregateStoreContract.this::eventVersion).distinct().count())
                    .as("one command per version").isEqualTo(rounds + 1L);
        }
    }

    @Nested
    @DisplayName("Atomicity")
    class Atomicity {
        @Test
        @DisplayName("a conflicting commit leaves nothing: no snapshot, no events, no outbox rows, no command record")
        void conflictLeavesNothing() {
            A v1 = stored("a-1", 0);
            A v2 = store.commit(next(v1, cmd("winner"), minutes(1), 1)).snapshot();
            List<E> eventsBefore = store.events(id(v2));
            C loser = next(v1, cmd("loser"), minutes(2), 2);
            assertThatThrownBy(() -> store.commit(loser)).isInstanceOf(VersionConflictException.class);
            assertNothingOf(loser, v2, eventsBefore);
            assertThat(store.recorded(id(v2), cmd("loser"))).as("the loser's command record").isEmpty();
            Committed<A> retried = store.commit(next(v2, cmd("loser"), minutes(3), 2));
            assertThat(retried.replayed()).as("the loser's command id was not recorded").isFalse();
            assertThat(inOutbox(next(v2, cmd("loser"), minutes(3), 2))).isTrue();
        }

        @Test
        @DisplayName("a tracking number held by another aggregate fails the commit and leaves nothing")
        void duplicateTrackingNumber() {
            A holder = stored("a-1", 0);
            C clash = create("a-2", "TN-a-1", cmd("clash"), minutes(1), 2);
            assertThatThrownBy(() -> store.commit(clash)).isInstanceOfSatisfying(DuplicateTrackingNumberException.class,
                    e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_TRACKING_NUMBER);
                        assertThat(e.trackingNumber()).isEqualTo("TN-a-1");
                    });
            assertNothingOf(clash, null, List.of());
            assertThat(store.recorded(id(snapshots(clash).get(0)), cmd("clash"))).as("command record").isEmpty();
            assertThat(store.findByTrackingNumber("TN-a-1")).contains(holder);
            assertThat(store.commit(create("a-2", "TN-a-2", cmd("clash"), minutes(1), 2)).replayed()).isFalse();
        }

        @Test
        @DisplayName("a notification id already in the outbox fails the commit (INVALID_COMMIT) and leaves nothing")
        void duplicateNotification() {
            A a = stored("a-1", 0);
            Notification taken = notifications(create("a-1", "TN-a-1", cmd("a-1-c0"), minutes(0), 1)).get(0);
            C reuse = withNotifications(create("a-2", "TN-a-2", cmd("reuse"), minutes(1), 0), List.of(taken));
            assertThatThrownBy(() -> store.commit(reuse)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_COMMIT));
            assertThat(store.find(id(snapshots(reuse).get(0)))).isEmpty();
            assertThat(store.events(id(snapshots(reuse).get(0)))).isEmpty();
            assertThat(store.recorded(id(snapshots(reuse).get(0)), cmd("reuse"))).as("command record").isEmpty();
            assertThat(store.outbox().find(taken.id()).orElseThrow().notification()).isEqualTo(taken);
            assertThat(store.find(id(a))).contains(a);
        }

        @Test
        @DisplayName("a successful commit writes snapshot, events and every notification together")
        void allTogether() {
            A v1 = stored("a-1", 0);
            C commit = next(v1, cmd("three-notes"), minutes(1), 3);
            store.commit(commit);
            assertThat(store.find(id(v1))).contains(snapshots(commit).get(0));
            List<E> history = store.events(id(v1));
            assertThat(history.subList(history.size() - events(commit).size(), history.size())).isEqualTo(events(commit));
            for (Notification n : notifications(commit)) {
                OutboxEntry entry = store.outbox().find(n.id()).orElseThrow();
                assertThat(entry.notification()).isEqualTo(n);
                assertThat(entry.status()).isEqualTo(OutboxEntry.Status.PENDING);
                assertThat(entry.attempts()).isZero();
            }
        }
    }

    @Nested
    @DisplayName("Idempotency")
    class Idempotency {
        @Test
        @DisplayName("re-committing a committed command returns the recorded outcome and writes nothing new")
        void replay() {
            A v1 = stored("a-1", 0);
            C commit = next(v1, cmd("once"), minutes(1), 2);
            Committed<A> first = store.commit(commit);
            assertThat(first.replayed()).isFalse();
            List<E> history = store.events(id(v1));
            Committed<A> again = store.commit(commit);
            assertThat(again.replayed()).isTrue();
            assertThat(again.snapshots()).isEqualTo(first.snapshots());
            assertThat(store.events(id(v1))).isEqualTo(history);
            assertThat(store.find(id(v1))).contains(first.snapshot());
        }

        @Test
        @DisplayName("a retry built anew from a later snapshot is still recognised by its command id, and recorded"
                + " answers it with the first outcome, not the latest snapshot")
        void retryAfterLaterChanges() {
            A v1 = stored("a-1", 0);
            Committed<A> first = store.commit(next(v1, cmd("once"), minutes(1), 1));
            A v3 = store.commit(next(first.snapshot(), cmd("later"), minutes(2), 1)).snapshot();
            Committed<A> recorded = store.recorded(id(v1), cmd("once")).orElseThrow();
            assertThat(recorded).isEqualTo(first.asReplay());
            assertThat(version(recorded.snapshot())).isEqualTo(2).isNotEqualTo(version(v3));
            Committed<A> retry = store.commit(next(v3, cmd("once"), minutes(3), 1));
            assertThat(retry).isEqualTo(recorded);
            assertThat(retry.replayed()).isTrue();
            assertThat(retry.snapshot()).isEqualTo(first.snapshot());
            assertThat(store.find(id(v1))).contains(v3);
        }

        @Test
        @DisplayName("a retried creation returns the recorded aggregate instead of a conflict")
        void retriedCreation() {
            C create = create("a-1", "TN-a-1", cmd("create"), minutes(0), 1);
            Committed<A> first = store.commit(create);
            assertThat(store.commit(create)).isEqualTo(first.asReplay());
        }

        @Test
        @DisplayName("the key is (aggregate, command id): two aggregates may receive commands with the same id")
        void keyIsThePair() {
            A a = stored("a-1", 0);
            A b = stored("a-2", 0);
            assertThat(store.commit(next(a, cmd("shared"), minutes(1), 1)).replayed()).isFalse();
            assertThat(store.commit(next(b, cmd("shared"), minutes(1), 1)).replayed()).isFalse();
            assertThat(version(store.find(id(b)).orElseThrow())).isEqualTo(2);
        }

        @Test
        @DisplayName("concurrent retries of one command write it once")
        void concurrentRetries() throws Exception {
            A v1 = stored("a-1", 0);
            C commit = next(v1, cmd("retried"), minutes(1), 1);
            ExecutorService pool = Executors.newFixedThreadPool(RACERS);
            try {
                CyclicBarrier start = new CyclicBarrier(RACERS);
                List<Future<Committed<A>>> outcomes = new ArrayList<>();
                for (int t = 0; t < RACERS; t++) {
                    outcomes.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return store.commit(commit);
                    }));
                }
                int fresh = 0;
                for (Future<Committed<A>> f : outcomes) {
                    Committed<A> c = f.get(30, TimeUnit.SECONDS);
                    fresh += c.replayed() ? 0 : 1;
                    assertThat(c.snapshots()).isEqualTo(snapshots(commit));
                }
                assertThat(fresh).isEqualTo(1);
                assertThat(store.recorded(id(v1), cmd("retried"))).contains(new Committed<>(snapshots(commit), true));
            } finally {
                pool.shutdownNow();
            }
            assertThat(store.events(id(v1))).hasSize(events(commit).size() + 1);
        }

        @Test
        @DisplayName("recorded(id, command) is empty before the commit, then equals what the replayed commit returns")
        void recordedEqualsTheReplay() {
            A v1 = stored("a-1", 0);
            C commit = next(v1, cmd("once"), minutes(1), 2);
            assertThat(store.recorded(id(v1), cmd("once"))).as("before the commit").isEmpty();
            Committed<A> first = store.commit(commit);
            Optional<Committed<A>> recorded = store.recorded(id(v1), cmd("once"));
            assertThat(recorded).as("after the commit returned").contains(first.asReplay());
            assertThat(recorded.orElseThrow().replayed()).isTrue();
            assertThat(store.commit(commit)).as("the replayed commit").isEqualTo(recorded.orElseThrow());
            assertThat(store.recorded(id(v1), cmd("once"))).as("asked again after the replay").isEqualTo(recorded);
            assertThat(store.recorded(id(v1), cmd("a-1-c0"))).as("the creation")
                    .contains(new Committed<>(List.of(v1), true));
        }

        @Test
        @DisplayName("recorded is keyed by (aggregate, command id): empty for another aggregate's command, another"
                + " command id, an unknown aggregate")
        void recordedKeyedByThePair() {
            A a = stored("a-1", 0);
            A b = stored("a-2", 0);
            Committed<A> onA = store.commit(next(a, cmd("shared"), minutes(1), 0));
            assertThat(store.recorded(id(b), cmd("shared"))).as("a command id only another aggregate received")
                    .isEmpty();
            assertThat(store.recorded(id(a), cmd("a-2-c0"))).as("the other aggregate's creation").isEmpty();
            assertThat(store.recorded(id(a), cmd("never"))).as("a command id never committed").isEmpty();
            A ghost = snapshots(create("ghost", "TN-ghost", cmd("shared"), minutes(0), 0)).get(0);
            assertThat(store.recorded(id(ghost), cmd("shared"))).as("an aggregate that is not stored").isEmpty();
            Committed<A> onB = store.commit(next(b, cmd("shared"), minutes(2), 0));
            assertThat(store.recorded(id(a), cmd("shared"))).as("each aggregate its own outcome")
                    .contains(onA.asReplay());
            assertThat(store.recorded(id(b), cmd("shared"))).contains(onB.asReplay());
            assertThat(idValue(store.recorded(id(b), cmd("shared")).orElseThrow().snapshot())).isEqualTo(idValue(b));
        }

        @Test
        @DisplayName("recorded refuses null arguments with NullPointerException")
        void recordedNulls() {
            A a = stored("a-1", 0);
            assertThatThrownBy(() -> store.recorded(null, cmd("a-1-c0"))).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> store.recorded(id(a), null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        @DisplayName("recorded, read while commits run: every returned commit is recorded, and a record never runs"
                + " ahead of its commit")
        void recordedWhileCommitting() throws Exception {
            A start = stored("a-1", 0);
            int commands = 60;
            AtomicInteger returned = new AtomicInteger(); // commit of w1..w<returned> has returned
            ExecutorService pool = Executors.newFixedThreadPool(RACERS);
            try {
                Future<A> writer = pool.submit(() -> {
                    A a = start;
                    for (int i = 1; i <= commands; i++) {
                        a = store.commit(next(a, cmd("w" + i), minutes(i), 1)).snapshot();
                        returned.set(i);
                    }
                    return a;
                });
                List<Future<?>> readers = new ArrayList<>();
                for (int t = 1; t < RACERS; t++) {
                    readers.add(pool.submit(() -> {
                        while (!writer.isDone()) {
                            int done = returned.get();
                            if (done > 0) {
                                assertThat(store.recorded(id(start), cmd("w" + done))).as("w%d returned", done)
                                        .isPresent();
                            }
                            CommandId pending = cmd("w" + (done + 1));
                            Optional<Committed<A>> ahead = store.recorded(id(start), pending);
                            if (ahead.isPresent()) { // committed meanwhile: the rest of its commit is visible too
                                long v = version(ahead.get().snapshot());
                                assertThat(version(store.find(id(start)).orElseThrow())).as("snapshot of %s", pending)
                                        .isGreaterThanOrEqualTo(v);
                                assertThat(store.events(id(start))).as("events of %s", pending)
                                        .anyMatch(e -> eventCommand(e).equals(pending));
                                assertThat(store.outbox().find(notificationId(ahead.get().snapshot(), pending, 0)))
                                        .as("outbox row of %s", pending).isPresent();
                            }
                        }
                        return null;
                    }));
                }
                A last = writer.get(60, TimeUnit.SECONDS);
                for (Future<?> r : readers) {
                    r.get(60, TimeUnit.SECONDS);
                }
                for (int i = 1; i <= commands; i++) {
                    assertThat(store.recorded(id(start), cmd("w" + i)).orElseThrow().snapshot())
                            .extracting(AggregateStoreContract.this::version).isEqualTo(i + 1L);
                }
                assertThat(version(last)).isEqualTo(commands + 1L);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    @DisplayName("Event order")
    class EventOrder {
        @Test
        @DisplayName("the history is every committed event in commit order, and within a commit in the given order")
        void commitOrder() {
            List<E> expected = new ArrayList<>();
            C create = create("a-1", "TN-a-1", cmd("c0"), minutes(0), 0);
            A a = store.commit(create).snapshot();
            expected.addAll(events(create));
            for (int i = 1; i <= 6; i++) {
                C c = next(a, cmd("c" + i), minutes(i), 0);
                a = store.commit(c).snapshot();
                expected.addAll(events(c));
            }
            List<E> history = store.events(id(a));
            assertThat(history).isEqualTo(expected);
            assertThat(history).extracting(AggregateStoreContract.this::eventVersion).isSorted();
            assertThat(history).extracting(AggregateStoreContract.this::eventCommand).first().isEqualTo(cmd("c0"));
        }

        @Test
        @DisplayName("histories of different aggregates do not mix")
        void separate() {
            A a = stored("a-1", 3);
            A b = stored("a-2", 1);
            assertThat(store.events(id(a))).hasSize(4).allSatisfy(e -> assertThat(eventCommand(e).value()).startsWith("a-1-"));
            assertThat(store.events(id(b))).hasSize(2).allSatisfy(e -> assertThat(eventCommand(e).value()).startsWith("a-2-"));
        }
    }

    @Nested
    @DisplayName("Queries")
    class Queries {
        @Test
        @DisplayName("results equal a brute-force filter over random data, in the documented order, across pages")
        void bruteForce() {
            for (long seed = 1; seed <= 4; seed++) {
                SplittableRandom random = new SplittableRandom(seed);
                AggregateStore<I, A, E, C, S> target = newStore();
                List<A> world = randomWorld(random, target, 90);
                for (int q = 0; q < 40; q++) {
                    Query<S> query = randomQuery(random, world);
                    int limit = 1 + random.nextInt(9);
                    List<A> paged = readAll(target, query, limit, "seed " + seed + ", query " + q + " " + query);
                    List<A> expected = filtered(world, query);
                    assertThat(paged).as("seed %d, query %d: %s, pages of %d", seed, q, query, limit)
                            .isEqualTo(expected);
                }
            }
        }

        @Test
        @DisplayName("a query sees the latest snapshot: an aggregate leaves a state's results when it moves on")
        void latestSnapshot() {
            A a = stored("a-1", 0);
            S first = state(a);
            Query<S> inFirst = openQuery().withStates(EnumSet.of(first));
            assertThat(store.query(inFirst, PageRequest.first(10)).items()).containsExactly(a);
            A later = a;
            for (int i = 1; i <= 3 && state(later) == first; i++) {
                later = store.commit(next(later, cmd("m" + i), minutes(i), 0)).snapshot();
            }
            List<A> now = store.query(inFirst, PageRequest.first(10)).items();
            if (state(later) == first) {
                assertThat(now).containsExactly(later);
            } else {
                assertThat(now).isEmpty();
            }
        }

        @Test
        @DisplayName("a cursor the store did not issue is refused as invalid input")
        void foreignCursor() {
            stored("a-1", 0);
            assertThatThrownBy(() -> store.query(openQuery(), new PageRequest(5, "not-a-cursor")))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> store.query(openQuery().dueBefore(minutes(0)), new PageRequest(5, "not-a-cursor")))
                    .isInstanceOf(InvalidInputException.class);
        }

        @Test
        @DisplayName("pages neither skip nor repeat when an earlier aggregate is added between pages")
        void stableAcrossWrites() {
            for (int i = 10; i < 20; i++) {
                stored("k-" + i, 0);
            }
            Page<A> first = store.query(openQuery(), PageRequest.first(4));
            stored("k-00", 0); // sorts before every id already read
            List<String> ids = new ArrayList<>(first.items().stream().map(AggregateStoreContract.this::idValue).toList());
            PageRequest next = first.next().orElseThrow();
            while (next != null) {
                Page<A> p = store.query(openQuery(), next);
                p.items().forEach(a -> ids.add(idValue(a)));
                next = p.next().orElse(null);
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(10).isSorted();
        }
    }

    List<A> readAll(AggregateStore<I, A, E, C, S> target, Query<S> query, int limit, String what) {
        List<A> all = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        for (int pages = 0; request != null; pages++) {
            Page<A> page = target.query(query, request);
            assertThat(page.items().size()).as("%s: page size", what).isLessThanOrEqualTo(limit);
            if (page.next().isPresent()) {
                assertThat(page.items()).as("%s: a page with a next page is full", what).hasSize(limit);
            }
            all.addAll(page.items());
            request = page.next().orElse(null);
            assertThat(pages).as("%s: pages", what).isLessThan(10_000);
        }
        return all;
    }

    List<A> filtered(List<A> world, Query<S> query) {
        Comparator<A> byId = Comparator.comparing(this::idValue);
        Comparator<A> order = query.dueBeforeBound().isPresent() ? Comparator.comparing(this::due).thenComparing(byId)
                : byId;
        return world.stream().filter(a -> query.matches(state(a), area(a), owner(a), due(a))).sorted(order).toList();
    }

    Query<S> randomQuery(SplittableRandom random, List<A> world) {
        Query<S> q = openQuery();
        if (random.nextInt(3) == 0) {
            S[] all = stateType().getEnumConstants();
            Set<S> chosen = EnumSet.noneOf(stateType());
            while (chosen.isEmpty() || random.nextInt(3) > 0 && chosen.size() < all.length) {
                chosen.add(all[random.nextInt(all.length)]);
            }
            q = q.withStates(chosen);
        }
        if (random.nextBoolean()) {
            // over the forest, a village is selected by its exact code and its grids by prefix
            io.gridgov.core.grid.GridTree tree = random.nextBoolean() ? KitWorld.TREE : KitWorld.VILLAGE_FOREST;
            List<String> codes = tree.areas().map(io.gridgov.core.grid.Area::code).toList();
            q = q.withinArea(AreaSubtree.of(tree, codes.get(random.nextInt(codes.size()))));
        }
        if (random.nextInt(3) == 0 && !world.isEmpty()) {
            q = q.ownedBy(random.nextInt(8) == 0 ? "nobody" : owner(world.get(random.nextInt(world.size()))));
        }
        if (random.nextInt(3) == 0) {
            q = q.dueBefore(minutes(random.nextInt(60 * 24 * 30)));
        }
        return q;
    }

    /** Counts the distinct values, for assertions on a random world's spread. */
    static <T> int distinct(List<T> values) {
        return new HashSet<>(values).size();
    }

    /** Notifications for a commit, ids derived from the aggregate and command. */
    List<Notification> notes(A aggregate, CommandId id, int count, Instant at) {
        List<Notification> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Notification(notificationId(aggregate, id, i), "recipient-" + i, "kit.changed",
                    Map.of("trackingNumber", trackingNumber(aggregate), "version", Long.toString(version(aggregate))), at));
        }
        return out;
    }
}
