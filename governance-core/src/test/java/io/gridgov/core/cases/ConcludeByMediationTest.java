package io.gridgov.core.cases;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.lifecycle.AccessDeniedException;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.IllegalTransitionException;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.time.Countdown;
import io.gridgov.core.time.WarningLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static io.gridgov.core.cases.CaseFixtures.*;
import static io.gridgov.core.cases.CaseStates.T0;
import static io.gridgov.core.cases.CaseStates.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A dispute case concluded by its mediation")
class ConcludeByMediationTest {
    static final String DISPUTE = "TJ-20250305-0007";
    /** Wednesday 5 March 2025, 09:00: the dispute goes to mediation and the case waits for it. */
    static final Instant SUSPENDED_AT = at(2025, 3, 5, 9, 0);
    /** Monday 2 June 2025, 10:00: the mediation reports back, long after the handling deadline. */
    static final Instant CONCLUDED_AT = at(2025, 6, 2, 10, 0);

    /** A neighbours' dispute, registered, dispatched to the town's mediation committee and signed for by a mediator. */
    static Case inMediation() {
        Case c = LIFECYCLE.report(disputeReport("d-" + cid().value()), T0).next();
        c = step(c, new CaseCommand.Register(cid(), TOWN_DISPATCHER, CaseKind.DISPUTE, "S0105", Priority.ROUTINE),
                minutes(1));
        c = step(c, new CaseCommand.Dispatch(cid(), TOWN_DISPATCHER, MEDIATION_COMMITTEE, List.of()), minutes(2));
        return step(c, new CaseCommand.SignFor(cid(), MEDIATOR), minutes(3));
    }

    static Case suspendedForMediation() {
        return step(inMediation(), new CaseCommand.Suspend(cid(), TOWN_DISPATCHER, SuspensionReason.MEDIATION,
                FreeText.of("移交人民调解委员会调解")), SUSPENDED_AT);
    }

    static CaseCommand.ConcludeByMediation conclude(Actor by, String dispute, ClosureOutcome outcome) {
        return new CaseCommand.ConcludeByMediation(cid(), by, dispute, outcome, FreeText.of("双方达成调解协议并已履行"));
    }

    @Nested
    @DisplayName("Closing")
    class Closing {
        @Test
        @DisplayName("from a suspension for MEDIATION: CLOSED with the outcome and the dispute, the clock stopped at the pause, one event")
        void fromSuspension() {
            Case suspended = suspendedForMediation();
            assertThat(suspended.suspensionReason()).contains(SuspensionReason.MEDIATION);
            Countdown paused = suspended.clock(Stage.HANDLE).orElseThrow();
            assertThat(paused.isPaused()).isTrue();
            assertThat(paused.deadline()).as("the conclusion comes after the deadline the clock had").isBefore(CONCLUDED_AT);
            CaseCommand.ConcludeByMediation command = conclude(SYSTEM, DISPUTE, ClosureOutcome.RESOLVED);

            Transition t = LIFECYCLE.apply(suspended, command, CONCLUDED_AT);

            Case closed = t.next();
            assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
            assertThat(closed.version()).isEqualTo(suspended.version() + 1);
            assertThat(closed.updatedAt()).isEqualTo(CONCLUDED_AT);
            assertThat(closed.outcome()).contains(ClosureOutcome.RESOLVED);
            assertThat(closed.concludedByDispute()).contains(DISPUTE);
            assertThat(closed.suspendedFrom()).isEmpty();
            assertThat(closed.suspensionReason()).isEmpty();
            assertThat(closed.currentStage()).isEmpty();
            assertThat(closed.mainHandler()).contains(MEDIATION_COMMITTEE);
            Countdown stopped = closed.clock(Stage.HANDLE).orElseThrow();
            assertThat(stopped.isFinished()).isTrue();
            assertThat(stopped).isEqualTo(paused.finish(CONCLUDED_AT));
            // Stopped at the pause: the months in mediation do not count, so it is not overdue.
            assertThat(stopped.isOverdueAt(CONCLUDED_AT)).isFalse();
            assertThat(stopped.usedShare(CONCLUDED_AT, CALENDAR)).isEqualTo(paused.usedShare(SUSPENDED_AT, CALENDAR));
            assertThat(LIFECYCLE.warningAt(closed, CONCLUDED_AT)).isEqualTo(WarningLevel.NORMAL);
            assertThat(t.events()).singleElement().isInstanceOfSatisfying(CaseEvent.ConcludedByMediation.class, e -> {
                assertThat(e.caseId()).isEqualTo(suspended.id());
                assertThat(e.version()).isEqualTo(closed.version());
                assertThat(e.at()).isEqualTo(CONCLUDED_AT);
                assertThat(e.by()).isEqualTo(SYSTEM);
                assertThat(e.commandId()).isEqualTo(command.id());
                assertThat(e.dispute()).isEqualTo(DISPUTE);
                assertThat(e.outcome()).isEqualTo(ClosureOutcome.RESOLVED);
                assertThat(e.summary()).isEqualTo(command.summary());
            });
        }

        static Stream<Actor> permitted() {
            return Stream.of(MEDIATOR, TOWN_DISPATCHER, SYSTEM);
        }

        @ParameterizedTest(name = "by {0}")
        @MethodSource("permitted")
        @DisplayName("from handling, by the committee handling it, the owning centre or the host's engine: the clock finishes now")
        void fromHandling(Actor by) {
            Case handling = inMediation();
            Instant now = minutes(60L * 24 * 7);
            Transition t = LIFECYCLE.apply(handling, conclude(by, DISPUTE, ClosureOutcome.NOT_RESOLVABLE), now);
            Case closed = t.next();
            assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
            assertThat(closed.version()).isEqualTo(handling.version() + 1);
            assertThat(closed.outcome()).contains(ClosureOutcome.NOT_RESOLVABLE);
            assertThat(closed.concludedByDispute()).contains(DISPUTE);
            assertThat(closed.currentStage()).isEmpty();
            assertThat(closed.clock(Stage.HANDLE).orElseThrow().finishedAt()).contains(now);
            assertThat(t.events()).singleElement().isInstanceOf(CaseEvent.ConcludedByMediation.class);
        }
    }

    @Nested
    @DisplayName("Refusals")
    class Refusals {
        @Test
        @DisplayName("a case that is not a dispute is refused with GOV-020 naming its kind and how to close it")
        void notADispute() {
            Case complaint = CaseStates.inProgress(LIFECYCLE.report(roadReport("k-" + cid().value()), T0).next(),
                    CaseKind.COMPLAINT);
            assertThatThrownBy(() -> LIFECYCLE.apply(complaint, conclude(SYSTEM, DISPUTE, ClosureOutcome.RESOLVED),
                    minutes(10)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("GOV-020: case " + complaint.trackingNumber() + " cannot take CONCLUDE_BY_MEDIATION while"
                            + " IN_PROGRESS: the case is of kind COMPLAINT, not DISPUTE; only a dispute is concluded by its"
                            + " mediation: close other cases with FEED_BACK from the handler, then VERIFY_PASS; allowed now:"
                            + " RETURN, ESCALATE, REQUEST_EXTENSION, APPROVE_EXTENSION, DENY_EXTENSION, SUSPEND, FEED_BACK,"
                            + " CONCLUDE_BY_MEDIATION, WITHDRAW, SUPERVISE, URGE, RAISE_WARNING");
        }

        @Test
        @DisplayName("a dispatcher of another organisation, or a handler the case was not dispatched to, is refused with GOV-021")
        void otherOrganisation() {
            Case handling = inMediation();
            assertThatThrownBy(() -> LIFECYCLE.apply(handling, conclude(DISTRICT_DISPATCHER, DISPUTE,
                    ClosureOutcome.RESOLVED), minutes(10)))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("GOV-021: actor dd-1 of dingcheng-centre [DISPATCHER] may not CONCLUDE_BY_MEDIATION case "
                            + handling.trackingNumber() + ": it is not CONCLUDE_BY_MEDIATION in IN_PROGRESS is for HANDLER"
                            + " (the main handling organisation) or DISPATCHER (the organisation owning the case) or SYSTEM"
                            + " (anyone with the role whose area scope contains the case); the case is owned by "
                            + TOWN_CENTRE + ", handled by " + MEDIATION_COMMITTEE);
            assertThatThrownBy(() -> LIFECYCLE.apply(handling, conclude(HIGHWAY_HANDLER, DISPUTE,
                    ClosureOutcome.RESOLVED), minutes(10)))
                    .isInstanceOf(AccessDeniedException.class).hasMessageStartingWith("GOV-021: actor hw-1 of " + HIGHWAY);
        }

        @Test
        @DisplayName("a dispute named by a phone number is refused without a validator, and the number is not repeated")
        void phoneShapedDispute() {
            Case suspended = suspendedForMediation();
            assertThatThrownBy(() -> LIFECYCLE.apply(suspended, conclude(SYSTEM, "13812345678", ClosureOutcome.RESOLVED),
                    CONCLUDED_AT))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(Problem::where).containsExactly("dispute"))
                    .hasMessageContaining("not a phone or identity number")
                    .hasMessageNotContaining("13812345678");
        }
    }

    @Nested
    @DisplayName("Afterwards")
    class Afterwards {
        @Test
        @DisplayName("the reporter evaluates as usual; a confirmed reopen forgets the outcome and the dispute")
        void evaluateAndReopen() {
            Case closed = step(suspendedForMediation(), conclude(SYSTEM, DISPUTE, ClosureOutcome.RESOLVED), CONCLUDED_AT);
            Instant later = CONCLUDED_AT.plusSeconds(3600);
            Case satisfied = step(closed, new CaseCommand.Evaluate(cid(), RESIDENT, Satisfaction.SATISFIED,
                    FreeText.empty()), later);
            assertThat(satisfied.state()).isEqualTo(CaseState.EVALUATED);
            assertThat(satisfied.concludedByDispute()).contains(DISPUTE);

            Case unhappy = step(closed, new CaseCommand.Evaluate(cid(), RESIDENT, Satisfaction.DISSATISFIED,
                    FreeText.of("协议没有履行")), later);
            Case asked = step(unhappy, new CaseCommand.RequestReopen(cid(), RESIDENT, FreeText.of("又堆上了")), later);
            Case reopened = step(asked, new CaseCommand.ConfirmReopen(cid(), TOWN_DISPATCHER), later.plusSeconds(60));
            assertThat(reopened.state()).isEqualTo(CaseState.IN_PROGRESS);
            assertThat(reopened.outcome()).isEmpty();
            assertThat(reopened.concludedByDispute()).isEmpty();
            assertThat(reopened.mainHandler()).contains(MEDIATION_COMMITTEE);
            assertThat(reopened.currentStage()).contains(Stage.HANDLE);

            Case again = step(reopened, conclude(MEDIATOR, "TJ-20250610-0002", ClosureOutcome.ANSWERED),
                    later.plusSeconds(7200));
            assertThat(again.state()).isEqualTo(CaseState.CLOSED);
            assertThat(again.concludedByDispute()).contains("TJ-20250610-0002");
            assertThat(again.reopens()).isEqualTo(1);
        }
    }
}
