package io.gridgov.spi.conformance;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.cases.Transition;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.spi.notify.Notification;
import io.gridgov.spi.notify.NotificationId;
import io.gridgov.spi.notify.Outbox;
import io.gridgov.spi.notify.OutboxClaim;
import io.gridgov.spi.notify.OutboxEntry;
import io.gridgov.spi.store.CaseCommit;
import io.gridgov.spi.store.CaseStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The conformance kit for an {@link Outbox}: leases, delivery, failure and redelivery. Notifications get
 * into an outbox only through commits, so the kit asks for a fresh, empty {@link CaseStore} and uses its
 * {@link CaseStore#outbox()}.
 */
@DisplayName("Outbox contract")
public abstract class OutboxContract {
    static final Instant T0 = KitWorld.T0;
    static final Duration LEASE = Duration.ofMinutes(5);

    /** The store whose outbox is under test, fresh for every test. */
    protected CaseStore store;
    /** Its outbox. */
    protected Outbox outbox;
    private int cases;

    /**
     * A new, empty case store; the kit tests its outbox.
     *
     * @return the store
     */
    protected abstract CaseStore newStore();

    @BeforeEach
    void freshStore() {
        store = newStore();
        outbox = store.outbox();
        cases = 0;
    }

    /** Commits a new case with {@code count} notifications due at {@code due}. */
    List<Notification> fill(int count, Instant due) {
        String id = "o-" + (++cases);
        CommandId cmd = CommandId.of(id + "-r");
        Transition t = KitWorld.report(id, "TN-" + id, KitWorld.GRID, cmd, T0);
        List<Notification> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            notes.add(new Notification(NotificationId.of(t.next().id(), cmd, i), "person-" + i, "case.reported",
                    Map.of("trackingNumber", "TN-" + id), due));
        }
        store.commit(CaseCommit.of(t, notes));
        return notes;
    }

    static Set<NotificationId> ids(List<OutboxClaim> claims) {
        Set<NotificationId> ids = new HashSet<>();
        claims.forEach(c -> ids.add(c.id()));
        return ids;
    }

    @Nested
    @DisplayName("Leasing")
    class Leasing {
        @Test
        @DisplayName("a claim returns the due notifications, oldest first, and not those due later")
        void dueOnly() {
            List<Notification> later = fill(2, T0.plusSeconds(200));
            List<Notification> now = fill(3, T0);
            List<OutboxClaim> claims = outbox.claim(T0.plusSeconds(60), LEASE, 10);
            assertThat(claims).extracting(OutboxClaim::notification).containsExactlyElementsOf(now);
            assertThat(claims).allSatisfy(c -> {
                assertThat(c.attempt()).isEqualTo(1);
                assertThat(c.leaseUntil()).isEqualTo(T0.plusSeconds(60).plus(LEASE));
            });
            assertThat(ids(outbox.claim(T0.plusSeconds(300), LEASE, 10))).containsExactlyInAnyOrderElementsOf(
                    later.stream().map(Notification::id).toList());
        }

        @Test
        @DisplayName("a claim takes at most max, and a leased notification is not claimed again while its lease runs")
        void leaseHolds() {
            fill(5, T0);
            List<OutboxClaim> first = outbox.claim(T0, LEASE, 3);
            assertThat(first).hasSize(3);
            List<OutboxClaim> second = outbox.claim(T0.plusSeconds(1), LEASE, 10);
            assertThat(second).hasSize(2);
            assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
            assertThat(outbox.claim(T0.plus(LEASE).minusSeconds(1), LEASE, 10)).isEmpty();
            assertThat(outbox.find(first.get(0).id()).orElseThrow().status()).isEqualTo(OutboxEntry.Status.LEASED);
        }

        @Test
        @DisplayName("concurrent claimers never receive the same notification")
        void concurrentClaimers() throws Exception {
            for (int i = 0; i < 12; i++) {
                fill(10, T0);
            }
            int threads = 6;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            ConcurrentLinkedQueue<NotificationId> claimed = new ConcurrentLinkedQueue<>();
            try {
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    done.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        List<OutboxClaim> batch;
                        do {
                            batch = outbox.claim(T0, Duration.ofHours(1), 7);
                            batch.forEach(c -> claimed.add(c.id()));
                        } while (!batch.isEmpty());
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(claimed).hasSize(120).doesNotHaveDuplicates();
        }

        @Test
        @DisplayName("an expired lease may be re-claimed; then only the new holder may mark it delivered")
        void expiredLease() {
            fill(1, T0);
            OutboxClaim first = outbox.claim(T0, LEASE, 1).get(0);
            OutboxClaim second = outbox.claim(T0.plus(LEASE), LEASE, 1).get(0);
            assertThat(second.id()).isEqualTo(first.id());
            assertThat(second.lease()).isNotEqualTo(first.lease());
            assertThat(second.attempt()).isEqualTo(2);
            assertThat(outbox.markDelivered(first, T0.plus(LEASE).plusSeconds(1))).isFalse();
            assertThat(outbox.recordFailure(first, T0.plus(LEASE).plusSeconds(1))).isFalse();
            assertThat(outbox.markDelivered(second, T0.plus(LEASE).plusSeconds(2))).isTrue();
        }

        @Test
        @DisplayName("a holder whose lease ran out may still mark it delivered if nobody claimed it since")
        void lateButUnclaimed() {
            fill(1, T0);
            OutboxClaim claim = outbox.claim(T0, LEASE, 1).get(0);
            assertThat(outbox.markDelivered(claim, T0.plus(LEASE).plusSeconds(30))).isTrue();
            assertThat(outbox.claim(T0.plus(LEASE).plusSeconds(60), LEASE, 1)).isEmpty();
        }

        @Test
        @DisplayName("a bad lease length or batch size is refused as invalid input")
        void badArguments() {
            assertThatThrownBy(() -> outbox.claim(T0, Duration.ZERO, 1)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> outbox.claim(T0, LEASE, 0)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> outbox.claim(T0, LEASE, Outbox.MAX_CLAIM + 1)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    @DisplayName("Failure and redelivery")
    class Redelivery {
        @Test
        @DisplayName("a delivered notification is never claimed again")
        void deliveredStays() {
            Notification n = fill(1, T0).get(0);
            OutboxClaim claim = outbox.claim(T0, LEASE, 1).get(0);
            assertThat(outbox.markDelivered(claim, T0.plusSeconds(5))).isTrue();
            assertThat(outbox.markDelivered(claim, T0.plusSeconds(6))).as("a second mark").isFalse();
            assertThat(outbox.claim(T0.plus(Duration.ofDays(30)), LEASE, 10)).isEmpty();
            OutboxEntry entry = outbox.find(n.id()).orElseThrow();
            assertThat(entry.status()).isEqualTo(OutboxEntry.Status.DELIVERED);
            assertThat(entry.delivered()).contains(T0.plusSeconds(5));
            assertThat(entry.attempts()).isEqualTo(1);
        }

        @Test
        @DisplayName("a failure ends the lease and makes it claimable again from the next attempt time, counting attempts")
        void failureThenRetry() {
            Notification n = fill(1, T0).get(0);
            OutboxClaim first = outbox.claim(T0, LEASE, 1).get(0);
            Instant retryAt = T0.plusSeconds(120);
            assertThat(outbox.recordFailure(first, retryAt)).isTrue();
            assertThat(outbox.recordFailure(first, retryAt)).as("the lease ended with the failure").isFalse();
            OutboxEntry pending = outbox.find(n.id()).orElseThrow();
            assertThat(pending.status()).isEqualTo(OutboxEntry.Status.PENDING);
            assertThat(pending.nextAttemptAt()).isEqualTo(retryAt);
            assertThat(outbox.claim(retryAt.minusSeconds(1), LEASE, 1)).isEmpty();
            OutboxClaim second = outbox.claim(retryAt, LEASE, 1).get(0);
            assertThat(second.notification()).isEqualTo(n);
            assertThat(second.attempt()).isEqualTo(2);
            assertThat(outbox.markDelivered(second, retryAt.plusSeconds(1))).isTrue();
        }

        @Test
        @DisplayName("notifications of one case keep their order of ids when due together, after retries of others")
        void orderAfterRetries() {
            List<Notification> notes = fill(3, T0);
            List<OutboxClaim> claims = outbox.claim(T0, LEASE, 3);
            outbox.recordFailure(claims.get(0), T0.plusSeconds(30));
            outbox.recordFailure(claims.get(2), T0.plusSeconds(10));
            outbox.recordFailure(claims.get(1), T0.plusSeconds(10));
            assertThat(outbox.claim(T0.plusSeconds(60), LEASE, 3)).extracting(OutboxClaim::notification)
                    .containsExactly(notes.get(1), notes.get(2), notes.get(0));
        }

        @Test
        @DisplayName("a notification that failed many times is still kept and delivered once it succeeds")
        void neverLost() {
            Notification n = fill(1, T0).get(0);
            Instant now = T0;
            AtomicInteger attempts = new AtomicInteger();
            for (int i = 0; i < 20; i++) {
                OutboxClaim claim = outbox.claim(now, LEASE, 1).get(0);
                attempts.set(claim.attempt());
                now = now.plusSeconds(3600);
                outbox.recordFailure(claim, now);
            }
            assertThat(attempts.get()).isEqualTo(20);
            OutboxClaim last = outbox.claim(now, LEASE, 1).get(0);
            assertThat(last.notification()).isEqualTo(n);
            assertThat(outbox.markDelivered(last, now)).isTrue();
        }
    }
}
