package io.gridgov.routing.rules;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.mediation.Route;
import io.gridgov.core.time.TimeLimit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.gridgov.routing.rules.ZhangzhouWorld.NANKENG;
import static io.gridgov.routing.rules.ZhangzhouWorld.XIANGCHENG;
import static io.gridgov.routing.rules.ZhangzhouWorld.builder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("RuleSet.Builder reports every problem, each with its path")
class RuleSetValidationTest {
    private static final TimeLimit LIMIT = TimeLimit.workingDays(3);

    private static Entry ok() {
        return Entry.of("C0201", NANKENG, EntryKind.BASIC_DUTY, "nk-street", LIMIT);
    }

    private static List<Problem> problems(RuleSet.Builder b) {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, b::build);
        assertThat(e).as("build() should have failed").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_RULE_SET);
        assertThat(e.getMessage()).startsWith("GOV-050: rule set 'zz-test' is invalid");
        return e.problems();
    }

    private static List<String> paths(RuleSet.Builder b) {
        return problems(b).stream().map(Problem::where).toList();
    }

    @Test
    @DisplayName("a valid rule set builds, and keeps its rules in the order added")
    void valid() {
        RuleSet rules = builder().entry(ok()).cycle("grid", Cycle.MICRO).build();
        assertThat(rules.entries()).containsExactly(ok());
        assertThat(rules.cycles()).containsEntry("grid", Cycle.MICRO);
        assertThat(rules).hasToString("RuleSet[zz-test, 1 entry]");
    }

    @Nested
    @DisplayName("entries")
    class Entries {
        @Test
        @DisplayName("unknown category, area, organisations and level, all at once")
        void unknownCodes() {
            List<Problem> problems = problems(builder().entry(ok()).entry(
                    new Entry("X99", "350699", java.util.Set.of(), java.util.Set.of(), EntryKind.BASIC_DUTY, "nobody",
                            List.of("xc-urban", "ghost"), LIMIT, "hamlet", 0)));
            assertThat(problems).extracting(Problem::where).containsExactly("entries[1].category", "entries[1].area",
                    "entries[1].main", "entries[1].cooperating[1]", "entries[1].handlingLevel");
            assertThat(problems.get(0).message()).isEqualTo("no category 'X99' in taxonomy 'cn-urban-social'; use a"
                    + " code of the taxonomy, e.g. C0101");
            assertThat(problems.get(1).message()).startsWith("no area '350699' in the grid tree (cn-national, 10 areas)");
            assertThat(problems.get(2).message()).isEqualTo("organisation 'nobody' is not known; fix the id, or add the"
                    + " organisation to the directory first");
            assertThat(problems.get(4).message()).startsWith("no level 'hamlet' in level scheme 'cn-national'; use one"
                    + " of [province, prefecture, county, township, village, grid, building]");
        }

        @Test
        @DisplayName("a cooperating organisation listed twice or also main; a cooperating duty without one")
        void cooperating() {
            assertThat(paths(builder()
                    .entry(ok().withCooperating("nk-street", "xc-urban", "xc-urban"))
                    .entry(Entry.of("C02", XIANGCHENG, EntryKind.COOPERATING_DUTY, "xc-highway", LIMIT))))
                    .containsExactly("entries[0].cooperating[0]", "entries[0].cooperating[2]", "entries[1].cooperating");
        }

        @Test
        @DisplayName("a handling limit given as a statutory period")
        void timeLimit() {
            List<Problem> problems = problems(builder().entry(
                    Entry.of("C0201", NANKENG, EntryKind.BASIC_DUTY, "nk-street", TimeLimit.calendarMonths(1))));
            assertThat(problems).containsExactly(new Problem("entries[0].timeLimit", "the handling limit 1"
                    + " CALENDAR_MONTHS is a statutory period; give a handling limit in NATURAL_HOURS, NATURAL_DAYS,"
                    + " WORKING_DAYS or WORKING_HOURS"));
        }

        @Test
        @DisplayName("a duplicate: same key, same conditions, same rank")
        void duplicate() {
            List<Problem> problems = problems(builder().entry(ok()).entry(ok().withCooperating("xc-urban")));
            assertThat(problems).containsExactly(new Problem("entries[1]", "duplicates entries[0]: both are for C0201 at"
                    + " 350602001 with rank 0 and have the same conditions (kinds any, priorities any); remove one, or"
                    + " give the one that should win a higher rank"));
        }

        @Test
        @DisplayName("a conflict: same key and rank, overlapping conditions; disjoint conditions or ranks are fine")
        void conflict() {
            List<Problem> problems = problems(builder()
                    .entry(ok().withPriorities(Priority.EMERGENCY))
                    .entry(ok().withKinds(CaseKind.HAZARD))
                    .entry(ok().withKinds(CaseKind.COMPLAINT).withPriorities(Priority.ROUTINE))
                    .entry(ok().withRank(1)));
            assertThat(problems).containsExactly(new Problem("entries[1]", "conflicts with entries[0]: both are for"
                    + " C0201 at 350602001 with rank 0 and a case can satisfy both (kinds [HAZARD], priorities any and"
                    + " kinds any, priorities [EMERGENCY]); give the one that should win a higher rank, or make their"
                    + " kinds or priorities disjoint"));
            builder().entry(ok().withPriorities(Priority.EMERGENCY)).entry(ok().withPriorities(Priority.ROUTINE))
                    .entry(ok().withRank(-1)).build();
        }

        @Test
        @DisplayName("the loader's own paths are used, with the field appended")
        void ownPaths() {
            assertThat(paths(builder().entry(ok(), "$.entries[0]")
                    .entry(Entry.of("C0201", "1", EntryKind.BASIC_DUTY, "nk-street", LIMIT), "$.entries[1]")))
                    .containsExactly("$.entries[1].area");
        }

        @Test
        @DisplayName("problems the loader reported come first")
        void reported() {
            assertThat(paths(builder().report(new Problem("$.entries[3].timeLimit.amount", "0 is below 1"))
                    .entry(ok().withCooperating("ghost"))))
                    .containsExactly("$.entries[3].timeLimit.amount", "entries[0].cooperating[0]");
        }

        @Test
        @DisplayName("a rank out of range is refused by the record")
        void rank() {
            assertThatThrownBy(() -> ok().withRank(Entry.MAX_RANK + 1))
                    .isInstanceOf(io.gridgov.core.InvalidInputException.class)
                    .hasMessageContaining("rank 1000001 is out of range");
            assertThatThrownBy(() -> MediationRule.of(null, io.gridgov.core.mediation.MediationCategory.PEOPLES,
                    "nk-mediation", "township").withRank(Entry.MIN_RANK - 1))
                    .isInstanceOf(io.gridgov.core.InvalidInputException.class)
                    .hasMessageContaining("rank -1000001 is out of range");
        }
    }

    @Nested
    @DisplayName("handling levels, cycles, dispatch and deliberation")
    class Levels {
        @Test
        @DisplayName("unknown codes, duplicates and a cycle given twice")
        void all() {
            List<String> paths = paths(builder()
                    .handling(HandlingRule.of("S01", "village"))
                    .handling(HandlingRule.of("S01", "township"))
                    .handling(new HandlingRule("S01", Priority.EMERGENCY, "county"))
                    .handling(HandlingRule.of("Q", "moon"))
                    .cycle("grid", Cycle.MICRO)
                    .cycle("grid", Cycle.SMALL)
                    .cycle("moon", Cycle.LARGE)
                    .dispatch(new DispatchRule("township", "county"))
                    .dispatch(new DispatchRule("township", "prefecture"))
                    .dispatch(new DispatchRule("county", "grid"))
                    .deliberation(new DeliberationRule("S01", DeliberationMode.SIMPLIFIED))
                    .deliberation(new DeliberationRule("S01", DeliberationMode.ON_SITE))
                    .deliberation(new DeliberationRule("Z", DeliberationMode.ON_SITE)));
            assertThat(paths).containsExactly("cycles.grid", "handlingLevels[1]", "handlingLevels[3].category",
                    "handlingLevels[3].level", "cycles.moon", "dispatch[1].from", "dispatch[2].to", "deliberation[1]",
                    "deliberation[2].category");
        }

        @Test
        @DisplayName("a blank id")
        void id() {
            assertThat(catchThrowableOfType(RuleSetException.class, () -> RuleSet.builder(" ", ZhangzhouWorld.TREE,
                    ZhangzhouWorld.TAXONOMY, ZhangzhouWorld.KNOWN).build()).problems())
                    .extracting(Problem::where).containsExactly("id");
        }
    }

    @Nested
    @DisplayName("escalation ladders")
    class Ladders {
        @Test
        @DisplayName("a ladder that goes down, loops, or has one rung")
        void shape() {
            List<Problem> problems = problems(builder()
                    .ladder(EscalationLadder.of(List.of("grid", "township", "village")))
                    .ladder(EscalationLadder.forCategory("S", List.of("grid", "village", "grid")))
                    .ladder(EscalationLadder.forCategory("E", List.of("county"))));
            assertThat(problems).extracting(Problem::where)
                    .containsExactly("ladders[0].rungs[2]", "ladders[1].rungs[2]", "ladders[2].rungs");
            assertThat(problems.get(0).message()).isEqualTo("level 'village' is not above the rung before it"
                    + " ('township'): the ladder goes down; list the rungs bottom first, each strictly above the one"
                    + " before");
            assertThat(problems.get(1).message()).isEqualTo("level 'grid' is already rung 0: the ladder loops; list"
                    + " each level once, bottom first");
        }

        @Test
        @DisplayName("two default ladders, or two for one category")
        void duplicates() {
            assertThat(paths(builder()
                    .ladder(EscalationLadder.of(List.of("grid", "village")))
                    .ladder(EscalationLadder.of(List.of("village", "township")))
                    .ladder(EscalationLadder.forCategory("S", List.of("grid", "village")))
                    .ladder(EscalationLadder.forCategory("S", List.of("grid", "county")))
                    .ladder(EscalationLadder.forCategory("Y", List.of("grid", "county")))))
                    .containsExactly("ladders[1]", "ladders[3]", "ladders[4].category");
        }

        @Test
        @DisplayName("skip rules that do not fit their trigger or the ladder")
        void skips() {
            List<String> rungs = List.of("grid", "village", "township", "county");
            assertThat(paths(builder().ladder(EscalationLadder.of(rungs,
                    SkipRule.emergency("city"),
                    new SkipRule(SkipRule.Trigger.LISTED_CATEGORY, List.of(), 0, "county"),
                    new SkipRule(SkipRule.Trigger.EMERGENCY_PRIORITY, List.of("S04"), 2, "county"),
                    SkipRule.returned(0, "county"),
                    SkipRule.categories("county", "S04", "NOPE")))))
                    .containsExactly("ladders[0].skips[0].to", "ladders[0].skips[1].categories",
                            "ladders[0].skips[2].categories", "ladders[0].skips[2].returnedTimes",
                            "ladders[0].skips[3].returnedTimes", "ladders[0].skips[4].categories[1]");
        }
    }

    @Nested
    @DisplayName("mediation")
    class Mediation {
        @Test
        @DisplayName("an empty band, unknown committee or level, diversions that do not fit or loop, conflicts")
        void all() {
            MediationRule labour = MediationRule.of(DisputeDomain.LABOUR, MediationCategory.INDUSTRY_PROFESSIONAL,
                    "xc-labour-mediation", "county");
            List<String> paths = paths(builder()
                    .mediation(labour.withAmounts(Money.yuan(100), Money.yuan(100)))
                    .mediation(MediationRule.of(DisputeDomain.MEDICAL, MediationCategory.PEOPLES, "ghost", "moon"))
                    .mediation(labour.withAmounts(Money.yuan(200), null).withDiversions(
                            new Diversion(Route.OTHER_MEDIATION, null, "xc-people-mediation"),
                            new Diversion(Route.ARBITRATION, MediationCategory.PEOPLES, null),
                            Diversion.mediation(MediationCategory.PEOPLES, "xc-labour-mediation"),
                            Diversion.mediation(MediationCategory.PEOPLES, "ghost")))
                    .mediation(labour.withAmounts(Money.yuan(300), Money.yuan(400))));
            assertThat(paths).containsExactly("mediation[0].maxAmount", "mediation[1].committee", "mediation[1].level",
                    "mediation[2].diversions[0]", "mediation[2].diversions[1]", "mediation[2].diversions[2].committee",
                    "mediation[2].diversions[3].committee", "mediation[3]");
        }
    }

    @Test
    @DisplayName("a rule set that is valid except for one problem per section reports them all, in section order")
    void everything() {
        List<String> paths = paths(builder()
                .entry(ok().withCooperating("ghost"))
                .handling(HandlingRule.of("S01", "moon"))
                .cycle("moon", Cycle.MICRO)
                .ladder(EscalationLadder.of(List.of("grid")))
                .dispatch(new DispatchRule("grid", "grid"))
                .mediation(MediationRule.of(null, MediationCategory.PEOPLES, "ghost", "village"))
                .deliberation(new DeliberationRule("NOPE", DeliberationMode.REGULAR)));
        assertThat(paths).containsExactly("entries[0].cooperating[0]", "handlingLevels[0].level", "cycles.moon",
                "ladders[0].rungs", "dispatch[0].to", "mediation[0].committee", "deliberation[0].category");
    }
}
