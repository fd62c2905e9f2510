package io.gridgov.benchmarks;

import io.gridgov.benchmarks.RoutingMix.RoutingCase;
import io.gridgov.benchmarks.ZhangzhouList.EntrySpec;
import io.gridgov.routing.rules.Decision;
import io.gridgov.routing.rules.Router;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Routing one case through a territorial responsibility list of Zhangzhou's size (issue 6): gridgov's
 * compiled router against the rule engine a platform would pick, the scan platforms write by hand and a
 * bare hash look-up, in the same run, on the same cases.
 *
 * <p>The list is {@link ZhangzhouList} (10,126 entries over 122 townships in 11 counties, a three-level
 * taxonomy of 100 leaf matters, entries at township, county and city level); {@code counties} takes the
 * part of it in the first 1 or all 11 county-level divisions, to show how each implementation scales.
 * The cases are {@link RoutingMix}: 75% township hits, 12% county fallbacks, 6% city fallbacks, 7%
 * misses that fall to the territory; 80% located in a grid, 20% in a community or village, so every
 * decision walks up the area's ancestors. One op is one decision on the next case of the mix.
 * <ul>
 * <li>{@code gridgovDecision}, <b>the headline</b>: gridgov's compiled {@link Router} ({@link GridgovRouter}:
 *     the entries loaded through {@code RuleSet.builder}, then {@code compile()});
 *     {@code route(category, area, kind, priority)}, then the decision's owner (the main responsible
 *     organisation, or the territory), its fallback and its explanation with its steps built
 *     ({@code explanation().steps()}: every (category, area) key tried in order, up to the match), each
 *     handed to a {@link Blackhole}. This is "the decision with the explanation built" of the issue's
 *     targets;</li>
 * <li>{@code gridgovDecisionWithoutSteps}: the same without building the steps (the explanation object
 *     only, which derives everything when asked): what building the steps adds;</li>
 * <li>{@code gridgovEnglishSentence}, {@code gridgovChineseSentence}: the decision and its explanation
 *     rendered as the English ({@code toEnglish()}) or Chinese ({@code toChinese()}) sentence, as a host
 *     that logs or shows every decision would; reported beside the headline, not part of it;</li>
 * <li>{@code easyRules}: Easy Rules 4.1.0, one rule per entry, priorities by specificity,
 *     {@code skipOnFirstAppliedRule} ({@link EasyRulesRouter});</li>
 * <li>{@code linearScan}: every entry tested, the most specific match kept ({@link LinearScanRouter});</li>
 * <li>{@code hashMapTownship}: one {@code HashMap} look-up on (category, township), which answers only
 *     the township hits and returns nothing for the other 25% ({@link TownshipHashMap}): the limit, not
 *     a router.</li>
 * </ul>
 * Every implementation returns the expected decision on the cases of the mix (checked by
 * {@code RoutingDecisionBenchmarkTest}: every case, except the bare map, which answers township hits
 * only, and Easy Rules on the whole list, checked on every 8th case for time).
 *
 * <p>Two modes in one run: throughput, and the latency distribution ({@code SampleTime}: JMH prints
 * the percentiles p0.50 … p0.999 of the sampled calls). Both are in microseconds; the documented
 * commands rerun each mode with its own unit (ops/s for throughput), because JMH prints a score
 * below 0.001 only as its power of ten (Easy Rules' throughput in ops/µs is such a score).
 *
 * <p>Run (from the repository root, after {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests}):
 * <pre>{@code
 * java -jar examples/benchmarks/target/benchmarks.jar RoutingDecisionBenchmark -bm thrpt -tu s
 * java -jar examples/benchmarks/target/benchmarks.jar RoutingDecisionBenchmark -bm sample -tu us
 * java -jar examples/benchmarks/target/benchmarks.jar RoutingDecisionBenchmark -f 1 -wi 1 -i 1 -w 1s -r 1s -p counties=11
 * }</pre>
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class RoutingDecisionBenchmark {
    /** How many of Zhangzhou's 11 county-level divisions the list covers (11: all 10,126 entries). */
    @Param({"11", "1"})
    public int counties;

    RoutingCase[] cases;
    GridgovRouter gridgov;
    Router router;
    EasyRulesRouter easyRules;
    LinearScanRouter linearScan;
    TownshipHashMap hashMap;

    /** Each thread's position in the mix. */
    @State(Scope.Thread)
    public static class Position {
        private int i;

        /** The next case index, cycling through {@link RoutingMix#CASES}. */
        int next() {
            i = (i + 1) & RoutingMix.MASK;
            return i;
        }
    }

    /** Generates the list and the mix, and builds every implementation from the same entries. */
    @Setup(Level.Trial)
    public void setUp() {
        ZhangzhouList list = ZhangzhouList.generate().firstCounties(counties);
        cases = RoutingMix.of(list).cases;
        gridgov = new GridgovRouter(list);
        router = gridgov.router;
        easyRules = new EasyRulesRouter(list.entries());
        linearScan = new LinearScanRouter(list.entries());
        hashMap = new TownshipHashMap(list.entries());
    }

    /** gridgov, the headline: the decision, its owner, its fallback and its explanation's steps, built. */
    @Benchmark
    public void gridgovDecision(Position p, Blackhole bh) {
        bh.consume(route(p, bh).explanation().steps());
    }

    /** gridgov: as {@link #gridgovDecision}, but only the explanation object, its steps not built. */
    @Benchmark
    public void gridgovDecisionWithoutSteps(Position p, Blackhole bh) {
        bh.consume(route(p, bh).explanation());
    }

    /** gridgov: the decision, and its explanation rendered as its English sentence. */
    @Benchmark
    public void gridgovEnglishSentence(Position p, Blackhole bh) {
        bh.consume(route(p, bh).explanation().toEnglish());
    }

    /** gridgov: the decision, and its explanation rendered as its Chinese sentence. */
    @Benchmark
    public void gridgovChineseSentence(Position p, Blackhole bh) {
        bh.consume(route(p, bh).explanation().toChinese());
    }

    /** Routes the next case and hands the decision's owner and fallback to {@code bh}. */
    private Decision route(Position p, Blackhole bh) {
        RoutingCase c = cases[p.next()];
        Decision d = router.route(c.category(), c.area(), c.kind(), c.priority());
        bh.consume(d.owner());
        bh.consume(d.fallback());
        return d;
    }

    /** Easy Rules: a new {@code Facts} per case, fire the 10,126 rules until the first applies. */
    @Benchmark
    public EntrySpec easyRules(Position p) {
        return easyRules.decide(cases[p.next()]);
    }

    /** The hand-written scan: every entry tested, the most specific match kept. */
    @Benchmark
    public EntrySpec linearScan(Position p) {
        return linearScan.decide(cases[p.next()]);
    }

    /** The limit: one {@code HashMap} look-up on (category, township); township hits only. */
    @Benchmark
    public EntrySpec hashMapTownship(Position p) {
        return hashMap.decide(cases[p.next()]);
    }
}
