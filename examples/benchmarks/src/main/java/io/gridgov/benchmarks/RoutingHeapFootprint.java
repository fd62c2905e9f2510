package io.gridgov.benchmarks;

import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.grid.GridTree;
import io.gridgov.routing.rules.Router;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Retained heap of the compiled responsibility list of {@link ZhangzhouList} (10,126 entries): gridgov's
 * {@link Router} with the {@code RuleSet} it holds, and, for comparison, each peer of
 * {@link RoutingDecisionBenchmark} built from the same entries.
 *
 * <p>The grid tree and the taxonomy are shared with the rest of a host (the case lifecycle needs them
 * too) and are not counted: they are built first and kept alive through the whole measurement, so they
 * are in every baseline. For each structure: collect, read the used heap (the baseline), generate the
 * entries afresh (the list's own copy of the tree becomes garbage at once), build the structure against
 * the shared tree and taxonomy, drop every reference to the generated list, collect again and read the
 * used heap; the difference is what the structure keeps alive, including the strings (codes,
 * organisation ids) it holds, which are the generated ones.
 *
 * <p>Used heap is read from the {@link MemoryMXBean} after {@code System.gc()} calls until it stops
 * falling ({@link HeapFootprint}'s method); run it with {@code -XX:+UseParallelGC}, whose full collection
 * compacts the heap, so the figure is the live bytes. Deterministic: the same seed gives the same
 * entries, and each structure is measured three times; the smallest reading is printed (a reading is
 * only ever inflated by garbage the collector has not yet reclaimed).
 *
 * <p>Run (from the repository root, after {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests}):
 * <pre>{@code
 * java -Xmx1g -XX:+UseParallelGC -cp examples/benchmarks/target/benchmarks.jar io.gridgov.benchmarks.RoutingHeapFootprint
 * }</pre>
 * Argument: the number of county-level divisions (default 11, the whole list).
 */
public final class RoutingHeapFootprint {
    private static final int REPEATS = 3;

    private RoutingHeapFootprint() {
    }

    /**
     * Measures and prints.
     *
     * @param args optionally the number of counties, 1 to 11
     */
    public static void main(String[] args) {
        int counties = args.length > 0 ? Integer.parseInt(args[0]) : ZhangzhouList.COUNTIES;
        ZhangzhouList shared = ZhangzhouList.generate().firstCounties(counties);
        GridTree tree = shared.tree();
        CategoryTaxonomy taxonomy = shared.taxonomy();
        int entries = shared.entries().size();
        shared = null; // keep only the tree and the taxonomy
        System.out.printf(Locale.ROOT, "JDK %s, %s, max heap %d MiB; %,d entries, %,d areas, %d categories%n",
                System.getProperty("java.version"), ManagementFactory.getGarbageCollectorMXBeans().get(0).getName(),
                Runtime.getRuntime().maxMemory() >> 20, entries, tree.size(), taxonomy.size());

        Function<ZhangzhouList, Object> gridgov = list -> GridgovRouter.ruleSet(list.entries(), list.organisations(), tree, taxonomy).compile();
        Function<ZhangzhouList, Object> specs = list -> List.copyOf(list.entries());
        Function<ZhangzhouList, Object> easyRules = list -> new EasyRulesRouter(list.entries());
        Function<ZhangzhouList, Object> scan = list -> new LinearScanRouter(list.entries());
        Function<ZhangzhouList, Object> map = list -> new TownshipHashMap(list.entries());
        // load and compile the classes involved, so their metadata is in the baseline (it is not heap anyway)
        for (Function<ZhangzhouList, Object> f : List.of(gridgov, specs, easyRules, scan, map)) {
            Reference.reachabilityFence(f.apply(ZhangzhouList.generate().firstCounties(counties)));
        }
        measure(counties, entries, "gridgov Router + RuleSet", gridgov);
        measure(counties, entries, "the entry specs alone", specs);
        measure(counties, entries, "Easy Rules 4.1 Rules", easyRules);
        measure(counties, entries, "linear scan rows", scan);
        measure(counties, entries, "HashMap (townships)", map);
        Reference.reachabilityFence(tree);
        Reference.reachabilityFence(taxonomy);
    }

    private static void measure(int counties, int entries, String label, Function<ZhangzhouList, Object> build) {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < REPEATS; r++) {
            long base = HeapFootprint.usedAfterGc();
            ZhangzhouList list = ZhangzhouList.generate().firstCounties(counties);
            Object structure = build.apply(list);
            list = null; // the only reference: the generated list is garbage from here on
            long after = HeapFootprint.usedAfterGc();
            Reference.reachabilityFence(structure);
            best = Math.min(best, after - base);
        }
        System.out.printf(Locale.ROOT, "%-26s %,12d bytes %7.2f MiB %7.1f bytes/entry%n", label, best,
                best / 1048576.0, (double) best / entries);
    }
}
