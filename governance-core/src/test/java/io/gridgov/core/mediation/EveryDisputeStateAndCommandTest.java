package io.gridgov.core.mediation;

import io.gridgov.core.ChangdeWorld;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.lifecycle.AccessDeniedException;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.IllegalTransitionException;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.lifecycle.Rule;
import io.gridgov.core.time.TimeLimit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.gridgov.core.mediation.MediationFixtures.ACTORS;
import static io.gridgov.core.mediation.MediationFixtures.APPLICANT;
import static io.gridgov.core.mediation.MediationFixtures.COURT;
import static io.gridgov.core.mediation.MediationFixtures.JUDGE;
import static io.gridgov.core.mediation.MediationFixtures.LIFECYCLE;
import static io.gridgov.core.mediation.MediationFixtures.MEDIATOR;
import static io.gridgov.core.mediation.MediationFixtures.SYSTEM;
import static io.gridgov.core.mediation.MediationFixtures.T0;
import static io.gridgov.core.mediation.MediationFixtures.WORKSTATION;
import static io.gridgov.core.mediation.MediationFixtures.agreement;
import static io.gridgov.core.mediation.MediationFixtures.cid;
import static io.gridgov.core.mediation.MediationFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Every (dispute state, command) pair")
class EveryDisputeStateAndCommandTest {

    static Stream<Arguments> pairs() {
        return Arrays.stream(DisputeState.values()).flatMap(s -> Arrays.stream(DisputeCommandType.values())
                .filter(c -> c != DisputeCommandType.APPLY).map(c -> Arguments.of(s, c)));
    }

    @DisplayName("is accepted into the table's next state with one event, or refused naming the dispute, state, command and what is allowed")
    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("pairs")
    void everyCommandInEveryState(DisputeState state, DisputeCommandType type) {
        DisputeStates.Kind kind = DisputeStates.kindFor(state, type);
        MediationLifecycle lifecycle = kind.lifecycle();
        Dispute d = DisputeStates.in(kind, state);
        assertThat(d.state()).isEqualTo(state);
        Dispute copy = d.draft().build();
        DisputeCommand command = DisputeStates.command(type, kind, d);
        Instant now = DisputeStates.when(type);
        Optional<Rule<DisputeState, DisputeCommandType>> rule = MediationLifecycle.table().rule(state, type);
        if (rule.isPresent()) {
            DisputeTransition t = lifecycle.apply(d, command, now);
            assertThat(t.next().state()).isEqualTo(rule.get().target().next(state, null));
            assertThat(t.next().version()).isEqualTo(d.version() + 1);
            assertThat(t.next().updatedAt()).isEqualTo(now);
            assertThat(t.events()).extracting(e -> e.getClass().getSimpleName())
                    .containsExactlyElementsOf(rule.get().events()).hasSize(1);
            assertThat(t.events().get(0).version()).isEqualTo(d.version() + 1);
            assertThat(t.opened().isPresent()).isEqualTo(type == DisputeCommandType.DIVERT);
        } else {
            assertThatThrownBy(() -> lifecycle.apply(d, command, now))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("GOV-020: dispute " + d.trackingNumber() + " cannot take " + type + " while " + state
                            + "; allowed now: " + allowed(state))
                    .satisfies(e -> {
                        IllegalTransitionException x = (IllegalTransitionException) e;
                        assertThat(x.state()).isEqualTo(state.name());
                        assertThat(x.command()).isEqualTo(type.name());
                        assertThat(x.subject()).isEqualTo("dispute " + d.trackingNumber());
                    });
        }
        assertThat(d).as("the dispute passed in").isEqualTo(copy);
    }

    @DisplayName("terminal states accept nothing and are exactly DIVERTED and CLOSED")
    @ParameterizedTest(name = "{0}")
    @EnumSource(DisputeState.class)
    void terminal(DisputeState state) {
        boolean terminal = state == DisputeState.DIVERTED || state == DisputeState.CLOSED;
        assertThat(MediationLifecycle.table().allowedIn(state).isEmpty()).isEqualTo(terminal);
        assertThat(MediationLifecycle.table().terminalStates().contains(state)).isEqualTo(terminal);
    }

    @DisplayName("every command but APPLY has a row")
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DisputeCommandType.class, names = "APPLY", mode = EnumSource.Mode.EXCLUDE)
    void everyCommandHasARow(DisputeCommandType type) {
        assertThat(MediationLifecycle.table().rules()).anyMatch(r -> r.command() == type);
    }

    /** What the message lists as allowed in a state. */
    static String allowed(DisputeState state) {
        List<String> names = MediationLifecycle.table().allowedIn(state).stream().map(Enum::name).toList();
        return names.isEmpty() ? "nothing (" + state + " is final)" : String.join(", ", names);
    }

    /** The refusal of a guard: GOV-020, the dispute, command and state, the guard's reason, what is allowed. */
    static void refusedByGuard(MediationLifecycle lifecycle, Dispute d, DisputeCommand command, Instant now,
            String reason) {
        Dispute copy = d.draft().build();
        assertThatThrownBy(() -> lifecycle.apply(d, command, now)).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("GOV-020: dispute " + d.trackingNumber() + " cannot take " + command.type() + " while "
                        + d.state() + ": " + reason + "; allowed now: " + allowed(d.state()));
        assertThat(d).isEqualTo(copy);
    }

    @Nested
    @DisplayName("each guard refuses with its own reason")
    class Guards {
        private final Instant day = T0.plus(Duration.ofDays(1));

        @Test
        @DisplayName("ELSEWHERE: a transfer to the same committee and category")
        void elsewhere() {
            Dispute d = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.APPLIED);
            refusedByGuard(LIFECYCLE, d, new DisputeCommand.Transfer(cid(), MEDIATOR, WORKSTATION,
                    MediationCategory.INDUSTRY_PROFESSIONAL, text("转")), day, "it is already with " + WORKSTATION
                    + " as INDUSTRY_PROFESSIONAL; name another committee or category");
            Dispute failed = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.FAILED);
            refusedByGuard(LIFECYCLE, failed, new DisputeCommand.Divert(cid(), MEDIATOR, DisputeId.of("x-2"), "X-2",
                    MediationCategory.INDUSTRY_PROFESSIONAL, CourtProcedure.NONE, WORKSTATION, text("转")), day,
                    "it is already with " + WORKSTATION + " as INDUSTRY_PROFESSIONAL; name another committee or category");
        }

        @Test
        @DisplayName("NOT_ALREADY_REFUSED and NO_REFUSAL: a second refusal by the same party, and acceptance after a refusal")
        void refusals() {
            Dispute d = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.APPLIED);
            Dispute refused = LIFECYCLE.apply(d, DisputeStates.command(DisputeCommandType.REFUSE, DisputeStates.MEDICAL, d),
                    day).next();
            refusedByGuard(LIFECYCLE, refused, new DisputeCommand.Refuse(cid(), APPLICANT, "p-family", text("")), day,
                    "that party's refusal is already recorded");
            refusedByGuard(LIFECYCLE, refused, new DisputeCommand.Accept(cid(), MEDIATOR), day,
                    "1 party has expressly refused mediation, which is voluntary (People's Mediation Law art. 17);"
                            + " DECLINE it with PARTY_REFUSED");
        }

        @Test
        @DisplayName("NOT_TAKEN_UP: a people's committee accepting what a court has accepted")
        void notTakenUp() {
            DisputeApplication a = DisputeStates.application(DisputeStates.MEDICAL, "taken-up-1");
            DisputeApplication prior = new DisputeApplication(a.id(), a.actor(), a.disputeId(), a.trackingNumber(),
                    a.category(), a.domain(), a.procedure(), a.parties(), a.areaCode(), a.committee(),
                    a.amountInDispute(), a.matter(), PriorProceeding.ACCEPTED_BY_COURT, null);
            Dispute d = LIFECYCLE.apply(prior, T0).next();
            refusedByGuard(LIFECYCLE, d, new DisputeCommand.Accept(cid(), MEDIATOR), day, "the matter is"
                    + " ACCEPTED_BY_COURT, and a people's mediation committee does not take up what a court, the police"
                    + " or an administrative body has accepted or decided (Ministry of Justice provisions on people's"
                    + " mediation, 2002, art. 22); DECLINE it with HANDLED_ELSEWHERE");
        }

        @Test
        @DisplayName("EXTENDABLE and ALL_CONSENT: extending a labour limit, and extending without every party")
        void extend() {
            Dispute labour = DisputeStates.in(DisputeStates.LABOUR, DisputeState.MEDIATING);
            refusedByGuard(LIFECYCLE, labour, DisputeStates.command(DisputeCommandType.EXTEND, DisputeStates.LABOUR,
                    labour), day, "the time limit 15 CALENDAR_DAYS from APPLICATION, not extendable, PARTIES_MAY_LEAVE"
                    + " cannot be extended");
            Dispute d = DisputeStates.in(DisputeStates.NEIGHBOURHOOD, DisputeState.SUSPENDED);
            refusedByGuard(LIFECYCLE, d, new DisputeCommand.Extend(cid(), MEDIATOR, TimeLimit.calendarDays(10),
                    List.of("p-family"), text("延长")), day, "1 of 2 parties has not consented (party ids [p-hospital])");
        }

        @Test
        @DisplayName("ALL_SIGNED: an agreement one party did not sign")
        void allSigned() {
            Dispute d = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.MEDIATING);
            MediationAgreement a = agreement(LocalDate.of(2025, 3, 31));
            MediationAgreement half = new MediationAgreement(List.of("p-hospital"), a.facts(), a.disputedPoints(),
                    a.responsibilities(), a.terms(), a.performanceMethod(), a.performBy(), a.amount());
            refusedByGuard(LIFECYCLE, d, new DisputeCommand.ReachAgreement(cid(), MEDIATOR, half), day,
                    "1 of 2 parties has not signed (party ids [p-family])");
        }

        @Test
        @DisplayName("EXPIRED_FAILS: before the deadline, on a limit that only warns, and before any clock started")
        void expiredFails() {
            Dispute medical = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.MEDIATING);
            refusedByGuard(LIFECYCLE, medical, new DisputeCommand.Expire(cid(), SYSTEM), day,
                    "the time limit runs until " + medical.mediationClock().orElseThrow().deadline());
            Dispute warns = DisputeStates.in(DisputeStates.NEIGHBOURHOOD, DisputeState.ACCEPTED);
            refusedByGuard(LIFECYCLE, warns, new DisputeCommand.Expire(cid(), SYSTEM), T0.plus(Duration.ofDays(60)),
                    "the time limit 1 CALENDAR_MONTHS from ACCEPTANCE, extendable, WARNS does not make expiry a failure");
            Dispute applied = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.APPLIED);
            refusedByGuard(LIFECYCLE, applied, new DisputeCommand.Expire(cid(), SYSTEM), T0.plus(Duration.ofDays(60)),
                    "the time limit has not started");
        }

        @Test
        @DisplayName("NOT_JUDICIAL: confirmation of a court's own mediation")
        void notJudicial() {
            Dispute d = DisputeStates.in(DisputeStates.JUDICIAL, DisputeState.AGREED);
            assertThat(d.confirmationWindow()).isEmpty();
            refusedByGuard(LIFECYCLE, d, DisputeStates.command(DisputeCommandType.REQUEST_CONFIRMATION,
                    DisputeStates.JUDICIAL, d), day, "a court's mediation in a lawsuit ends in an enforceable mediation"
                    + " document; there is no agreement to confirm");
        }

        @Test
        @DisplayName("WITHIN_WINDOW and JOINT: a request after 30 days, and one without every party")
        void confirmation() {
            Dispute d = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.AGREED);
            var window = d.confirmationWindow().orElseThrow();
            refusedByGuard(LIFECYCLE, d, DisputeStates.command(DisputeCommandType.REQUEST_CONFIRMATION,
                    DisputeStates.MEDICAL, d), T0.plus(Duration.ofDays(40)), "the window for judicial confirmation closed"
                    + " at " + window.deadline() + " (30 CALENDAR_DAYS from the agreement taking effect at "
                    + window.started() + ", People's Mediation Law art. 33); the agreement still binds the parties, who may"
                    + " perform it or sue on it");
            refusedByGuard(LIFECYCLE, d, new DisputeCommand.RequestConfirmation(cid(), APPLICANT, COURT,
                    List.of("p-family")), day, "1 of 2 parties has not joined the application (party ids [p-hospital])");
        }

        @Test
        @DisplayName("SUED and ENFORCED: closing an unperformed agreement without the route the obligee took")
        void closing() {
            Dispute agreed = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.AGREED);
            refusedByGuard(LIFECYCLE, agreed, new DisputeCommand.Close(cid(), MEDIATOR, List.of(), text("")), day,
                    "an agreement that was neither performed nor confirmed is closed when the obligee sues on it;"
                            + " record the route LITIGATION, or RECORD_PERFORMANCE if it was performed");
            Dispute confirmed = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.CONFIRMED);
            refusedByGuard(LIFECYCLE, confirmed, new DisputeCommand.Close(cid(), MEDIATOR, List.of(Route.LITIGATION),
                    text("")), day, "a confirmed agreement that was not performed is closed when the obligee applies to"
                    + " the court for enforcement; record the route ENFORCEMENT, or RECORD_PERFORMANCE if it was performed");
        }

        @Test
        @DisplayName("WARNING_ROSE: no rise, and no clock")
        void warningRose() {
            Dispute d = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.MEDIATING);
            refusedByGuard(LIFECYCLE, d, new DisputeCommand.RaiseWarning(cid(), SYSTEM), day,
                    "the warning level is NORMAL, already recorded NORMAL");
            Dispute raised = LIFECYCLE.apply(d, new DisputeCommand.RaiseWarning(cid(), SYSTEM),
                    T0.plus(Duration.ofDays(60))).next();
            refusedByGuard(LIFECYCLE, raised, new DisputeCommand.RaiseWarning(cid(), SYSTEM), T0.plus(Duration.ofDays(61)),
                    "the warning level is RED, already recorded RED");
            Dispute applied = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.APPLIED);
            refusedByGuard(LIFECYCLE, applied, new DisputeCommand.RaiseWarning(cid(), SYSTEM), day,
                    "the mediation's clock is not running");
        }

        @Test
        @DisplayName("a party's FAIL before a labour dispute's 15 days is not a permit, and on a medical dispute never")
        void partyAfterLimit() {
            Dispute labour = DisputeStates.in(DisputeStates.LABOUR, DisputeState.ACCEPTED);
            DisputeCommand fail = DisputeStates.command(DisputeCommandType.FAIL, DisputeStates.LABOUR, labour);
            assertThatThrownBy(() -> LIFECYCLE.apply(labour, fail, day)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("may not FAIL dispute " + labour.trackingNumber());
            assertThat(LIFECYCLE.apply(labour, fail, T0.plus(Duration.ofDays(16))).next().failureReason())
                    .contains(FailureReason.PARTY_LEFT_AFTER_LIMIT);
            Dispute medical = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.ACCEPTED);
            assertThatThrownBy(() -> LIFECYCLE.apply(medical, fail, T0.plus(Duration.ofDays(60))))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    @DisplayName("a labour agreement the court refused to confirm offers arbitration, not a court (found by the walk of seed 245)")
    void refusedLabourConfirmationOffersArbitration() {
        Dispute d = DisputeStates.in(DisputeStates.LABOUR, DisputeState.CONFIRMATION_REFUSED);
        assertThat(d.routesOffered()).containsExactly(Route.OTHER_MEDIATION, Route.ARBITRATION);
        Dispute medical = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.CONFIRMATION_REFUSED);
        assertThat(medical.routesOffered()).containsExactly(Route.OTHER_MEDIATION, Route.LITIGATION);
    }

    @Nested
    @DisplayName("applying for mediation")
    class Apply {
        @Test
        @DisplayName("is for an applicant, a member of the receiving organisation, a dispatcher or a judge in scope")
        void permits() {
            for (Actor a : ACTORS) {
                DisputeApplication base = DisputeStates.application(DisputeStates.MEDICAL, "apply-" + a.personId());
                DisputeApplication app = new DisputeApplication(base.id(), a, base.disputeId(), base.trackingNumber(),
                        base.category(), base.domain(), base.procedure(), base.parties(), base.areaCode(),
                        base.committee(), base.amountInDispute(), base.matter(), base.prior(), null);
                boolean may = a.hasRole(Role.RESIDENT) && a.personId().equals("p-family")
                        || a.hasRole(Role.MEDIATOR) && a.organisation().equals(WORKSTATION)
                        || a.hasRole(Role.DISPATCHER) || a.hasRole(Role.JUDGE);
                if (may) {
                    assertThat(LIFECYCLE.apply(app, T0).next().state()).as(a.personId()).isEqualTo(DisputeState.APPLIED);
                } else {
                    assertThatThrownBy(() -> LIFECYCLE.apply(app, T0)).as(a.personId())
                            .isInstanceOf(AccessDeniedException.class)
                            .hasMessageStartingWith("GOV-021: actor " + a.personId() + " of " + a.organisation())
                            .hasMessageContaining("may not APPLY dispute " + app.trackingNumber() + ": applying is for"
                                    + " RESIDENT (one of the applicants) or MEDIATOR (a member of the organisation the"
                                    + " application is made to) or DISPATCHER (anyone with the role whose area scope"
                                    + " contains the dispute) or JUDGE (anyone with the role whose area scope contains"
                                    + " the dispute)");
                }
            }
            assertThat(MediationLifecycle.applyPermits()).hasSize(4);
        }

        @Test
        @DisplayName("is refused to anyone whose scope does not contain the dispute's area")
        void scope() {
            Actor wuling = Actor.of("d-w", Role.DISPATCHER, "wuling-centre", ChangdeWorld.WULING);
            DisputeApplication base = DisputeStates.application(DisputeStates.MEDICAL, "apply-out");
            DisputeApplication app = new DisputeApplication(base.id(), wuling, base.disputeId(), base.trackingNumber(),
                    base.category(), base.domain(), base.procedure(), base.parties(), base.areaCode(), base.committee(),
                    base.amountInDispute(), base.matter(), base.prior(), null);
            assertThatThrownBy(() -> LIFECYCLE.apply(app, T0)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("is outside the actor's area scope [" + ChangdeWorld.WULING + "]");
        }

        @Test
        @DisplayName("a traffic accident mediation is applied for within 10 days of the determination")
        void trafficWindow() {
            Actor police = Actor.of("tp-1", Role.MEDIATOR, "traffic-police", ChangdeWorld.DINGCHENG);
            DisputeApplication base = DisputeStates.application(DisputeStates.MEDICAL, "traffic-1");
            DisputeApplication late = new DisputeApplication(base.id(), police, base.disputeId(), base.trackingNumber(),
                    MediationCategory.ADMINISTRATIVE, DisputeDomain.TRAFFIC, CourtProcedure.NONE, base.parties(),
                    base.areaCode(), "traffic-police", base.amountInDispute(), base.matter(), base.prior(),
                    LocalDate.of(2025, 2, 14));
            assertThatThrownBy(() -> LIFECYCLE.apply(late, T0)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("basisReceivedOn");
            assertThat(LIFECYCLE.apply(late, ChangdeWorld.at(2025, 2, 24, 9, 0)).next().state())
                    .isEqualTo(DisputeState.APPLIED);
        }
    }

    @Test
    @DisplayName("the standard lifecycle has no limit that starts at the application and fails on expiry, so EXPIRE in APPLIED needs limits of one's own")
    void expireInAppliedNeedsOwnLimits() {
        assertThat(LIFECYCLE.limits().limits()).noneMatch(e -> e.getValue().start() == MediationLimit.Start.APPLICATION
                && e.getValue().expiry() == MediationLimit.Expiry.FAILS);
        Dispute d = DisputeStates.in(DisputeStates.EXPIRING_AT_APPLICATION, DisputeState.APPLIED);
        DisputeTransition t = DisputeStates.EXPIRING.apply(d, new DisputeCommand.Expire(cid(), SYSTEM),
                T0.plus(Duration.ofDays(11)));
        assertThat(t.next().state()).isEqualTo(DisputeState.FAILED);
        assertThat(t.next().failureReason()).contains(FailureReason.TIME_LIMIT_EXPIRED);
        assertThat(t.next().concludedAt()).as("never accepted, so never concluded").isEmpty();
        assertThat(JUDGE.organisation()).isEqualTo(COURT);
    }
}
