package io.gridgov.core.mediation;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.lifecycle.AccessDeniedException;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.IllegalTransitionException;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.core.time.WarningLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.gridgov.core.ChangdeWorld.CHANGDE;
import static io.gridgov.core.ChangdeWorld.DINGCHENG;
import static io.gridgov.core.ChangdeWorld.at;
import static io.gridgov.core.mediation.MediationFixtures.COURT;
import static io.gridgov.core.mediation.MediationFixtures.JUDGE;
import static io.gridgov.core.mediation.MediationFixtures.LABOUR_COMMITTEE;
import static io.gridgov.core.mediation.MediationFixtures.LABOUR_MEDIATOR;
import static io.gridgov.core.mediation.MediationFixtures.LIFECYCLE;
import static io.gridgov.core.mediation.MediationFixtures.STRANGER;
import static io.gridgov.core.mediation.MediationFixtures.SYSTEM;
import static io.gridgov.core.mediation.MediationFixtures.cid;
import static io.gridgov.core.mediation.MediationFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scenario: a labour dispute that runs past 15 days and goes to arbitration. A worker applies
 * to the town's labour-dispute mediation committee on Thursday 20 March 2025; the law counts the 15 days
 * from the application (Labour Dispute Mediation and Arbitration Law art. 14), the start day excluded: the
 * 15th day, Friday 4 April, is the Qingming holiday (4-6 April), so the last day is Monday 7 April and the
 * limit ends at 24:00 that day. Until then the worker may end the mediation but not leave it as failed;
 * afterwards the mediation may go on (it is not deemed failed), but the worker may leave it for arbitration.
 */
@DisplayName("A labour dispute that runs past 15 days and goes to arbitration")
class LabourDisputeToArbitrationTest {
    static final Actor WORKER = Actor.of("p-worker", Role.RESIDENT, "public", CHANGDE);
    static final Actor EMPLOYER = Actor.of("p-employer", Role.RESIDENT, "public", CHANGDE);
    static final Actor COURT_MEDIATOR = Actor.of("cm-1", Role.MEDIATOR, COURT, DINGCHENG);
    static final List<Party> PARTIES = List.of(Party.applicant("p-worker", PersonName.of("王五")),
            Party.respondent("p-employer", PersonName.of("灌溪某建材厂")));

    /** Thursday 20 March 2025, 09:00. */
    static final Instant APPLIED_AT = at(2025, 3, 20, 9, 0);
    /** 24:00 of Monday 7 April 2025: the 15th day (4 April) and the two after it are the Qingming holiday. */
    static final Instant DEADLINE = at(2025, 4, 8, 0, 0);
    static final String LIMIT = "15 CALENDAR_DAYS from APPLICATION, not extendable, PARTIES_MAY_LEAVE";
    static final String ART_5 = "a labour dispute goes to arbitration before a court (Labour Dispute Mediation and"
            + " Arbitration Law art. 5); offer ARBITRATION";

    static DisputeApplication labour(String id) {
        return Applications.dispute(id).in(MediationCategory.PEOPLES, DisputeDomain.LABOUR).parties(PARTIES)
                .to(LABOUR_COMMITTEE).by(WORKER).build();
    }

    /** Applied, accepted the same afternoon, the committee's mediator assigned the next morning. */
    static Dispute mediating(String id) {
        Dispute d = LIFECYCLE.apply(labour(id), APPLIED_AT).next();
        d = LIFECYCLE.apply(d, new DisputeCommand.Accept(cid(), LABOUR_MEDIATOR), at(2025, 3, 20, 15, 0)).next();
        return LIFECYCLE.apply(d, new DisputeCommand.Assign(cid(), LABOUR_MEDIATOR, List.of(Mediator.mediator("m-lab"))),
                at(2025, 3, 21, 10, 0)).next();
    }

    static DisputeCommand.Fail leave(Actor party, List<Route> routes) {
        return new DisputeCommand.Fail(cid(), party, routes, text("十五日未达成协议，申请仲裁"));
    }

    @Nested
    @DisplayName("The clock")
    class Clock {
        @Test
        @DisplayName("starts at the application: 15 calendar days, the last day rolled past the Qingming holiday to 24:00 of 7 April")
        void startsAtApplication() {
            DisputeTransition t = LIFECYCLE.apply(labour("lab-clock"), APPLIED_AT);
            Dispute d = t.next();
            assertThat(d.state()).isEqualTo(DisputeState.APPLIED);
            assertThat(d.limit()).hasValueSatisfying(l -> {
                assertThat(l.limit()).isEqualTo(TimeLimit.calendarDays(15));
                assertThat(l.toString()).isEqualTo(LIMIT);
            });
            assertThat(d.mediationClock().orElseThrow().started()).isEqualTo(APPLIED_AT);
            assertThat(d.mediationClock().orElseThrow().deadline()).isEqualTo(DEADLINE);
            assertThat(t.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.Applied.class,
                    e -> assertThat(e.deadline()).isEqualTo(DEADLINE));
        }

        @Test
        @DisplayName("is not restarted by the acceptance")
        void notRestartedByAcceptance() {
            Dispute applied = LIFECYCLE.apply(labour("lab-accept"), APPLIED_AT).next();
            DisputeTransition t = LIFECYCLE.apply(applied, new DisputeCommand.Accept(cid(), LABOUR_MEDIATOR),
                    at(2025, 3, 20, 15, 0));
            assertThat(t.next().state()).isEqualTo(DisputeState.ACCEPTED);
            assertThat(t.next().mediationClock()).isEqualTo(applied.mediationClock());
            assertThat(t.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.Accepted.class,
                    e -> assertThat(e.deadline()).isEqualTo(DEADLINE));
        }
    }

    @Nested
    @DisplayName("Before the deadline")
    class BeforeTheDeadline {
        Dispute d;

        @BeforeEach
        void mediate() {
            d = mediating("lab-before-" + cid().value());
        }

        @Test
        @DisplayName("the worker may not leave it as failed, not even on 7 April, the last day after the roll-over")
        void mayNotFail() {
            for (Instant now : List.of(at(2025, 4, 3, 10, 0), at(2025, 4, 7, 23, 59))) {
                assertThatThrownBy(() -> LIFECYCLE.apply(d, leave(WORKER, List.of()), now))
                        .isInstanceOf(AccessDeniedException.class)
                        .hasMessage("GOV-021: actor p-worker of public [RESIDENT] may not FAIL dispute " + d.trackingNumber()
                                + ": FAIL in MEDIATING is for MEDIATOR (a person assigned to mediate the dispute)"
                                + " or RESIDENT (a party, once the time limit has expired and its expiry lets the parties"
                                + " leave (labour: to arbitration)), which the actor is not; the dispute is with " + LABOUR_COMMITTEE);
            }
        }

        @Test
        @DisplayName("the worker may withdraw: TERMINATED, arbitration offered")
        void mayWithdraw() {
            Instant now = at(2025, 4, 3, 10, 0);
            Dispute w = LIFECYCLE.apply(d, new DisputeCommand.Withdraw(cid(), WORKER, "p-worker", text("不想调了")), now)
                    .next();
            assertThat(w.state()).isEqualTo(DisputeState.TERMINATED);
            assertThat(w.routesOffered()).containsExactly(Route.ARBITRATION);
            assertThat(w.concludedAt()).contains(now);
            assertThat(w.failureReason()).isEmpty();
        }

        @Test
        @DisplayName("EXPIRE is refused: labour expiry does not make the mediation fail")
        void noExpiry() {
            assertThatThrownBy(() -> LIFECYCLE.apply(d, new DisputeCommand.Expire(cid(), SYSTEM), at(2025, 4, 3, 10, 0)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("GOV-020: dispute " + d.trackingNumber() + " cannot take EXPIRE while MEDIATING: the time"
                            + " limit " + LIMIT + " does not make expiry a failure; allowed now: ASSIGN,"
                            + " SUSPEND_FOR_APPRAISAL, EXTEND, REACH_AGREEMENT, FAIL, EXPIRE, WITHDRAW, RAISE_WARNING");
        }
    }

    @Nested
    @DisplayName("After the deadline")
    class AfterTheDeadline {
        Dispute d;
        final Instant morning = at(2025, 4, 8, 9, 0);

        @BeforeEach
        void mediate() {
            d = mediating("lab-after-" + cid().value());
        }

        @Test
        @DisplayName("the sweep records RED and the mediation goes on; EXPIRE is still refused")
        void goesOn() {
            DisputeTransition t = LIFECYCLE.apply(d, new DisputeCommand.RaiseWarning(cid(), SYSTEM), morning);
            Dispute red = t.next();
            assertThat(red.state()).isEqualTo(DisputeState.MEDIATING);
            assertThat(red.warningRaised()).isEqualTo(WarningLevel.RED);
            assertThat(t.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.WarningRaised.class, e -> {
                assertThat(e.level()).isEqualTo(WarningLevel.RED);
                assertThat(e.deadline()).isEqualTo(DEADLINE);
            });
            assertThatThrownBy(() -> LIFECYCLE.apply(red, new DisputeCommand.Expire(cid(), SYSTEM), morning))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(": the time limit " + LIMIT + " does not make expiry a failure;");
            Dispute agreed = LIFECYCLE.apply(red, new DisputeCommand.ReachAgreement(cid(), LABOUR_MEDIATOR,
                    new MediationAgreement(List.of("p-worker", "p-employer"), text("拖欠工资三个月"), text("欠薪数额"),
                            text("工厂承担"), text("工厂支付欠薪一万二千元"), text("银行转账"), LocalDate.of(2025, 4, 30),
                            Money.yuan(12_000))), morning.plusSeconds(3600)).next();
            assertThat(agreed.state()).as("an agreement after the 15 days still counts").isEqualTo(DisputeState.AGREED);
        }

        @Test
        @DisplayName("the worker leaves: FAILED as PARTY_LEFT_AFTER_LIMIT with arbitration offered, then CLOSED as FAILED with arbitration taken")
        void workerLeavesForArbitration() {
            Dispute red = LIFECYCLE.apply(d, new DisputeCommand.RaiseWarning(cid(), SYSTEM), morning).next();
            Instant left = at(2025, 4, 8, 10, 0);
            DisputeTransition t = LIFECYCLE.apply(red, leave(WORKER, List.of()), left);
            Dispute failed = t.next();
            assertThat(failed.state()).isEqualTo(DisputeState.FAILED);
            assertThat(failed.failureReason()).contains(FailureReason.PARTY_LEFT_AFTER_LIMIT);
            assertThat(failed.routesOffered()).containsExactly(Route.ARBITRATION);
            assertThat(failed.concludedAt()).contains(left);
            assertThat(failed.mediationClock().orElseThrow().finishedAt()).contains(left);
            assertThat(t.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.Failed.class, e -> {
                assertThat(e.reason()).isEqualTo(FailureReason.PARTY_LEFT_AFTER_LIMIT);
                assertThat(e.routes()).containsExactly(Route.ARBITRATION);
                assertThat(e.by()).isEqualTo(WORKER);
            });

            DisputeTransition c = LIFECYCLE.apply(failed, new DisputeCommand.Close(cid(), LABOUR_MEDIATOR,
                    List.of(Route.ARBITRATION), text("劳动者已向劳动人事争议仲裁委员会申请仲裁")), at(2025, 4, 9, 9, 0));
            Dispute closed = c.next();
            assertThat(closed.state()).isEqualTo(DisputeState.CLOSED);
            assertThat(closed.outcome()).contains(DisputeOutcome.FAILED);
            assertThat(closed.routesTaken()).containsExactly(Route.ARBITRATION);
            assertThat(closed.version()).as("applied, accepted, assigned, warned, failed, closed").isEqualTo(6);
            assertThat(c.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.Closed.class,
                    e -> assertThat(e.outcome()).isEqualTo(DisputeOutcome.FAILED));
        }

        @Test
        @DisplayName("the employer may leave too; a stranger may not")
        void anyPartyButNoStranger() {
            assertThat(LIFECYCLE.apply(d, leave(EMPLOYER, List.of()), morning).next().failureReason())
                    .contains(FailureReason.PARTY_LEFT_AFTER_LIMIT);
            assertThatThrownBy(() -> LIFECYCLE.apply(d, leave(STRANGER, List.of()), morning))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageStartingWith("GOV-021: actor p-other of public [RESIDENT] may not FAIL dispute ");
        }

        @Test
        @DisplayName("the assigned mediator ending it records NO_AGREEMENT, not a party leaving")
        void mediatorFails() {
            Dispute failed = LIFECYCLE.apply(d, leave(LABOUR_MEDIATOR, List.of()), morning).next();
            assertThat(failed.failureReason()).contains(FailureReason.NO_AGREEMENT);
            assertThat(failed.routesOffered()).containsExactly(Route.ARBITRATION);
        }
    }

    @Nested
    @DisplayName("Routes")
    class Routes {
        @Test
        @DisplayName("offering LITIGATION without ARBITRATION is refused (art. 5), on leaving and on declining; with arbitration it is accepted")
        void litigationOnlyAfterArbitration() {
            Dispute d = mediating("lab-routes");
            Instant morning = at(2025, 4, 8, 9, 0);
            DisputeCommand.Fail toCourt = leave(WORKER, List.of(Route.LITIGATION));
            assertThatThrownBy(() -> LIFECYCLE.apply(d, toCourt, morning))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> {
                                assertThat(p.where()).isEqualTo("routes");
                                assertThat(p.message()).isEqualTo(ART_5);
                            }))
                    .hasMessage("GOV-001: FAIL " + toCourt.id() + " on dispute " + d.trackingNumber()
                            + " is invalid (1 problem)\n  - routes: " + ART_5);

            Dispute applied = LIFECYCLE.apply(labour("lab-decline"), APPLIED_AT).next();
            assertThatThrownBy(() -> LIFECYCLE.apply(applied, new DisputeCommand.Decline(cid(), LABOUR_MEDIATOR,
                    DeclineReason.NOT_MEDIABLE, List.of(Route.LITIGATION), text("请直接起诉")), APPLIED_AT))
                    .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("  - routes: " + ART_5);

            Dispute failed = LIFECYCLE.apply(d, leave(WORKER, List.of(Route.ARBITRATION, Route.LITIGATION)), morning)
                    .next();
            assertThat(failed.routesOffered()).containsExactly(Route.ARBITRATION, Route.LITIGATION);
        }
    }

    @Nested
    @DisplayName("In a lawsuit")
    class InALawsuit {
        static DisputeApplication judicial(String id, CourtProcedure procedure) {
            return Applications.dispute(id).in(MediationCategory.JUDICIAL, DisputeDomain.LABOUR).procedure(procedure)
                    .parties(PARTIES).to(COURT).by(JUDGE).build();
        }

        @Test
        @DisplayName("a labour dispute mediated by the court takes the court's 7 days (summary) or 15 days (ordinary) from acceptance")
        void courtLimits() {
            Dispute summary = LIFECYCLE.apply(judicial("lab-court-s", CourtProcedure.SUMMARY), APPLIED_AT).next();
            assertThat(summary.mediationClock()).as("the court's limit runs from acceptance").isEmpty();
            summary = LIFECYCLE.apply(summary, new DisputeCommand.Accept(cid(), COURT_MEDIATOR), at(2025, 3, 20, 10, 0))
                    .next();
            assertThat(summary.limit().orElseThrow().toString())
                    .isEqualTo("7 CALENDAR_DAYS from ACCEPTANCE, extendable, FAILS");
            // Thursday 20 March + 7 days: Thursday 27 March, 24:00.
            assertThat(summary.mediationClock().orElseThrow().deadline()).isEqualTo(at(2025, 3, 28, 0, 0));

            Dispute ordinary = LIFECYCLE.apply(judicial("lab-court-o", CourtProcedure.ORDINARY), APPLIED_AT).next();
            ordinary = LIFECYCLE.apply(ordinary, new DisputeCommand.Accept(cid(), COURT_MEDIATOR), at(2025, 3, 20, 10, 0))
                    .next();
            assertThat(ordinary.limit().orElseThrow().toString())
                    .isEqualTo("15 CALENDAR_DAYS from ACCEPTANCE, extendable, FAILS");
            assertThat(ordinary.mediationClock().orElseThrow().deadline()).isEqualTo(DEADLINE);
        }

        @Test
        @DisplayName("the court's mediation may offer litigation alone: arbitration is behind it")
        void litigationAllowed() {
            Dispute d = LIFECYCLE.apply(judicial("lab-court-fail", CourtProcedure.SUMMARY), APPLIED_AT).next();
            d = LIFECYCLE.apply(d, new DisputeCommand.Accept(cid(), COURT_MEDIATOR), at(2025, 3, 20, 10, 0)).next();
            d = LIFECYCLE.apply(d, new DisputeCommand.Assign(cid(), COURT_MEDIATOR, List.of(Mediator.mediator("cm-1"))),
                    at(2025, 3, 20, 11, 0)).next();
            Dispute failed = LIFECYCLE.apply(d, new DisputeCommand.Fail(cid(), COURT_MEDIATOR, List.of(Route.LITIGATION),
                    text("调解不成，依法判决")), at(2025, 3, 21, 11, 0)).next();
            assertThat(failed.failureReason()).contains(FailureReason.NO_AGREEMENT);
            assertThat(failed.routesOffered()).containsExactly(Route.LITIGATION);
        }
    }
}
