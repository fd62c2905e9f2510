package io.gridgov.core.mediation;

import io.gridgov.core.ChangdeWorld;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.PersonName;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.gridgov.core.ChangdeWorld.CHANGDE;
import static io.gridgov.core.ChangdeWorld.DINGCHENG;
import static io.gridgov.core.ChangdeWorld.TOWN;

/**
 * Disputes in the Changde-like world: the parties (a patient's family and a hospital), Dingcheng's
 * people's mediation guidance centre, the medical-dispute workstation with its mediator and a lawyer,
 * a town labour-dispute committee, the district court, the district centre and the engine; and a way
 * to bring a dispute into every state.
 */
final class MediationFixtures {
    static final String CENTRE = "dingcheng-mediation-centre";
    static final String WORKSTATION = "medical-workstation";
    static final String LABOUR_COMMITTEE = "town-labour-committee";
    static final String COURT = "dingcheng-court";
    static final String DISTRICT_CENTRE = "dingcheng-centre";

    static final Actor APPLICANT = Actor.of("p-family", Role.RESIDENT, "public", CHANGDE);
    static final Actor RESPONDENT = Actor.of("p-hospital", Role.RESIDENT, "public", CHANGDE);
    static final Actor STRANGER = Actor.of("p-other", Role.RESIDENT, "public", CHANGDE);
    static final Actor CENTRE_MEDIATOR = Actor.of("m-centre", Role.MEDIATOR, CENTRE, DINGCHENG);
    static final Actor MEDIATOR = Actor.of("m-med", Role.MEDIATOR, WORKSTATION, DINGCHENG);
    static final Actor LAWYER = Actor.of("l-1", Role.MEDIATOR, WORKSTATION, DINGCHENG);
    static final Actor OTHER_MEDIATOR = Actor.of("m-2", Role.MEDIATOR, WORKSTATION, DINGCHENG);
    static final Actor LABOUR_MEDIATOR = Actor.of("m-lab", Role.MEDIATOR, LABOUR_COMMITTEE, TOWN);
    static final Actor JUDGE = Actor.of("j-1", Role.JUDGE, COURT, DINGCHENG);
    static final Actor OTHER_JUDGE = Actor.of("j-2", Role.JUDGE, "wuling-court", CHANGDE);
    static final Actor DISPATCHER = Actor.of("dd-1", Role.DISPATCHER, DISTRICT_CENTRE, DINGCHENG);
    static final Actor SYSTEM = Actor.of("engine", Role.SYSTEM, "gridgov", CHANGDE);

    /** Every actor, for random sequences. */
    static final List<Actor> ACTORS = List.of(APPLICANT, RESPONDENT, STRANGER, CENTRE_MEDIATOR, MEDIATOR, LAWYER,
            OTHER_MEDIATOR, LABOUR_MEDIATOR, JUDGE, OTHER_JUDGE, DISPATCHER, SYSTEM);

    static final MediationLifecycle LIFECYCLE = MediationLifecycle.builder().grid(ChangdeWorld.TREE)
            .calendar(ChangdeWorld.CALENDAR).build();

    /** 2025-03-03 09:00, a Monday. */
    static final Instant T0 = ChangdeWorld.at(2025, 3, 3, 9, 0);

    private static final AtomicLong IDS = new AtomicLong();

    private MediationFixtures() {
    }

    static CommandId cid() {
        return CommandId.of("cmd-" + IDS.incrementAndGet());
    }

    static FreeText text(String s) {
        return FreeText.of(s);
    }

    static List<Party> parties() {
        return List.of(Party.applicant("p-family", PersonName.of("李四")),
                Party.respondent("p-hospital", PersonName.of("鼎城区某医院")));
    }

    /** A medical dispute applied for by the patient's family at the district's guidance centre. */
    static DisputeApplication medical(String id) {
        return application(id, MediationCategory.PEOPLES, DisputeDomain.MEDICAL, CENTRE, APPLICANT);
    }

    /** An application in the village grid's area, with the two parties. */
    static DisputeApplication application(String id, MediationCategory category, DisputeDomain domain,
            String committee, Actor actor) {
        return new DisputeApplication(cid(), actor, DisputeId.of(id), "CD-" + id, category, domain,
                category == MediationCategory.JUDICIAL ? CourtProcedure.ORDINARY : CourtProcedure.NONE, parties(),
                ChangdeWorld.VILLAGE, committee, Money.yuan(120_000), text("十年前手术后遗症，要求医院赔偿，联系13812345678"),
                PriorProceeding.NONE, null);
    }

    static DisputeTransition apply(DisputeApplication a, Instant now) {
        return LIFECYCLE.apply(a, now);
    }

    /** Applies a command, returning the next dispute. */
    static Dispute step(Dispute d, DisputeCommand c, Instant now) {
        return LIFECYCLE.apply(d, c, now).next();
    }

    static MediationAgreement agreement(LocalDate performBy) {
        return new MediationAgreement(List.of("p-family", "p-hospital"), text("2015年手术，术后出现并发症"),
                text("医院是否存在过错及赔偿数额"), text("医院承担主要责任"), text("医院一次性补偿李四八万元"),
                text("银行转账"), performBy, Money.yuan(80_000));
    }

    /**
     * A people's-mediation medical dispute brought into a state, one day per step from {@link #T0}:
     * applied at the guidance centre with the workstation as committee; accepted, assigned to the
     * mediator and the lawyer, agreed, and so on. {@code DIVERTED} and {@code CLOSED} come from a failure.
     */
    static Dispute in(DisputeState state) {
        Instant t = T0;
        Dispute d = apply(application("d-" + state.name().toLowerCase().replace('_', '-') + "-" + IDS.incrementAndGet(),
                MediationCategory.INDUSTRY_PROFESSIONAL, DisputeDomain.MEDICAL, WORKSTATION, APPLICANT), t).next();
        switch (state) {
            case APPLIED -> {
                return d;
            }
            case DECLINED -> {
                return step(d, new DisputeCommand.Decline(cid(), MEDIATOR, DeclineReason.NOT_MEDIABLE, List.of(),
                        text("不属于调解范围")), t = t.plusSeconds(3600));
            }
            default -> { }
        }
        d = step(d, new DisputeCommand.Accept(cid(), MEDIATOR), t = t.plusSeconds(3600));
        if (state == DisputeState.ACCEPTED) {
            return d;
        }
        d = step(d, new DisputeCommand.Assign(cid(), MEDIATOR, List.of(Mediator.mediator("m-med"),
                Mediator.lawyer("l-1"))), t = t.plusSeconds(3600));
        switch (state) {
            case MEDIATING -> {
                return d;
            }
            case SUSPENDED -> {
                return step(d, new DisputeCommand.SuspendForAppraisal(cid(), MEDIATOR, text("医疗损害鉴定")),
                        t.plusSeconds(3600));
            }
            case TERMINATED -> {
                return step(d, new DisputeCommand.Withdraw(cid(), RESPONDENT, "p-hospital", text("不愿再调")),
                        t.plusSeconds(3600));
            }
            case FAILED, DIVERTED, CLOSED -> {
                d = step(d, new DisputeCommand.Fail(cid(), MEDIATOR, List.of(), text("双方分歧过大")),
                        t = t.plusSeconds(3600));
                if (state == DisputeState.FAILED) {
                    return d;
                }
                if (state == DisputeState.DIVERTED) {
                    return step(d, new DisputeCommand.Divert(cid(), MEDIATOR, DisputeId.of(d.id() + "-2"),
                            d.trackingNumber() + "-2", MediationCategory.PRE_LITIGATION, CourtProcedure.NONE, COURT,
                            text("转法院诉前调解")), t.plusSeconds(3600));
                }
                return step(d, new DisputeCommand.Close(cid(), MEDIATOR, List.of(Route.LITIGATION), text("当事人起诉")),
                        t.plusSeconds(3600));
            }
            default -> { }
        }
        d = step(d, new DisputeCommand.ReachAgreement(cid(), MEDIATOR, agreement(LocalDate.of(2025, 3, 31))),
                t = t.plusSeconds(3600));
        if (state == DisputeState.AGREED) {
            return d;
        }
        if (state == DisputeState.PERFORMED) {
            return step(d, new DisputeCommand.RecordPerformance(cid(), MEDIATOR, text("已转账")), t.plusSeconds(3600));
        }
        d = step(d, new DisputeCommand.RequestConfirmation(cid(), APPLICANT, COURT, List.of("p-family", "p-hospital")),
                t = t.plusSeconds(3600));
        return switch (state) {
            case CONFIRMATION_REQUESTED -> d;
            case CONFIRMED -> step(d, new DisputeCommand.Confirm(cid(), JUDGE, text("(2025)湘0703民特1号")),
                    t.plusSeconds(3600));
            case CONFIRMATION_REFUSED -> step(d, new DisputeCommand.RefuseConfirmation(cid(), JUDGE,
                    text("协议内容违反法律规定")), t.plusSeconds(3600));
            default -> throw new IllegalStateException("no path to " + state);
        };
    }

}
