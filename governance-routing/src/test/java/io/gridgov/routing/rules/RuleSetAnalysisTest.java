package io.gridgov.routing.rules;

import io.gridgov.core.NotFoundException;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.routing.rules.RuleSetAnalysis.Conflict;
import io.gridgov.routing.rules.RuleSetAnalysis.Gap;
import io.gridgov.routing.rules.RuleSetAnalysis.OrganisationCount;
import io.gridgov.routing.rules.RuleSetAnalysis.Shadowed;
import io.gridgov.routing.rules.RuleSetAnalysis.Situation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.gridgov.routing.rules.ZhangzhouWorld.GRID;
import static io.gridgov.routing.rules.ZhangzhouWorld.KNOWN;
import static io.gridgov.routing.rules.ZhangzhouWorld.LANTIAN;
import static io.gridgov.routing.rules.ZhangzhouWorld.NANKENG;
import static io.gridgov.routing.rules.ZhangzhouWorld.TREE;
import static io.gridgov.routing.rules.ZhangzhouWorld.XIANGCHENG;
import static io.gridgov.routing.rules.ZhangzhouWorld.XIQIAO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("RuleSetAnalysis finds gaps, conflicts and shadowed entries, and counts")
class RuleSetAnalysisTest {
    /** Two roots: X with leaves X1 and X2, Y with leaf Y1. */
    private static final CategoryTaxonomy SMALL = CategoryTaxonomy.builder("small")
            .add("X", null, "甲", "x").add("X1", "X", "甲一", "x one").add("X2", "X", "甲二", "x two")
            .add("Y", null, "乙", "y").add("Y1", "Y", "乙一", "y one").build();
    private static final TimeLimit LIMIT = TimeLimit.workingDays(3);

    private static Entry basic(String category, String area, String main) {
        return Entry.of(category, area, EntryKind.BASIC_DUTY, main, LIMIT);
    }

    /** A candidate list with known findings; the comments say what each entry is for. */
    private static final List<Entry> CANDIDATES = List.of(
            basic("X", XIANGCHENG, "xc-urban"),                            // 0: shadowed by the township entries 1-4
            basic("X1", NANKENG, "nk-street"),                              // 1
            basic("X1", XIQIAO, "xq-street"),                               // 2
            new Entry("X2", NANKENG, Set.of(), Set.of(), EntryKind.COOPERATING_DUTY, "xc-urban", List.of("nk-street"),
                    LIMIT, null, 0),                                        // 3
            basic("X2", XIQIAO, "xq-street"),                               // 4
            basic("Y1", LANTIAN, "lt-street").withPriorities(Priority.URGENT, Priority.EMERGENCY), // 5
            basic("Y1", LANTIAN, "lt-street").withKinds(CaseKind.HAZARD),   // 6: conflicts with 5 on HAZARD/URGENT+
            Entry.of("Y1", LANTIAN, EntryKind.TAKEN_BACK, "lt-street", LIMIT).withPriorities(Priority.EMERGENCY)
                    .withRank(-1),                                          // 7: shadowed by 5 (higher rank)
            basic("X1", "350699", "nk-street"),                             // 8: unknown area
            basic("X9", NANKENG, "nk-street"),                              // 9: unknown category
            basic("X1", GRID, "nk-community"),                              // 10: below the level: decides its grid
            basic("X1", XIQIAO, "xq-street"));                              // 11: duplicates 2, so shadowed by it

    private static List<Situation> routineExcept(CaseKind... except) {
        List<Situation> out = new ArrayList<>();
        for (CaseKind k : CaseKind.values()) {
            if (!List.of(except).contains(k)) {
                out.add(new Situation(k, Priority.ROUTINE));
            }
        }
        return out;
    }

    private static List<Situation> all() {
        List<Situation> out = new ArrayList<>();
        for (CaseKind k : CaseKind.values()) {
            for (Priority p : Priority.values()) {
                out.add(new Situation(k, p));
            }
        }
        return out;
    }

    @Nested
    @DisplayName("over a candidate list")
    class Candidates {
        private final RuleSetAnalysis analysis = RuleSetAnalysis.of(CANDIDATES, TREE, SMALL, "township");

        @Test
        @DisplayName("gaps: leaf × township with the situations no entry covers, by area then category")
        void gaps() {
            assertThat(analysis.gaps()).containsExactly(
                    new Gap("Y1", NANKENG, all()),
                    new Gap("Y1", XIQIAO, all()),
                    new Gap("X1", LANTIAN, all()),
                    new Gap("X2", LANTIAN, all()),
                    new Gap("Y1", LANTIAN, routineExcept(CaseKind.HAZARD)));
            assertThat(analysis.gaps()).extracting(Gap::isTotal).containsExactly(true, true, true, true, false);
        }

        @Test
        @DisplayName("conflicts: same key and rank with overlapping conditions; a duplicate is marked")
        void conflicts() {
            assertThat(analysis.conflicts()).containsExactly(new Conflict(2, 11, true), new Conflict(5, 6, false));
        }

        @Test
        @DisplayName("shadowed entries, each with the entries that decide its cases instead")
        void shadowed() {
            assertThat(analysis.shadowed()).containsExactly(
                    new Shadowed(0, List.of(1, 2, 3, 4)),
                    new Shadowed(7, List.of(5)),
                    new Shadowed(11, List.of(2)));
        }

        @Test
        @DisplayName("unresolved entries and the counts")
        void counts() {
            assertThat(analysis.unresolved()).containsExactly(8, 9);
            assertThat(analysis.organisations()).containsExactly(
                    OrganisationCount.of("lt-street", 0, 2, 0, 1),
                    OrganisationCount.of("nk-community", 0, 1, 0, 0),
                    OrganisationCount.of("nk-street", 1, 3, 0, 0),
                    OrganisationCount.of("xc-urban", 0, 1, 1, 0),
                    OrganisationCount.of("xq-street", 0, 3, 0, 0));
            assertThat(analysis.organisations().get(0).mainByKind()).containsExactly(
                    Map.entry(EntryKind.BASIC_DUTY, 2), Map.entry(EntryKind.COOPERATING_DUTY, 0),
                    Map.entry(EntryKind.TAKEN_BACK, 1));
            assertThat(analysis.organisations().get(0).main()).isEqualTo(3);
            assertThat(analysis.kinds()).containsExactly(Map.entry(EntryKind.BASIC_DUTY, 10),
                    Map.entry(EntryKind.COOPERATING_DUTY, 1), Map.entry(EntryKind.TAKEN_BACK, 1));
            assertThat(analysis.level()).isEqualTo("township");
            assertThat(analysis.isClean()).isFalse();
        }

        @Test
        @DisplayName("at the county level, X is covered in Xiangcheng and entry 0 decides there")
        void county() {
            RuleSetAnalysis county = RuleSetAnalysis.of(CANDIDATES, TREE, SMALL, "county");
            assertThat(county.gaps()).extracting(g -> g.category() + "@" + g.area()).containsExactly(
                    "Y1@" + XIANGCHENG, "X1@350603", "X2@350603", "Y1@350603");
            assertThat(county.shadowed()).extracting(Shadowed::entry).containsExactly(7, 11);
        }

        @Test
        @DisplayName("an unknown level is refused")
        void unknownLevel() {
            assertThatThrownBy(() -> RuleSetAnalysis.of(CANDIDATES, TREE, SMALL, "hamlet"))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("has no level 'hamlet'");
        }
    }

    @Test
    @DisplayName("a built rule set has no conflicts; without entry 6, HAZARD/ROUTINE is a gap too")
    void built() {
        RuleSet.Builder b = RuleSet.builder("small", TREE, SMALL, KNOWN);
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 7}) {
            b.entry(CANDIDATES.get(i));
        }
        RuleSetAnalysis analysis = RuleSetAnalysis.of(b.build(), "township");
        assertThat(analysis.conflicts()).isEmpty();
        assertThat(analysis.unresolved()).isEmpty();
        assertThat(analysis.gaps().get(4)).isEqualTo(new Gap("Y1", LANTIAN, routineExcept()));
        assertThat(analysis.shadowed()).containsExactly(new Shadowed(0, List.of(1, 2, 3, 4)),
                new Shadowed(6, List.of(5)));
    }

    @Test
    @DisplayName("the gaps are exactly where the router falls to the territory, and no shadowed entry ever decides"
            + " a case: on the sample rule set and on the built candidates")
    void agreesWithTheRouter() {
        RuleSet sample = RuleSetCodecTest.parse(RuleSetCodecTest.sample());
        assertThat(RuleSetAnalysis.of(sample, "township").shadowed()).isEmpty();
        // 102 leaves in 3 townships; covered: the 8 C02 leaves and the 7 S04 leaves in Nankeng and Xiqiao (the
        // Xiangcheng and city entries), the 7 S04 leaves in Lantian (the city entry); every situation of the rest
        assertThat(territoryCasesAgree(sample)).isEqualTo(24 * (3 * 102 - 8 - 7 - 8 - 7 - 7));
        RuleSet.Builder b = RuleSet.builder("small", TREE, SMALL, KNOWN);
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 7, 10}) {
            b.entry(CANDIDATES.get(i));
        }
        RuleSet small = b.build();
        assertThat(RuleSetAnalysis.of(small, "township").shadowed()).extracting(Shadowed::entry).containsExactly(0, 6);
        assertThat(territoryCasesAgree(small)).isEqualTo(4 * 24 + 8);
    }

    /** Routes every leaf × area at or below township × situation; returns how many fell to the territory at a township. */
    private static int territoryCasesAgree(RuleSet rules) {
        Router router = rules.compile();
        RuleSetAnalysis analysis = RuleSetAnalysis.of(rules, "township");
        Set<String> gaps = new HashSet<>();
        analysis.gaps().forEach(g -> g.uncovered().forEach(s -> gaps.add(g.category() + "@" + g.area() + "/" + s)));
        Set<Integer> shadowed = new HashSet<>();
        analysis.shadowed().forEach(s -> shadowed.add(s.entry()));
        GridTree tree = rules.tree();
        int township = tree.scheme().level("township").index();
        int territory = 0;
        for (var leaf : rules.taxonomy().leaves()) {
            for (int a = 0; a < tree.size(); a++) {
                if (tree.level(a).index() < township) {
                    continue;
                }
                for (Situation s : all()) {
                    Decision d = router.route(leaf.code(), tree.code(a), s.kind(), s.priority());
                    assertThat(shadowed).doesNotContain(d.entryIndex());
                    if (tree.level(a).index() == township) {
                        String key = leaf.code() + "@" + tree.code(a) + "/" + s;
                        assertThat(gaps.contains(key)).as(key).isEqualTo(d.isTerritoryDefault());
                        territory += d.isTerritoryDefault() ? 1 : 0;
                    }
                }
            }
        }
        assertThat(territory).isEqualTo(gaps.size());
        return territory;
    }
}
