package io.gridgov.benchmarks;

import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The ancestor of a grid at a level, e.g. the street (township level) or county a case falls in:
 * {@link GridTree#ancestorAt(int, Level)} (climbs the parent array, reading a byte level per step)
 * against walking parent pointers in the naive tree. The grids are random.
 *
 * <p>Run (from the repository root, after {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests}):
 * <pre>{@code
 * java -jar examples/benchmarks/target/benchmarks.jar AncestorAtBenchmark
 * java -jar examples/benchmarks/target/benchmarks.jar AncestorAtBenchmark -f 1 -wi 1 -i 1 -w 1s -r 1s -p scale=0.01
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx12g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AncestorAtBenchmark {

    /** Both trees, the target level and the grids. */
    @State(Scope.Benchmark)
    public static class Data {
        /**
         * Fraction of the national tree: 0.01 (56 thousand areas, everything in cache) and 1.0 (5.58
         * million areas, most queries miss the caches).
         */
        @Param({"0.01", "1.0"})
        public double scale;

        /** The level to climb to: {@code township} (3 steps up from a grid) or {@code county} (4). */
        @Param({"township", "county"})
        public String level;

        GridTree tree;
        NaiveTree naive;
        Level target;
        int[] grids;
        NaiveTree.Node[] naiveGrids;

        /** Builds the trees and draws {@link Fixture#QUERIES} random grids. */
        @Setup
        public void setUp() {
            Fixture f = Fixture.of(scale);
            tree = f.tree;
            naive = f.naive;
            target = tree.scheme().level(level);
            SplittableRandom rng = Fixture.random();
            grids = new int[Fixture.QUERIES];
            for (int i = 0; i < grids.length; i++) {
                grids[i] = f.randomGrid(rng);
            }
            naiveGrids = f.naiveOf(grids);
        }
    }

    /** gridgov: climb the parent array. */
    @Benchmark
    public int gridgov(Data d, Cursor c) {
        return d.tree.ancestorAt(d.grids[c.next()], d.target);
    }

    /** Naive: walk the parent pointers. */
    @Benchmark
    public NaiveTree.Node naiveParentWalk(Data d, Cursor c) {
        return d.naive.ancestorAt(d.naiveGrids[c.next()], d.target);
    }
}
