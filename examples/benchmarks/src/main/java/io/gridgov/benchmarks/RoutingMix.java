package io.gridgov.benchmarks;

import io.gridgov.benchmarks.ZhangzhouList.EntrySpec;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A seeded, pre-generated mix of {@value #CASES} cases to route over a {@link ZhangzhouList}, stepped
 * through by a cursor so that choosing a case is never part of what is measured, and every
 * implementation answers the same cases.
 *
 * <h2>The mix</h2>
 * <ul>
 * <li>{@value #TOWNSHIP_SHARE}% <b>township hits</b>: the case's township lists its matter;</li>
 * <li>{@value #COUNTY_SHARE}% <b>county fallbacks</b>: the township does not list it, a county entry
 *     on the leaf or on its group does;</li>
 * <li>{@value #CITY_SHARE}% <b>city fallbacks</b>: neither township nor county, the city does;</li>
 * <li>{@value #TERRITORY_SHARE}% <b>misses</b>: no entry covers the matter in that place, so the
 *     territory owns the case (属地兜底).</li>
 * </ul>
 * Within a class, a (township, leaf matter) pair is drawn uniformly among the pairs of that class.
 * Cases are located below the township, so every decision walks up the area's ancestors:
 * {@value #GRID_SHARE}% in a grid, the rest in a community or village (drawn uniformly inside the
 * township). Every case's category is a leaf; its kind is drawn uniformly from {@link CaseKind}, its
 * priority is routine (90%), urgent (8%) or an emergency (2%) (the list's entries have no conditions, so
 * neither changes a decision; gridgov checks them all the same). The codes are fresh {@code String}s, not the instances
 * the entries hold, as when they arrive in a request.
 *
 * <p>Each case carries its expected decision, worked out by {@link #expected}: a reference that walks
 * the area's ancestors (outer loop, most specific first) and, for each, the category's ancestors (inner
 * loop, most specific first), looking up a (category, area) map: the documented precedence.
 *
 * <p>Immutable after construction.
 */
final class RoutingMix {
    /** Cases in a mix: 2^16. */
    static final int CASES = 1 << 16;
    /** Mask for cycling an index through {@link #CASES}. */
    static final int MASK = CASES - 1;
    /** Seed of the case draw, distinct from the list's. */
    static final long SEED = 12_345L;
    static final int TOWNSHIP_SHARE = 75;
    static final int COUNTY_SHARE = 12;
    static final int CITY_SHARE = 6;
    static final int TERRITORY_SHARE = 7;
    static final int GRID_SHARE = 80;
    private static final CaseKind[] KINDS = CaseKind.values();

    /** What routing a case should find. */
    enum Outcome {
        /** An entry of the case's township. */
        TOWNSHIP,
        /** An entry of the case's county (on the leaf or on its group). */
        COUNTY,
        /** An entry of the city. */
        CITY,
        /** No entry: the territory owns the case. */
        TERRITORY
    }

    /**
     * One case to route.
     *
     * @param category the case's category code (a leaf)
     * @param area     the code of the case's grid, community or village
     * @param township the code of the township it lies in (what a platform stores beside the case)
     * @param kind     the case's kind
     * @param priority the case's priority
     * @param expected the class of the expected decision
     * @param entry    the entry that should match, or {@code null} for the territory
     */
    record RoutingCase(String category, String area, String township, CaseKind kind, Priority priority,
            Outcome expected, EntrySpec entry) {
        RoutingCase {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(township, "township");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(expected, "expected");
        }
    }

    final RoutingCase[] cases;

    private RoutingMix(RoutingCase[] cases) {
        this.cases = cases;
    }

    /** The mix over {@code list} for {@link #SEED}. */
    static RoutingMix of(ZhangzhouList list) {
        return of(list, SEED);
    }

    /**
     * Draws the mix.
     *
     * @param list the list the cases are routed over
     * @param seed the seed of the draw
     * @return the mix
     * @throws IllegalStateException if the list has no (township, leaf) pair of some outcome
     */
    static RoutingMix of(ZhangzhouList list, long seed) {
        GridTree tree = list.tree();
        CategoryTaxonomy taxonomy = list.taxonomy();
        Map<Long, EntrySpec> index = index(list);
        Map<Outcome, List<long[]>> pairs = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            pairs.put(o, new ArrayList<>());
        }
        for (String township : list.townships()) {
            int node = tree.require(township);
            for (String leaf : list.leaves()) {
                EntrySpec e = expected(tree, taxonomy, index, node, taxonomy.indexOf(leaf));
                pairs.get(outcome(e)).add(new long[] {node, taxonomy.indexOf(leaf)});
            }
        }
        for (Outcome o : Outcome.values()) {
            if (pairs.get(o).isEmpty()) {
                throw new IllegalStateException("the list has no (township, leaf) pair with outcome " + o);
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        RoutingCase[] cases = new RoutingCase[CASES];
        for (int i = 0; i < CASES; i++) {
            int r = rng.nextInt(100);
            Outcome o = r < TOWNSHIP_SHARE ? Outcome.TOWNSHIP
                    : r < TOWNSHIP_SHARE + COUNTY_SHARE ? Outcome.COUNTY
                    : r < TOWNSHIP_SHARE + COUNTY_SHARE + CITY_SHARE ? Outcome.CITY : Outcome.TERRITORY;
            List<long[]> candidates = pairs.get(o);
            long[] pair = candidates.get(rng.nextInt(candidates.size()));
            int township = (int) pair[0];
            int leaf = (int) pair[1];
            Level level = rng.nextInt(100) < GRID_SHARE ? NationalTreeGenerator.GRID : NationalTreeGenerator.VILLAGE;
            int area = randomBelow(tree, township, level, rng);
            CaseKind kind = KINDS[rng.nextInt(KINDS.length)];
            int p = rng.nextInt(100);
            Priority priority = p < 90 ? Priority.ROUTINE : p < 98 ? Priority.URGENT : Priority.EMERGENCY;
            EntrySpec e = expected(tree, taxonomy, index, area, leaf);
            if (outcome(e) != o) {
                throw new IllegalStateException("case at " + tree.code(area) + " decides " + outcome(e) + ", its township "
                        + tree.code(township) + " " + o);
            }
            cases[i] = new RoutingCase(new String(taxonomy.category(leaf).code()), tree.code(area), tree.code(township),
                    kind, priority, o, e);
        }
        return new RoutingMix(cases);
    }

    /** The entries by (category index, area node). */
    static Map<Long, EntrySpec> index(ZhangzhouList list) {
        Map<Long, EntrySpec> index = new HashMap<>();
        for (EntrySpec e : list.entries()) {
            long key = key(list.taxonomy().indexOf(e.category()), list.tree().require(e.area()));
            if (index.put(key, e) != null) {
                throw new IllegalStateException("two entries for " + e.category() + " in " + e.area());
            }
        }
        return index;
    }

    /**
     * The reference decision: for each area from the case's own up to the root, for each category from
     * the case's up to its domain, the entry keyed by the two; the first found wins.
     *
     * @return the entry, or {@code null} when the territory owns the case
     */
    static EntrySpec expected(GridTree tree, CategoryTaxonomy taxonomy, Map<Long, EntrySpec> index, int area,
            int category) {
        for (int a = area; a >= 0; a = tree.parent(a)) {
            for (int c = category; c >= 0; c = taxonomy.parentIndex(c)) {
                EntrySpec e = index.get(key(c, a));
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The outcome class of a decision. */
    static Outcome outcome(EntrySpec e) {
        if (e == null) {
            return Outcome.TERRITORY;
        }
        return switch (e.tier()) {
            case TOWNSHIP -> Outcome.TOWNSHIP;
            case COUNTY -> Outcome.COUNTY;
            case CITY -> Outcome.CITY;
        };
    }

    private static long key(int category, int area) {
        return (long) category << 32 | area;
    }

    /** A random node at {@code level} in the subtree of {@code township}. */
    private static int randomBelow(GridTree tree, int township, Level level, SplittableRandom rng) {
        int end = tree.subtreeEnd(township);
        while (true) {
            int n = township + 1 + rng.nextInt(end - township - 1);
            if (tree.level(n).equals(level)) {
                return n;
            }
        }
    }
}
