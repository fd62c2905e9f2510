package io.gridgov.benchmarks;

import io.gridgov.benchmarks.RoutingMix.Outcome;
import io.gridgov.benchmarks.RoutingMix.RoutingCase;
import io.gridgov.benchmarks.ZhangzhouList.EntrySpec;
import io.gridgov.routing.rules.Decision;
import io.gridgov.routing.rules.Fallback;
import io.gridgov.routing.rules.Owner;
import io.gridgov.routing.rules.Step;

import org.openjdk.jmh.infra.Blackhole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every implementation in {@link RoutingDecisionBenchmark} returns the expected decision (worked out by
 * {@link RoutingMix#expected}) on the cases of the mix: a correctness check of the bodies, not a
 * timing. gridgov's router is also checked for its owner, its fallback and that its explanation ends at
 * the expected entry. Easy Rules takes about a millisecond per case with 10,126 rules, so on the whole list it is
 * checked on every {@value #EASY_RULES_STRIDE}th case (8,192 of the 65,536), and on every case of the
 * first county's list (the benchmark's {@code counties = 1}).
 */
@DisplayName("The routing benchmark's implementations")
class RoutingDecisionBenchmarkTest {
    static final int EASY_RULES_STRIDE = 8;

    /** Checks the implementations over one list's mix. */
    abstract static class Agreement {
        final RoutingDecisionBenchmark bench = new RoutingDecisionBenchmark();

        Agreement(int counties) {
            bench.counties = counties;
            bench.setUp();
        }

        /** Every {@code stride}th case of the mix on which {@code decide} differs from the expected entry. */
        List<String> disagreements(Function<RoutingCase, EntrySpec> decide, int stride,
                Function<RoutingCase, EntrySpec> expected) {
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < RoutingMix.CASES; i += stride) {
                RoutingCase c = bench.cases[i];
                EntrySpec got = decide.apply(c);
                if (got != expected.apply(c)) {
                    wrong.add("case " + i + " " + c.category() + " at " + c.area() + " (" + c.expected() + "): expected "
                            + id(expected.apply(c)) + ", got " + id(got));
                }
            }
            return wrong;
        }

        private static String id(EntrySpec e) {
            return e == null ? "the territory" : e.id() + " " + e.category() + "@" + e.area();
        }

        @Test
        @DisplayName("gridgov's router picks the expected entry on every case, or the territory of the case's own area")
        void gridgov() {
            assertThat(disagreements(c -> bench.gridgov.spec(route(c)), 1, RoutingCase::entry)).isEmpty();
            List<String> wrong = new ArrayList<>();
            for (RoutingCase c : bench.cases) {
                Decision d = route(c);
                Object owner = d.owner();
                Fallback fallback = d.fallback();
                // every case lies below its township, and every township publishes a list (its own list): a
                // township hit on the case's leaf is no fallback, a county or city entry is a higher area's
                boolean ok = switch (c.expected()) {
                    case TOWNSHIP -> fallback == Fallback.NONE && owner.equals(new Owner.Organisation(c.entry().main()));
                    case COUNTY, CITY -> fallback == Fallback.HIGHER_AREA
                            && owner.equals(new Owner.Organisation(c.entry().main()));
                    case TERRITORY -> fallback == Fallback.TERRITORY && owner instanceof Owner.Territory t
                            && t.area().equals(c.area());
                };
                if (!ok) {
                    wrong.add(c + ": " + owner + ", " + fallback);
                }
            }
            assertThat(wrong).isEmpty();
        }

        @Test
        @DisplayName("gridgov's explanation lists the keys from the case's own area up to the match, most specific first")
        void explanation() {
            for (int i = 0; i < RoutingMix.CASES; i += 97) {
                RoutingCase c = bench.cases[i];
                Decision d = route(c);
                List<Step> steps = d.explanation().steps();
                assertThat(steps.get(0).area()).as("%s", c).isEqualTo(c.area());
                assertThat(steps.get(0).category()).isEqualTo(c.category());
                Step last = steps.get(steps.size() - 1);
                if (c.entry() == null) {
                    assertThat(steps).as("%s", c).noneMatch(s -> s.outcome() == Step.Outcome.MATCHED);
                    assertThat(d.explanation().toEnglish()).contains("territory");
                } else {
                    assertThat(last.outcome()).as("%s", c).isEqualTo(Step.Outcome.MATCHED);
                    assertThat(last.area()).isEqualTo(c.entry().area());
                    assertThat(last.category()).isEqualTo(c.entry().category());
                    assertThat(d.explanation().toEnglish()).contains(c.entry().main());
                    assertThat(d.explanation().toChinese()).contains(c.entry().main());
                }
            }
        }

        private Decision route(RoutingCase c) {
            return bench.router.route(c.category(), c.area(), c.kind(), c.priority());
        }

        @Test
        @DisplayName("the linear scan picks the expected entry, or none for a miss, on every case")
        void scan() {
            assertThat(disagreements(bench.linearScan::decide, 1, RoutingCase::entry)).isEmpty();
        }

        @Test
        @DisplayName("the bare HashMap answers every township hit and nothing else")
        void hashMap() {
            assertThat(disagreements(bench.hashMap::decide, 1,
                    c -> c.expected() == Outcome.TOWNSHIP ? c.entry() : null)).isEmpty();
        }

        @Test
        @DisplayName("each benchmark method returns what its router decides for the next case")
        void methods() {
            RoutingCase first = bench.cases[1]; // Position.next() starts at 1
            Blackhole bh = new Blackhole(
                    "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
            bench.gridgovDecision(new RoutingDecisionBenchmark.Position(), bh);
            bench.gridgovDecisionWithoutSteps(new RoutingDecisionBenchmark.Position(), bh);
            bench.gridgovEnglishSentence(new RoutingDecisionBenchmark.Position(), bh);
            bench.gridgovChineseSentence(new RoutingDecisionBenchmark.Position(), bh);
            bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
            assertThat(bench.easyRules(new RoutingDecisionBenchmark.Position())).isSameAs(first.entry());
            assertThat(bench.linearScan(new RoutingDecisionBenchmark.Position())).isSameAs(first.entry());
            assertThat(bench.hashMapTownship(new RoutingDecisionBenchmark.Position()))
                    .isSameAs(bench.hashMap.decide(first));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("on the whole list of 10,126 entries")
    class WholeList extends Agreement {
        WholeList() {
            super(11);
        }

        @Test
        @DisplayName("Easy Rules fires the expected entry, or none for a miss, on every 8th case")
        void easyRules() {
            assertThat(bench.easyRules.size()).isEqualTo(10_126);
            assertThat(disagreements(bench.easyRules::decide, EASY_RULES_STRIDE, RoutingCase::entry)).isEmpty();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("on the first county's list")
    class FirstCounty extends Agreement {
        FirstCounty() {
            super(1);
        }

        @Test
        @DisplayName("Easy Rules fires the expected entry, or none for a miss, on every case")
        void easyRules() {
            assertThat(disagreements(bench.easyRules::decide, 1, RoutingCase::entry)).isEmpty();
        }
    }
}
