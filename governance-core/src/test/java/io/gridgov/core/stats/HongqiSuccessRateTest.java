package io.gridgov.core.stats;

import io.gridgov.core.ChangdeWorld;
import io.gridgov.core.grid.Level;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.DisputeState;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.stats.Mediations.Batch;
import io.gridgov.core.stats.Mediations.Fate;
import io.gridgov.core.stats.Mediations.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import static io.gridgov.core.ChangdeWorld.CHANGDE;
import static io.gridgov.core.ChangdeWorld.DINGCHENG;
import static io.gridgov.core.ChangdeWorld.WULING;
import static io.gridgov.core.mediation.MediationCategory.INDUSTRY_PROFESSIONAL;
import static io.gridgov.core.mediation.MediationCategory.JUDICIAL;
import static io.gridgov.core.mediation.MediationCategory.PEOPLES;
import static io.gridgov.core.mediation.MediationCategory.PRE_LITIGATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hongqi District's figure, from a test that builds the disputes: "1,640 contradictions found, 1,614
 * resolved, a 98% resolution rate". 1,640 disputes are accepted and mediated through
 * {@link io.gridgov.core.mediation.MediationLifecycle} in people's, judicial, pre-litigation and industry
 * mediation, over every standard domain and the areas of a Changde-like tree; 1,614 reach an agreement
 * (some then confirmed by a court, performed and closed; some refused confirmation and agreed anew; one
 * obligee sues) and 26 fail, are ended by a party, expire or leave for arbitration, with routes offered.
 * Beside them, disputes that must not count: declined, withdrawn before acceptance, still being mediated,
 * and the new disputes three failures were diverted to.
 */
@DisplayName("Hongqi's 1,614 of 1,640")
class HongqiSuccessRateTest {
    private static final List<MediationCategory> ALL = List.of(PEOPLES, JUDICIAL, PRE_LITIGATION, INDUSTRY_PROFESSIONAL);
    private static final List<MediationCategory> OUT_OF_COURT = List.of(PEOPLES, PRE_LITIGATION, INDUSTRY_PROFESSIONAL);
    private static final List<DisputeDomain> DOMAINS = DisputeDomain.STANDARD;
    private static final List<String> AREAS = List.of(ChangdeWorld.GRID, ChangdeWorld.GRID_2, ChangdeWorld.GRID_B,
            ChangdeWorld.GRID_W, ChangdeWorld.VILLAGE, ChangdeWorld.VILLAGE_B, ChangdeWorld.COMMUNITY_W);

    private static List<Plan> plans;
    private static List<Dispute> disputes;
    private static long commands;

    @BeforeAll
    static void mediateThemAll() {
        plans = Mediations.plans(ChangdeWorld.at(2025, 3, 3, 9, 0), AREAS,
                new Batch(700, Fate.PERFORMED, ALL, DOMAINS),
                new Batch(420, Fate.CONFIRMED, OUT_OF_COURT, DOMAINS),
                new Batch(380, Fate.AGREED, ALL, DOMAINS),
                new Batch(100, Fate.SUED, OUT_OF_COURT, DOMAINS),
                new Batch(14, Fate.REMEDIATED, OUT_OF_COURT, DOMAINS),
                new Batch(10, Fate.FAILED, ALL, DOMAINS),
                new Batch(3, Fate.DIVERTED, List.of(PEOPLES), DOMAINS),
                new Batch(6, Fate.TERMINATED, ALL, DOMAINS),
                new Batch(4, Fate.EXPIRED, List.of(PRE_LITIGATION), DOMAINS),
                new Batch(3, Fate.LEFT_FOR_ARBITRATION, List.of(PEOPLES, INDUSTRY_PROFESSIONAL),
                        List.of(DisputeDomain.LABOUR)),
                new Batch(40, Fate.DECLINED, OUT_OF_COURT, DOMAINS),
                new Batch(10, Fate.WITHDRAWN_UNACCEPTED, ALL, DOMAINS),
                new Batch(15, Fate.MEDIATING, ALL, DOMAINS));
        Mediations world = new Mediations("hq");
        disputes = new ArrayList<>();
        for (Plan p : plans) {
            disputes.addAll(world.build(p));
        }
        commands = world.commands();
    }

    @Test
    @DisplayName("the disputes were really mediated: every one of them went through the lifecycle")
    void built() {
        assertThat(disputes).hasSize(1640 + 40 + 10 + 15 + 3);
        assertThat(commands).as("applications and commands the lifecycle accepted").isGreaterThan(8_000);
        assertThat(disputes.stream().filter(d -> d.state() == DisputeState.DECLINED)).hasSize(40);
        assertThat(disputes.stream().filter(d -> d.state() == DisputeState.CLOSED)).hasSize(700 + 420 + 100 + 10);
        assertThat(disputes.stream().filter(d -> d.state() == DisputeState.DIVERTED)).hasSize(3);
        assertThat(disputes.stream().filter(d -> d.divertedFrom().isPresent() && d.state() == DisputeState.APPLIED))
                .hasSize(3);
        assertThat(disputes.stream().filter(d -> d.state() == DisputeState.TERMINATED)).hasSize(6 + 10);
        assertThat(disputes.stream().filter(d -> d.rounds() == 1 && d.state() == DisputeState.AGREED)).hasSize(14);
        assertThat(disputes.stream().filter(d -> !d.routesOffered().isEmpty() && d.concludedAt().isPresent()
                && !d.isAgreementReached())).as("every failure offers routes").hasSize(26);
    }

    @Test
    @DisplayName("1,614 agreements out of 1,640 concluded mediations: 98%, or 98.4% to one place")
    void hongqi() {
        Rate rate = MediationStats.successRate(disputes);
        assertThat(rate).isEqualTo(Rate.of(1614, 1640));
        assertThat(rate.remainder()).isEqualTo(26);
        assertThat(rate.percent(0)).contains(new BigDecimal("98"));
        assertThat(rate.percent(1)).contains(new BigDecimal("98.4"));
        assertThat(rate).hasToString("1614/1640 (98.4%)");
    }

    @Test
    @DisplayName("declined, unaccepted and unfinished disputes do not count, nor do the diverted-to ones yet")
    void notCounted() {
        List<Dispute> never = disputes.stream().filter(d -> d.state() == DisputeState.DECLINED
                || d.state() == DisputeState.APPLIED || d.state() == DisputeState.MEDIATING
                || d.acceptedAt().isEmpty()).toList();
        assertThat(never).hasSize(40 + 10 + 15 + 3);
        assertThat(MediationStats.successRate(never)).isEqualTo(Rate.NONE);
    }

    @Test
    @DisplayName("by category: the four kinds of mediation Hongqi joins, adding up to the whole")
    void byCategory() {
        SortedMap<MediationCategory, Rate> by = MediationStats.successRateByCategory(disputes);
        assertThat(by.keySet()).containsExactly(PEOPLES, JUDICIAL, PRE_LITIGATION, INDUSTRY_PROFESSIONAL);
        assertThat(sum(by)).isEqualTo(Rate.of(1614, 1640));
        Map<MediationCategory, long[]> expected = new EnumMap<>(MediationCategory.class);
        for (Plan p : plans) {
            if (p.fate().concludes()) {
                long[] c = expected.computeIfAbsent(p.category(), k -> new long[2]);
                c[0] += p.fate().agreement ? 1 : 0;
                c[1]++;
            }
        }
        expected.forEach((category, c) -> assertThat(by.get(category)).as("%s", category).isEqualTo(Rate.of(c[0], c[1])));
    }

    @Test
    @DisplayName("by domain and by committee, adding up to the whole")
    void byDomainAndCommittee() {
        SortedMap<DisputeDomain, Rate> byDomain = MediationStats.successRateByDomain(disputes);
        assertThat(byDomain).hasSize(DisputeDomain.STANDARD.size());
        assertThat(byDomain.firstKey()).isEqualTo(DisputeDomain.CONSUMER);
        assertThat(sum(byDomain)).isEqualTo(Rate.of(1614, 1640));
        assertThat(byDomain.get(DisputeDomain.LABOUR).remainder()).as("the three who left for arbitration, at least")
                .isGreaterThanOrEqualTo(3);

        SortedMap<String, Rate> byCommittee = MediationStats.successRateByCommittee(disputes);
        assertThat(byCommittee).containsKeys("court-" + DINGCHENG, "court-" + WULING, "medical-workstation",
                "peoples-" + ChangdeWorld.VILLAGE);
        assertThat(sum(byCommittee)).isEqualTo(Rate.of(1614, 1640));
    }

    @Test
    @DisplayName("by area: the city's two districts make the city, the townships add up, nothing unplaced")
    void byArea() {
        SubtreeRate city = MediationStats.successRateInSubtree(disputes, ChangdeWorld.TREE, CHANGDE);
        SubtreeRate dingcheng = MediationStats.successRateInSubtree(disputes, ChangdeWorld.TREE, DINGCHENG);
        SubtreeRate wuling = MediationStats.successRateInSubtree(disputes, ChangdeWorld.TREE, WULING);
        assertThat(city.rate()).isEqualTo(Rate.of(1614, 1640));
        assertThat(city.notInTree()).isEqualTo(Rate.NONE);
        assertThat(dingcheng.rate().plus(wuling.rate())).isEqualTo(city.rate());
        assertThat(dingcheng.rate().denominator()).isGreaterThan(wuling.rate().denominator());

        Level township = ChangdeWorld.CN.level("township");
        AreaRates towns = MediationStats.successRateByArea(disputes, ChangdeWorld.TREE, township);
        assertThat(towns.rates().keySet()).containsExactly(ChangdeWorld.STREET_W, ChangdeWorld.TOWN, ChangdeWorld.TOWN_B);
        assertThat(towns.placed()).isEqualTo(Rate.of(1614, 1640));
        assertThat(towns.total()).isEqualTo(towns.placed());

        AreaRates grids = MediationStats.successRateByArea(disputes, ChangdeWorld.TREE, ChangdeWorld.CN.gridLevel());
        assertThat(grids.noAreaAtLevel().denominator()).as("the disputes filed at a village or community")
                .isPositive();
        assertThat(grids.total()).isEqualTo(Rate.of(1614, 1640));
    }

    private static Rate sum(Map<?, Rate> rates) {
        return rates.values().stream().reduce(Rate.NONE, Rate::plus);
    }
}
