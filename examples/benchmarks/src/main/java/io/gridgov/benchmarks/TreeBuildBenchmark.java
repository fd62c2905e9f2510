package io.gridgov.benchmarks;

import io.gridgov.core.grid.Area;
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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Building the whole tree from a list of {@link Area}s: {@link GridTree#of} (validates every area
 * against its parent, detects duplicates and cycles, lays the tree out in pre-order, builds the code
 * index) against {@link NaiveTree#of} (a {@code HashMap} and a parent link per node, no validation).
 * One build per measurement ({@code SingleShotTime}); the areas are generated once per fork and are
 * not part of the time.
 *
 * <p>{@code order}: {@code sorted} is the generator's pre-order (a table read by primary key);
 * {@code shuffled} is a random permutation of it (rows read in no useful order).
 *
 * <p>Each measured build starts after a {@code System.gc()}, so the garbage of the previous build is
 * not collected on its clock.
 *
 * <p>Run (from the repository root, after {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests}):
 * <pre>{@code
 * java -jar examples/benchmarks/target/benchmarks.jar TreeBuildBenchmark
 * java -jar examples/benchmarks/target/benchmarks.jar TreeBuildBenchmark -f 1 -wi 1 -i 1 -p scale=0.01
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx12g"})
@Warmup(iterations = 2)
@Measurement(iterations = 4)
public class TreeBuildBenchmark {

    /** The input areas. */
    @State(Scope.Benchmark)
    public static class Input {
        /** Fraction of the national tree (about 5.58 million areas at 1.0). */
        @Param({"1.0"})
        public double scale;

        /** {@code sorted} (pre-order, as generated) or {@code shuffled}. */
        @Param({"sorted", "shuffled"})
        public String order;

        List<Area> areas;

        /** Generates the areas once per fork. */
        @Setup(org.openjdk.jmh.annotations.Level.Trial)
        public void generate() {
            List<Area> generated = NationalTreeGenerator.generate(scale);
            switch (order) {
                case "sorted" -> areas = generated;
                case "shuffled" -> {
                    areas = new ArrayList<>(generated);
                    Collections.shuffle(areas, new Random(Fixture.QUERY_SEED));
                }
                default -> throw new IllegalArgumentException("order is '" + order + "'; use sorted or shuffled");
            }
        }

        /** Starts each build on a collected heap. */
        @Setup(org.openjdk.jmh.annotations.Level.Iteration)
        public void collect() {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
        }
    }

    /** gridgov: validate and lay out. */
    @Benchmark
    public GridTree gridgov(Input in) {
        return GridTree.of(NationalTreeGenerator.scheme(), in.areas);
    }

    /** Naive: a node per area, a HashMap, parent links. */
    @Benchmark
    public NaiveTree naive(Input in) {
        return NaiveTree.of(in.areas);
    }
}
