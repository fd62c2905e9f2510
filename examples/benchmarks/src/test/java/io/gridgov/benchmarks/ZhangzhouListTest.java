package io.gridgov.benchmarks;

import io.gridgov.benchmarks.RoutingMix.Outcome;
import io.gridgov.benchmarks.RoutingMix.RoutingCase;
import io.gridgov.benchmarks.ZhangzhouList.DutyKind;
import io.gridgov.benchmarks.ZhangzhouList.EntrySpec;
import io.gridgov.benchmarks.ZhangzhouList.OrgSpec;
import io.gridgov.benchmarks.ZhangzhouList.Tier;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridTree;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Zhangzhou-sized list and the case mix the routing benchmark runs on; not a timing test. */
@DisplayName("The Zhangzhou-sized responsibility list")
class ZhangzhouListTest {
    private static ZhangzhouList list;
    private static RoutingMix mix;

    @BeforeAll
    static void generate() {
        list = ZhangzhouList.generate();
        mix = RoutingMix.of(list);
    }

    @Nested
    @DisplayName("The generator")
    class Generator {
        @Test
        @DisplayName("makes 10,126 entries over 122 townships in 11 counties of one city")
        void sizes() {
            GridTree tree = list.tree();
            assertThat(list.entries()).hasSize(10_126);
            assertThat(list.townships()).hasSize(122);
            assertThat(tree.count(NationalTreeGenerator.TOWNSHIP)).isEqualTo(122);
            assertThat(tree.count(NationalTreeGenerator.COUNTY)).isEqualTo(11);
            assertThat(tree.count(NationalTreeGenerator.PREFECTURE)).isEqualTo(1);
            assertThat(tree.area("350600").name()).isEqualTo("漳州市");
            assertThat(tree.count(NationalTreeGenerator.VILLAGE)).isBetween(122 * 12, 122 * 20);
            assertThat(tree.count(NationalTreeGenerator.GRID)).isBetween(tree.count(NationalTreeGenerator.VILLAGE) * 3,
                    tree.count(NationalTreeGenerator.VILLAGE) * 8);
        }

        @Test
        @DisplayName("has a three-level taxonomy of 11 domains, 37 groups and 100 leaf matters")
        void taxonomy() {
            assertThat(list.taxonomy().roots()).hasSize(11);
            assertThat(list.taxonomy().leaves()).hasSize(100).allSatisfy(c -> assertThat(list.taxonomy().depth(c.code())).isEqualTo(2));
            assertThat(list.taxonomy().size()).isEqualTo(11 + 37 + 100);
        }

        @Test
        @DisplayName("gives each township a list of about 83 leaf matters and puts the rest at county and city level")
        void perTownship() {
            Map<String, Long> perTownship = list.entries().stream().filter(e -> e.tier() == Tier.TOWNSHIP)
                    .collect(Collectors.groupingBy(EntrySpec::area, Collectors.counting()));
            assertThat(perTownship).hasSize(122);
            IntSummaryStatistics s = perTownship.values().stream().mapToInt(Long::intValue).summaryStatistics();
            assertThat(s.getAverage()).as("entries per township list").isBetween(78.0, 85.0);
            assertThat(s.getMin()).isGreaterThanOrEqualTo(ZhangzhouList.CORE_LEAVES);
            assertThat(s.getMax()).isLessThanOrEqualTo(ZhangzhouList.LEAVES);
            Map<Tier, Long> byTier = list.entries().stream().collect(Collectors.groupingBy(EntrySpec::tier, Collectors.counting()));
            assertThat(byTier.get(Tier.CITY)).isEqualTo(7);
            assertThat(byTier.get(Tier.COUNTY)).isBetween(11L * 9, 11L * 14);
            assertThat(list.entries()).filteredOn(e -> e.tier() == Tier.TOWNSHIP)
                    .allSatisfy(e -> assertThat(e.categoryDepth()).isEqualTo(2))
                    .extracting(EntrySpec::kind).contains(DutyKind.BASIC, DutyKind.COOPERATING).doesNotContain(DutyKind.TAKEN_BACK);
            assertThat(list.entries()).filteredOn(e -> e.tier() != Tier.TOWNSHIP)
                    .extracting(EntrySpec::kind).containsOnly(DutyKind.TAKEN_BACK);
        }

        @Test
        @DisplayName("names only known areas, categories and organisations, never two entries for one key")
        void consistent() {
            Map<String, OrgSpec> orgs = list.organisations().stream().collect(Collectors.toMap(OrgSpec::id, Function.identity()));
            assertThat(orgs).hasSize(16 + 11 * 16 + 122);
            Set<String> keys = new HashSet<>();
            for (EntrySpec e : list.entries()) {
                Area area = list.tree().area(e.area());
                assertThat(list.taxonomy().contains(e.category())).as(e.id()).isTrue();
                assertThat(area.level()).as(e.id()).isEqualTo(switch (e.tier()) {
                    case CITY -> NationalTreeGenerator.PREFECTURE;
                    case COUNTY -> NationalTreeGenerator.COUNTY;
                    case TOWNSHIP -> NationalTreeGenerator.TOWNSHIP;
                });
                assertThat(keys.add(e.category() + "@" + e.area())).as("key of %s", e.id()).isTrue();
                assertThat(orgs).as(e.id()).containsKey(e.main());
                assertThat(orgs.keySet()).as(e.id()).containsAll(e.cooperating());
                assertThat(e.timeLimitDays()).isPositive();
                // a main responsible department belongs to the entry's county or city; an office to its township
                String mainArea = orgs.get(e.main()).area();
                assertThat(e.area()).as(e.id()).startsWith(mainArea.equals("350600") ? "3506" : mainArea);
                if (e.kind() == DutyKind.COOPERATING) {
                    assertThat(e.cooperating()).containsExactly(ZhangzhouList.office(e.area()));
                    assertThat(e.main()).startsWith(e.area().substring(0, 6) + "-");
                }
            }
        }

        @Test
        @DisplayName("gives the same list for the same seed and another for another seed")
        void deterministic() {
            ZhangzhouList again = ZhangzhouList.generate();
            assertThat(again.entries()).isEqualTo(list.entries());
            assertThat(again.areas()).isEqualTo(list.areas());
            assertThat(ZhangzhouList.generate(7).entries()).isNotEqualTo(list.entries());
        }

        @Test
        @DisplayName("cuts the first county out with the city's entries, and refuses an impossible count")
        void firstCounties() {
            ZhangzhouList one = list.firstCounties(1);
            assertThat(one.townships()).hasSize(10).allSatisfy(t -> assertThat(t).startsWith("350602"));
            assertThat(one.tree().count(NationalTreeGenerator.COUNTY)).isEqualTo(1);
            assertThat(one.entries()).allSatisfy(e -> assertThat(e.area()).matches("350600|350602.*"))
                    .filteredOn(e -> e.tier() == Tier.CITY).hasSize(7);
            assertThat(list.firstCounties(11)).isSameAs(list);
            assertThatThrownBy(() -> list.firstCounties(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("counties = 0");
        }
    }

    @Nested
    @DisplayName("The case mix")
    class Mix {
        @Test
        @DisplayName("holds 2^16 cases in the stated shares of township hits, county and city fallbacks and misses")
        void shares() {
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            for (RoutingCase c : mix.cases) {
                counts.merge(c.expected(), 1, Integer::sum);
            }
            int n = RoutingMix.CASES;
            assertThat(n).isEqualTo(65_536);
            assertThat(counts.get(Outcome.TOWNSHIP) * 100.0 / n).isCloseTo(RoutingMix.TOWNSHIP_SHARE, within(1.0));
            assertThat(counts.get(Outcome.COUNTY) * 100.0 / n).isCloseTo(RoutingMix.COUNTY_SHARE, within(1.0));
            assertThat(counts.get(Outcome.CITY) * 100.0 / n).isCloseTo(RoutingMix.CITY_SHARE, within(1.0));
            assertThat(counts.get(Outcome.TERRITORY) * 100.0 / n).isCloseTo(RoutingMix.TERRITORY_SHARE, within(1.0));
        }

        @Test
        @DisplayName("locates every case in a grid or a community below its township, 80% in grids")
        void belowTownships() {
            GridTree tree = list.tree();
            int grids = 0;
            for (RoutingCase c : mix.cases) {
                assertThat(tree.isAncestor(c.township(), c.area())).as(c.area()).isTrue();
                assertThat(tree.area(c.township()).level()).isEqualTo(NationalTreeGenerator.TOWNSHIP);
                if (tree.area(c.area()).level().equals(NationalTreeGenerator.GRID)) {
                    grids++;
                }
            }
            assertThat(grids * 100.0 / RoutingMix.CASES).isCloseTo(RoutingMix.GRID_SHARE, within(1.0));
        }

        @Test
        @DisplayName("falls back through both a county's leaf entries and its group entries")
        void countyFallbacks() {
            List<EntrySpec> county = java.util.Arrays.stream(mix.cases).filter(c -> c.expected() == Outcome.COUNTY)
                    .map(RoutingCase::entry).toList();
            assertThat(county).extracting(EntrySpec::categoryDepth).contains(1, 2);
            assertThat(java.util.Arrays.stream(mix.cases).filter(c -> c.expected() == Outcome.CITY)
                    .map(RoutingCase::entry).map(EntrySpec::categoryDepth)).contains(1, 2);
        }
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }
}
