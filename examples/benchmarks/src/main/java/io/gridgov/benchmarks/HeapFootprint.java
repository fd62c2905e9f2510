package io.gridgov.benchmarks;

import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridTree;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Retained heap per area of {@link GridTree} and of the {@link NaiveTree}, each built alone from the
 * same generated areas. For each structure: collect, read the used heap (the baseline), generate the
 * areas, build the structure, drop every reference to the input list, collect again and read the used
 * heap; the difference is what the structure keeps alive, including the strings it shares with the
 * input (the naive tree keeps the input's code and name strings, {@code GridTree} keeps one copy of
 * each distinct name). The input list alone is measured the same way and printed for reference.
 *
 * <p>Used heap is read from the {@link MemoryMXBean} after {@code System.gc()} calls until it stops
 * falling. Run it with {@code -XX:+UseParallelGC}: its full collection compacts the heap, so the figure
 * is the live bytes. Under G1 (the default) each large array occupies whole humongous regions and the
 * figure grows by the rounding (about 6% for {@code GridTree}, whose data is a few large arrays),
 * which is what a G1 heap really spends.
 *
 * <p>Name strings are most of the difference between runs with different name data, so the program
 * also estimates their share from their lengths (8-byte alignment, compressed oops) and prints the
 * footprint of each structure without them.
 *
 * <p>Run (from the repository root, after {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests}):
 * <pre>{@code
 * java -Xmx12g -XX:+UseParallelGC -cp examples/benchmarks/target/benchmarks.jar io.gridgov.benchmarks.HeapFootprint 1.0
 * java -Xmx2g  -XX:+UseParallelGC -cp examples/benchmarks/target/benchmarks.jar io.gridgov.benchmarks.HeapFootprint 0.01
 * }</pre>
 * Arguments: the scale (default 1.0), then optionally {@code gridgov} or {@code naive} to measure one.
 */
public final class HeapFootprint {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapFootprint() {
    }

    /**
     * Measures and prints.
     *
     * @param args scale (default 1.0), then optionally {@code gridgov} or {@code naive}
     */
    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        String only = args.length > 1 ? args[1] : "both";
        if (!List.of("both", "gridgov", "naive").contains(only)) {
            throw new IllegalArgumentException("second argument is '" + only + "'; use gridgov, naive or nothing for both");
        }
        System.out.printf(Locale.ROOT, "JDK %s, %s, max heap %d MiB, scale %s%n", System.getProperty("java.version"),
                ManagementFactory.getGarbageCollectorMXBeans().get(0).getName(),
                Runtime.getRuntime().maxMemory() >> 20, scale);

        // load and compile the classes involved, so their metadata is in the baseline (it is not heap anyway)
        measure(0.001, "warm-up", in -> GridTree.of(NationalTreeGenerator.scheme(), in), false);
        measure(0.001, "warm-up", NaiveTree::of, false);

        long input = measure(scale, "input List<Area>", in -> new ArrayList<>(in), true);
        long gridgov = only.equals("naive") ? 0
                : measure(scale, "gridgov GridTree", in -> GridTree.of(NationalTreeGenerator.scheme(), in), true);
        long naive = only.equals("gridgov") ? 0 : measure(scale, "naive object tree", NaiveTree::of, true);
        if (gridgov > 0 && naive > 0) {
            System.out.printf(Locale.ROOT, "naive / gridgov = %.2f%n", (double) naive / gridgov);
        }
        printNames(scale, gridgov, naive);
    }

    /**
     * Builds one structure from freshly generated areas and returns the bytes it retains.
     *
     * @param build turns the areas into the structure; must not keep the list itself
     */
    private static long measure(double scale, String label, Function<List<Area>, Object> build, boolean print) {
        long base = usedAfterGc();
        List<Area> input = NationalTreeGenerator.generate(scale);
        int n = input.size();
        Object structure = build.apply(input);
        input = null; // the only reference: the input is garbage from here on
        long after = usedAfterGc();
        Reference.reachabilityFence(structure);
        long retained = after - base;
        if (print) {
            System.out.printf(Locale.ROOT, "%-18s %,10d areas %,15d bytes %8.1f MiB %7.1f bytes/area%n",
                    label, n, retained, retained / 1048576.0, (double) retained / n);
        }
        return retained;
    }

    /**
     * The part of the footprints that is name strings, estimated from their lengths: the naive tree
     * keeps every area's own name string, {@code GridTree} one per distinct name.
     */
    private static void printNames(double scale, long gridgov, long naive) {
        List<Area> areas = NationalTreeGenerator.generate(scale);
        Set<String> distinct = new HashSet<>();
        long all = 0;
        long unique = 0;
        for (Area a : areas) {
            long bytes = stringBytes(a.name());
            all += bytes;
            if (distinct.add(a.name())) {
                unique += bytes;
            }
        }
        int n = areas.size();
        System.out.printf(Locale.ROOT, "name strings (estimate): %.1f bytes/area for every area's own,"
                + " %.1f bytes/area for the %,d distinct names (%.0f%%)%n",
                (double) all / n, (double) unique / n, distinct.size(), 100.0 * distinct.size() / n);
        if (gridgov > 0) {
            System.out.printf(Locale.ROOT, "gridgov without its name strings: %.1f bytes/area%n",
                    (double) (gridgov - unique) / n);
        }
        if (naive > 0) {
            System.out.printf(Locale.ROOT, "naive without its name strings:   %.1f bytes/area%n",
                    (double) (naive - all) / n);
        }
    }

    /** A String (24 bytes) and its byte[] (16 + 1 or 2 per char, 8-aligned). */
    private static long stringBytes(String s) {
        boolean latin1 = s.chars().allMatch(c -> c < 256);
        long array = 16 + (long) s.length() * (latin1 ? 1 : 2);
        return 24 + ((array + 7) & ~7L);
    }

    /** The used heap after {@code System.gc()} calls until it stops falling. */
    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used - 1024 * 1024 && i >= 2) {
                return Math.min(used, now);
            }
            used = Math.min(used, now);
        }
        return used;
    }
}
