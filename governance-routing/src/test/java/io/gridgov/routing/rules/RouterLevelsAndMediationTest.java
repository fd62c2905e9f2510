package io.gridgov.routing.rules;

import io.gridgov.core.cases.Priority;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.mediation.Route;
import io.gridgov.core.time.WarningLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.gridgov.core.cases.Priority.EMERGENCY;
import static io.gridgov.core.cases.Priority.ROUTINE;
import static io.gridgov.core.time.WarningLevel.NORMAL;
import static io.gridgov.core.time.WarningLevel.RED;
import static io.gridgov.routing.rules.ZhangzhouWorld.GRID;
import static io.gridgov.routing.rules.ZhangzhouWorld.NANKENG;
import static io.gridgov.routing.rules.ZhangzhouWorld.NANKENG_COMMUNITY;
import static io.gridgov.routing.rules.ZhangzhouWorld.XIANGCHENG;
import static io.gridgov.routing.rules.ZhangzhouWorld.ZHANGZHOU;
import static io.gridgov.routing.rules.ZhangzhouWorld.builder;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Router: handling levels, escalation, mediation and deliberation")
class RouterLevelsAndMediationTest {

    @Nested
    @DisplayName("handling levels (Fengqiao): most specific category, then the case's priority")
    class Handling {
        private final Router router = builder()
                .handling(HandlingRule.of("S", "township"))
                .handling(HandlingRule.of("S01", "village"))
                .handling(new HandlingRule("S01", EMERGENCY, "township"))
                .cycle("village", Cycle.SMALL)
                .build().compile();

        @Test
        @DisplayName("resolves per category and priority; levels are the scheme's data")
        void levels() {
            assertThat(router.handlingLevel("S0101", ROUTINE).orElseThrow().key()).isEqualTo("village");
            assertThat(router.handlingLevel("S0101", EMERGENCY).orElseThrow().key()).isEqualTo("township");
            assertThat(router.handlingLevel("S0201", EMERGENCY).orElseThrow().key()).isEqualTo("township");
            assertThat(router.handlingLevel("C0201", ROUTINE)).isEmpty();
            assertThat(router.cycle(ZhangzhouWorld.CN.level("village"))).contains(Cycle.SMALL);
            assertThat(router.cycle(ZhangzhouWorld.CN.level("grid"))).isEmpty();
        }

        @Test
        @DisplayName("a territory decision still carries the handling level")
        void territory() {
            Decision d = router.route("S0101", GRID, io.gridgov.core.cases.CaseKind.DISPUTE, ROUTINE);
            assertThat(d.handlingLevel().orElseThrow().key()).isEqualTo("village");
            assertThat(d.cycle()).contains(Cycle.SMALL);
            assertThat(d.explanation().toEnglish()).endsWith(" Handling level: village / community (small cycle).");
            assertThat(d.explanation().toChinese()).endsWith("处置层级：村/社区（小循环）。");
        }
    }

    @Nested
    @DisplayName("escalation ladders")
    class Escalations {
        private final Router router = builder()
                .ladder(EscalationLadder.of(List.of("grid", "village", "township", "county", "prefecture"),
                        SkipRule.emergency("county"),
                        SkipRule.returned(2, "township"),
                        SkipRule.redWarning("township"),
                        SkipRule.categories("prefecture", "S0603")))
                .ladder(EscalationLadder.forCategory("C", List.of("township", "county")))
                .build().compile();

        @Test
        @DisplayName("climbs one rung")
        void oneRung() {
            Escalation e = router.escalate("S0101", GRID, ROUTINE, "grid", 0, NORMAL);
            assertThat(e.climbs()).isTrue();
            assertThat(e.to().key()).isEqualTo("village");
            assertThat(e.owner()).isEqualTo(new Owner.Territory(NANKENG_COMMUNITY, "village"));
            assertThat(e.skipped()).isEmpty();
            assertThat(e.skip()).isEmpty();
            assertThat(e.explanation().toEnglish()).isEqualTo("S0101 (noise nuisance) in 350602001001001 (南坑社区第1网格,"
                    + " grid), at the grid level: climbs one rung of the default ladder (grid → village / community →"
                    + " township / street → county / district → prefecture) to 350602001001 (南坑社区, village /"
                    + " community).");
            assertThat(e.explanation().toChinese()).isEqualTo("350602001001001（南坑社区第1网格，网格）的S0101（噪音扰民）"
                    + "（当前在网格层级）：按默认上报阶梯（网格 → 村/社区 → 乡镇/街道 → 县/区 → 地级）上报一级，至350602001001"
                    + "（南坑社区，村/社区）。");
        }

        @Test
        @DisplayName("skips for emergency priority, returns, a red warning or a listed category; the highest reach wins")
        void skips() {
            Escalation emergency = router.escalate("S0101", GRID, EMERGENCY, "grid", 0, NORMAL);
            assertThat(emergency.to().key()).isEqualTo("county");
            assertThat(emergency.owner()).isEqualTo(new Owner.Territory(XIANGCHENG, "county"));
            assertThat(emergency.skipped()).extracting(l -> l.key()).containsExactly("village", "township");
            assertThat(emergency.explanation().toEnglish()).contains("skips village / community, township / street"
                    + " on the default ladder").contains("because of emergency priority, and goes to 350602 (芗城区,");

            assertThat(router.escalate("S0101", GRID, ROUTINE, "grid", 2, NORMAL).to().key()).isEqualTo("township");
            assertThat(router.escalate("S0101", GRID, ROUTINE, "grid", 1, NORMAL).to().key()).isEqualTo("village");
            assertThat(router.escalate("S0101", GRID, ROUTINE, "grid", 0, RED).to().key()).isEqualTo("township");
            assertThat(router.escalate("S0603", GRID, EMERGENCY, "grid", 5, RED).to().key()).isEqualTo("prefecture");
            assertThat(router.escalate("S0603", GRID, EMERGENCY, "grid", 5, RED).owner())
                    .isEqualTo(new Owner.Territory(ZHANGZHOU, "prefecture"));
        }

        @Test
        @DisplayName("a skip that reaches no higher than the next rung is a plain climb")
        void skipBelowNext() {
            Escalation e = router.escalate("S0101", GRID, ROUTINE, "township", 3, WarningLevel.YELLOW);
            assertThat(e.to().key()).isEqualTo("county");
            assertThat(e.skip()).isEmpty();
        }

        @Test
        @DisplayName("the most specific category's ladder applies")
        void categoryLadder() {
            Escalation e = router.escalate("C0201", GRID, EMERGENCY, "grid", 0, NORMAL);
            assertThat(e.ladder().orElseThrow().category()).isEqualTo("C");
            assertThat(e.to().key()).isEqualTo("township");
        }

        @Test
        @DisplayName("at the top of its ladder the case stays with the territory, and says so")
        void top() {
            Escalation e = router.escalate("C0201", NANKENG, ROUTINE, "county", 0, NORMAL);
            assertThat(e.climbs()).isFalse();
            assertThat(e.owner()).isEqualTo(new Owner.Territory(XIANGCHENG, "county"));
            assertThat(e.explanation().toEnglish()).isEqualTo("C0201 (road surface damage) in 350602001 (南坑街道,"
                    + " township / street), at the county / district level: already at the top of the ladder for C"
                    + " (township / street → county / district), so the territory at its level keeps it (属地兜底): the"
                    + " office of 350602 (芗城区, county / district).");
        }

        @Test
        @DisplayName("with no ladder at all the territory keeps the case")
        void none() {
            Escalation e = builder().build().compile().escalate("S0101", GRID, ROUTINE, "village", 0, NORMAL);
            assertThat(e.climbs()).isFalse();
            assertThat(e.ladder()).isEmpty();
            assertThat(e.owner()).isEqualTo(new Owner.Territory(NANKENG_COMMUNITY, "village"));
            assertThat(e.explanation().toChinese()).isEqualTo("350602001001001（南坑社区第1网格，网格）的S0101（噪音扰民）"
                    + "（当前在村/社区层级）：没有适用的上报阶梯，属地兜底：由350602001001（南坑社区，村/社区）负责。");
        }
    }

    @Nested
    @DisplayName("mediation routing")
    class Mediation {
        private final Router router = builder()
                .mediation(MediationRule.of(null, MediationCategory.PEOPLES, "xc-people-mediation", "county"))
                .mediation(MediationRule.of(DisputeDomain.LABOUR, MediationCategory.INDUSTRY_PROFESSIONAL,
                        "xc-labour-mediation", "county").withDiversions(Diversion.to(Route.ARBITRATION),
                        Diversion.to(Route.LITIGATION)))
                .mediation(MediationRule.of(DisputeDomain.LABOUR, MediationCategory.PRE_LITIGATION, "xc-court",
                        "county").withAmounts(Money.yuan(100_000), null).withFlags(DisputeFlag.MANY_PARTIES))
                .mediation(MediationRule.of(DisputeDomain.NEIGHBOURHOOD, MediationCategory.PEOPLES, "nk-mediation",
                        "township").withAmounts(null, Money.yuan(5_000)).withDiversions(
                        Diversion.mediation(MediationCategory.PEOPLES, "xc-people-mediation"),
                        Diversion.to(Route.LITIGATION)))
                .build().compile();

        @Test
        @DisplayName("own domain first, then more flags, and the amount band decides")
        void precedence() {
            assertThat(router.mediate(DisputeDomain.LABOUR, Money.yuan(200_000), Set.of(DisputeFlag.MANY_PARTIES), GRID)
                    .ruleIndex()).isEqualTo(2);
            assertThat(router.mediate(DisputeDomain.LABOUR, Money.yuan(50_000), Set.of(DisputeFlag.MANY_PARTIES), GRID)
                    .ruleIndex()).isEqualTo(1);
            assertThat(router.mediate(DisputeDomain.LABOUR, Money.yuan(200_000), Set.of(), GRID).ruleIndex()).isEqualTo(1);
            assertThat(router.mediate(DisputeDomain.NEIGHBOURHOOD, Money.yuan(9_000), Set.of(), GRID).ruleIndex()).isZero();
        }

        @Test
        @DisplayName("names the committee, level and diversion chain, and explains itself")
        void explained() {
            MediationDecision d = router.mediate(DisputeDomain.NEIGHBOURHOOD, Money.yuan(800),
                    Set.of(DisputeFlag.ESCALATION_RISK), GRID);
            assertThat(d.committee()).isEqualTo(new Owner.Organisation("nk-mediation"));
            assertThat(d.category()).isEqualTo(MediationCategory.PEOPLES);
            assertThat(d.level()).isEqualTo("township");
            assertThat(d.diversions()).extracting(Diversion::route).containsExactly(Route.OTHER_MEDIATION, Route.LITIGATION);
            assertThat(d.explanation().toEnglish()).isEqualTo("Dispute (neighbourhood, CNY 800.00, risk of escalation)"
                    + " in 350602001001001 (南坑社区第1网格, grid): mediation[3] applies: people's mediation by nk-mediation"
                    + " at the township / street level; if it fails: people's mediation by xc-people-mediation, then"
                    + " litigation.");
            assertThat(d.explanation().toChinese()).isEqualTo("350602001001001（南坑社区第1网格，网格）的纠纷"
                    + "（neighbourhood，CNY 800.00，有激化风险）：适用mediation[3]：由nk-mediation在乡镇/街道层级进行人民调解；"
                    + "调解不成的：xc-people-mediation的人民调解，再诉讼。");
        }

        @Test
        @DisplayName("with no rule, the people's mediation committee of the dispute's area takes it")
        void territory() {
            MediationDecision d = builder().build().compile().mediate(DisputeDomain.MEDICAL, Money.ZERO, Set.of(),
                    NANKENG_COMMUNITY);
            assertThat(d.rule()).isEmpty();
            assertThat(d.committee()).isEqualTo(new Owner.Territory(NANKENG_COMMUNITY, "village"));
            assertThat(d.category()).isEqualTo(MediationCategory.PEOPLES);
            assertThat(d.explanation().toEnglish()).isEqualTo("Dispute (medical, CNY 0.00) in 350602001001 (南坑社区,"
                    + " village / community): no mediation rule, so the people's mediation committee of 350602001001"
                    + " (南坑社区, village / community) takes it (属地兜底).");
        }
    }

    @Nested
    @DisplayName("deliberation modes (Lanzhou)")
    class Deliberation {
        private final Router router = builder()
                .deliberation(new DeliberationRule("S01", DeliberationMode.SIMPLIFIED))
                .deliberation(new DeliberationRule("S02", DeliberationMode.ON_SITE))
                .deliberation(new DeliberationRule("S03", DeliberationMode.REGULAR))
                .deliberation(new DeliberationRule("S04", DeliberationMode.IMMEDIATE))
                .deliberation(new DeliberationRule("S05", DeliberationMode.MULTI_ROUND))
                .deliberation(new DeliberationRule("S0503", DeliberationMode.IMMEDIATE))
                .build().compile();

        @Test
        @DisplayName("the five categories and their modes; a more specific category overrides")
        void modes() {
            assertThat(router.deliberation("S0101").mode()).contains(DeliberationMode.SIMPLIFIED);
            assertThat(router.deliberation("S0203").mode()).contains(DeliberationMode.ON_SITE);
            assertThat(router.deliberation("S0301").mode()).contains(DeliberationMode.REGULAR);
            assertThat(router.deliberation("S0401").mode()).contains(DeliberationMode.IMMEDIATE);
            assertThat(router.deliberation("S0501").mode()).contains(DeliberationMode.MULTI_ROUND);
            assertThat(router.deliberation("S0503").mode()).contains(DeliberationMode.IMMEDIATE);
            assertThat(router.deliberation("C0201").mode()).isEmpty();
            assertThat(router.deliberation("S0203").explanation().toEnglish()).isEqualTo("S0203 (rubbish not sorted"
                    + " properly): on-site discussion, by deliberation[1] (by its category S02).");
            assertThat(router.deliberation("S0503").explanation().toChinese()).isEqualTo("S0503（电梯故障）：即时议事，"
                    + "依据deliberation[5]。");
        }
    }

    @Test
    @DisplayName("returns below zero are refused")
    void negativeReturns() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder().build().compile()
                .escalate("S0101", GRID, Priority.ROUTINE, "grid", -1, NORMAL))
                .isInstanceOf(io.gridgov.core.InvalidInputException.class).hasMessageContaining("GOV-001")
                .hasMessageContaining("returns is -1");
    }
}
