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

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@link GridTree#isAncestor(int, int)} (two comparisons on pre-order numbers) against walking parent
 * pointers in the naive tree: the test behind "may this actor, scoped to an area, see this case?".
 *
 * <p>Every pair is (an area at a random level from province to village, a random grid). Half the
 * pairs, chosen at random, take an actual ancestor of the grid (true); the other half a random area
 * of the same level (almost always false). The naive walk goes to the top on a false answer.
 *
 * <p>Run (from the repository root, after {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests}):
 * <pre>{@code
 * java -jar examples/benchmarks/target/benchmarks.jar IsAncestorBenchmark
 * java -jar examples/benchmarks/target/benchmarks.jar IsAncestorBenchmark -f 1 -wi 1 -i 1 -w 1s -r 1s -p scale=0.01
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx12g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IsAncestorBenchmark {

    /** Both trees and the query pairs. */
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
        int[] ancestors;
        int[] nodes;
        NaiveTree.Node[] naiveAncestors;
        NaiveTree.Node[] naiveNodes;
        /** How many pairs are true, for a sanity check. */
        int trueCount;

        /** Builds the trees and draws {@link Fixture#QUERIES} pairs. */
        @Setup
        public void setUp() {
            Fixture f = Fixture.of(scale);
            tree = f.tree;
            naive = f.naive;
            SplittableRandom rng = Fixture.random();
            List<Level> upper = tree.scheme().levels().subList(0, NationalTreeGenerator.VILLAGE.index() + 1);
            ancestors = new int[Fixture.QUERIES];
            nodes = new int[Fixture.QUERIES];
            for (int i = 0; i < nodes.length; i++) {
                int grid = f.randomGrid(rng);
                Level at = upper.get(rng.nextInt(upper.size()));
                nodes[i] = grid;
                ancestors[i] = rng.nextBoolean() ? tree.ancestorAt(grid, at) : f.randomAt(at, rng);
                if (tree.isAncestor(ancestors[i], grid)) {
                    trueCount++;
                }
            }
            naiveAncestors = f.naiveOf(ancestors);
            naiveNodes = f.naiveOf(nodes);
            System.out.printf("%n%d pairs, %.1f%% true%n", nodes.length, 100.0 * trueCount / nodes.length);
        }
    }

    /** gridgov: pre-order interval test. */
    @Benchmark
    public boolean gridgov(Data d, Cursor c) {
        int k = c.next();
        return d.tree.isAncestor(d.ancestors[k], d.nodes[k]);
    }

    /** Naive: walk the node's parent pointers looking for the ancestor. */
    @Benchmark
    public boolean naiveParentWalk(Data d, Cursor c) {
        int k = c.next();
        return d.naive.isAncestor(d.naiveAncestors[k], d.naiveNodes[k]);
    }
}
