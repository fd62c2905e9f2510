package io.gridgov.routing.rules;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.routing.rules.Replay.Aspect;
import io.gridgov.routing.rules.Replay.Change;
import io.gridgov.routing.rules.Replay.OwnerCount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.gridgov.routing.rules.ZhangzhouWorld.GRID;
import static io.gridgov.routing.rules.ZhangzhouWorld.LANTIAN;
import static io.gridgov.routing.rules.ZhangzhouWorld.NANKENG;
import static io.gridgov.routing.rules.ZhangzhouWorld.XIQIAO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("Replay routes a batch under two rule sets and reports what changes")
class ReplayTest {
    /** The sample in force. */
    private static final Router A = RuleSetCodecTest.parse(RuleSetCodecTest.sample()).compile();
    /** The candidate: Xiangcheng's roads go to the urban bureau; Nankeng's cooperating road duty gets 2 days. */
    private static final Router B = RuleSetCodecTest.parse(RuleSetCodecTest.sample()
            .replace("\"id\": \"zz-sample\"", "\"id\": \"zz-sample-b\"")
            .replace("\"main\": \"xc-highway\", \"timeLimit\": {\"amount\": 5", "\"main\": \"xc-urban\", \"timeLimit\":"
                    + " {\"amount\": 5")
            .replace("\"cooperating\": [\"nk-street\"], \"timeLimit\": {\"amount\": 3", "\"cooperating\":"
                    + " [\"nk-street\"], \"timeLimit\": {\"amount\": 2"))
            .compile();

    private static final List<ReplayCase> BATCH = List.of(
            ReplayCase.of("ZZ-1", "C0201", NANKENG, CaseKind.HAZARD, Priority.URGENT),     // entry 2 both times
            ReplayCase.of("ZZ-2", "C0201", NANKENG, CaseKind.COMPLAINT, Priority.ROUTINE), // entry 1: 3 → 2 days
            ReplayCase.of("ZZ-3", "C0202", XIQIAO, CaseKind.COMPLAINT, Priority.ROUTINE),  // entry 0: new owner
            ReplayCase.of("ZZ-4", "S0101", LANTIAN, CaseKind.DISPUTE, Priority.ROUTINE),   // the territory both times
            new ReplayCase("ZZ-5", "C0203", GRID, CaseKind.REPORT, Priority.ROUTINE, "village"), // entry 0: new owner
            ReplayCase.of("ZZ-6", "S0401", XIQIAO, CaseKind.HAZARD, Priority.EMERGENCY));  // entry 3 both times

    @Test
    @DisplayName("counts per owner before and after, organisations by id and then territories")
    void counts() {
        Replay replay = Replay.of(A, B, BATCH);
        assertThat(replay.before()).isEqualTo("zz-sample");
        assertThat(replay.after()).isEqualTo("zz-sample-b");
        assertThat(replay.cases()).isEqualTo(6);
        assertThat(replay.owners()).containsExactly(
                new OwnerCount(new Owner.Organisation("nk-street"), 1, 1),
                new OwnerCount(new Owner.Organisation("xc-highway"), 3, 1),
                new OwnerCount(new Owner.Organisation("xc-urban"), 0, 2),
                new OwnerCount(new Owner.Organisation("zz-gas"), 1, 1),
                new OwnerCount(new Owner.Territory(LANTIAN, "township"), 1, 1));
        assertThat(replay.owners()).extracting(OwnerCount::delta).containsExactly(0, -2, 2, 0, 0);
    }

    @Test
    @DisplayName("the cases whose route differs, in batch order, with both decisions and what differs")
    void changes() {
        Replay replay = Replay.of(A, B, BATCH);
        assertThat(replay.changes()).extracting(Change::index, c -> c.input().label(), Change::aspects).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "ZZ-2", Set.of(Aspect.TIME_LIMIT)),
                org.assertj.core.groups.Tuple.tuple(2, "ZZ-3", Set.of(Aspect.OWNER)),
                org.assertj.core.groups.Tuple.tuple(4, "ZZ-5", Set.of(Aspect.OWNER)));
        Change limit = replay.changes().get(0);
        assertThat(limit.before().timeLimit()).isEqualTo(Optional.of(TimeLimit.workingDays(3)));
        assertThat(limit.after().timeLimit()).isEqualTo(Optional.of(TimeLimit.workingDays(2)));
        assertThat(limit.before().entryIndex()).isEqualTo(1);
        Change owner = replay.changes().get(2);
        assertThat(owner.before().owner()).isEqualTo(new Owner.Organisation("xc-highway"));
        assertThat(owner.after().owner()).isEqualTo(new Owner.Organisation("xc-urban"));
        assertThat(replay.ownerChanges()).extracting(Change::index).containsExactly(2, 4);
    }

    @Test
    @DisplayName("replayed the other way round, the same cases change, and the counts swap")
    void reversed() {
        Replay forth = Replay.of(A, B, BATCH);
        Replay back = Replay.of(B, A, BATCH);
        assertThat(back.changes()).extracting(Change::index).containsExactly(1, 2, 4);
        assertThat(back.owners()).extracting(OwnerCount::owner)
                .containsExactlyElementsOf(forth.owners().stream().map(OwnerCount::owner).toList());
        assertThat(back.owners()).extracting(OwnerCount::before)
                .containsExactlyElementsOf(forth.owners().stream().map(OwnerCount::after).toList());
    }

    @Test
    @DisplayName("a rule set replayed against itself changes nothing")
    void same() {
        Replay replay = Replay.of(A, A, BATCH);
        assertThat(replay.changes()).isEmpty();
        assertThat(replay.owners()).allSatisfy(c -> assertThat(c.delta()).isZero());
    }

    @Test
    @DisplayName("a label must be an identifier, so a name or phone number never reaches the report; a change names"
            + " what differs")
    void labels() {
        for (String label : List.of("13812345678", "110101199003071234", "张三", "", "a b")) {
            assertThatThrownBy(() -> ReplayCase.of(label, "C0201", NANKENG, CaseKind.HELP, Priority.ROUTINE))
                    .as(label).isInstanceOf(InvalidInputException.class)
                    .satisfies(t -> assertThat(t.getMessage()).doesNotContain(label.isEmpty() ? "''" : label));
        }
        assertThat(ReplayCase.of("350602001-20240105-000017", "C0201", NANKENG, CaseKind.HELP, Priority.ROUTINE)
                .label()).isEqualTo("350602001-20240105-000017");
        Decision d = A.route("C0201", NANKENG, CaseKind.HELP, Priority.ROUTINE);
        assertThatThrownBy(() -> new Replay.Change(0, BATCH.get(0), d, d, Set.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("names no aspect that differs");
    }

    @Test
    @DisplayName("cases a rule set cannot route are all reported, under each rule set, and nothing else is")
    void badCases() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Replay.of(A, B, List.of(
                BATCH.get(0), ReplayCase.of("ZZ-7", "NOPE", NANKENG, CaseKind.HELP, Priority.ROUTINE),
                new ReplayCase("ZZ-8", "C0201", NANKENG, CaseKind.HELP, Priority.ROUTINE, "hamlet"))));
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.problems()).extracting(Problem::where).containsExactly("cases[1]", "cases[1]", "cases[2]",
                "cases[2]");
        assertThat(e.problems().get(0).message()).startsWith("rule set 'zz-sample' cannot route case 'ZZ-7': ");
        assertThat(e.problems().get(1).message()).startsWith("rule set 'zz-sample-b' cannot route case 'ZZ-7': ");
    }
}
