package io.gridgov.routing.rules;

import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes a {@link RuleSetAnalysis} over a list of entries that may hold conflicts and unknown codes. A
 * case situation (kind, priority) is a bit of a 24-bit mask; for each (category, area) that a question
 * reaches, the winning entry of every situation is found in one walk up the areas and categories, in the
 * documented precedence, and kept for the other questions.
 */
final class Analyzer {
    private static final CaseKind[] KINDS = CaseKind.values();
    private static final Priority[] PRIORITIES = Priority.values();
    private static final int SITUATIONS = KINDS.length * PRIORITIES.length;
    private static final int ALL = (1 << SITUATIONS) - 1;

    private final List<Entry> entries;
    private final GridTree tree;
    private final CategoryTaxonomy taxonomy;
    private final Level level;
    private final int[] category;
    private final int[] area;
    private final int[] situations;
    /** Entry positions by (category, area) key, highest rank first, then in list order. */
    private final Map<Long, int[]> byKey = new HashMap<>();
    /** The winner of each situation (-1: none) at a (category, area) key. */
    private final Map<Long, int[]> winners = new HashMap<>();

    Analyzer(List<Entry> entries, GridTree tree, CategoryTaxonomy taxonomy, String levelKey) {
        this.entries = entries;
        this.tree = tree;
        this.taxonomy = taxonomy;
        this.level = tree.scheme().level(levelKey);
        int n = entries.size();
        category = new int[n];
        area = new int[n];
        situations = new int[n];
        Map<Long, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            category[i] = taxonomy.indexOf(e.category());
            area[i] = tree.indexOf(e.area());
            situations[i] = mask(e);
            if (category[i] >= 0 && area[i] >= 0) {
                lists.computeIfAbsent(RuleSet.key(category[i], area[i]), k -> new ArrayList<>()).add(i);
            }
        }
        lists.forEach((key, list) -> byKey.put(key, list.stream()
                .sorted((x, y) -> entries.get(x).rank() != entries.get(y).rank()
                        ? Integer.compare(entries.get(y).rank(), entries.get(x).rank()) : Integer.compare(x, y))
                .mapToInt(Integer::intValue).toArray()));
    }

    private static int mask(Entry e) {
        int m = 0;
        for (int s = 0; s < SITUATIONS; s++) {
            if (e.appliesTo(KINDS[s / PRIORITIES.length], PRIORITIES[s % PRIORITIES.length])) {
                m |= 1 << s;
            }
        }
        return m;
    }

    private static RuleSetAnalysis.Situation situation(int s) {
        return new RuleSetAnalysis.Situation(KINDS[s / PRIORITIES.length], PRIORITIES[s % PRIORITIES.length]);
    }

    RuleSetAnalysis analyse() {
        return new RuleSetAnalysis(level.key(), gaps(), conflicts(), shadowed(), unresolved(), organisations(),
                kinds());
    }

    /** Which entry decides each situation of a case of category {@code c} in area {@code a}. */
    private int[] winners(int c, int a) {
        return winners.computeIfAbsent(RuleSet.key(c, a), k -> {
            int[] w = new int[SITUATIONS];
            Arrays.fill(w, -1);
            int open = ALL;
            for (int x = a; x >= 0 && open != 0; x = tree.parent(x)) {
                for (int y = c; y >= 0 && open != 0; y = taxonomy.parentIndex(y)) {
                    for (int e : byKey.getOrDefault(RuleSet.key(y, x), new int[0])) {
                        int taken = open & situations[e];
                        for (int s = 0; s < SITUATIONS; s++) {
                            if ((taken & (1 << s)) != 0) {
                                w[s] = e;
                            }
                        }
                        open &= ~taken;
                    }
                }
            }
            return w;
        });
    }

    private List<Integer> areasAtLevel() {
        List<Integer> out = new ArrayList<>();
        for (int a = 0; a < tree.size(); a++) {
            if (tree.level(a).index() == level.index()) {
                out.add(a);
            }
        }
        return out;
    }

    private List<Integer> leaves() {
        List<Integer> out = new ArrayList<>();
        taxonomy.leaves().forEach(c -> out.add(taxonomy.indexOf(c.code())));
        Collections.sort(out);
        return out;
    }

    private List<RuleSetAnalysis.Gap> gaps() {
        List<RuleSetAnalysis.Gap> out = new ArrayList<>();
        List<Integer> leaves = leaves();
        for (int a : areasAtLevel()) {
            for (int c : leaves) {
                int[] w = winners(c, a);
                List<RuleSetAnalysis.Situation> uncovered = new ArrayList<>();
                for (int s = 0; s < SITUATIONS; s++) {
                    if (w[s] < 0) {
                        uncovered.add(situation(s));
                    }
                }
                if (!uncovered.isEmpty()) {
                    out.add(new RuleSetAnalysis.Gap(taxonomy.category(c).code(), tree.code(a), uncovered));
                }
            }
        }
        return out;
    }

    private List<RuleSetAnalysis.Conflict> conflicts() {
        List<RuleSetAnalysis.Conflict> out = new ArrayList<>();
        for (int[] same : byKey.values()) {
            for (int x = 0; x < same.length; x++) {
                for (int y = x + 1; y < same.length; y++) {
                    Entry p = entries.get(same[x]);
                    Entry q = entries.get(same[y]);
                    if (p.rank() == q.rank() && p.overlaps(q)) {
                        boolean duplicate = p.kinds().equals(q.kinds()) && p.priorities().equals(q.priorities());
                        out.add(new RuleSetAnalysis.Conflict(Math.min(same[x], same[y]), Math.max(same[x], same[y]),
                                duplicate));
                    }
                }
            }
        }
        out.sort((p, q) -> p.first() != q.first() ? Integer.compare(p.first(), q.first())
                : Integer.compare(p.second(), q.second()));
        return out;
    }

    private List<RuleSetAnalysis.Shadowed> shadowed() {
        List<RuleSetAnalysis.Shadowed> out = new ArrayList<>();
        List<Integer> leaves = leaves();
        for (int e = 0; e < entries.size(); e++) {
            if (category[e] < 0 || area[e] < 0 || situations[e] == 0) {
                continue;
            }
            TreeSet<Integer> by = new TreeSet<>();
            boolean decides = false;
            for (int a : arising(area[e])) {
                for (int c : leaves) {
                    if (!under(c, category[e])) {
                        continue;
                    }
                    int[] w = winners(c, a);
                    for (int s = 0; s < SITUATIONS && !decides; s++) {
                        if ((situations[e] & (1 << s)) != 0) {
                            decides = w[s] == e;
                            by.add(w[s]);
                        }
                    }
                }
            }
            if (!decides) {
                out.add(new RuleSetAnalysis.Shadowed(e, new ArrayList<>(by)));
            }
        }
        return out;
    }

    /** The areas where the cases of an entry at area {@code a} arise, as far as the analysis looks. */
    private List<Integer> arising(int a) {
        if (tree.level(a).index() >= level.index()) {
            return List.of(a);
        }
        List<Integer> out = new ArrayList<>();
        tree.subtree(a).filter(x -> tree.level(x).index() == level.index()).forEach(out::add);
        return out.isEmpty() ? List.of(a) : out;
    }

    private boolean under(int c, int ancestor) {
        for (int x = c; x >= 0; x = taxonomy.parentIndex(x)) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> unresolved() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (category[i] < 0 || area[i] < 0) {
                out.add(i);
            }
        }
        return out;
    }

    private List<RuleSetAnalysis.OrganisationCount> organisations() {
        int kinds = EntryKind.values().length;
        // per organisation: [main, cooperating, main of each kind...]
        Map<String, int[]> counts = new TreeMap<>();
        for (Entry e : entries) {
            int[] n = counts.computeIfAbsent(e.main(), k -> new int[2 + kinds]);
            n[0]++;
            n[2 + e.kind().ordinal()]++;
            e.cooperating().forEach(o -> counts.computeIfAbsent(o, k -> new int[2 + kinds])[1]++);
        }
        List<RuleSetAnalysis.OrganisationCount> out = new ArrayList<>();
        counts.forEach((org, n) -> {
            Map<EntryKind, Integer> byKind = new EnumMap<>(EntryKind.class);
            for (EntryKind k : EntryKind.values()) {
                byKind.put(k, n[2 + k.ordinal()]);
            }
            out.add(new RuleSetAnalysis.OrganisationCount(org, n[0], n[1], byKind));
        });
        return out;
    }

    private Map<EntryKind, Integer> kinds() {
        Map<EntryKind, Integer> out = new EnumMap<>(EntryKind.class);
        for (EntryKind k : EntryKind.values()) {
            out.put(k, 0);
        }
        entries.forEach(e -> out.merge(e.kind(), 1, Integer::sum));
        return out;
    }
}
