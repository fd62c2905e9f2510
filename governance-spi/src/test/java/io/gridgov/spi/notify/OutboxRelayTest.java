package io.gridgov.spi.notify;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.spi.conformance.KitWorld;
import io.gridgov.spi.memory.MemoryNotifier;
import io.gridgov.spi.memory.MemoryStore;
import io.gridgov.spi.store.CaseCommit;
import io.gridgov.spi.store.StoreFailureException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("OutboxRelay")
class OutboxRelayTest {
    final MemoryStore store = MemoryStore.create();

    Notification commitOne() {
        CommandId cmd = CommandId.of("r-1");
        var t = KitWorld.report("c-1", "TN-c-1", KitWorld.GRID, cmd, KitWorld.T0);
        Notification n = new Notification(NotificationId.of(t.next().id(), cmd, 0), "town-101-centre", "case.reported",
                Map.of("trackingNumber", "TN-c-1"), KitWorld.T0);
        store.cases().commit(CaseCommit.of(t, List.of(n)));
        return n;
    }

    static Clock at(Instant i) {
        return Clock.fixed(i, ZoneOffset.UTC);
    }

    @Test
    @DisplayName("delivers what is due and marks it delivered")
    void delivers() {
        Notification n = commitOne();
        MemoryNotifier notifier = MemoryNotifier.recording();
        assertThat(OutboxRelay.of(store.outbox(), notifier, at(KitWorld.T0)).deliverDue())
                .isEqualTo(new OutboxRelay.Result(1, 1, 0));
        assertThat(notifier.deliveries()).containsExactly(n);
        assertThat(store.outbox().find(n.id()).orElseThrow().status()).isEqualTo(OutboxEntry.Status.DELIVERED);
    }

    @Test
    @DisplayName("a failing notifier neither loses the notification nor stops the case change; it is retried with back-off")
    void failingNotifier() {
        Notification n = commitOne();
        assertThat(store.cases().find(io.gridgov.core.cases.CaseId.of("c-1"))).isPresent();
        MemoryNotifier notifier = MemoryNotifier.refusingFirst(2);
        Duration first = Duration.ofSeconds(30);
        OutboxRelay.Result r1 = OutboxRelay.of(store.outbox(), notifier, at(KitWorld.T0), Duration.ofMinutes(1), first,
                Duration.ofMinutes(10), 10).deliverDue();
        assertThat(r1.failed()).isEqualTo(1);
        assertThat(store.outbox().find(n.id()).orElseThrow().nextAttemptAt()).isEqualTo(KitWorld.T0.plus(first));
        Instant t2 = KitWorld.T0.plus(first);
        OutboxRelay.of(store.outbox(), notifier, at(t2), Duration.ofMinutes(1), first, Duration.ofMinutes(10), 10)
                .deliverDue();
        assertThat(store.outbox().find(n.id()).orElseThrow().nextAttemptAt()).as("doubled").isEqualTo(t2.plus(first.multipliedBy(2)));
        OutboxRelay.of(store.outbox(), notifier, at(t2.plus(first.multipliedBy(2))), Duration.ofMinutes(1), first,
                Duration.ofMinutes(10), 10).deliverDue();
        assertThat(notifier.deliveredIds()).containsExactly(n.id());
        assertThat(store.outbox().find(n.id()).orElseThrow().attempts()).isEqualTo(3);
    }

    Notification commit(String caseId) {
        CommandId cmd = CommandId.of("r-" + caseId);
        var t = KitWorld.report(caseId, "TN-" + caseId, KitWorld.GRID, cmd, KitWorld.T0);
        Notification n = new Notification(NotificationId.of(t.next().id(), cmd, 0), "town-101-centre", "case.reported",
                Map.of("trackingNumber", "TN-" + caseId), KitWorld.T0);
        store.cases().commit(CaseCommit.of(t, List.of(n)));
        return n;
    }

    @Test
    @DisplayName("a notifier failing on one notification does not keep the others of the batch from being delivered")
    void oneFailureInABatch() {
        Notification a = commit("c-a");
        Notification b = commit("c-b");
        Notification c = commit("c-c");
        Notifier failsOnB = n -> {
            if (n.id().equals(b.id())) {
                throw new IllegalStateException("gateway refused");
            }
        };
        assertThat(OutboxRelay.of(store.outbox(), failsOnB, at(KitWorld.T0)).deliverDue())
                .isEqualTo(new OutboxRelay.Result(3, 2, 1));
        assertThat(store.outbox().find(a.id()).orElseThrow().status()).isEqualTo(OutboxEntry.Status.DELIVERED);
        assertThat(store.outbox().find(c.id()).orElseThrow().status()).isEqualTo(OutboxEntry.Status.DELIVERED);
        assertThat(store.outbox().find(b.id()).orElseThrow().status()).isEqualTo(OutboxEntry.Status.PENDING);
    }

    @Test
    @DisplayName("an Error from the notifier is not swallowed, and the notification is claimed again when its lease ends")
    void errorsPropagate() {
        Notification n = commitOne();
        Notifier broken = x -> {
            throw new AssertionError("not a RuntimeException");
        };
        Duration lease = Duration.ofMinutes(1);
        assertThatThrownBy(() -> OutboxRelay.of(store.outbox(), broken, at(KitWorld.T0), lease, Duration.ofSeconds(30),
                Duration.ofMinutes(10), 10).deliverDue()).isInstanceOf(AssertionError.class);
        assertThat(store.outbox().find(n.id()).orElseThrow().status()).isEqualTo(OutboxEntry.Status.LEASED);
        MemoryNotifier notifier = MemoryNotifier.recording();
        OutboxRelay.of(store.outbox(), notifier, at(KitWorld.T0.plus(lease))).deliverDue();
        assertThat(notifier.deliveredIds()).containsExactly(n.id());
    }

    @Test
    @DisplayName("a foreign exception of the outbox is wrapped in StoreFailureException; the notification is kept")
    void failingOutbox() {
        Notification n = commitOne();
        Outbox real = store.outbox();
        Outbox flaky = new Outbox() {
            @Override
            public List<OutboxClaim> claim(Instant now, Duration leaseFor, int max) {
                return real.claim(now, leaseFor, max);
            }

            @Override
            public boolean markDelivered(OutboxClaim claim, Instant now) {
                throw new IllegalStateException("connection reset");
            }

            @Override
            public boolean recordFailure(OutboxClaim claim, Instant nextAttemptAt) {
                return real.recordFailure(claim, nextAttemptAt);
            }

            @Override
            public java.util.Optional<OutboxEntry> find(NotificationId id) {
                return real.find(id);
            }
        };
        MemoryNotifier notifier = MemoryNotifier.recording();
        assertThatThrownBy(() -> OutboxRelay.of(flaky, notifier, at(KitWorld.T0)).deliverDue())
                .isInstanceOf(StoreFailureException.class).hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining(n.id().value());
        assertThat(real.find(n.id()).orElseThrow().status()).as("still there, to be delivered again")
                .isEqualTo(OutboxEntry.Status.LEASED);
    }

    @Test
    @DisplayName("back-off doubles up to the maximum, and bad settings are refused")
    void backoff() {
        OutboxRelay relay = OutboxRelay.of(store.outbox(), MemoryNotifier.recording(), at(KitWorld.T0),
                Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofSeconds(45), 5);
        assertThat(relay.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(relay.backoff(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(relay.backoff(30)).isEqualTo(Duration.ofSeconds(45));
        assertThatThrownBy(() -> OutboxRelay.of(store.outbox(), MemoryNotifier.recording(), at(KitWorld.T0),
                Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2), 1)).isInstanceOf(InvalidInputException.class);
    }
}
