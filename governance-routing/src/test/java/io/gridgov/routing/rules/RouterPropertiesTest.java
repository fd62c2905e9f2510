package io.gridgov.routing.rules;

import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.Category;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.time.TimeLimit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random grid trees, taxonomies, responsibility lists and cases, the compiled router decides exactly as
 * a slow reference that scans every entry and sorts the ones covering the case by the documented precedence.
 * Seeded: a failure names its seed, and the same seed replays it.
 */
@DisplayName("Router: the compiled decision equals a scan sorted by the documented precedence")
class RouterPropertiesTest {
    private static final int SEEDS = 300;
    private static final int CASES = 150;
    private static final LevelScheme CN = LevelScheme.chinaNational();
    private static final CaseKind[] KINDS = {CaseKind.COMPLAINT, CaseKind.HAZARD, CaseKind.DISPUTE};
    private static final Priority[] PRIORITIES = Priority.values();
    private static final List<String> ORGANISATIONS = List.of("o1", "o2", "o3", "o4", "o5");

    @Test
    @DisplayName("for 300 seeds of random rule sets and 150 random cases each")
    void compiledEqualsReference() {
        int territories = 0;
        int matches = 0;
        Set<Fallback> fallbacks = EnumSet.noneOf(Fallback.class);
        for (int seed = 0; seed < SEEDS; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            GridTree tree = randomTree(random);
            CategoryTaxonomy taxonomy = randomTaxonomy(random);
            List<Entry> entries = randomEntries(random, tree, taxonomy);
            RuleSet.Builder b = RuleSet.builder("seed-" + seed, tree, taxonomy, ORGANISATIONS::contains);
            entries.forEach(b::entry);
            Router router = b.dispatch(new DispatchRule("township", "county")).build().compile();
            for (int k = 0; k < CASES; k++) {
                String category = taxonomy.categories().get(random.nextInt(taxonomy.size())).code();
                String area = tree.code(random.nextInt(tree.size()));
                CaseKind kind = KINDS[random.nextInt(KINDS.length)];
                Priority priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
                Level current = CN.levels().get(random.nextInt(CN.levels().size() - 1));
                String what = "seed " + seed + ", case " + k + ": " + category + " at " + area + ", " + kind + ", "
                        + priority + ", at " + current.key();

                int expected = reference(entries, tree, taxonomy, category, area, kind, priority);
                Decision d = router.route(category, area, kind, priority, current.key());

                assertThat(d.entryIndex()).as(what).isEqualTo(expected);
                Fallback fallback = referenceFallback(entries, tree, category, area, expected);
                assertThat(d.fallback()).as(what).isEqualTo(fallback);
                fallbacks.add(fallback);
                List<Step> steps = d.explanation().steps();
                if (expected < 0) {
                    territories++;
                    String territory = referenceTerritory(tree, area, current);
                    assertThat(d.owner()).as(what).isEqualTo(new Owner.Territory(territory,
                            tree.area(territory).level().key()));
                    assertThat(steps).as(what).hasSize(ancestors(tree, area).size() * taxonomy.ancestors(category).size())
                            .noneMatch(s -> s.outcome() == Step.Outcome.MATCHED);
                    assertThat(d.explanation().toEnglish()).as(what).contains("the territory owns it");
                } else {
                    matches++;
                    Entry e = entries.get(expected);
                    assertThat(d.owner()).as(what).isEqualTo(new Owner.Organisation(e.main()));
                    Step last = steps.get(steps.size() - 1);
                    assertThat(last).as(what).extracting(Step::area, Step::category, Step::outcome)
                            .containsExactly(e.area(), e.category(), Step.Outcome.MATCHED);
                    assertThat(steps.subList(0, steps.size() - 1)).as(what)
                            .noneMatch(s -> s.outcome() == Step.Outcome.MATCHED);
                    assertThat(d.explanation().toEnglish()).as(what).contains("entries[" + expected + "] matched");
                    assertThat(d.explanation().toChinese()).as(what).contains("命中entries[" + expected + "]");
                    assertThat(d.explanation().toEnglish().contains(" — a fallback from the ")).as(what)
                            .isEqualTo(fallback == Fallback.HIGHER_AREA);
                    assertThat(d.explanation().toEnglish().contains("a fallback to the broader category")).as(what)
                            .isEqualTo(fallback == Fallback.BROADER_CATEGORY);
                }

                // a whistle from the township level walks the list from the enclosing county-level area
                String district = referenceTerritory(tree, area, CN.level("county"));
                int whistled = reference(entries, tree, taxonomy, category, district, kind, priority);
                Decision w = router.dispatch(category, area, kind, priority, "township");
                assertThat(w.entryIndex()).as("whistle, " + what).isEqualTo(whistled);
                assertThat(w.fallback()).as("whistle, " + what)
                        .isEqualTo(referenceFallback(entries, tree, category, district, whistled));
                assertThat(w.owner()).as("whistle, " + what).isEqualTo(whistled < 0
                        ? new Owner.Territory(district, tree.area(district).level().key())
                        : new Owner.Organisation(entries.get(whistled).main()));
            }
        }
        assertThat(territories).as("cases that fall to the territory").isGreaterThan(SEEDS * CASES / 20);
        assertThat(matches).as("cases that match an entry").isGreaterThan(SEEDS * CASES / 4);
        assertThat(fallbacks).as("every fallback is exercised").containsExactlyInAnyOrder(Fallback.values());
    }

    /**
     * The fallback, from the definitions: the case's own list is that of the first area on its path to the
     * root that any entry names; a match of an entry at another area is a higher-area fallback; at that area,
     * an entry for an ancestor category is a broader-category one.
     */
    static Fallback referenceFallback(List<Entry> entries, GridTree tree, String category, String area,
            int expected) {
        if (expected < 0) {
            return Fallback.TERRITORY;
        }
        String ownList = null;
        for (Area a : tree.pathToRoot(area)) {
            if (entries.stream().anyMatch(e -> e.area().equals(a.code()))) {
                ownList = a.code();
                break;
            }
        }
        Entry e = entries.get(expected);
        if (!e.area().equals(ownList)) {
            return Fallback.HIGHER_AREA;
        }
        return e.category().equals(category) ? Fallback.NONE : Fallback.BROADER_CATEGORY;
    }

    /** The slow reference: every entry covering the case, sorted by area depth, category depth, rank. */
    static int reference(List<Entry> entries, GridTree tree, CategoryTaxonomy taxonomy, String category, String area,
            CaseKind kind, Priority priority) {
        List<Integer> covering = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (tree.contains(e.area(), area) && taxonomy.isAncestorOrSelf(e.category(), category)
                    && e.appliesTo(kind, priority)) {
                covering.add(i);
            }
        }
        Comparator<Integer> precedence = Comparator
                .<Integer>comparingInt(i -> -ancestors(tree, entries.get(i).area()).size())
                .thenComparingInt(i -> -taxonomy.depth(entries.get(i).category()))
                .thenComparingInt(i -> -entries.get(i).rank());
        covering.sort(precedence);
        if (covering.size() > 1) {
            assertThat(precedence.compare(covering.get(0), covering.get(1)))
                    .as("two covering entries tie: the builder should have refused them as a conflict").isNegative();
        }
        return covering.isEmpty() ? -1 : covering.get(0);
    }

    /** The office of the case's area at the current level: the first area on its path at or above that level. */
    private static String referenceTerritory(GridTree tree, String area, Level current) {
        for (Area a : tree.pathToRoot(area)) {
            if (a.level().index() <= current.index()) {
                return a.code();
            }
        }
        List<Area> path = tree.pathToRoot(area);
        return path.get(path.size() - 1).code();
    }

    private static List<Area> ancestors(GridTree tree, String area) {
        return tree.pathToRoot(area);
    }

    private static GridTree randomTree(SplittableRandom r) {
        List<Area> areas = new ArrayList<>();
        String province = "350000";
        areas.add(Area.of(province, "省", CN.level("province"), null));
        for (int p = 1; p <= 1 + r.nextInt(2); p++) {
            String prefecture = "35" + two(p) + "00";
            areas.add(Area.of(prefecture, "市" + p, CN.level("prefecture"), province));
            for (int c = 1; c <= 1 + r.nextInt(3); c++) {
                String county = "35" + two(p) + two(c);
                areas.add(Area.of(county, "区" + c, CN.level("county"), prefecture));
                for (int t = 1; t <= r.nextInt(4); t++) {
                    String township = county + three(t);
                    areas.add(Area.of(township, "街道" + t, CN.level("township"), county));
                    for (int v = 1; v <= r.nextInt(3); v++) {
                        String village = township + three(v);
                        areas.add(Area.of(village, "社区" + v, CN.level("village"), township));
                        for (int g = 1; g <= r.nextInt(3); g++) {
                            areas.add(Area.grid(village + three(g), "网格" + g, CN, GridKind.BASIC, village));
                        }
                    }
                }
            }
        }
        return GridTree.of(CN, areas);
    }

    private static CategoryTaxonomy randomTaxonomy(SplittableRandom r) {
        CategoryTaxonomy.Builder b = CategoryTaxonomy.builder("random");
        String roots = "ABC";
        for (int i = 0; i < 1 + r.nextInt(3); i++) {
            String root = roots.substring(i, i + 1);
            b.add(root, null, "类" + root, "class " + root);
            for (int g = 1; g <= r.nextInt(4); g++) {
                String group = root + two(g);
                b.add(group, root, "组" + group, "group " + group);
                for (int l = 1; l <= r.nextInt(4); l++) {
                    b.add(group + two(l), group, "项" + group + l, "item " + group + l);
                }
            }
        }
        return b.build();
    }

    /** Random entries, leaving out any that would conflict with one already drawn (the builder refuses those). */
    private static List<Entry> randomEntries(SplittableRandom r, GridTree tree, CategoryTaxonomy taxonomy) {
        List<Entry> entries = new ArrayList<>();
        int n = r.nextInt(40);
        List<Category> categories = taxonomy.categories();
        for (int i = 0; i < n; i++) {
            Entry e = new Entry(categories.get(r.nextInt(categories.size())).code(), tree.code(r.nextInt(tree.size())),
                    r.nextInt(10) < 6 ? Set.of() : subset(r, KINDS, CaseKind.class),
                    r.nextInt(10) < 6 ? Set.of() : subset(r, PRIORITIES, Priority.class),
                    EntryKind.values()[r.nextInt(EntryKind.values().length)], ORGANISATIONS.get(r.nextInt(5)),
                    List.of(), TimeLimit.workingDays(1 + r.nextInt(10)), null, r.nextInt(3));
            if (e.kind() == EntryKind.COOPERATING_DUTY) {
                e = e.withCooperating(e.main().equals("o1") ? "o2" : "o1");
            }
            Entry candidate = e;
            boolean conflicts = entries.stream().anyMatch(x -> x.category().equals(candidate.category())
                    && x.area().equals(candidate.area()) && x.rank() == candidate.rank() && x.overlaps(candidate));
            if (!conflicts) {
                entries.add(e);
            }
        }
        return entries;
    }

    private static <E extends Enum<E>> Set<E> subset(SplittableRandom r, E[] values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.add(values[r.nextInt(values.length)]);
        if (r.nextBoolean()) {
            set.add(values[r.nextInt(values.length)]);
        }
        return set;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String three(int n) {
        return "00" + n;
    }
}
