package io.gridgov.spi.conformance;

import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeEvent;
import io.gridgov.core.mediation.DisputeId;
import io.gridgov.core.mediation.DisputeState;
import io.gridgov.core.mediation.DisputeTransition;
import io.gridgov.spi.notify.Notification;
import io.gridgov.spi.notify.NotificationId;
import io.gridgov.spi.store.AggregateStore;
import io.gridgov.spi.store.Committed;
import io.gridgov.spi.store.DisputeCommit;
import io.gridgov.spi.store.DisputeStore;
import io.gridgov.spi.store.DueDates;
import io.gridgov.spi.store.PageRequest;
import io.gridgov.spi.store.Query;
import io.gridgov.spi.store.VersionConflictException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The conformance kit for a {@link DisputeStore}: extend it, return a fresh, empty store from
 * {@link #newStore()}, and run it with JUnit 5. Every group of {@link AggregateStoreContract} runs against
 * disputes applied for and mediated by the real {@link io.gridgov.core.mediation.MediationLifecycle}; the
 * {@link Diversion} group checks the one commit that changes two disputes.
 */
@DisplayName("DisputeStore contract")
public abstract class DisputeStoreContract
        extends AggregateStoreContract<DisputeId, Dispute, DisputeEvent, DisputeCommit, DisputeState> {
    /** The areas random disputes arise in. */
    static final List<String> AREAS = List.of(KitWorld.GRID, KitWorld.GRID_2, KitWorld.GRID_3, KitWorld.VILLAGE,
            KitWorld.VILLAGE_2, KitWorld.GRID_B, KitWorld.VILLAGE_B, KitWorld.TOWN);
    static final List<String> COMMITTEES = List.of(KitWorld.WORKSTATION, KitWorld.CENTRE);

    /** Supplies the kit with how to read disputes, their commits and events. */
    protected DisputeStoreContract() {
        super(new Facets<>(DisputeState.class, Query::openDisputes, Dispute::id, d -> d.id().value(),
                Dispute::version, Dispute::trackingNumber, Dispute::state, Dispute::areaCode, Dispute::committee,
                d -> DueDates.of(d).orElse(null), c -> c.changes().stream().map(DisputeCommit.Change::snapshot).toList(),
                c -> c.changes().get(0).events(), DisputeCommit::notifications, DisputeEvent::version,
                DisputeEvent::commandId));
    }

    /**
     * A new, empty dispute store.
     *
     * @return the store
     */
    @Override
    protected abstract DisputeStore newStore();

    @Override
    DisputeCommit create(String key, String trackingNumber, CommandId id, Instant at, int notifications) {
        DisputeTransition t = KitWorld.apply(key, trackingNumber, KitWorld.VILLAGE, KitWorld.WORKSTATION, id, at);
        return DisputeCommit.of(t, notes(t.next(), id, notifications, at));
    }

    @Override
    DisputeCommit next(Dispute current, CommandId id, Instant at, int notifications) {
        DisputeTransition t = KitWorld.advance(current, id, at);
        return DisputeCommit.of(t, notes(t.next(), id, notifications, at));
    }

    @Override
    DisputeCommit withNotifications(DisputeCommit c, List<Notification> notifications) {
        return new DisputeCommit(c.commandId(), c.changes(), notifications);
    }

    @Override
    List<Dispute> randomWorld(SplittableRandom random,
            AggregateStore<DisputeId, Dispute, DisputeEvent, DisputeCommit, DisputeState> target, int size) {
        Map<DisputeId, Dispute> world = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            String id = "d-" + Integer.toHexString(random.nextInt(0x10000)) + "-" + i;
            Instant at = minutes(random.nextInt(60 * 24 * 20));
            Dispute d = target.commit(DisputeCommit.of(KitWorld.apply(id, "TN-" + id,
                    AREAS.get(random.nextInt(AREAS.size())), COMMITTEES.get(random.nextInt(COMMITTEES.size())),
                    cmd(id + "-a"), at), List.of())).snapshot();
            world.put(d.id(), d);
            for (int k = 0; k < 6; k++) {
                at = at.plusSeconds(60L * (1 + random.nextInt(24 * 60)));
                DisputeTransition t = KitWorld.step(d, random.nextInt(100), cmd(id + "-s" + k), at);
                if (t == null) {
                    break;
                }
                Committed<Dispute> done = target.commit(DisputeCommit.of(t, List.of()));
                done.snapshots().forEach(s -> world.put(s.id(), s));
                d = done.snapshot();
            }
        }
        return new ArrayList<>(world.values());
    }

    @Override
    NotificationId notificationId(Dispute d, CommandId id, int index) {
        return NotificationId.of(d.id(), id, index);
    }

    /** A dispute stored and failed: accepted, assigned, then the mediation failed, one minute per step. */
    Dispute failed(String key) {
        Dispute d = stored(key, 2);
        return store.commit(DisputeCommit.of(KitWorld.fail(d, cmd(key + "-fail"), minutes(3)), List.of())).snapshot();
    }

    /** The diversion of a failed dispute, with a notification for each dispute. */
    DisputeCommit diversion(Dispute failed, String newId, CommandId id) {
        DisputeTransition t = KitWorld.divert(failed, newId, id, minutes(4));
        List<Notification> notes = new ArrayList<>(notes(t.next(), id, 1, minutes(4)));
        notes.addAll(notes(t.opened().orElseThrow().next(), id, 1, minutes(4)));
        return DisputeCommit.of(t, notes);
    }

    @Nested
    @DisplayName("Diversion: two disputes in one commit")
    class Diversion {
        @Test
        @DisplayName("the diverted dispute and the one it opened are stored together, each with its events")
        void together() {
            Dispute failed = failed("d-1");
            DisputeCommit divert = diversion(failed, "d-1-court", cmd("divert"));
            Committed<Dispute> done = store.commit(divert);
            assertThat(done.snapshots()).extracting(Dispute::state).containsExactly(DisputeState.DIVERTED,
                    DisputeState.APPLIED);
            Dispute opened = done.snapshots().get(1);
            assertThat(store.find(failed.id())).contains(done.snapshot());
            assertThat(store.find(DisputeId.of("d-1-court"))).contains(opened);
            assertThat(store.findByTrackingNumber("TN-d-1-court")).contains(opened);
            assertThat(store.events(opened.id())).isEqualTo(divert.changes().get(1).events())
                    .allSatisfy(e -> assertThat(e.commandId()).isEqualTo(cmd("divert")));
            assertThat(store.events(failed.id())).last().isInstanceOf(DisputeEvent.Diverted.class);
            divert.notifications().forEach(n -> assertThat(store.outbox().find(n.id())).isPresent());
            assertThat(store.query(Query.openDisputes().withStates(EnumSet.of(DisputeState.DIVERTED)),
                    PageRequest.first(5)).items()).containsExactly(done.snapshot());
        }

        @Test
        @DisplayName("a stale diverted dispute fails the whole commit: the opened dispute is not stored either")
        void allOrNothing() {
            Dispute failed = failed("d-1");
            store.commit(DisputeCommit.of(KitWorld.divert(failed, "d-1-first", cmd("first-divert"), minutes(4)),
                    List.of()));
            Dispute diverted = store.find(failed.id()).orElseThrow();
            List<DisputeEvent> before = store.events(failed.id());
            DisputeCommit stale = diversion(failed, "d-1-second", cmd("second-divert"));
            assertThatThrownBy(() -> store.commit(stale)).isInstanceOf(VersionConflictException.class);
            assertNothingOf(stale, diverted, before);
            assertThat(store.recorded(failed.id(), cmd("second-divert"))).as("record for the diverted dispute")
                    .isEmpty();
            assertThat(store.recorded(DisputeId.of("d-1-second"), cmd("second-divert"))).as("record for the opened one")
                    .isEmpty();
            assertThat(store.findByTrackingNumber("TN-d-1-second")).isEmpty();
        }

        @Test
        @DisplayName("an opened dispute whose id is taken fails the whole commit: the diverted one keeps its version")
        void openedIdTaken() {
            stored("taken", 0);
            Dispute failed = failed("d-1");
            List<DisputeEvent> before = store.events(failed.id());
            DisputeCommit clash = diversion(failed, "taken", cmd("divert"));
            assertThatThrownBy(() -> store.commit(clash)).isInstanceOfSatisfying(VersionConflictException.class,
                    e -> assertThat(e.expectedVersion()).isZero());
            assertThat(store.find(failed.id())).contains(failed);
            assertThat(store.events(failed.id())).isEqualTo(before);
            assertThat(inOutbox(clash)).isFalse();
            assertThat(store.recorded(failed.id(), cmd("divert"))).as("record for the diverted dispute").isEmpty();
            assertThat(store.recorded(DisputeId.of("taken"), cmd("divert"))).as("record for the taken id").isEmpty();
            assertThat(store.commit(diversion(failed, "d-1-court", cmd("divert"))).replayed()).isFalse();
        }

        @Test
        @DisplayName("a retried diversion is a replay, recognised by either dispute, and writes nothing")
        void retried() {
            Dispute failed = failed("d-1");
            DisputeCommit divert = diversion(failed, "d-1-court", cmd("divert"));
            Committed<Dispute> first = store.commit(divert);
            List<DisputeEvent> opened = store.events(DisputeId.of("d-1-court"));
            assertThat(store.commit(divert)).isEqualTo(first.asReplay());
            DisputeCommit onlyOpened = new DisputeCommit(cmd("divert"), List.of(divert.changes().get(1)), List.of());
            assertThat(store.commit(onlyOpened)).isEqualTo(first.asReplay());
            assertThat(store.events(DisputeId.of("d-1-court"))).isEqualTo(opened);
        }

        @Test
        @DisplayName("recorded answers the diversion's command id for either dispute, equal to the replayed commit")
        void recordedByEither() {
            Dispute failed = failed("d-1");
            DisputeId opened = DisputeId.of("d-1-court");
            DisputeCommit divert = diversion(failed, opened.value(), cmd("divert"));
            assertThat(store.recorded(failed.id(), cmd("divert"))).as("before the commit").isEmpty();
            assertThat(store.recorded(opened, cmd("divert"))).as("before the commit").isEmpty();
            Committed<Dispute> first = store.commit(divert);
            assertThat(store.recorded(failed.id(), cmd("divert"))).as("by the diverted dispute")
                    .contains(first.asReplay());
            assertThat(store.recorded(opened, cmd("divert"))).as("by the opened dispute").contains(first.asReplay());
            assertThat(first.asReplay().snapshots()).extracting(Dispute::id).containsExactly(failed.id(), opened);
            assertThat(store.commit(divert)).as("the replayed commit")
                    .isEqualTo(store.recorded(opened, cmd("divert")).orElseThrow());
            assertThat(store.recorded(DisputeId.of("d-1-other"), cmd("divert"))).as("an id a retry might draw")
                    .isEmpty();
            assertThat(store.recorded(opened, cmd("d-1-fail"))).as("a command only the diverted dispute received")
                    .isEmpty();
            assertThat(store.recorded(failed.id(), cmd("d-1-fail"))).isPresent();
        }

        @Test
        @DisplayName("a retry that drew a new id for the opened dispute still returns the first diversion")
        void retryWithAnotherOpenedId() {
            Dispute failed = failed("d-1");
            Committed<Dispute> first = store.commit(diversion(failed, "d-1-court", cmd("divert")));
            Committed<Dispute> retry = store.commit(diversion(failed, "d-1-other", cmd("divert")));
            assertThat(retry).isEqualTo(first.asReplay());
            assertThat(store.find(DisputeId.of("d-1-other"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("Random disputes")
    class RandomDisputes {
        @Test
        @DisplayName("the kit's random world spreads over states, committees, areas and due times, with diversions")
        void spread() {
            List<Dispute> world = randomWorld(new SplittableRandom(1), store, 90);
            assertThat(distinct(world.stream().map(Dispute::state).toList())).isGreaterThanOrEqualTo(6);
            assertThat(distinct(world.stream().map(Dispute::committee).toList())).isEqualTo(3);
            assertThat(world.stream().filter(d -> d.divertedFrom().isPresent()).count()).isPositive();
            assertThat(world.stream().filter(d -> DueDates.of(d).isPresent()).count()).isGreaterThan(20);
        }
    }
}
