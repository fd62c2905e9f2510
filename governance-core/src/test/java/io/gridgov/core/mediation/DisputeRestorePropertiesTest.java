package io.gridgov.core.mediation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Dispute#restore} against every dispute the seeded random walks reach ({@link RandomDisputeWalk},
 * the same seeds and lengths as {@link MediationLifecyclePropertiesTest}), diverted ones and the disputes a
 * diversion opens included: restoring a dispute's parts gives an equal dispute, and the restored dispute
 * answers every command the walk tries exactly as the original does.
 */
class DisputeRestorePropertiesTest {
    static IntStream seeds() {
        return IntStream.range(0, MediationLifecyclePropertiesTest.SEEDS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("every dispute a random walk reaches restores to an equal dispute that behaves the same")
    void everyReachedDisputeRoundTrips(long seed) {
        RandomDisputeWalk.run(seed, RandomDisputeWalk.lifecycleFor(seed), MediationLifecyclePropertiesTest.lengthFor(seed),
                new RandomDisputeWalk.Listener() {
                    @Override
                    public void applied(DisputeApplication application, Instant now, DisputeTransition accepted,
                            RuntimeException refused) {
                        if (accepted != null) {
                            roundTrip(accepted.next(), "seed " + seed + ", the applied dispute");
                        }
                    }

                    @Override
                    public void step(RandomDisputeWalk.Step s) {
                        String where = "seed " + seed + ", " + s;
                        Dispute restored = roundTrip(s.before(), where);
                        DisputeTransition again;
                        try {
                            again = s.lifecycle().apply(restored, s.command(), s.now());
                        } catch (RuntimeException e) {
                            assertThat(s.refused()).as("%s: the restored dispute refused what the original accepted: %s",
                                    where, e).isNotNull();
                            assertThat(e).as(where).isExactlyInstanceOf(s.refused().getClass())
                                    .hasMessage(s.refused().getMessage());
                            return;
                        }
                        assertThat(s.refused()).as("%s: the restored dispute accepted what the original refused", where)
                                .isNull();
                        assertThat(again).as(where).isEqualTo(s.accepted());
                        roundTrip(again.next(), where + ", after it");
                        again.opened().ifPresent(o -> roundTrip(o.next(), where + ", the dispute it opened"));
                    }
                });
    }

    static Dispute roundTrip(Dispute d, String where) {
        Dispute restored = Dispute.restore(d.toParts());
        assertThat(restored).as("%s: restore(toParts(d)) equals d", where).isEqualTo(d);
        assertThat(restored.toParts()).as("%s: the parts round-trip", where).isEqualTo(d.toParts());
        return restored;
    }
}
