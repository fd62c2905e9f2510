package io.gridgov.core.mediation;

import io.gridgov.core.ChangdeWorld;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.time.TimeLimit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.gridgov.core.mediation.MediationFixtures.APPLICANT;
import static io.gridgov.core.mediation.MediationFixtures.CENTRE;
import static io.gridgov.core.mediation.MediationFixtures.COURT;
import static io.gridgov.core.mediation.MediationFixtures.JUDGE;
import static io.gridgov.core.mediation.MediationFixtures.LABOUR_COMMITTEE;
import static io.gridgov.core.mediation.MediationFixtures.LABOUR_MEDIATOR;
import static io.gridgov.core.mediation.MediationFixtures.LIFECYCLE;
import static io.gridgov.core.mediation.MediationFixtures.MEDIATOR;
import static io.gridgov.core.mediation.MediationFixtures.RESPONDENT;
import static io.gridgov.core.mediation.MediationFixtures.SYSTEM;
import static io.gridgov.core.mediation.MediationFixtures.T0;
import static io.gridgov.core.mediation.MediationFixtures.WORKSTATION;
import static io.gridgov.core.mediation.MediationFixtures.agreement;
import static io.gridgov.core.mediation.MediationFixtures.cid;
import static io.gridgov.core.mediation.MediationFixtures.parties;
import static io.gridgov.core.mediation.MediationFixtures.text;

/**
 * Drives a dispute of a chosen {@link Kind} into any state, and builds a command of any type that the
 * table allows there, from an actor who holds a permit, at a time when its guards hold where they can:
 * EXPIRE and a party's FAIL need time to pass, RAISE_WARNING a rise, EXTEND an extendable limit, and no
 * standard limit starts at the application and fails on expiry (so EXPIRE in APPLIED runs on a lifecycle
 * with limits of its own, {@link #EXPIRING}).
 */
final class DisputeStates {
    /** A mediator of the district court (a court's own mediations are led by its mediators). */
    static final Actor COURT_MEDIATOR = Actor.of("m-court", Role.MEDIATOR, COURT, ChangdeWorld.DINGCHENG);

    /** Ten calendar days from the application, not extendable, deemed failed on expiry: in no standard rule. */
    static final MediationLimit FAILS_FROM_APPLICATION = new MediationLimit(TimeLimit.calendarDays(10),
            MediationLimit.Start.APPLICATION, false, MediationLimit.Expiry.FAILS);

    /** A lifecycle whose every mediation runs on {@link #FAILS_FROM_APPLICATION}. */
    static final MediationLifecycle EXPIRING = MediationLifecycle.builder().grid(ChangdeWorld.TREE)
            .calendar(ChangdeWorld.CALENDAR).limits(MediationTimeLimits.builder().otherwise(FAILS_FROM_APPLICATION)
                    .confirmationWindow(TimeLimit.calendarDays(30)).build()).build();

    private static final AtomicLong IDS = new AtomicLong();

    /** A dispute's category, domain, committee, the committee's mediator, and the lifecycle it runs on. */
    record Kind(String name, MediationLifecycle lifecycle, MediationCategory category, DisputeDomain domain,
            CourtProcedure procedure, String committee, Actor mediator) {
    }

    /** The fixture's: an industry committee's medical dispute, 30 working days from acceptance, fails on expiry. */
    static final Kind MEDICAL = new Kind("medical", LIFECYCLE, MediationCategory.INDUSTRY_PROFESSIONAL,
            DisputeDomain.MEDICAL, CourtProcedure.NONE, WORKSTATION, MEDIATOR);
    /** A people's labour dispute: 15 days from the application, then the parties may leave. */
    static final Kind LABOUR = new Kind("labour", LIFECYCLE, MediationCategory.PEOPLES, DisputeDomain.LABOUR,
            CourtProcedure.NONE, LABOUR_COMMITTEE, LABOUR_MEDIATOR);
    /** A people's neighbourhood dispute: a month from acceptance, extendable, only warns. */
    static final Kind NEIGHBOURHOOD = new Kind("neighbourhood", LIFECYCLE, MediationCategory.PEOPLES,
            DisputeDomain.NEIGHBOURHOOD, CourtProcedure.NONE, WORKSTATION, MEDIATOR);
    /** A neighbourhood dispute on {@link #EXPIRING}. */
    static final Kind EXPIRING_AT_APPLICATION = new Kind("expiring", EXPIRING, MediationCategory.PEOPLES,
            DisputeDomain.NEIGHBOURHOOD, CourtProcedure.NONE, WORKSTATION, MEDIATOR);
    /** A court's mediation in a lawsuit under the ordinary procedure. */
    static final Kind JUDICIAL = new Kind("judicial", LIFECYCLE, MediationCategory.JUDICIAL, DisputeDomain.CONTRACT,
            CourtProcedure.ORDINARY, COURT, COURT_MEDIATOR);

    private DisputeStates() {
    }

    /** The kind of dispute on which {@code next} can pass its guards in {@code state}. */
    static Kind kindFor(DisputeState state, DisputeCommandType next) {
        boolean early = state == DisputeState.APPLIED || state == DisputeState.ACCEPTED;
        return switch (next) {
            case EXTEND -> NEIGHBOURHOOD;
            case FAIL -> early ? LABOUR : MEDICAL;
            case EXPIRE -> state == DisputeState.APPLIED ? EXPIRING_AT_APPLICATION : MEDICAL;
            case RAISE_WARNING -> state == DisputeState.APPLIED ? LABOUR : MEDICAL;
            default -> MEDICAL;
        };
    }

    /** When {@code next} is applied: two months on for the commands that need a limit to pass, else a day on. */
    static Instant when(DisputeCommandType next) {
        return switch (next) {
            case EXPIRE, RAISE_WARNING, FAIL -> T0.plus(Duration.ofDays(60));
            default -> T0.plus(Duration.ofDays(1));
        };
    }

    /** An application of a kind by the patient's family, with the fixture's two parties, in the village. */
    static DisputeApplication application(Kind k, String id) {
        return new DisputeApplication(cid(), APPLICANT, DisputeId.of(id), "CD-" + id, k.category(), k.domain(),
                k.procedure(), parties(), ChangdeWorld.VILLAGE, k.committee(), Money.yuan(5_000),
                text("邻居占用通道，联系13812345678"), PriorProceeding.NONE, null);
    }

    /** A dispute of a kind brought into a state, one hour per step from {@link MediationFixtures#T0}. */
    static Dispute in(Kind k, DisputeState state) {
        MediationLifecycle l = k.lifecycle();
        Actor m = k.mediator();
        Dispute d = l.apply(application(k, "ds-" + k.name() + "-" + state.name().toLowerCase().replace('_', '-') + "-"
                + IDS.incrementAndGet()), T0).next();
        Driver s = new Driver(l);
        switch (state) {
            case APPLIED -> {
                return d;
            }
            case DECLINED -> {
                return s.step(d, new DisputeCommand.Decline(cid(), m, DeclineReason.NOT_MEDIABLE, List.of(),
                        text("不属于调解范围")));
            }
            default -> { }
        }
        d = s.step(d, new DisputeCommand.Accept(cid(), m));
        if (state == DisputeState.ACCEPTED) {
            return d;
        }
        d = s.step(d, new DisputeCommand.Assign(cid(), m, List.of(Mediator.mediator(m.personId()),
                Mediator.lawyer("l-1"))));
        switch (state) {
            case MEDIATING -> {
                return d;
            }
            case SUSPENDED -> {
                return s.step(d, new DisputeCommand.SuspendForAppraisal(cid(), m, text("医疗损害鉴定")));
            }
            case TERMINATED -> {
                return s.step(d, new DisputeCommand.Withdraw(cid(), RESPONDENT, "p-hospital", text("不愿再调")));
            }
            case FAILED, DIVERTED, CLOSED -> {
                d = s.step(d, new DisputeCommand.Fail(cid(), m, List.of(), text("双方分歧过大")));
                if (state == DisputeState.FAILED) {
                    return d;
                }
                return s.step(d, command(state == DisputeState.DIVERTED ? DisputeCommandType.DIVERT
                        : DisputeCommandType.CLOSE, k, d));
            }
            default -> { }
        }
        d = s.step(d, command(DisputeCommandType.REACH_AGREEMENT, k, d));
        if (state == DisputeState.AGREED) {
            return d;
        }
        if (state == DisputeState.PERFORMED) {
            return s.step(d, command(DisputeCommandType.RECORD_PERFORMANCE, k, d));
        }
        d = s.step(d, command(DisputeCommandType.REQUEST_CONFIRMATION, k, d));
        return switch (state) {
            case CONFIRMATION_REQUESTED -> d;
            case CONFIRMED -> s.step(d, command(DisputeCommandType.CONFIRM, k, d));
            case CONFIRMATION_REFUSED -> s.step(d, command(DisputeCommandType.REFUSE_CONFIRMATION, k, d));
            default -> throw new IllegalStateException("no path to " + state);
        };
    }

    /** Applies commands an hour apart. */
    private static final class Driver {
        private final MediationLifecycle lifecycle;
        private Instant t = T0;

        Driver(MediationLifecycle lifecycle) {
            this.lifecycle = lifecycle;
        }

        Dispute step(Dispute d, DisputeCommand c) {
            t = t.plusSeconds(3600);
            return lifecycle.apply(d, c, t).next();
        }
    }

    /**
     * A command of a type, valid in content, from an actor who holds the permit the table gives it in the
     * state a dispute of the kind is in (where the table has a row), and passing the guards where it can.
     */
    static DisputeCommand command(DisputeCommandType type, Kind k, Dispute d) {
        Actor m = k.mediator();
        List<String> everyone = d.parties().stream().map(Party::partyId).toList();
        return switch (type) {
            case TRANSFER -> new DisputeCommand.Transfer(cid(), m, CENTRE, MediationCategory.PEOPLES,
                    text("转中心调解"));
            case REFUSE -> new DisputeCommand.Refuse(cid(), APPLICANT, "p-family", text("不愿调解"));
            case ACCEPT -> new DisputeCommand.Accept(cid(), m);
            case DECLINE -> new DisputeCommand.Decline(cid(), m, DeclineReason.OTHER, List.of(), text("不予受理"));
            case ASSIGN -> new DisputeCommand.Assign(cid(), m, List.of(Mediator.mediator(m.personId())));
            case SUSPEND_FOR_APPRAISAL -> new DisputeCommand.SuspendForAppraisal(cid(), m, text("伤残鉴定"));
            case RESUME -> new DisputeCommand.Resume(cid(), m);
            case EXTEND -> new DisputeCommand.Extend(cid(), m, TimeLimit.calendarDays(15), everyone, text("双方同意延长"));
            case REACH_AGREEMENT -> new DisputeCommand.ReachAgreement(cid(), m, agreement(LocalDate.of(2025, 3, 31)));
            // a party may fail it before the mediators are assigned (after a limit that lets them leave)
            case FAIL -> new DisputeCommand.Fail(cid(), d.mediators().isEmpty() ? APPLICANT : m, List.of(),
                    text("调解不成"));
            case EXPIRE -> new DisputeCommand.Expire(cid(), SYSTEM);
            case WITHDRAW -> new DisputeCommand.Withdraw(cid(), RESPONDENT, "p-hospital", text("撤回"));
            case REQUEST_CONFIRMATION -> new DisputeCommand.RequestConfirmation(cid(), APPLICANT, COURT, everyone);
            case CONFIRM -> new DisputeCommand.Confirm(cid(), JUDGE, text("(2025)湘0703民特1号"));
            case REFUSE_CONFIRMATION -> new DisputeCommand.RefuseConfirmation(cid(), JUDGE, text("协议内容违反法律规定"));
            case REMEDIATE -> new DisputeCommand.Remediate(cid(), m, text("重新调解"));
            case RECORD_PERFORMANCE -> new DisputeCommand.RecordPerformance(cid(), m, text("已履行"));
            case DIVERT -> new DisputeCommand.Divert(cid(), m, DisputeId.of(d.id() + "-2"), d.trackingNumber() + "-2",
                    MediationCategory.PRE_LITIGATION, CourtProcedure.NONE, COURT, text("转法院诉前调解"));
            case CLOSE -> new DisputeCommand.Close(cid(), m, List.of(d.state() == DisputeState.CONFIRMED
                    ? Route.ENFORCEMENT : Route.LITIGATION), text("结案"));
            case RAISE_WARNING -> new DisputeCommand.RaiseWarning(cid(), SYSTEM);
            case APPLY -> throw new IllegalArgumentException("APPLY creates a dispute");
        };
    }
}
