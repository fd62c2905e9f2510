package io.gridgov.core.stats;

import io.gridgov.core.ChangdeWorld;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.stats.Mediations.Batch;
import io.gridgov.core.stats.Mediations.Fate;
import io.gridgov.core.stats.Mediations.Plan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.gridgov.core.ChangdeWorld.CN;
import static io.gridgov.core.ChangdeWorld.GRID;
import static io.gridgov.core.ChangdeWorld.GRID_W;
import static io.gridgov.core.ChangdeWorld.TOWN;
import static io.gridgov.core.ChangdeWorld.VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The mediation success rate")
class MediationStatsTest {
    private static final Instant START = ChangdeWorld.at(2025, 3, 3, 9, 0);
    private static final List<MediationCategory> PEOPLES = List.of(MediationCategory.PEOPLES);
    private static final List<DisputeDomain> NEIGHBOURHOOD = List.of(DisputeDomain.NEIGHBOURHOOD);

    private static int worlds;

    /** One dispute of each fate, in the area given. */
    private static Dispute one(Fate fate, String area) {
        Mediations m = new Mediations("s" + ++worlds);
        List<Dispute> built = m.build(new Plan(0, fate == Fate.EXPIRED ? MediationCategory.PRE_LITIGATION
                : MediationCategory.PEOPLES, fate == Fate.LEFT_FOR_ARBITRATION ? DisputeDomain.LABOUR
                : DisputeDomain.NEIGHBOURHOOD, area, fate, START));
        return built.get(0);
    }

    @Nested
    @DisplayName("counts a dispute")
    class WhatCounts {
        @ParameterizedTest(name = "{0}")
        @EnumSource(Fate.class)
        @DisplayName("once its accepted mediation concluded, as a success if it reached an agreement")
        void eachFate(Fate fate) {
            Rate r = MediationStats.successRate(List.of(one(fate, GRID)));
            if (!fate.concludes()) {
                assertThat(r).isEqualTo(Rate.NONE);
            } else {
                assertThat(r).isEqualTo(Rate.of(fate.agreement ? 1 : 0, 1));
            }
        }

        @Test
        @DisplayName("not at all, when declined, withdrawn before acceptance or still mediated")
        void neverConcluded() {
            assertThat(MediationStats.successRate(List.of(one(Fate.DECLINED, GRID), one(Fate.WITHDRAWN_UNACCEPTED, GRID),
                    one(Fate.MEDIATING, GRID)))).isEqualTo(Rate.NONE);
            assertThat(MediationStats.successRateByCategory(List.of(one(Fate.DECLINED, GRID)))).isEmpty();
        }

        @Test
        @DisplayName("and the dispute a failure was diverted to only once that one concludes")
        void diverted() {
            List<Dispute> both = new Mediations("div").build(new Plan(0, MediationCategory.PEOPLES,
                    DisputeDomain.NEIGHBOURHOOD, GRID, Fate.DIVERTED, START));
            assertThat(both).hasSize(2);
            assertThat(MediationStats.successRate(both)).isEqualTo(Rate.of(0, 1));
        }
    }

    @Nested
    @DisplayName("by area")
    class ByArea {
        /** The Changde tree after a re-division: Wuling's street is gone. */
        private final GridTree dingchengOnly = GridTree.of(CN, ChangdeWorld.TREE.areas()
                .filter(a -> !a.code().startsWith(ChangdeWorld.WULING)).toList());

        @Test
        @DisplayName("keeps disputes whose area the tree does not hold apart, neither inside nor dropped")
        void notInTree() {
            List<Dispute> ds = List.of(one(Fate.PERFORMED, GRID), one(Fate.FAILED, GRID_W), one(Fate.DECLINED, GRID_W));
            SubtreeRate r = MediationStats.successRateInSubtree(ds, dingchengOnly, ChangdeWorld.DINGCHENG);
            assertThat(r.rate()).isEqualTo(Rate.of(1, 1));
            assertThat(r.notInTree()).as("the failure in Wuling; the declined one is not a mediation").isEqualTo(Rate.of(0, 1));

            AreaRates towns = MediationStats.successRateByArea(ds, dingchengOnly, CN.level("township"));
            assertThat(towns.rates()).containsExactly(java.util.Map.entry(TOWN, Rate.of(1, 1)));
            assertThat(towns.notInTree()).isEqualTo(Rate.of(0, 1));
            assertThat(towns.total()).isEqualTo(MediationStats.successRate(ds));
        }

        @Test
        @DisplayName("counts apart a dispute filed above the level asked for")
        void aboveTheLevel() {
            List<Dispute> ds = List.of(one(Fate.PERFORMED, GRID), one(Fate.AGREED, VILLAGE));
            AreaRates grids = MediationStats.successRateByArea(ds, ChangdeWorld.TREE, CN.gridLevel());
            assertThat(grids.rates()).containsOnlyKeys(GRID);
            assertThat(grids.noAreaAtLevel()).isEqualTo(Rate.of(1, 1));
            assertThat(grids.level()).isEqualTo(CN.gridLevel());
        }

        @Test
        @DisplayName("refuses an unknown area code and a level of another scheme")
        void refuses() {
            List<Dispute> none = List.of();
            assertThatThrownBy(() -> MediationStats.successRateInSubtree(none, ChangdeWorld.TREE, "430799"))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("no area with code '430799'");
            LevelScheme other = LevelScheme.longshanStreet();
            assertThatThrownBy(() -> MediationStats.successRateByArea(none, ChangdeWorld.TREE, other.gridLevel()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tree.scheme().level(key)");
            assertThat(MediationStats.successRateInSubtree(none, ChangdeWorld.TREE, GRID).rate()).isEqualTo(Rate.NONE);
        }
    }

    @Nested
    @DisplayName("over a period")
    class Period {
        @Test
        @DisplayName("takes the disputes that concluded from its start, included, to its end, excluded")
        void halfOpen() {
            Dispute d = one(Fate.FAILED, GRID);
            Instant at = d.concludedAt().orElseThrow();
            List<Dispute> ds = List.of(d, one(Fate.MEDIATING, GRID), one(Fate.DECLINED, GRID));
            assertThat(MediationStats.concludedBetween(ds, at, at.plusSeconds(1))).containsExactly(d);
            assertThat(MediationStats.concludedBetween(ds, at.minusSeconds(1), at)).isEmpty();
            assertThat(MediationStats.concludedBetween(ds, at, at)).isEmpty();
            assertThatThrownBy(() -> MediationStats.concludedBetween(ds, at, at.minusSeconds(1)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("before it starts");
        }

        @Test
        @DisplayName("splits a year's figure into months that add up to it")
        void months() {
            List<Plan> plans = Mediations.plans(START, List.of(GRID, GRID_W),
                    new Batch(30, Fate.PERFORMED, PEOPLES, NEIGHBOURHOOD),
                    new Batch(5, Fate.TERMINATED, PEOPLES, NEIGHBOURHOOD));
            Mediations m = new Mediations("months");
            List<Dispute> ds = new ArrayList<>();
            plans.forEach(p -> ds.addAll(m.build(p)));
            Rate sum = Rate.NONE;
            for (int month = 1; month <= 12; month++) {
                Instant from = ChangdeWorld.at(2025, month, 1, 0, 0);
                Instant to = month == 12 ? ChangdeWorld.at(2025, 12, 31, 23, 59).plusSeconds(60)
                        : ChangdeWorld.at(2025, month + 1, 1, 0, 0);
                sum = sum.plus(MediationStats.successRate(MediationStats.concludedBetween(ds, from, to)));
            }
            assertThat(sum).isEqualTo(MediationStats.successRate(ds)).isEqualTo(Rate.of(30, 35));
        }
    }

    @Test
    @DisplayName("refuses null, naming the position of a null dispute")
    void nulls() {
        assertThatThrownBy(() -> MediationStats.successRate(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("disputes");
        List<Dispute> withNull = Arrays.asList(one(Fate.PERFORMED, GRID), null);
        assertThatThrownBy(() -> MediationStats.successRateByDomain(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("disputes[1]");
    }

    @Test
    @DisplayName("returns maps that cannot be changed")
    void unmodifiable() {
        var by = MediationStats.successRateByCommittee(List.of(one(Fate.PERFORMED, GRID)));
        assertThatThrownBy(() -> by.put("x", Rate.NONE)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(by.firstKey()).isEqualTo("peoples-" + VILLAGE);
    }
}
