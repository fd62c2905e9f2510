package io.gridgov.core.mediation;

import io.gridgov.core.ChangdeWorld;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.RecordEdit;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.time.Countdown;
import io.gridgov.core.time.WarningLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("Restoring a dispute from its parts")
class DisputeRestoreTest {
    static Dispute.Parts partsIn(DisputeState state) {
        return MediationFixtures.in(state).toParts();
    }

    static Dispute.Parts with(Dispute.Parts p, String part, Object value) {
        return RecordEdit.with(p, part, value);
    }

    static List<String> problems(Dispute.Parts p) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Dispute.restore(p));
        assertThat(e).as("restoring must be refused").isNotNull();
        return e.problems().stream().map(Problem::where).toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DisputeState.class)
    @DisplayName("gives back an equal dispute in every state")
    void roundTripsInEveryState(DisputeState state) {
        Dispute d = MediationFixtures.in(state);
        assertThat(Dispute.restore(d.toParts())).isEqualTo(d);
    }

    @Nested
    @DisplayName("refuses")
    class Refuses {
        @Test
        @DisplayName("a version below 1, negative counters, counters beyond the version, version 1 past APPLIED")
        void versionAndCounters() {
            assertThat(problems(with(partsIn(DisputeState.APPLIED), "version", 0L))).containsExactly("version");
            assertThat(problems(with(partsIn(DisputeState.MEDIATING), "appraisals", -2))).containsExactly("appraisals");
            assertThat(problems(with(partsIn(DisputeState.ACCEPTED), "rounds", 9))).containsExactly("version");
            assertThat(problems(with(partsIn(DisputeState.ACCEPTED), "version", 1L))).contains("state", "updatedAt");
        }

        @Test
        @DisplayName("parties without a respondent, listed twice, or respondents before applicants")
        void parties() {
            Dispute.Parts p = partsIn(DisputeState.APPLIED);
            Party a = p.parties().get(0);
            Party r = p.parties().get(p.parties().size() - 1);
            assertThat(problems(with(p, "parties", List.of(a)))).contains("parties");
            assertThat(problems(with(p, "parties", List.of(a, a, r)))).containsExactly("parties[1].partyId");
            assertThat(problems(with(p, "parties", List.of(r, a)))).containsExactly("parties[1].side");
        }

        @Test
        @DisplayName("a procedure that does not fit the category")
        void procedure() {
            assertThat(problems(with(partsIn(DisputeState.APPLIED), "procedure", CourtProcedure.SUMMARY)))
                    .containsExactly("procedure");
        }

        @Test
        @DisplayName("a refusal by someone who is not a party, or on an accepted dispute")
        void refusals() {
            assertThat(problems(with(partsIn(DisputeState.APPLIED), "refusedBy", Set.of("p-nobody"))))
                    .containsExactly("refusedBy");
            assertThat(problems(with(partsIn(DisputeState.ACCEPTED), "refusedBy", Set.of("p-family"))))
                    .containsExactly("refusedBy");
        }

        @Test
        @DisplayName("an agreed dispute without its agreement or window, an agreement not every party signed")
        void agreement() {
            Dispute.Parts p = partsIn(DisputeState.AGREED);
            assertThat(problems(with(p, "agreement", null))).containsExactly("agreement");
            assertThat(problems(with(p, "confirmationWindow", null))).containsExactly("confirmationWindow");
            MediationAgreement half = RecordEdit.with(p.agreement(), "signedBy", List.of(p.parties().get(0).partyId()));
            assertThat(problems(with(p, "agreement", half))).containsExactly("agreement.signedBy");
            assertThat(problems(with(partsIn(DisputeState.MEDIATING), "agreement", p.agreement()))).contains("agreement");
        }

        @Test
        @DisplayName("a mediation clock paused while mediating, or running while suspended; a limit without a clock")
        void mediationClock() {
            Dispute.Parts m = partsIn(DisputeState.MEDIATING);
            Countdown paused = m.mediationClock().pause(m.updatedAt(), ChangdeWorld.CALENDAR);
            assertThat(problems(with(m, "mediationClock", paused))).containsExactly("mediationClock");
            Dispute.Parts s = partsIn(DisputeState.SUSPENDED);
            Countdown running = s.mediationClock().resume(s.updatedAt(), ChangdeWorld.CALENDAR);
            assertThat(problems(with(s, "mediationClock", running))).containsExactly("mediationClock");
            assertThat(problems(with(m, "mediationClock", null))).contains("mediationClock");
            assertThat(problems(with(partsIn(DisputeState.APPLIED), "warning", WarningLevel.RED))).containsExactly("warning");
        }

        @Test
        @DisplayName("a diverted dispute without the new one or with another outcome; an outcome on an open dispute")
        void outcomes() {
            Dispute.Parts d = partsIn(DisputeState.DIVERTED);
            assertThat(problems(with(d, "divertedTo", null))).containsExactly("divertedTo");
            assertThat(problems(with(d, "outcome", DisputeOutcome.FAILED))).containsExactly("outcome");
            assertThat(problems(with(d, "divertedTo", d.id()))).containsExactly("divertedTo");
            assertThat(problems(with(partsIn(DisputeState.MEDIATING), "outcome", DisputeOutcome.TERMINATED)))
                    .containsExactly("outcome");
            assertThat(problems(with(partsIn(DisputeState.FAILED), "failureReason", null))).containsExactly("failureReason");
            assertThat(problems(with(partsIn(DisputeState.DECLINED), "declineReason", null))).containsExactly("declineReason");
        }

        @Test
        @DisplayName("a court on a dispute no court has, and none on one a court has")
        void court() {
            assertThat(problems(with(partsIn(DisputeState.MEDIATING), "court", "dingcheng-court"))).containsExactly("court");
            assertThat(problems(with(partsIn(DisputeState.CONFIRMATION_REQUESTED), "court", null))).containsExactly("court");
        }

        @Test
        @DisplayName("mediators of whom the first is not a mediator, or on a dispute not yet mediating")
        void mediators() {
            Dispute.Parts m = partsIn(DisputeState.MEDIATING);
            assertThat(problems(with(m, "mediators", List.of(Mediator.lawyer("l-1"), Mediator.mediator("m-med")))))
                    .containsExactly("mediators[0]");
            assertThat(problems(with(partsIn(DisputeState.ACCEPTED), "mediators", List.of(Mediator.mediator("m-med")))))
                    .containsExactly("mediators");
        }

        @Test
        @DisplayName("every problem at once, repeating no personal data")
        void everyProblemAtOnce() {
            Dispute.Parts p = partsIn(DisputeState.APPLIED);
            Party secret = new Party("13812345678", PartySide.RESPONDENT, PersonName.of("欧阳娜娜"));
            Dispute.Parts bad = with(with(with(p, "committee", null), "parties", List.of(p.parties().get(0), secret)),
                    "matter", null);
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Dispute.restore(bad));
            assertThat(e.problems()).extracting(Problem::where).containsExactly("matter", "committee", "parties[1].partyId");
            assertThat(e.getMessage()).doesNotContain("13812345678").doesNotContain("欧阳娜娜");
        }
    }
}
