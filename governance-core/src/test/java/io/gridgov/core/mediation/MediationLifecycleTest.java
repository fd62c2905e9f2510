package io.gridgov.core.mediation;

import io.gridgov.core.ChangdeWorld;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommand;
import io.gridgov.core.cases.CaseId;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CaseLifecycle;
import io.gridgov.core.cases.CaseReport;
import io.gridgov.core.cases.CaseState;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Channel;
import io.gridgov.core.cases.ClosureOutcome;
import io.gridgov.core.cases.Location;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.cases.Reporter;
import io.gridgov.core.cases.SuspensionReason;
import io.gridgov.core.cases.TimeLimitPolicy;
import io.gridgov.core.lifecycle.AccessDeniedException;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.IllegalTransitionException;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.time.TimeLimit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.gridgov.core.ChangdeWorld.CHANGDE;
import static io.gridgov.core.ChangdeWorld.DINGCHENG;
import static io.gridgov.core.ChangdeWorld.GRID;
import static io.gridgov.core.ChangdeWorld.TOWN;
import static io.gridgov.core.ChangdeWorld.VILLAGE;
import static io.gridgov.core.ChangdeWorld.VILLAGE_B;
import static io.gridgov.core.ChangdeWorld.WULING;
import static io.gridgov.core.ChangdeWorld.at;
import static io.gridgov.core.mediation.MediationFixtures.APPLICANT;
import static io.gridgov.core.mediation.MediationFixtures.COURT;
import static io.gridgov.core.mediation.MediationFixtures.JUDGE;
import static io.gridgov.core.mediation.MediationFixtures.LABOUR_MEDIATOR;
import static io.gridgov.core.mediation.MediationFixtures.LIFECYCLE;
import static io.gridgov.core.mediation.MediationFixtures.MEDIATOR;
import static io.gridgov.core.mediation.MediationFixtures.OTHER_JUDGE;
import static io.gridgov.core.mediation.MediationFixtures.RESPONDENT;
import static io.gridgov.core.mediation.MediationFixtures.STRANGER;
import static io.gridgov.core.mediation.MediationFixtures.SYSTEM;
import static io.gridgov.core.mediation.MediationFixtures.T0;
import static io.gridgov.core.mediation.MediationFixtures.WORKSTATION;
import static io.gridgov.core.mediation.MediationFixtures.agreement;
import static io.gridgov.core.mediation.MediationFixtures.cid;
import static io.gridgov.core.mediation.MediationFixtures.in;
import static io.gridgov.core.mediation.MediationFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dispute lifecycle, one rule at a time, with the exact refusals. Most disputes come from
 * {@link MediationFixtures#in}: a medical dispute at the medical-dispute workstation (industry
 * mediation), stepped through its states on Monday 3 March 2025 from 09:00, one hour per step.
 */
@DisplayName("The mediation lifecycle")
class MediationLifecycleTest {
    static final Actor COURT_MEDIATOR = Actor.of("cm-1", Role.MEDIATOR, COURT, DINGCHENG);
    static final String TRAFFIC_POLICE = "dingcheng-traffic-police";
    static final Actor TRAFFIC_OFFICER = Actor.of("tp-1", Role.MEDIATOR, TRAFFIC_POLICE, DINGCHENG);
    static final String VILLAGE_COMMITTEE = "dongcun-mediation";
    static final Actor VILLAGE_MEDIATOR = Actor.of("vm-1", Role.MEDIATOR, VILLAGE_COMMITTEE, TOWN);
    /** A week after the fixtures' disputes last changed. */
    static final Instant LATER = at(2025, 3, 10, 9, 0);

    static Dispute step(Dispute d, DisputeCommand c, Instant now) {
        return LIFECYCLE.apply(d, c, now).next();
    }

    /** Applies, accepts and assigns the committee's mediator, one hour apart from {@code at}. */
    static Dispute mediating(DisputeApplication a, Actor mediator, Instant at) {
        Dispute d = LIFECYCLE.apply(a, at).next();
        d = step(d, new DisputeCommand.Accept(cid(), mediator), at.plusSeconds(3600));
        return step(d, new DisputeCommand.Assign(cid(), mediator, List.of(Mediator.mediator(mediator.personId()))),
                at.plusSeconds(7200));
    }

    static Instant deadline(Dispute d) {
        return d.mediationClock().orElseThrow().deadline();
    }

    static String guardRefusal(Dispute d, DisputeCommandType type, String why) {
        return "GOV-020: dispute " + d.trackingNumber() + " cannot take " + type + " while " + d.state() + ": " + why
                + "; allowed now: " + String.join(", ", LIFECYCLE.allowedNow(d).stream().map(Enum::name).toList());
    }

    @Nested
    @DisplayName("Voluntariness")
    class Voluntariness {
        @Test
        @DisplayName("a party refuses for itself; another party or a stranger may not refuse in its name")
        void refuseByTheNamedPartyOnly() {
            Dispute d = in(DisputeState.APPLIED);
            DisputeTransition t = LIFECYCLE.apply(d, new DisputeCommand.Refuse(cid(), RESPONDENT, "p-hospital",
                    text("不同意调解")), LATER);
            assertThat(t.next().state()).isEqualTo(DisputeState.APPLIED);
            assertThat(t.next().refusedBy()).containsExactly("p-hospital");
            assertThat(t.events()).singleElement().isInstanceOf(DisputeEvent.Refused.class);
            for (Actor other : List.of(APPLICANT, STRANGER)) {
                assertThatThrownBy(() -> LIFECYCLE.apply(d, new DisputeCommand.Refuse(cid(), other, "p-hospital",
                        text("替他拒绝")), LATER))
                        .isInstanceOf(AccessDeniedException.class)
                        .hasMessage("GOV-021: actor " + other.personId() + " of public [RESIDENT] may not REFUSE dispute "
                                + d.trackingNumber() + ": REFUSE in APPLIED is for RESIDENT (the party the"
                                + " command names, acting for itself) or MEDIATOR (a member of the organisation that has"
                                + " the dispute), which the actor is not; the dispute is with " + WORKSTATION);
            }
        }

        @Test
        @DisplayName("after a refusal ACCEPT is refused with the reason; DECLINE with PARTY_REFUSED works")
        void refusalBlocksAcceptance() {
            Dispute refused = step(in(DisputeState.APPLIED), new DisputeCommand.Refuse(cid(), RESPONDENT, "p-hospital",
                    text("不同意调解")), LATER);
            assertThatThrownBy(() -> LIFECYCLE.apply(refused, new DisputeCommand.Accept(cid(), MEDIATOR), LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("GOV-020: dispute " + refused.trackingNumber() + " cannot take ACCEPT while APPLIED: 1 party"
                            + " has expressly refused mediation, which is voluntary (People's Mediation Law art. 17);"
                            + " DECLINE it with PARTY_REFUSED; allowed now: TRANSFER, REFUSE, ACCEPT, DECLINE, FAIL, EXPIRE,"
                            + " WITHDRAW, RAISE_WARNING");
            assertThatThrownBy(() -> LIFECYCLE.apply(refused, new DisputeCommand.Refuse(cid(), RESPONDENT, "p-hospital",
                    text("再次拒绝")), LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(": that party's refusal is already recorded;");
            Dispute declined = step(refused, new DisputeCommand.Decline(cid(), MEDIATOR, DeclineReason.PARTY_REFUSED,
                    List.of(), text("一方拒绝调解")), LATER);
            assertThat(declined.state()).isEqualTo(DisputeState.DECLINED);
            assertThat(declined.declineReason()).contains(DeclineReason.PARTY_REFUSED);
            assertThat(declined.routesOffered()).containsExactly(Route.ADMINISTRATIVE_HANDLING, Route.LITIGATION);
            assertThat(declined.concludedAt()).as("never accepted, so never concluded").isEmpty();
        }

        @ParameterizedTest(name = "from {0}")
        @EnumSource(value = DisputeState.class, names = {"APPLIED", "ACCEPTED", "MEDIATING", "SUSPENDED"})
        @DisplayName("a party may withdraw at any time before an agreement: TERMINATED, concluded only if it had been accepted")
        void withdrawAnyTime(DisputeState from) {
            Dispute d = in(from);
            DisputeTransition t = LIFECYCLE.apply(d, new DisputeCommand.Withdraw(cid(), RESPONDENT, "p-hospital",
                    text("不愿再调")), LATER);
            Dispute w = t.next();
            assertThat(w.state()).isEqualTo(DisputeState.TERMINATED);
            assertThat(w.version()).isEqualTo(d.version() + 1);
            assertThat(w.routesOffered()).containsExactly(Route.ADMINISTRATIVE_HANDLING, Route.LITIGATION);
            if (from == DisputeState.APPLIED) {
                assertThat(w.concludedAt()).isEmpty();
            } else {
                assertThat(w.concludedAt()).contains(LATER);
            }
            assertThat(t.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.Withdrawn.class,
                    e -> assertThat(e.partyId()).isEqualTo("p-hospital"));
        }
    }

    @Nested
    @DisplayName("A matter a court took up (Ministry of Justice provisions on people's mediation, art. 22)")
    class TakenUpElsewhere {
        DisputeApplication application(String id, MediationCategory category) {
            return Applications.dispute(id).in(category, DisputeDomain.CONTRACT).prior(PriorProceeding.ACCEPTED_BY_COURT)
                    .build();
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = MediationCategory.class, names = {"PEOPLES", "INDUSTRY_PROFESSIONAL"})
        @DisplayName("is not accepted by a people's or industry committee, which must decline it")
        void peoplesDecline(MediationCategory category) {
            Dispute d = LIFECYCLE.apply(application("art18-" + category.name().toLowerCase().replace('_', '-'), category),
                    T0).next();
            assertThatThrownBy(() -> LIFECYCLE.apply(d, new DisputeCommand.Accept(cid(), MEDIATOR), LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage(guardRefusal(d, DisputeCommandType.ACCEPT, "the matter is ACCEPTED_BY_COURT, and a"
                            + " people's mediation committee does not take up what a court, the police or an administrative"
                            + " body has accepted or decided (Ministry of Justice provisions on people's mediation, 2002, art. 22);"
                            + " DECLINE it with"
                            + " HANDLED_ELSEWHERE"));
            assertThat(step(d, new DisputeCommand.Decline(cid(), MEDIATOR, DeclineReason.HANDLED_ELSEWHERE, List.of(),
                    text("法院已受理")), LATER).state()).isEqualTo(DisputeState.DECLINED);
        }

        @Test
        @DisplayName("is accepted by an administrative body")
        void administrativeAccepts() {
            Dispute d = LIFECYCLE.apply(application("art18-admin", MediationCategory.ADMINISTRATIVE), T0).next();
            assertThat(step(d, new DisputeCommand.Accept(cid(), MEDIATOR), LATER).state()).isEqualTo(DisputeState.ACCEPTED);
        }
    }

    @Nested
    @DisplayName("The agreement")
    class Agreement {
        @Test
        @DisplayName("takes effect only when every party signed: otherwise refused, naming the parties who did not")
        void everySignature() {
            Dispute d = in(DisputeState.MEDIATING);
            MediationAgreement half = new MediationAgreement(List.of("p-family"), text("事实"), text("争议"), text("责任"),
                    text("条款"), text("转账"), LocalDate.of(2025, 3, 31), Money.yuan(1));
            assertThatThrownBy(() -> LIFECYCLE.apply(d, new DisputeCommand.ReachAgreement(cid(), MEDIATOR, half), LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage(guardRefusal(d, DisputeCommandType.REACH_AGREEMENT,
                            "1 of 2 parties has not signed (party ids [p-hospital])"));
        }

        @Test
        @DisplayName("with a deadline of performance before the agreement's day is refused")
        void performByNotInThePast() {
            Dispute d = in(DisputeState.MEDIATING);
            DisputeCommand.ReachAgreement r = new DisputeCommand.ReachAgreement(cid(), MEDIATOR,
                    agreement(LocalDate.of(2025, 3, 9)));
            assertThatThrownBy(() -> LIFECYCLE.apply(d, r, LATER))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("GOV-001: REACH_AGREEMENT " + r.id() + " on dispute " + d.trackingNumber() + " is invalid"
                            + " (1 problem)\n  - agreement.performBy: the deadline of performance 2025-03-09 is before the"
                            + " agreement's day 2025-03-10; give a day on or after it");
            assertThat(step(d, new DisputeCommand.ReachAgreement(cid(), MEDIATOR, agreement(LocalDate.of(2025, 3, 10))),
                    LATER).state()).as("the same day is fine").isEqualTo(DisputeState.AGREED);
        }

        @Test
        @DisplayName("opens a 30-calendar-day confirmation window: from Wednesday 5 March to 24:00 of Monday 7 April, past Qingming")
        void confirmationWindow() {
            Instant agreedAt = at(2025, 3, 5, 16, 0);
            DisputeTransition t = LIFECYCLE.apply(in(DisputeState.MEDIATING), new DisputeCommand.ReachAgreement(cid(),
                    MEDIATOR, agreement(LocalDate.of(2025, 3, 31))), agreedAt);
            Dispute d = t.next();
            assertThat(d.state()).isEqualTo(DisputeState.AGREED);
            assertThat(d.agreedAt()).contains(agreedAt);
            assertThat(d.concludedAt()).contains(agreedAt);
            assertThat(d.mediationClock().orElseThrow().finishedAt()).contains(agreedAt);
            // 5 March + 30 days = Friday 4 April, the Qingming holiday to Sunday 6 April: the last day is Monday 7 April.
            assertThat(d.confirmationWindow().orElseThrow().deadline()).isEqualTo(at(2025, 4, 8, 0, 0));
            assertThat(t.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.AgreementReached.class,
                    e -> assertThat(e.confirmationDeadline()).isEqualTo(at(2025, 4, 8, 0, 0)));
        }
    }

    @Nested
    @DisplayName("Judicial confirmation")
    class JudicialConfirmation {
        @Test
        @DisplayName("needs every party to apply jointly")
        void joint() {
            Dispute d = in(DisputeState.AGREED);
            assertThatThrownBy(() -> LIFECYCLE.apply(d, new DisputeCommand.RequestConfirmation(cid(), APPLICANT, COURT,
                    List.of("p-family")), LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage(guardRefusal(d, DisputeCommandType.REQUEST_CONFIRMATION,
                            "1 of 2 parties has not joined the application (party ids [p-hospital])"));
        }

        @Test
        @DisplayName("requested after the window is refused, saying the window closed and the agreement still binds")
        void afterTheWindow() {
            Instant agreedAt = at(2025, 3, 5, 16, 0);
            Dispute d = step(in(DisputeState.MEDIATING), new DisputeCommand.ReachAgreement(cid(), MEDIATOR,
                    agreement(LocalDate.of(2025, 3, 31))), agreedAt);
            List<String> both = List.of("p-family", "p-hospital");
            assertThat(step(d, new DisputeCommand.RequestConfirmation(cid(), APPLICANT, COURT, both),
                    at(2025, 4, 7, 23, 59)).state()).as("the last minute of the window")
                    .isEqualTo(DisputeState.CONFIRMATION_REQUESTED);
            assertThatThrownBy(() -> LIFECYCLE.apply(d, new DisputeCommand.RequestConfirmation(cid(), APPLICANT, COURT,
                    both), at(2025, 4, 8, 0, 0)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage(guardRefusal(d, DisputeCommandType.REQUEST_CONFIRMATION, "the window for judicial"
                            + " confirmation closed at 2025-04-07T16:00:00Z (30 CALENDAR_DAYS from the agreement taking"
                            + " effect at 2025-03-05T08:00:00Z, People's Mediation Law art. 33); the agreement still binds"
                            + " the parties, who may perform it or sue on it"));
        }

        @Test
        @DisplayName("is not for a court's mediation in a lawsuit: no window, REQUEST_CONFIRMATION refused")
        void notJudicial() {
            DisputeApplication a = Applications.dispute("judicial-agreed").in(MediationCategory.JUDICIAL,
                    DisputeDomain.CONTRACT).procedure(CourtProcedure.ORDINARY).to(COURT).by(JUDGE).build();
            Dispute m = mediating(a, COURT_MEDIATOR, T0);
            DisputeTransition t = LIFECYCLE.apply(m, new DisputeCommand.ReachAgreement(cid(), COURT_MEDIATOR,
                    agreement(LocalDate.of(2025, 3, 31))), LATER);
            Dispute d = t.next();
            assertThat(d.state()).isEqualTo(DisputeState.AGREED);
            assertThat(d.confirmationWindow()).isEmpty();
            assertThatThrownBy(() -> LIFECYCLE.apply(d, new DisputeCommand.RequestConfirmation(cid(), APPLICANT, COURT,
                    List.of("p-family", "p-hospital")), LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage(guardRefusal(d, DisputeCommandType.REQUEST_CONFIRMATION, "a court's mediation in a"
                            + " lawsuit ends in an enforceable mediation document; there is no agreement to confirm"));
        }

        @Test
        @DisplayName("is given only by a judge of the court applied to")
        void onlyThatCourt() {
            Dispute d = in(DisputeState.CONFIRMATION_REQUESTED);
            assertThat(d.court()).contains(COURT);
            assertThat(d.confirmationWindow().orElseThrow().isFinished()).isTrue();
            assertThatThrownBy(() -> LIFECYCLE.apply(d, new DisputeCommand.Confirm(cid(), OTHER_JUDGE, text("裁定")),
                    LATER))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("GOV-021: actor j-2 of wuling-court [JUDGE] may not CONFIRM dispute " + d.trackingNumber()
                            + ": CONFIRM in CONFIRMATION_REQUESTED is for JUDGE (the court the parties applied"
                            + " to), which the actor is not; the dispute is with " + WORKSTATION);
            DisputeTransition t = LIFECYCLE.apply(d, new DisputeCommand.Confirm(cid(), JUDGE, text("裁定")), LATER);
            assertThat(t.next().state()).isEqualTo(DisputeState.CONFIRMED);
            assertThat(t.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.Confirmed.class,
                    e -> assertThat(e.court()).isEqualTo(COURT));
        }

        @Test
        @DisplayName("refused: REMEDIATE mediates again on a new clock with the agreement cleared, round 1")
        void refusedThenRemediated() {
            Dispute refused = in(DisputeState.CONFIRMATION_REFUSED);
            assertThat(refused.routesOffered()).containsExactly(Route.OTHER_MEDIATION, Route.LITIGATION);
            DisputeTransition t = LIFECYCLE.apply(refused, new DisputeCommand.Remediate(cid(), MEDIATOR,
                    text("变更协议内容")), LATER);
            Dispute d = t.next();
            assertThat(d.state()).isEqualTo(DisputeState.MEDIATING);
            assertThat(d.rounds()).isEqualTo(1);
            assertThat(d.agreement()).isEmpty();
            assertThat(d.court()).isEmpty();
            assertThat(d.confirmationWindow()).isEmpty();
            assertThat(d.routesOffered()).isEmpty();
            assertThat(d.agreedAt()).as("the first agreement still happened").isEqualTo(refused.agreedAt());
            assertThat(d.mediationClock().orElseThrow().started()).isEqualTo(LATER);
            // 30 working days after Monday 10 March (Qingming, 4 April, skipped): 24:00 of Tuesday 22 April.
            assertThat(deadline(d)).isEqualTo(at(2025, 4, 23, 0, 0));
            assertThat(t.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.Remediated.class, e -> {
                assertThat(e.round()).isEqualTo(1);
                assertThat(e.deadline()).isEqualTo(at(2025, 4, 23, 0, 0));
            });
        }

        @Test
        @DisplayName("refused and not mediated again: CLOSE ends it as AGREEMENT_NOT_CONFIRMED")
        void refusedThenClosed() {
            Dispute closed = step(in(DisputeState.CONFIRMATION_REFUSED), new DisputeCommand.Close(cid(), MEDIATOR,
                    List.of(Route.LITIGATION), text("当事人起诉")), LATER);
            assertThat(closed.state()).isEqualTo(DisputeState.CLOSED);
            assertThat(closed.outcome()).contains(DisputeOutcome.AGREEMENT_NOT_CONFIRMED);
        }
    }

    @Nested
    @DisplayName("Performance")
    class Performance {
        @ParameterizedTest(name = "from {0}")
        @EnumSource(value = DisputeState.class, names = {"AGREED", "CONFIRMED"})
        @DisplayName("is recorded from an agreement, confirmed or not, and closes as AGREEMENT_PERFORMED")
        void recorded(DisputeState from) {
            Dispute d = step(in(from), new DisputeCommand.RecordPerformance(cid(), APPLICANT, text("已收到补偿")), LATER);
            assertThat(d.state()).isEqualTo(DisputeState.PERFORMED);
            assertThat(d.confirmationWindow().orElseThrow().isFinished()).isTrue();
            Dispute closed = step(d, new DisputeCommand.Close(cid(), MEDIATOR, List.of(), text("回访")), LATER);
            assertThat(closed.outcome()).contains(DisputeOutcome.AGREEMENT_PERFORMED);
        }

        @Test
        @DisplayName("not performed, an unconfirmed agreement closes only once the obligee sued")
        void agreedClosesWithLitigation() {
            Dispute d = in(DisputeState.AGREED);
            assertThatThrownBy(() -> LIFECYCLE.apply(d, new DisputeCommand.Close(cid(), MEDIATOR, List.of(),
                    text("未履行")), LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage(guardRefusal(d, DisputeCommandType.CLOSE, "an agreement that was neither performed nor"
                            + " confirmed is closed when the obligee sues on it; record the route LITIGATION, or"
                            + " RECORD_PERFORMANCE if it was performed"));
            Dispute closed = step(d, new DisputeCommand.Close(cid(), MEDIATOR, List.of(Route.LITIGATION),
                    text("起诉")), LATER);
            assertThat(closed.outcome()).contains(DisputeOutcome.AGREEMENT_NOT_PERFORMED);
            assertThat(closed.routesTaken()).containsExactly(Route.LITIGATION);
            assertThat(closed.confirmationWindow().orElseThrow().finishedAt()).contains(LATER);
        }

        @Test
        @DisplayName("not performed, a confirmed agreement closes only once the obligee applied for enforcement")
        void confirmedClosesWithEnforcement() {
            Dispute d = in(DisputeState.CONFIRMED);
            assertThatThrownBy(() -> LIFECYCLE.apply(d, new DisputeCommand.Close(cid(), MEDIATOR,
                    List.of(Route.LITIGATION), text("未履行")), LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage(guardRefusal(d, DisputeCommandType.CLOSE, "a confirmed agreement that was not performed"
                            + " is closed when the obligee applies to the court for enforcement; record the route"
                            + " ENFORCEMENT, or RECORD_PERFORMANCE if it was performed"));
            Dispute closed = step(d, new DisputeCommand.Close(cid(), MEDIATOR, List.of(Route.ENFORCEMENT),
                    text("申请强制执行")), LATER);
            assertThat(closed.outcome()).contains(DisputeOutcome.AGREEMENT_NOT_PERFORMED);
        }
    }

    @Nested
    @DisplayName("Time limits")
    class TimeLimits {
        @Test
        @DisplayName("a medical mediation has 30 working days from acceptance: Monday 3 March to 24:00 of Tuesday 15 April")
        void medical() {
            Dispute d = in(DisputeState.ACCEPTED);
            assertThat(d.limit().orElseThrow().toString()).isEqualTo("30 WORKING_DAYS from ACCEPTANCE, extendable, FAILS");
            assertThat(d.mediationClock().orElseThrow().started()).isEqualTo(d.acceptedAt().orElseThrow());
            assertThat(deadline(d)).isEqualTo(at(2025, 4, 16, 0, 0));
        }

        @Test
        @DisplayName("a medical mediation may be extended when the committee and both sides agree (art. 38): 10 more working days")
        void medicalExtension() {
            Dispute d = in(DisputeState.MEDIATING);
            Dispute e = step(d, new DisputeCommand.Extend(cid(), MEDIATOR, TimeLimit.workingDays(10),
                    List.of("p-family", "p-hospital"), text("鉴定结论复杂，双方同意延长")), d.updatedAt().plusSeconds(60));
            // From 24:00 of Tuesday 15 April, ten working days: 16-18, 21-25, Sunday 27 (worked for Labour Day), 28 April.
            assertThat(deadline(e)).isEqualTo(at(2025, 4, 29, 0, 0));
            assertThat(e.extensions()).isEqualTo(1);
        }

        @Test
        @DisplayName("an appraisal pauses it: no EXPIRE while suspended, the deadline moves on RESUME, then EXPIRE fails it with the medical routes")
        void appraisal() {
            Dispute suspended = in(DisputeState.SUSPENDED);
            assertThat(deadline(suspended)).isEqualTo(at(2025, 4, 16, 0, 0));
            Instant afterFirstDeadline = at(2025, 4, 21, 9, 0);
            assertThatThrownBy(() -> LIFECYCLE.apply(suspended, new DisputeCommand.Expire(cid(), SYSTEM),
                    afterFirstDeadline))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("GOV-020: dispute " + suspended.trackingNumber() + " cannot take EXPIRE while SUSPENDED;"
                            + " allowed now: ASSIGN, RESUME, EXTEND, FAIL, WITHDRAW");
            Dispute resumed = step(suspended, new DisputeCommand.Resume(cid(), MEDIATOR), afterFirstDeadline);
            // Paused at 12:00 on 3 March with 12 hours of that day and 30 working days left; resumed at 09:00 on
            // 21 April they run to 21:00 on 5 June (May Day and Dragon Boat skipped, Sunday 27 April worked): 24:00.
            assertThat(deadline(resumed)).isEqualTo(at(2025, 6, 6, 0, 0));
            assertThatThrownBy(() -> LIFECYCLE.apply(resumed, new DisputeCommand.Expire(cid(), SYSTEM),
                    at(2025, 6, 5, 23, 0)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(": the time limit runs until 2025-06-05T16:00:00Z;");
            Instant expiry = at(2025, 6, 6, 0, 0);
            DisputeTransition t = LIFECYCLE.apply(resumed, new DisputeCommand.Expire(cid(), SYSTEM), expiry);
            Dispute failed = t.next();
            assertThat(failed.state()).isEqualTo(DisputeState.FAILED);
            assertThat(failed.failureReason()).contains(FailureReason.TIME_LIMIT_EXPIRED);
            assertThat(failed.routesOffered()).containsExactly(Route.ADMINISTRATIVE_HANDLING, Route.LITIGATION);
            assertThat(failed.concludedAt()).contains(expiry);
            assertThat(t.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.Failed.class,
                    e -> assertThat(e.by()).isEqualTo(SYSTEM));
        }

        DisputeApplication traffic(String id, LocalDate received) {
            return Applications.dispute(id).in(MediationCategory.ADMINISTRATIVE, DisputeDomain.TRAFFIC)
                    .to(TRAFFIC_POLICE).by(TRAFFIC_OFFICER).basisReceivedOn(received).build();
        }

        @Test
        @DisplayName("a traffic accident mediation needs the day the determination was received")
        void trafficNeedsBasis() {
            DisputeApplication a = traffic("traffic-nobasis", null);
            assertThatThrownBy(() -> LIFECYCLE.apply(a, T0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("GOV-001: application for dispute traffic-nobasis cannot be accepted (1 problem)\n"
                            + "  - basisReceivedOn: a mediation in category ADMINISTRATIVE of a traffic dispute must be applied for"
                            + " within 10 CALENDAR_DAYS of receiving the decision it rests on (a traffic accident"
                            + " determination); give the day it was received");
        }

        @Test
        @DisplayName("a traffic accident mediation is applied for within 10 calendar days: received Thursday 20 February, the window ends 24:00 of Monday 3 March")
        void trafficWindow() {
            LocalDate received = LocalDate.of(2025, 2, 20);
            assertThat(LIFECYCLE.apply(traffic("traffic-in-time", received), at(2025, 3, 3, 23, 59)).next().state())
                    .isEqualTo(DisputeState.APPLIED);
            assertThatThrownBy(() -> LIFECYCLE.apply(traffic("traffic-late", received), at(2025, 3, 4, 0, 0)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("GOV-001: application for dispute traffic-late cannot be accepted (1 problem)\n"
                            + "  - basisReceivedOn: the application comes after its window: a mediation in category ADMINISTRATIVE of a"
                            + " traffic dispute must be applied for within 10 CALENDAR_DAYS of receiving the decision it"
                            + " rests on (received 2025-02-20, the window closed at 2025-03-03T16:00:00Z); the parties may"
                            + " go to court instead");
        }

        @Test
        @DisplayName("a traffic accident mediation has 10 calendar days from acceptance and cannot be extended")
        void trafficLimit() {
            Dispute d = mediating(traffic("traffic-limit", LocalDate.of(2025, 3, 1)), TRAFFIC_OFFICER, T0);
            assertThat(d.limit().orElseThrow().toString()).isEqualTo("10 CALENDAR_DAYS from ACCEPTANCE, not extendable, FAILS");
            // Accepted Monday 3 March: the 10th day is Thursday 13 March.
            assertThat(deadline(d)).isEqualTo(at(2025, 3, 14, 0, 0));
            assertThatThrownBy(() -> LIFECYCLE.apply(d, new DisputeCommand.Extend(cid(), TRAFFIC_OFFICER,
                    TimeLimit.calendarDays(5), List.of("p-family", "p-hospital"), text("双方同意延长")), LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage(guardRefusal(d, DisputeCommandType.EXTEND, "the time limit 10 CALENDAR_DAYS from"
                            + " ACCEPTANCE, not extendable, FAILS cannot be extended"));
        }

        @Test
        @DisplayName("pre-litigation mediation has 30 calendar days from acceptance; a court's 15 (ordinary) or 7 (summary)")
        void courtLimits() {
            Dispute pre = mediating(Applications.dispute("pre-lit").in(MediationCategory.PRE_LITIGATION,
                    DisputeDomain.CONTRACT).to(COURT).by(JUDGE).build(), COURT_MEDIATOR, T0);
            assertThat(pre.limit().orElseThrow().toString()).isEqualTo("30 CALENDAR_DAYS from ACCEPTANCE, extendable, FAILS");
            assertThat(deadline(pre)).isEqualTo(at(2025, 4, 3, 0, 0));
            Dispute ordinary = mediating(Applications.dispute("jud-ord").in(MediationCategory.JUDICIAL,
                    DisputeDomain.CONTRACT).procedure(CourtProcedure.ORDINARY).to(COURT).by(JUDGE).build(),
                    COURT_MEDIATOR, T0);
            assertThat(deadline(ordinary)).isEqualTo(at(2025, 3, 19, 0, 0));
            Dispute summary = mediating(Applications.dispute("jud-sum").in(MediationCategory.JUDICIAL,
                    DisputeDomain.CONTRACT).procedure(CourtProcedure.SUMMARY).to(COURT).by(JUDGE).build(),
                    COURT_MEDIATOR, T0);
            assertThat(deadline(summary)).isEqualTo(at(2025, 3, 11, 0, 0));
        }

        @Test
        @DisplayName("an extension needs every party's consent")
        void extensionNeedsEveryone() {
            Dispute pre = mediating(Applications.dispute("pre-ext").in(MediationCategory.PRE_LITIGATION,
                    DisputeDomain.CONTRACT).to(COURT).by(JUDGE).build(), COURT_MEDIATOR, T0);
            assertThatThrownBy(() -> LIFECYCLE.apply(pre, new DisputeCommand.Extend(cid(), COURT_MEDIATOR,
                    TimeLimit.calendarDays(15), List.of("p-family"), text("申请延长")), LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage(guardRefusal(pre, DisputeCommandType.EXTEND,
                            "1 of 2 parties has not consented (party ids [p-hospital])"));
        }

        @Test
        @DisplayName("people's mediation has one calendar month from acceptance: from Friday 31 January to 24:00 of Friday 28 February; an extension by consent moves it")
        void peoplesMonth() {
            Instant jan31 = at(2025, 1, 31, 10, 0);
            Dispute d = mediating(Applications.dispute("peoples-month").in(MediationCategory.PEOPLES,
                    DisputeDomain.NEIGHBOURHOOD).to(VILLAGE_COMMITTEE).by(VILLAGE_MEDIATOR).build(), VILLAGE_MEDIATOR,
                    jan31.minusSeconds(3600));
            assertThat(d.acceptedAt()).contains(jan31);
            assertThat(d.limit().orElseThrow()).isEqualTo(MediationTimeLimits.standard().otherwise());
            assertThat(deadline(d)).isEqualTo(at(2025, 3, 1, 0, 0));
            assertThatThrownBy(() -> LIFECYCLE.apply(d, new DisputeCommand.Expire(cid(), SYSTEM), at(2025, 3, 3, 9, 0)))
                    .as("a month that runs out only warns")
                    .isInstanceOf(IllegalTransitionException.class);
            DisputeTransition t = LIFECYCLE.apply(d, new DisputeCommand.Extend(cid(), VILLAGE_MEDIATOR,
                    TimeLimit.calendarDays(15), List.of("p-hospital", "p-family"), text("双方同意延长")),
                    at(2025, 2, 25, 10, 0));
            Dispute extended = t.next();
            // 28 February + 15 days = Saturday 15 March: the last day is Monday 17 March.
            assertThat(deadline(extended)).isEqualTo(at(2025, 3, 18, 0, 0));
            assertThat(extended.extensions()).isEqualTo(1);
            assertThat(t.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.Extended.class,
                    e -> assertThat(e.deadline()).isEqualTo(at(2025, 3, 18, 0, 0)));
        }
    }

    @Nested
    @DisplayName("Transfer and diversion")
    class TransferAndDiversion {
        @Test
        @DisplayName("a transfer re-derives the time limit under the new category: a labour clock runs from the original application")
        void transferRederivesTheLimit() {
            // Applied Monday 3 March to the labour inspectorate (administrative): no clock until acceptance.
            Dispute admin = LIFECYCLE.apply(Applications.dispute("labour-moved").in(MediationCategory.ADMINISTRATIVE,
                    DisputeDomain.LABOUR).to(TRAFFIC_POLICE).by(TRAFFIC_OFFICER).build(), T0).next();
            assertThat(admin.mediationClock()).isEmpty();
            // Two days later it goes to the village's people's mediation committee: 15 calendar days from 3 March.
            Dispute peoples = step(admin, new DisputeCommand.Transfer(cid(), TRAFFIC_OFFICER, VILLAGE_COMMITTEE,
                    MediationCategory.PEOPLES, text("劳动争议转村调委会")), at(2025, 3, 5, 9, 0));
            assertThat(peoples.limit().orElseThrow().start()).isEqualTo(MediationLimit.Start.APPLICATION);
            assertThat(peoples.mediationClock().orElseThrow().started()).isEqualTo(T0);
            assertThat(deadline(peoples)).isEqualTo(at(2025, 3, 19, 0, 0));
            // And back to an administrative body: the labour clock goes; a month will run from acceptance.
            Dispute back = step(peoples, new DisputeCommand.Transfer(cid(), VILLAGE_MEDIATOR, TRAFFIC_POLICE,
                    MediationCategory.ADMINISTRATIVE, text("转回")), at(2025, 3, 6, 9, 0));
            assertThat(back.mediationClock()).isEmpty();
            assertThat(back.limit()).isEmpty();
        }

        @Test
        @DisplayName("a transfer to the same committee and category is refused; to JUDICIAL it is refused as it has no procedure")
        void transfer() {
            Dispute d = in(DisputeState.APPLIED);
            assertThatThrownBy(() -> LIFECYCLE.apply(d, new DisputeCommand.Transfer(cid(), MEDIATOR, WORKSTATION,
                    MediationCategory.INDUSTRY_PROFESSIONAL, text("转")), LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage(guardRefusal(d, DisputeCommandType.TRANSFER, "it is already with " + WORKSTATION
                            + " as INDUSTRY_PROFESSIONAL; name another committee or category"));
            DisputeCommand.Transfer toCourt = new DisputeCommand.Transfer(cid(), MEDIATOR, COURT, MediationCategory.JUDICIAL,
                    text("转法院"));
            assertThatThrownBy(() -> LIFECYCLE.apply(d, toCourt, LATER))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("GOV-001: TRANSFER " + toCourt.id() + " on dispute " + d.trackingNumber() + " is invalid"
                            + " (1 problem)\n  - toCategory: a JUDICIAL mediation is part of a lawsuit; give its procedure,"
                            + " ORDINARY or SUMMARY");
        }

        @Test
        @DisplayName("a failed dispute diverted to the court's pre-litigation mediation opens a new dispute, APPLIED v1, linked both ways")
        void divert() {
            Dispute failed = in(DisputeState.FAILED);
            DisputeId newId = DisputeId.of(failed.id() + "-pre");
            DisputeCommand.Divert v = new DisputeCommand.Divert(cid(), MEDIATOR, newId, "CD-pre-1",
                    MediationCategory.PRE_LITIGATION, CourtProcedure.NONE, COURT, text("转诉前调解"));
            DisputeTransition t = LIFECYCLE.apply(failed, v, LATER);
            Dispute old = t.next();
            assertThat(old.state()).isEqualTo(DisputeState.DIVERTED);
            assertThat(old.outcome()).contains(DisputeOutcome.DIVERTED);
            assertThat(old.divertedTo()).contains(newId);
            assertThat(t.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.Diverted.class, e -> {
                assertThat(e.to()).isEqualTo(newId);
                assertThat(e.toCategory()).isEqualTo(MediationCategory.PRE_LITIGATION);
            });
            DisputeTransition o = t.opened().orElseThrow();
            Dispute opened = o.next();
            assertThat(opened.id()).isEqualTo(newId);
            assertThat(opened.trackingNumber()).isEqualTo("CD-pre-1");
            assertThat(opened.state()).isEqualTo(DisputeState.APPLIED);
            assertThat(opened.version()).isEqualTo(1);
            assertThat(opened.divertedFrom()).contains(failed.id());
            assertThat(opened.parties()).isEqualTo(failed.parties());
            assertThat(opened.domain()).isEqualTo(failed.domain());
            assertThat(opened.areaCode()).isEqualTo(failed.areaCode());
            assertThat(opened.committee()).isEqualTo(COURT);
            assertThat(opened.category()).isEqualTo(MediationCategory.PRE_LITIGATION);
            assertThat(opened.appliedAt()).isEqualTo(LATER);
            assertThat(opened.mediationClock()).isEmpty();
            assertThat(o.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.Applied.class,
                    e -> assertThat(e.divertedFrom()).isEqualTo(failed.id()));
        }

        @Test
        @DisplayName("a diversion to the same committee and category, or under the same id, is refused")
        void divertRefused() {
            Dispute failed = in(DisputeState.FAILED);
            assertThatThrownBy(() -> LIFECYCLE.apply(failed, new DisputeCommand.Divert(cid(), MEDIATOR,
                    DisputeId.of("another"), "CD-another", MediationCategory.INDUSTRY_PROFESSIONAL, CourtProcedure.NONE,
                    WORKSTATION, text("再调")), LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage(guardRefusal(failed, DisputeCommandType.DIVERT, "it is already with " + WORKSTATION
                            + " as INDUSTRY_PROFESSIONAL; name another committee or category"));
            DisputeCommand.Divert same = new DisputeCommand.Divert(cid(), MEDIATOR, failed.id(), "CD-another",
                    MediationCategory.PRE_LITIGATION, CourtProcedure.NONE, COURT, text("转诉前调解"));
            assertThatThrownBy(() -> LIFECYCLE.apply(failed, same, LATER))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("GOV-001: DIVERT " + same.id() + " on dispute " + failed.trackingNumber() + " is invalid"
                            + " (1 problem)\n  - newDisputeId: the new dispute needs an id of its own, not " + failed.id());
        }
    }

    @Nested
    @DisplayName("Scope and permits")
    class ScopeAndPermits {
        @Test
        @DisplayName("a mediator of another committee may not accept")
        void otherCommittee() {
            Dispute d = in(DisputeState.APPLIED);
            assertThatThrownBy(() -> LIFECYCLE.apply(d, new DisputeCommand.Accept(cid(), LABOUR_MEDIATOR), LATER))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("GOV-021: actor m-lab of town-labour-committee [MEDIATOR] may not ACCEPT dispute "
                            + d.trackingNumber() + ": ACCEPT in APPLIED is for MEDIATOR (a member of the"
                            + " organisation that has the dispute), which the actor is not; the dispute is with " + WORKSTATION);
        }

        @Test
        @DisplayName("an actor whose scope does not contain the dispute is refused before anything else, even for a command the state does not take")
        void scopeFirst() {
            Actor outside = Actor.of("m-w", Role.MEDIATOR, WORKSTATION, WULING);
            Dispute d = in(DisputeState.APPLIED);
            for (DisputeCommand c : List.<DisputeCommand>of(new DisputeCommand.Accept(cid(), outside),
                    new DisputeCommand.Confirm(cid(), outside, text("x")))) {
                assertThatThrownBy(() -> LIFECYCLE.apply(d, c, LATER))
                        .isInstanceOf(AccessDeniedException.class)
                        .hasMessage("GOV-021: actor m-w of " + WORKSTATION + " [MEDIATOR] may not " + c.type() + " dispute "
                                + d.trackingNumber() + ": its area " + VILLAGE + " is outside the actor's area scope ["
                                + WULING + "]");
            }
        }

        @Test
        @DisplayName("a resident applying must be an applicant; a mediator applying must be of the receiving committee")
        void applyPermits() {
            String permits = "applying is for RESIDENT (one of the applicants) or MEDIATOR (a member of the organisation"
                    + " the application is made to) or DISPATCHER (anyone with the role whose area scope contains the"
                    + " dispute) or JUDGE (anyone with the role whose area scope contains the dispute)";
            assertThatThrownBy(() -> LIFECYCLE.apply(Applications.dispute("by-respondent").by(RESPONDENT).build(), T0))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("GOV-021: actor p-hospital of public [RESIDENT] may not APPLY dispute CD-by-respondent: "
                            + permits);
            assertThatThrownBy(() -> LIFECYCLE.apply(Applications.dispute("by-other").by(LABOUR_MEDIATOR).build(), T0))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("GOV-021: actor m-lab of town-labour-committee [MEDIATOR] may not APPLY dispute"
                            + " CD-by-other: " + permits);
            assertThat(LIFECYCLE.apply(Applications.dispute("by-mediator").by(MEDIATOR).build(), T0).next().state())
                    .isEqualTo(DisputeState.APPLIED);
        }

        @Test
        @DisplayName("a command dated before the dispute's last change is refused")
        void timeOrder() {
            Dispute d = in(DisputeState.ACCEPTED);
            DisputeCommand.Assign a = new DisputeCommand.Assign(cid(), MEDIATOR, List.of(Mediator.mediator("m-med")));
            Instant before = d.updatedAt().minusSeconds(1);
            assertThatThrownBy(() -> LIFECYCLE.apply(d, a, before))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("GOV-001: invalid now (1 problem)\n  - now: command " + a.id() + " is applied at " + before
                            + ", before dispute " + d.trackingNumber() + " last changed at " + d.updatedAt()
                            + "; apply commands in time order with the time they happen");
        }
    }

    /**
     * A neighbours' quarrel reported as a case, registered as a DISPUTE, dispatched to the village's
     * people's mediation committee and suspended for mediation; the dispute opened from it reports its
     * outcome back. Only the public API of the cases package is used.
     */
    @Nested
    @DisplayName("Reporting back to the case")
    class ReportingBack {
        static final String TOWN_CENTRE = "town-101-centre";
        static final Actor REPORTER = Actor.of("r-1", Role.RESIDENT, "residents", CHANGDE);
        static final Actor TOWN_DISPATCHER = Actor.of("td-1", Role.DISPATCHER, TOWN_CENTRE, TOWN);
        /** The committee's mediator: its handler for the case, its mediator for the dispute. */
        static final Actor COMMITTEE_MEDIATOR = new Actor("vm-1", Set.of(Role.HANDLER, Role.MEDIATOR), VILLAGE_COMMITTEE,
                Set.of(TOWN));
        static final CaseLifecycle CASES = CaseLifecycle.builder().grid(ChangdeWorld.TREE).calendar(ChangdeWorld.CALENDAR)
                .timeLimits(TimeLimitPolicy.standard(CategoryTaxonomy.urbanAndSocial(), ChangdeWorld.CN)).build();
        static final List<Party> NEIGHBOURS = List.of(Party.applicant("r-1", PersonName.of("张三")),
                Party.respondent("r-2", PersonName.of("赵六")));

        static Case reported(String id, CaseKind kind, String category) {
            CaseReport r = new CaseReport(cid(), REPORTER, CaseId.of(id), "CD-20250303-" + id, kind, category,
                    Channel.APP, Priority.ROUTINE, Location.of(GRID, null, text("东村3组")), Reporter.person("r-1"),
                    text("邻居在通道上堆放杂物"), TOWN_CENTRE, TOWN);
            Case c = CASES.report(r, T0).next();
            return CASES.apply(c, new CaseCommand.Register(cid(), TOWN_DISPATCHER, kind, category, Priority.ROUTINE),
                    T0.plusSeconds(60)).next();
        }

        static Case suspendedForMediation(String id) {
            Case c = reported(id, CaseKind.DISPUTE, "S0105");
            c = CASES.apply(c, new CaseCommand.Dispatch(cid(), TOWN_DISPATCHER, VILLAGE_COMMITTEE, List.of()),
                    T0.plusSeconds(120)).next();
            c = CASES.apply(c, new CaseCommand.SignFor(cid(), COMMITTEE_MEDIATOR), T0.plusSeconds(180)).next();
            c = CASES.apply(c, new CaseCommand.Suspend(cid(), TOWN_DISPATCHER, SuspensionReason.MEDIATION,
                    text("移交人民调解委员会")), T0.plusSeconds(240)).next();
            assertThat(c.state()).isEqualTo(CaseState.SUSPENDED);
            return c;
        }

        static DisputeApplication neighbours(String id) {
            return Applications.dispute(id).in(MediationCategory.PEOPLES, DisputeDomain.NEIGHBOURHOOD).parties(NEIGHBOURS)
                    .to(VILLAGE_COMMITTEE).by(COMMITTEE_MEDIATOR).build();
        }

        static Dispute opened(Case c, String id) {
            Dispute d = LIFECYCLE.openFromCase(c, neighbours(id), T0.plusSeconds(300)).next();
            assertThat(d.caseId()).contains(c.id());
            d = step(d, new DisputeCommand.Accept(cid(), COMMITTEE_MEDIATOR), T0.plusSeconds(3600));
            return step(d, new DisputeCommand.Assign(cid(), COMMITTEE_MEDIATOR, List.of(Mediator.mediator("vm-1"))),
                    T0.plusSeconds(7200));
        }

        static Dispute agreed(Dispute mediating) {
            return step(mediating, new DisputeCommand.ReachAgreement(cid(), COMMITTEE_MEDIATOR,
                    new MediationAgreement(List.of("r-1", "r-2"), text("通道堆放杂物"), text("是否清理"), text("赵六负责"),
                            text("三日内清理"), text("自行清理"), LocalDate.of(2025, 3, 13), Money.ZERO)), LATER);
        }

        @Test
        @DisplayName("a performed agreement closes the case RESOLVED, concluded by the dispute's tracking number")
        void performed() {
            Case c = suspendedForMediation("case-performed");
            Dispute d = agreed(opened(c, "from-case-performed"));
            d = step(d, new DisputeCommand.RecordPerformance(cid(), COMMITTEE_MEDIATOR, text("已清理")), LATER);
            d = step(d, new DisputeCommand.Close(cid(), COMMITTEE_MEDIATOR, List.of(), text("回访满意")), LATER);
            CaseCommand.ConcludeByMediation back = MediationLifecycle.reportBack(d, SYSTEM, cid());
            assertThat(back.dispute()).isEqualTo(d.trackingNumber());
            assertThat(back.outcome()).isEqualTo(ClosureOutcome.RESOLVED);
            Case closed = CASES.apply(c, back, LATER.plusSeconds(60)).next();
            assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
            assertThat(closed.outcome()).contains(ClosureOutcome.RESOLVED);
            assertThat(closed.concludedByDispute()).contains(d.trackingNumber());
        }

        @Test
        @DisplayName("an agreement not performed closes the case NOT_RESOLVABLE")
        void notPerformed() {
            Case c = suspendedForMediation("case-sued");
            Dispute d = step(agreed(opened(c, "from-case-sued")), new DisputeCommand.Close(cid(), COMMITTEE_MEDIATOR,
                    List.of(Route.LITIGATION), text("起诉")), LATER);
            CaseCommand.ConcludeByMediation back = MediationLifecycle.reportBack(d, COMMITTEE_MEDIATOR, cid());
            assertThat(back.outcome()).isEqualTo(ClosureOutcome.NOT_RESOLVABLE);
            Case closed = CASES.apply(c, back, LATER.plusSeconds(60)).next();
            assertThat(closed.outcome()).contains(ClosureOutcome.NOT_RESOLVABLE);
            assertThat(closed.concludedByDispute()).contains(d.trackingNumber());
        }

        @Test
        @DisplayName("a diverted dispute cannot report back; the dispute it was diverted to carries the case and can")
        void diverted() {
            Case c = suspendedForMediation("case-diverted");
            Dispute failed = step(opened(c, "from-case-diverted"), new DisputeCommand.Fail(cid(), COMMITTEE_MEDIATOR,
                    List.of(), text("调解不成")), LATER);
            DisputeTransition t = LIFECYCLE.apply(failed, new DisputeCommand.Divert(cid(), COMMITTEE_MEDIATOR,
                    DisputeId.of("from-case-diverted-2"), "CD-from-case-diverted-2", MediationCategory.PRE_LITIGATION,
                    CourtProcedure.NONE, COURT, text("转诉前调解")), LATER);
            Dispute old = t.next();
            assertThatThrownBy(() -> MediationLifecycle.reportBack(old, SYSTEM, cid()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("GOV-001: invalid dispute (1 problem)\n  - dispute: dispute " + old.trackingNumber()
                            + " was diverted to from-case-diverted-2; report back the outcome of that dispute, which"
                            + " carries the same case");
            Dispute next = t.opened().orElseThrow().next();
            assertThat(next.caseId()).contains(c.id());
            next = step(next, new DisputeCommand.Decline(cid(), COURT_MEDIATOR, DeclineReason.NOT_MEDIABLE, List.of(),
                    text("不适宜调解")), LATER);
            next = step(next, new DisputeCommand.Close(cid(), COURT_MEDIATOR, List.of(Route.LITIGATION), text("立案")),
                    LATER);
            Case closed = CASES.apply(c, MediationLifecycle.reportBack(next, SYSTEM, cid()), LATER.plusSeconds(60)).next();
            assertThat(closed.outcome()).contains(ClosureOutcome.NOT_RESOLVABLE);
            assertThat(closed.concludedByDispute()).contains("CD-from-case-diverted-2");
        }

        @Test
        @DisplayName("openFromCase refuses a case of another kind, a closed case, and a dispute area without the case's location")
        void openRefused() {
            Case help = reported("case-help", CaseKind.HELP, "C0201");
            assertThatThrownBy(() -> LIFECYCLE.openFromCase(help, neighbours("from-help"), LATER))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("GOV-001: dispute from-help cannot be opened from case " + help.trackingNumber()
                            + " (1 problem)\n  - case.kind: case " + help.trackingNumber() + " is of kind HELP; only a case"
                            + " of kind DISPUTE opens a mediation (register it as DISPUTE first)");

            Case c = suspendedForMediation("case-closed");
            Dispute d = step(opened(c, "from-case-closed"), new DisputeCommand.Withdraw(cid(), REPORTER, "r-1",
                    text("不调了")), LATER);
            d = step(d, new DisputeCommand.Close(cid(), COMMITTEE_MEDIATOR, List.of(), text("撤回")), LATER);
            Case closed = CASES.apply(c, MediationLifecycle.reportBack(d, SYSTEM, cid()), LATER).next();
            assertThatThrownBy(() -> LIFECYCLE.openFromCase(closed, neighbours("from-closed"), LATER))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("GOV-001: dispute from-closed cannot be opened from case " + closed.trackingNumber()
                            + " (1 problem)\n  - case.state: case " + closed.trackingNumber() + " is CLOSED; a mediation"
                            + " opens from a case that is [REGISTERED, DISPATCHED, IN_PROGRESS, SUSPENDED]");

            Case open = suspendedForMediation("case-elsewhere");
            DisputeApplication elsewhere = Applications.dispute("from-elsewhere").in(MediationCategory.PEOPLES,
                    DisputeDomain.NEIGHBOURHOOD).parties(NEIGHBOURS).area(VILLAGE_B).to(VILLAGE_COMMITTEE)
                    .by(COMMITTEE_MEDIATOR).build();
            assertThatThrownBy(() -> LIFECYCLE.openFromCase(open, elsewhere, LATER))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("GOV-001: dispute from-elsewhere cannot be opened from case " + open.trackingNumber()
                            + " (1 problem)\n  - areaCode: area " + VILLAGE_B + " does not contain the case's location "
                            + GRID + "; file the dispute where the case is");
        }
    }
}
