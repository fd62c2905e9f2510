package io.gridgov.routing.rules;

import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.mediation.Route;
import io.gridgov.core.time.TimeLimit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.gridgov.core.cases.Priority.EMERGENCY;
import static io.gridgov.core.cases.Priority.ROUTINE;
import static io.gridgov.core.cases.Priority.URGENT;
import static io.gridgov.core.time.WarningLevel.NORMAL;
import static io.gridgov.core.time.WarningLevel.RED;
import static io.gridgov.routing.rules.ZhangzhouWorld.GRID;
import static io.gridgov.routing.rules.ZhangzhouWorld.NANKENG;
import static io.gridgov.routing.rules.ZhangzhouWorld.NANKENG_COMMUNITY;
import static io.gridgov.routing.rules.ZhangzhouWorld.XIANGCHENG;
import static io.gridgov.routing.rules.ZhangzhouWorld.ZHANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of rule, loaded from the checked-in JSON sample (not from the builder), decides exactly as the
 * domain says: entry kinds and precedence, handling levels and cycles by category and priority, escalation with
 * each skip trigger, department dispatch, mediation routing with its diversion chain, and Lanzhou's deliberation
 * modes.
 */
@DisplayName("A rule set read from JSON decides every kind of question exactly")
class RuleSetFromJsonTest {
    private final Router router = RuleSetCodecTest.parse(RuleSetCodecTest.sample()).compile();

    @Nested
    @DisplayName("the responsibility list")
    class Responsibility {
        @Test
        @DisplayName("a cooperating duty: the county department leads, the street assists")
        void cooperatingDuty() {
            Decision d = router.route("C0201", NANKENG, CaseKind.COMPLAINT, ROUTINE);
            assertThat(d.entryIndex()).isEqualTo(1);
            assertThat(d.owner()).isEqualTo(new Owner.Organisation("xc-highway"));
            assertThat(d.cooperating()).containsExactly("nk-street");
            assertThat(d.entryKind()).contains(EntryKind.COOPERATING_DUTY);
            assertThat(d.timeLimit()).contains(TimeLimit.workingDays(3));
            assertThat(d.fallback()).isEqualTo(Fallback.NONE);
            assertThat(d.handlingLevel().orElseThrow().key()).isEqualTo("county"); // rule for C
            assertThat(d.cycle()).contains(Cycle.LARGE);
        }

        @Test
        @DisplayName("a basic duty limited to hazards and alerts of higher priority wins by its rank")
        void basicDutyByRank() {
            Decision d = router.route("C0201", NANKENG, CaseKind.HAZARD, URGENT);
            assertThat(d.entryIndex()).isEqualTo(2);
            assertThat(d.owner()).isEqualTo(new Owner.Organisation("nk-street"));
            assertThat(d.cooperating()).isEmpty();
            assertThat(d.entryKind()).contains(EntryKind.BASIC_DUTY);
            assertThat(d.timeLimit()).contains(TimeLimit.naturalHours(4));
        }

        @Test
        @DisplayName("a matter taken back goes to the department that took it back, at its handling level")
        void takenBack() {
            Decision d = router.route("S0401", GRID, CaseKind.HAZARD, ROUTINE);
            assertThat(d.entryIndex()).isEqualTo(3);
            assertThat(d.owner()).isEqualTo(new Owner.Organisation("zz-gas"));
            assertThat(d.entryKind()).contains(EntryKind.TAKEN_BACK);
            assertThat(d.cooperating()).containsExactly("xc-urban", "nk-street");
            assertThat(d.handlingLevel().orElseThrow().key()).isEqualTo("prefecture");
            assertThat(d.cycle()).as("the sample gives the prefecture no cycle").isEmpty();
        }

        @Test
        @DisplayName("a district entry for a broader category answers a street's case")
        void broaderAndHigher() {
            Decision d = router.route("C0202", NANKENG, CaseKind.REPORT, ROUTINE);
            assertThat(d.entryIndex()).isZero();
            assertThat(d.owner()).isEqualTo(new Owner.Organisation("xc-highway"));
            assertThat(d.isTerritoryDefault()).isFalse();
        }

        @Test
        @DisplayName("with no entry the territory at the case's current level owns it, and the decision says so")
        void territory() {
            Decision own = router.route("S0201", GRID, CaseKind.COMPLAINT, ROUTINE);
            assertThat(own.isTerritoryDefault()).isTrue();
            assertThat(own.fallback()).isEqualTo(Fallback.TERRITORY);
            assertThat(own.owner()).isEqualTo(new Owner.Territory(GRID, "grid"));
            assertThat(own.explanation().toEnglish()).contains("属地兜底");
            Decision atStreet = router.route("S0201", GRID, CaseKind.COMPLAINT, ROUTINE, "township");
            assertThat(atStreet.owner()).isEqualTo(new Owner.Territory(NANKENG, "township"));
        }
    }

    @Test
    @DisplayName("handling levels by category and priority, with the cycle the file gives each level")
    void handlingLevels() {
        assertThat(router.handlingLevel("S0102", ROUTINE).orElseThrow().key()).isEqualTo("village");
        assertThat(router.handlingLevel("S0102", EMERGENCY).orElseThrow().key()).isEqualTo("township");
        assertThat(router.handlingLevel("C0101", URGENT).orElseThrow().key()).isEqualTo("county");
        assertThat(router.handlingLevel("S0201", ROUTINE)).isEmpty();
        assertThat(router.cycle(ZhangzhouWorld.CN.level("grid"))).contains(Cycle.MICRO);
        assertThat(router.cycle(ZhangzhouWorld.CN.level("village"))).contains(Cycle.SMALL);
        assertThat(router.cycle(ZhangzhouWorld.CN.level("township"))).contains(Cycle.SMALL);
        assertThat(router.cycle(ZhangzhouWorld.CN.level("county"))).contains(Cycle.LARGE);
    }

    @Test
    @DisplayName("escalation: one rung, or a skip for emergency, returns, a red warning or a listed category")
    void escalation() {
        Escalation plain = router.escalate("S0101", GRID, ROUTINE, "grid", 1, NORMAL);
        assertThat(plain.owner()).isEqualTo(new Owner.Territory(NANKENG_COMMUNITY, "village"));
        assertThat(plain.skip()).isEmpty();
        Escalation emergency = router.escalate("S0101", GRID, EMERGENCY, "grid", 0, NORMAL);
        assertThat(emergency.owner()).isEqualTo(new Owner.Territory(XIANGCHENG, "county"));
        assertThat(emergency.skipped()).extracting(l -> l.key()).containsExactly("village", "township");
        assertThat(router.escalate("S0101", GRID, ROUTINE, "grid", 2, NORMAL).owner())
                .isEqualTo(new Owner.Territory(NANKENG, "township"));
        assertThat(router.escalate("S0101", GRID, ROUTINE, "grid", 0, RED).skip().orElseThrow().trigger())
                .isEqualTo(SkipRule.Trigger.RED_WARNING);
        Escalation listed = router.escalate("S0405", GRID, ROUTINE, "grid", 0, NORMAL);
        assertThat(listed.ladder().orElseThrow().category()).isEqualTo("S04");
        assertThat(listed.owner()).isEqualTo(new Owner.Territory(ZHANGZHOU, "prefecture"));
        assertThat(listed.skipped()).extracting(l -> l.key()).containsExactly("township", "county");
        Escalation unlisted = router.escalate("S0402", GRID, ROUTINE, "grid", 0, NORMAL);
        assertThat(unlisted.owner()).as("the S04 ladder has no village rung").isEqualTo(
                new Owner.Territory(NANKENG, "township"));
        Escalation top = router.escalate("S0101", NANKENG, ROUTINE, "county", 0, NORMAL);
        assertThat(top.climbs()).isFalse();
        assertThat(top.owner()).isEqualTo(new Owner.Territory(XIANGCHENG, "county"));
    }

    @Test
    @DisplayName("dispatch: a street's whistle reaches the district department the list names, else the district")
    void dispatch() {
        Decision named = router.dispatch("C0203", NANKENG, CaseKind.REPORT, ROUTINE, "township");
        assertThat(named.isDispatch()).isTrue();
        assertThat(named.owner()).isEqualTo(new Owner.Organisation("xc-highway"));
        Decision none = router.dispatch("S0201", NANKENG, CaseKind.REPORT, ROUTINE, "township");
        assertThat(none.owner()).isEqualTo(new Owner.Territory(XIANGCHENG, "county"));
        Decision noRule = router.dispatch("C0203", NANKENG_COMMUNITY, CaseKind.REPORT, ROUTINE, "village");
        assertThat(noRule.owner()).isEqualTo(new Owner.Territory(NANKENG_COMMUNITY, "village"));
    }

    @Test
    @DisplayName("mediation: domain, amount band and flags pick the committee and the diversion chain")
    void mediation() {
        MediationDecision neighbours = router.mediate(DisputeDomain.NEIGHBOURHOOD, Money.yuan(300), Set.of(), GRID);
        assertThat(neighbours.committee()).isEqualTo(new Owner.Organisation("nk-mediation"));
        assertThat(neighbours.level()).isEqualTo("township");
        assertThat(neighbours.diversions()).containsExactly(
                Diversion.mediation(MediationCategory.PEOPLES, "xc-people-mediation"), Diversion.to(Route.LITIGATION));
        MediationDecision small = router.mediate(DisputeDomain.LABOUR, new Money(4_999_999), Set.of(), GRID);
        assertThat(small.ruleIndex()).isEqualTo(1);
        assertThat(small.category()).isEqualTo(MediationCategory.INDUSTRY_PROFESSIONAL);
        assertThat(small.diversions()).containsExactly(Diversion.to(Route.ARBITRATION));
        MediationDecision large = router.mediate(DisputeDomain.LABOUR, Money.yuan(50_000), Set.of(), GRID);
        assertThat(large.ruleIndex()).isEqualTo(2);
        assertThat(large.committee()).isEqualTo(new Owner.Organisation("xc-court"));
        assertThat(large.category()).isEqualTo(MediationCategory.JUDICIAL);
        MediationDecision flagged = router.mediate(DisputeDomain.MEDICAL, Money.yuan(50),
                Set.of(DisputeFlag.MANY_PARTIES, DisputeFlag.ESCALATION_RISK), GRID);
        assertThat(flagged.ruleIndex()).isEqualTo(3);
        MediationDecision oneFlag = router.mediate(DisputeDomain.MEDICAL, Money.yuan(50),
                Set.of(DisputeFlag.MANY_PARTIES), GRID);
        assertThat(oneFlag.rule()).isEmpty();
        assertThat(oneFlag.committee()).isEqualTo(new Owner.Territory(GRID, "grid"));
        assertThat(oneFlag.category()).isEqualTo(MediationCategory.PEOPLES);
    }

    @Test
    @DisplayName("deliberation: Lanzhou's five categories of community affairs and their modes")
    void deliberation() {
        assertThat(router.deliberation("S0101").mode()).contains(DeliberationMode.SIMPLIFIED);
        assertThat(router.deliberation("S0206").mode()).contains(DeliberationMode.ON_SITE);
        assertThat(router.deliberation("S0304").mode()).contains(DeliberationMode.REGULAR);
        assertThat(router.deliberation("S0407").mode()).contains(DeliberationMode.IMMEDIATE);
        assertThat(router.deliberation("S0503").mode()).contains(DeliberationMode.MULTI_ROUND);
        assertThat(router.deliberation("S0601").mode()).isEmpty();
    }
}
