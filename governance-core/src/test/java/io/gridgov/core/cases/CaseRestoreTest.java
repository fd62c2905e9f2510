package io.gridgov.core.cases;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.RecordEdit;
import io.gridgov.core.time.Countdown;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.core.time.WarningLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.gridgov.core.cases.CaseFixtures.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Restoring a case from its parts")
class CaseRestoreTest {
    static Case.Parts partsIn(CaseState state) {
        return CaseStates.in(state, CaseCommandType.URGE).toParts();
    }

    static Case.Parts with(Case.Parts p, String part, Object value) {
        return RecordEdit.with(p, part, value);
    }

    /** The wheres of the problems restoring the parts reports; fails if it restores. */
    static List<String> problems(Case.Parts p) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Case.restore(p));
        assertThat(t).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) t).problems().stream().map(Problem::where).toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CaseState.class)
    @DisplayName("gives back an equal case in every state")
    void roundTripsInEveryState(CaseState state) {
        Case c = CaseStates.in(state, CaseCommandType.URGE);
        assertThat(Case.restore(c.toParts())).isEqualTo(c);
    }

    @Nested
    @DisplayName("refuses")
    class Refuses {
        @Test
        @DisplayName("a version below 1, negative counters, and counters that need more commands than the version counts")
        void versionAndCounters() {
            assertThat(problems(with(partsIn(CaseState.REPORTED), "version", 0L))).contains("version");
            assertThat(problems(with(partsIn(CaseState.REGISTERED), "returns", -1))).containsExactly("returns");
            assertThat(problems(with(partsIn(CaseState.REGISTERED), "urges", 5))).containsExactly("version");
        }

        @Test
        @DisplayName("version 1 in any state but REPORTED, or changed after the report")
        void versionOne() {
            Case.Parts p = with(partsIn(CaseState.REGISTERED), "version", 1L);
            assertThat(problems(p)).contains("state", "updatedAt");
        }

        @Test
        @DisplayName("a suspended case without the state it resumes to or its reason, and either on a case that is not suspended")
        void suspension() {
            Case.Parts s = partsIn(CaseState.SUSPENDED);
            assertThat(problems(with(s, "suspendedFrom", null))).contains("suspendedFrom");
            assertThat(problems(with(s, "suspensionReason", null))).containsExactly("suspensionReason");
            assertThat(problems(with(s, "suspendedFrom", CaseState.HANDLED))).contains("suspendedFrom");
            Case.Parts r = partsIn(CaseState.IN_PROGRESS);
            assertThat(problems(with(r, "suspensionReason", SuspensionReason.WEATHER))).containsExactly("suspensionReason");
        }

        @Test
        @DisplayName("an outcome missing when closed or present when open; an evaluation missing when evaluated")
        void outcomeAndEvaluation() {
            assertThat(problems(with(partsIn(CaseState.CLOSED), "outcome", null))).containsExactly("outcome");
            assertThat(problems(with(partsIn(CaseState.IN_PROGRESS), "outcome", ClosureOutcome.RESOLVED)))
                    .containsExactly("outcome");
            assertThat(problems(with(partsIn(CaseState.EVALUATED), "evaluation", null))).contains("evaluation");
            assertThat(problems(with(partsIn(CaseState.IN_PROGRESS), "reopenRequested", true)))
                    .contains("reopenRequested");
        }

        @Test
        @DisplayName("a conclusion by mediation on a case that is not a dispute")
        void conclusionOfANonDispute() {
            Case.Parts p = with(partsIn(CaseState.CLOSED), "concludedByDispute", "TJ-1");
            assertThat(problems(p)).containsExactly("concludedByDispute");
        }

        @Test
        @DisplayName("a merged case without the survivor, or merged into itself")
        void merged() {
            Case.Parts m = partsIn(CaseState.MERGED);
            assertThat(problems(with(m, "mergedInto", null))).containsExactly("mergedInto");
            assertThat(problems(with(m, "mergedInto", m.id()))).containsExactly("mergedInto");
        }

        @Test
        @DisplayName("a dispatched case without a main handler, a registered one with one")
        void handlers() {
            assertThat(problems(with(partsIn(CaseState.DISPATCHED), "mainHandler", null))).contains("mainHandler");
            assertThat(problems(with(partsIn(CaseState.REGISTERED), "mainHandler", "highway"))).containsExactly("mainHandler");
            Case.Parts d = partsIn(CaseState.DISPATCHED);
            assertThat(problems(with(d, "cooperating", List.of(d.mainHandler(), "a", "a"))))
                    .containsExactly("cooperating[0]", "cooperating[2]");
        }

        @Test
        @DisplayName("ids that are not identifiers, without repeating them")
        void identifiers() {
            Case.Parts p = with(with(partsIn(CaseState.DISPATCHED), "owner", "13812345678"), "trackingNumber", "a b");
            InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    InvalidInputException.class, () -> Case.restore(p));
            assertThat(e.problems()).extracting(Problem::where).containsExactly("trackingNumber", "owner");
            assertThat(e.getMessage()).doesNotContain("13812345678");
        }

        @Test
        @DisplayName("a current stage that is not the state's")
        void currentStage() {
            assertThat(problems(with(partsIn(CaseState.DISPATCHED), "currentStage", Stage.HANDLE)))
                    .contains("currentStage");
            assertThat(problems(with(partsIn(CaseState.CLOSED), "currentStage", Stage.VERIFY))).contains("currentStage");
        }

        @Test
        @DisplayName("a paused clock on a case that is not suspended, a running one on a suspended case")
        void pausedClocks() {
            Case.Parts p = partsIn(CaseState.IN_PROGRESS);
            Countdown handle = p.clocks().get(Stage.HANDLE);
            Countdown paused = handle.pause(p.updatedAt(), CALENDAR);
            assertThat(problems(with(p, "clocks", replace(p.clocks(), Stage.HANDLE, paused)))).containsExactly("clocks.HANDLE");
            Case.Parts s = partsIn(CaseState.SUSPENDED);
            Countdown running = s.clocks().get(Stage.HANDLE).resume(s.updatedAt(), CALENDAR);
            assertThat(problems(with(s, "clocks", replace(s.clocks(), Stage.HANDLE, running)))).containsExactly("clocks.HANDLE");
        }

        @Test
        @DisplayName("a past stage whose clock has not finished, and a missing REGISTER clock")
        void pastClocks() {
            Case.Parts p = partsIn(CaseState.DISPATCHED);
            Countdown open = Countdown.start(TimeLimit.workingDays(1), p.reportedAt(), CALENDAR);
            assertThat(problems(with(p, "clocks", replace(p.clocks(), Stage.REGISTER, open))))
                    .containsExactly("clocks.REGISTER");
            assertThat(problems(with(p, "clocks", replace(p.clocks(), Stage.REGISTER, null))))
                    .containsExactly("clocks.REGISTER");
        }

        @Test
        @DisplayName("a clock that changed after the case's last change, or started before the report")
        void clockTimes() {
            Case.Parts p = partsIn(CaseState.DISPATCHED);
            Instant later = p.updatedAt().plus(Duration.ofDays(1));
            Countdown k = Countdown.start(TimeLimit.workingDays(1), later, CALENDAR);
            assertThat(problems(with(p, "clocks", replace(p.clocks(), Stage.SIGN_FOR, k))))
                    .contains("clocks.SIGN_FOR.runningSince", "clocks.SIGN_FOR.started");
            Countdown early = Countdown.start(TimeLimit.workingDays(1), p.reportedAt().minusSeconds(60), CALENDAR);
            assertThat(problems(with(p, "clocks", replace(p.clocks(), Stage.SIGN_FOR, early))))
                    .contains("clocks.SIGN_FOR.started");
        }

        @Test
        @DisplayName("a warning for a stage that never started")
        void warnings() {
            Case.Parts p = partsIn(CaseState.REPORTED);
            assertThat(problems(with(p, "warnings", Map.of(Stage.VERIFY, WarningLevel.RED)))).containsExactly("warnings.VERIFY");
            assertThat(Case.restore(with(p, "warnings", Map.of(Stage.REGISTER, WarningLevel.NORMAL))))
                    .as("NORMAL is the same as no warning").isEqualTo(Case.restore(p));
        }

        @Test
        @DisplayName("a pending extension outside IN_PROGRESS")
        void pendingExtension() {
            Case.Parts p = partsIn(CaseState.DISPATCHED);
            var r = new ExtensionRequest(TimeLimit.workingDays(2), CaseFixtures.text("x"), p.updatedAt(), "h-1");
            assertThat(problems(with(p, "pendingExtension", r))).containsExactly("pendingExtension");
        }

        @Test
        @DisplayName("missing parts, every one of them in the same exception")
        void everyProblemAtOnce() {
            Case.Parts p = with(with(with(partsIn(CaseState.CLOSED), "id", null), "location", null), "outcome", null);
            assertThat(problems(p)).containsExactly("id", "location", "outcome");
        }
    }

    @Nested
    @DisplayName("of a countdown refuses")
    class Countdowns {
        final Countdown k = Countdown.start(TimeLimit.workingDays(3), CaseStates.T0, CALENDAR);

        List<String> problemsOf(Countdown.Parts parts) {
            InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    InvalidInputException.class, () -> Countdown.restore(parts));
            return e.problems().stream().map(Problem::where).toList();
        }

        @Test
        @DisplayName("a deadline before the start and negative time used")
        void deadlineAndUsed() {
            Countdown.Parts p = k.toParts();
            assertThat(problemsOf(RecordEdit.with(p, "deadline", p.started().minusSeconds(1)))).containsExactly("deadline");
            assertThat(problemsOf(RecordEdit.with(p, "used", Duration.ofMinutes(-1)))).containsExactly("used");
        }

        @Test
        @DisplayName("both running and paused, or neither")
        void runningOrPaused() {
            Countdown.Parts p = k.toParts();
            assertThat(problemsOf(RecordEdit.with(p, "pausedAt", p.started()))).containsExactly("pausedAt");
            assertThat(problemsOf(RecordEdit.with(p, "runningSince", null))).containsExactly("runningSince");
        }

        @Test
        @DisplayName("a finish before the clock's last change, a pause before the start, and missing parts")
        void order() {
            Countdown.Parts p = k.toParts();
            assertThat(problemsOf(RecordEdit.with(p, "finishedAt", p.started().minusSeconds(1)))).containsExactly("finishedAt");
            Countdown.Parts paused = k.pause(CaseStates.minutes(10), CALENDAR).toParts();
            assertThat(problemsOf(RecordEdit.with(paused, "pausedAt", p.started().minusSeconds(1)))).containsExactly("pausedAt");
            assertThat(problemsOf(RecordEdit.with(p, "limit", null))).containsExactly("limit");
        }

        @Test
        @DisplayName("nothing it produced itself: running, paused, resumed, extended, finished")
        void roundTrips() {
            Countdown paused = k.pause(CaseStates.minutes(10), CALENDAR);
            for (Countdown c : List.of(k, paused, paused.resume(CaseStates.minutes(600), CALENDAR),
                    k.extend(TimeLimit.naturalDays(2), CALENDAR), k.finish(CaseStates.minutes(5)),
                    paused.finish(CaseStates.minutes(20)))) {
                assertThat(Countdown.restore(c.toParts())).isEqualTo(c);
            }
        }
    }

    static Map<Stage, Countdown> replace(Map<Stage, Countdown> clocks, Stage stage, Countdown k) {
        EnumMap<Stage, Countdown> m = new EnumMap<>(clocks);
        if (k == null) {
            m.remove(stage);
        } else {
            m.put(stage, k);
        }
        return m;
    }
}
