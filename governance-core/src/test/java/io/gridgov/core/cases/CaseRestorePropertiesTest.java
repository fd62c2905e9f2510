package io.gridgov.core.cases;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Case#restore} against every case the seeded random walks reach ({@link RandomCaseWalk}, the same
 * seeds and lengths as {@link CaseLifecyclePropertiesTest}): restoring a case's parts gives an equal case,
 * and the restored case answers every command the walk tries (accepted or refused) exactly as the
 * original does: the same transition, or the same refusal with the same message.
 */
class CaseRestorePropertiesTest {
    static IntStream seeds() {
        return CaseLifecyclePropertiesTest.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("every case a random walk reaches restores to an equal case that behaves the same")
    void everyReachedCaseRoundTrips(long seed) {
        CaseLifecycle lifecycle = RandomCaseWalk.lifecycleFor(seed);
        RandomCaseWalk.run(seed, lifecycle, CaseLifecyclePropertiesTest.lengthFor(seed), new RandomCaseWalk.Listener() {
            @Override
            public void reported(CaseReport report, Instant now, Transition transition) {
                roundTrip(transition.next(), "seed " + seed + ", the reported case");
            }

            @Override
            public void step(RandomCaseWalk.Step s) {
                String where = "seed " + seed + ", " + s;
                Case restored = roundTrip(s.before(), where);
                Transition again;
                try {
                    again = lifecycle.apply(restored, s.command(), s.now());
                } catch (RuntimeException e) {
                    assertThat(s.refused()).as("%s: the restored case refused what the original accepted: %s", where, e)
                            .isNotNull();
                    assertThat(e).as(where).isExactlyInstanceOf(s.refused().getClass())
                            .hasMessage(s.refused().getMessage());
                    return;
                }
                assertThat(s.refused()).as("%s: the restored case accepted what the original refused", where).isNull();
                assertThat(again).as(where).isEqualTo(s.accepted());
                roundTrip(again.next(), where + ", after it");
            }
        });
    }

    static Case roundTrip(Case c, String where) {
        Case restored = Case.restore(c.toParts());
        assertThat(restored).as("%s: restore(toParts(c)) equals c", where).isEqualTo(c);
        assertThat(restored.toParts()).as("%s: the parts round-trip", where).isEqualTo(c.toParts());
        return restored;
    }
}
