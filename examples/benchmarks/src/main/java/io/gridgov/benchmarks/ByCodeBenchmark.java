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
 * Look-up by area code: {@link GridTree#indexOf(String)} (an open-addressing table over the encoded
 * codes) against {@code HashMap<String, Node>.get} in the naive tree. The codes are those of random
 * existing areas of every level (most are grids, as in the tree), each a {@code String} instance of
 * its own, equal to but not the same as the key in the map.
 *
 * <p>The strings' hash codes are cached after their first use, which favours the {@code HashMap}: a
 * code arriving in a request is a fresh string whose hash is computed on the first look-up.
 * {@code indexOf} reads the digits every time either way.
 *
 * <p>Run (from the repository root, after {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests}):
 * <pre>{@code
 * java -jar examples/benchmarks/target/benchmarks.jar ByCodeBenchmark
 * java -jar examples/benchmarks/target/benchmarks.jar ByCodeBenchmark -f 1 -wi 1 -i 1 -w 1s -r 1s -p scale=0.01
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx12g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ByCodeBenchmark {

    /** Both trees and the query codes. */
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
        String[] codes;

        /** Builds the trees and draws {@link Fixture#QUERIES} random existing codes. */
        @Setup
        public void setUp() {
            Fixture f = Fixture.of(scale);
            tree = f.tree;
            naive = f.naive;
            SplittableRandom rng = Fixture.random();
            codes = new String[Fixture.QUERIES];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = tree.code(rng.nextInt(tree.size())); // a new String each time
            }
        }
    }

    /** gridgov: code to node number. */
    @Benchmark
    public int gridgov(Data d, Cursor c) {
        return d.tree.indexOf(d.codes[c.next()]);
    }

    /** Naive: {@code HashMap.get}. */
    @Benchmark
    public NaiveTree.Node naiveHashMap(Data d, Cursor c) {
        return d.naive.find(d.codes[c.next()]);
    }
}
