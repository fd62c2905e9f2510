package io.gridgov.benchmarks;

import io.gridgov.core.grid.GridTree;

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
 * Lowest common ancestor of two grids: {@link GridTree#lca(int, int)} (climbs from one node, testing
 * the other against each ancestor's pre-order interval) against two naive versions: collecting one
 * path into a {@code HashSet} (what is usually written) and lifting to equal depth then climbing both
 * (the careful hand-written one, no allocation).
 *
 * <p>Pairs of grids, a quarter each: in the same village or community; in the same township or street;
 * in the same county; anywhere in the country (almost always under different provinces, so the
 * answer is "none" after a climb to the top).
 *
 * <p>Run (from the repository root, after {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests}):
 * <pre>{@code
 * java -jar examples/benchmarks/target/benchmarks.jar LcaBenchmark
 * java -jar examples/benchmarks/target/benchmarks.jar LcaBenchmark -f 1 -wi 1 -i 1 -w 1s -r 1s -p scale=0.01
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx12g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LcaBenchmark {

    /** Both trees and the grid pairs. */
    @State(Scope.Benchmark)
    public static class Data {
        /**
         * Fraction of the national tree: 0.01 (56 thousand areas, everything in cache) and 1.0 (5.58
         * million areas, most queries miss the caches).
         */
        @Param({"0.01", "1.0"})
        public double scale;

        GridTree tree;
        NaiveTree naive;
        int[] as;
        int[] bs;
        NaiveTree.Node[] naiveAs;
        NaiveTree.Node[] naiveBs;

        /** Builds the trees and draws {@link Fixture#QUERIES} pairs of grids. */
        @Setup
        public void setUp() {
            Fixture f = Fixture.of(scale);
            tree = f.tree;
            naive = f.naive;
            SplittableRandom rng = Fixture.random();
            as = new int[Fixture.QUERIES];
            bs = new int[Fixture.QUERIES];
            for (int i = 0; i < as.length; i++) {
                int a = f.randomGrid(rng);
                as[i] = a;
                bs[i] = switch (rng.nextInt(4)) {
                    case 0 -> f.randomGridIn(tree.parent(a), rng);
                    case 1 -> f.randomGridIn(tree.ancestorAt(a, NationalTreeGenerator.TOWNSHIP), rng);
                    case 2 -> f.randomGridIn(tree.ancestorAt(a, NationalTreeGenerator.COUNTY), rng);
                    default -> f.randomGrid(rng);
                };
            }
            naiveAs = f.naiveOf(as);
            naiveBs = f.naiveOf(bs);
        }
    }

    /** gridgov: climb from one node until its interval holds the other. */
    @Benchmark
    public int gridgov(Data d, Cursor c) {
        int k = c.next();
        return d.tree.lca(d.as[k], d.bs[k]);
    }

    /** Naive: one path into a {@code HashSet}, then walk up the other. */
    @Benchmark
    public NaiveTree.Node naivePathSet(Data d, Cursor c) {
        int k = c.next();
        return d.naive.lcaByPathSet(d.naiveAs[k], d.naiveBs[k]);
    }

    /** Naive, careful: equal depths, then climb both. */
    @Benchmark
    public NaiveTree.Node naiveDepthWalk(Data d, Cursor c) {
        int k = c.next();
        return d.naive.lcaByDepth(d.naiveAs[k], d.naiveBs[k]);
    }
}
