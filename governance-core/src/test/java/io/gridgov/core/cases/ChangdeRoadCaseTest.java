package io.gridgov.core.cases;

import io.gridgov.core.lifecycle.IllegalTransitionException;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.core.time.WarningLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.gridgov.core.cases.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Changde road case (DOMAIN.md §2): a village reports a damaged road through the 580 app on 4 July
 * 2022; the town centre cannot repair roads and reports it up; the district centre hands it to the
 * Highway Maintenance Centre on 6 July; the repair is finished on 30 July. Replayed with the 2022
 * calendar and a 15-working-day handling limit.
 */
@DisplayName("The Changde road case, replayed")
class ChangdeRoadCaseTest {
    private static final CaseLifecycle CHANGDE_RULES = CaseLifecycle.builder().grid(TREE).calendar(CALENDAR)
            .timeLimits(TimeLimitPolicy.builder(TAXONOMY, CN)
                    .limit(Stage.REGISTER, TimeLimitPolicy.Selector.all(), TimeLimit.workingHours(2))
                    .limit(Stage.DISPATCH, TimeLimitPolicy.Selector.all(), TimeLimit.workingDays(2))
                    .limit(Stage.SIGN_FOR, TimeLimitPolicy.Selector.all(), TimeLimit.workingDays(1))
                    .limit(Stage.HANDLE, TimeLimitPolicy.Selector.all(), TimeLimit.workingDays(30))
                    .limit(Stage.HANDLE, TimeLimitPolicy.Selector.all().category("C02"), TimeLimit.workingDays(15))
                    .limit(Stage.VERIFY, TimeLimitPolicy.Selector.all(), TimeLimit.workingDays(2))
                    .build())
            .build();

    @Test
    @DisplayName("the handling deadline is the end of 27 July, and the daily warning is what a person counts by hand")
    void replay() {
        CaseReport report = new CaseReport(cid(), RESIDENT, CaseId.of("changde-road"), "CD-20220704-000123",
                CaseKind.HELP, "C0201", Channel.APP, Priority.ROUTINE, Location.inArea(GRID), Reporter.person("r-1"),
                FreeText.of("村道破损"), TOWN_CENTRE, TOWN);
        Case c = CHANGDE_RULES.report(report, at(2022, 7, 4, 9, 30)).next();
        c = apply(c, new CaseCommand.Register(cid(), TOWN_DISPATCHER, CaseKind.HELP, "C0201", Priority.ROUTINE),
                at(2022, 7, 4, 10, 0));
        c = apply(c, new CaseCommand.Escalate(cid(), TOWN_DISPATCHER, DINGCHENG, DISTRICT_CENTRE, false,
                FreeText.of("镇里无修路能力，建议交公路养护中心")), at(2022, 7, 4, 15, 0));
        c = apply(c, new CaseCommand.Dispatch(cid(), DISTRICT_DISPATCHER, HIGHWAY, List.of()), at(2022, 7, 6, 9, 0));
        c = apply(c, new CaseCommand.SignFor(cid(), HIGHWAY_HANDLER), at(2022, 7, 6, 10, 0));
        assertThat(c.owner()).isEqualTo(DISTRICT_CENTRE);
        assertThat(c.level()).isEqualTo("county");
        // Start day 6 July does not count; the 15th working day after it is Wednesday 27 July.
        assertThat(c.clock(Stage.HANDLE).orElseThrow().deadline()).isEqualTo(at(2022, 7, 28, 0, 0));

        // The overdue sweep runs every evening at 18:00; a person counts: 12 of 15 working days used
        // (80%) at the end of Friday 22 July, so yellow from Saturday 23 July; overdue from 28 July.
        Map<LocalDate, WarningLevel> expected = new LinkedHashMap<>();
        Map<LocalDate, WarningLevel> actual = new LinkedHashMap<>();
        List<WarningLevel> raised = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2022, 7, 6); d.isBefore(LocalDate.of(2022, 7, 31)); d = d.plusDays(1)) {
            expected.put(d, d.isBefore(LocalDate.of(2022, 7, 23)) ? WarningLevel.NORMAL
                    : d.isBefore(LocalDate.of(2022, 7, 28)) ? WarningLevel.YELLOW : WarningLevel.RED);
            Instant evening = at(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), 18, 0);
            actual.put(d, CHANGDE_RULES.warningAt(c, evening));
            try {
                Transition t = CHANGDE_RULES.apply(c, new CaseCommand.RaiseWarning(cid(), SYSTEM), evening);
                c = t.next();
                raised.add(((CaseEvent.WarningRaised) t.events().get(0)).level());
            } catch (IllegalTransitionException notRisen) {
                assertThat(notRisen).hasMessageContaining("already recorded");
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(raised).containsExactly(WarningLevel.YELLOW, WarningLevel.RED);

        c = apply(c, new CaseCommand.FeedBack(cid(), HIGHWAY_HANDLER, FreeText.of("道路修复完毕"), List.of("photo-0730")),
                at(2022, 7, 30, 17, 0));
        assertThat(c.clock(Stage.HANDLE).orElseThrow().isOverdueAt(at(2022, 7, 30, 17, 0))).isTrue();
        assertThat(c.clock(Stage.HANDLE).orElseThrow().finishedAt()).contains(at(2022, 7, 30, 17, 0));
        c = apply(c, new CaseCommand.VerifyPass(cid(), DISTRICT_DISPATCHER, ClosureOutcome.RESOLVED, FreeText.empty()),
                at(2022, 8, 1, 10, 0));
        c = apply(c, new CaseCommand.Evaluate(cid(), RESIDENT, Satisfaction.SATISFIED, FreeText.empty()),
                at(2022, 8, 2, 10, 0));
        assertThat(c.state()).isEqualTo(CaseState.EVALUATED);
        assertThat(c.escalations()).isEqualTo(1);
        // report + register + escalate + dispatch + sign for + 2 warnings + feed back + verify + evaluate
        assertThat(c.version()).isEqualTo(10);
    }

    private static Case apply(Case c, CaseCommand command, Instant now) {
        return CHANGDE_RULES.apply(c, command, now).next();
    }
}
