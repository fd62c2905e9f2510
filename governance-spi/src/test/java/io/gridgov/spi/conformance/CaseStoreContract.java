package io.gridgov.spi.conformance;

import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseEvent;
import io.gridgov.core.cases.CaseId;
import io.gridgov.core.cases.CaseState;
import io.gridgov.core.cases.Transition;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.spi.notify.Notification;
import io.gridgov.spi.notify.NotificationId;
import io.gridgov.spi.store.AggregateStore;
import io.gridgov.spi.store.CaseCommit;
import io.gridgov.spi.store.CaseStore;
import io.gridgov.spi.store.DueDates;
import io.gridgov.spi.store.Query;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conformance kit for a {@link CaseStore}: extend it, return a fresh, empty store from
 * {@link #newStore()}, and run it with JUnit 5. Every group of {@link AggregateStoreContract} runs against
 * cases reported and moved by the real {@link io.gridgov.core.cases.CaseLifecycle} over the
 * {@link KitWorld}.
 *
 * <pre>{@code
 * class PostgresCaseStoreTest extends CaseStoreContract {
 *     @Override
 *     protected CaseStore newStore() {
 *         return new PostgresCaseStore(freshSchema());
 *     }
 * }
 * }</pre>
 */
@DisplayName("CaseStore contract")
public abstract class CaseStoreContract extends AggregateStoreContract<CaseId, Case, CaseEvent, CaseCommit, CaseState> {
    /** The areas random cases are reported in: grids, villages and a community in two districts. */
    static final List<String> AREAS = List.of(KitWorld.GRID, KitWorld.GRID_2, KitWorld.GRID_3, KitWorld.VILLAGE,
            KitWorld.GRID_B, KitWorld.VILLAGE_B, KitWorld.GRID_W, KitWorld.COMMUNITY_W);

    /** Supplies the kit with how to read cases, their commits and events. */
    protected CaseStoreContract() {
        super(new Facets<>(CaseState.class, Query::openCases, Case::id, c -> c.id().value(), Case::version,
                Case::trackingNumber, Case::state, c -> c.location().areaCode(), Case::owner,
                c -> DueDates.of(c).orElse(null), c -> List.of(c.snapshot()), CaseCommit::events,
                CaseCommit::notifications, CaseEvent::version, CaseEvent::commandId));
    }

    /**
     * A new, empty case store.
     *
     * @return the store
     */
    @Override
    protected abstract CaseStore newStore();

    @Override
    CaseCommit create(String key, String trackingNumber, CommandId id, Instant at, int notifications) {
        Transition t = KitWorld.report(key, trackingNumber, KitWorld.GRID, id, at);
        return CaseCommit.of(t, notes(t.next(), id, notifications, at));
    }

    @Override
    CaseCommit next(Case current, CommandId id, Instant at, int notifications) {
        Transition t = KitWorld.urge(current, id, at);
        return CaseCommit.of(t, notes(t.next(), id, notifications, at));
    }

    @Override
    CaseCommit withNotifications(CaseCommit c, List<Notification> notifications) {
        return new CaseCommit(c.commandId(), c.snapshot(), c.expectedVersion(), c.events(), notifications);
    }

    @Override
    List<Case> randomWorld(SplittableRandom random, AggregateStore<CaseId, Case, CaseEvent, CaseCommit, CaseState> target,
            int size) {
        List<Case> world = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = "c-" + Integer.toHexString(random.nextInt(0x10000)) + "-" + i;
            Instant at = minutes(random.nextInt(60 * 24 * 20));
            CommandId report = cmd(id + "-r");
            Case c = target.commit(CaseCommit.of(KitWorld.report(id, "TN-" + id,
                    AREAS.get(random.nextInt(AREAS.size())), report, at), List.of())).snapshot();
            int steps = random.nextInt(9);
            for (int k = 0; k < steps; k++) {
                at = at.plusSeconds(60L * (1 + random.nextInt(240)));
                Transition t = KitWorld.step(c, random.nextInt(100), cmd(id + "-s" + k), at);
                if (t == null) {
                    break;
                }
                c = target.commit(CaseCommit.of(t, List.of())).snapshot();
            }
            world.add(c);
        }
        return world;
    }

    @Override
    NotificationId notificationId(Case c, CommandId id, int index) {
        return NotificationId.of(c.id(), id, index);
    }

    @Nested
    @DisplayName("Random cases")
    class RandomCases {
        @Test
        @DisplayName("the kit's random world spreads over states, owners, areas and due times (so the query test means something)")
        void spread() {
            List<Case> world = randomWorld(new SplittableRandom(1), store, 90);
            assertThat(distinct(world.stream().map(Case::state).toList())).isGreaterThanOrEqualTo(7);
            assertThat(distinct(world.stream().map(Case::owner).toList())).isGreaterThanOrEqualTo(4);
            assertThat(distinct(world.stream().map(c -> c.location().areaCode()).toList())).isEqualTo(AREAS.size());
            assertThat(world.stream().filter(c -> DueDates.of(c).isPresent()).count()).isGreaterThan(20);
        }
    }
}
