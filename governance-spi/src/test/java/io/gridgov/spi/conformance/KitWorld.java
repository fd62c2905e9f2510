package io.gridgov.spi.conformance;

import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommand;
import io.gridgov.core.cases.CaseId;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CaseLifecycle;
import io.gridgov.core.cases.CaseReport;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Channel;
import io.gridgov.core.cases.ClosureOutcome;
import io.gridgov.core.cases.Location;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.cases.Reporter;
import io.gridgov.core.cases.Satisfaction;
import io.gridgov.core.cases.SuspensionReason;
import io.gridgov.core.cases.TimeLimitPolicy;
import io.gridgov.core.cases.Transition;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.mediation.CourtProcedure;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeApplication;
import io.gridgov.core.mediation.DisputeCommand;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.DisputeId;
import io.gridgov.core.mediation.DisputeTransition;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.MediationLifecycle;
import io.gridgov.core.mediation.Mediator;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.mediation.Party;
import io.gridgov.core.mediation.PriorProceeding;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.personal.PhoneNumber;
import io.gridgov.core.time.HolidaySchedule;
import io.gridgov.core.time.WorkCalendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The conformance kit's own small world (core's test fixtures are not published): a Changde-like grid
 * tree (a city, two districts, three townships, villages and grids), the 2025 calendar, the standard
 * taxonomy and time limits, the organisations and people who act, and the commands that move a case or a
 * dispute a step. Cases and disputes are produced by the real lifecycles, so stores are tested on real
 * snapshots and events.
 */
public final class KitWorld {
    public static final LevelScheme CN = LevelScheme.chinaNational();
    public static final String HUNAN = "430000";
    public static final String CHANGDE = "430700";
    public static final String WULING = "430702";
    public static final String DINGCHENG = "430703";
    public static final String TOWN = "430703101";
    public static final String TOWN_B = "430703102";
    public static final String STREET_W = "430702001";
    public static final String VILLAGE = "430703101201";
    public static final String VILLAGE_2 = "430703101202";
    public static final String VILLAGE_B = "430703102201";
    public static final String COMMUNITY_W = "430702001001";
    public static final String GRID = "430703101201001";
    public static final String GRID_2 = "430703101201002";
    public static final String GRID_3 = "430703101202001";
    public static final String GRID_B = "430703102201001";
    public static final String GRID_W = "430702001001001";

    public static final GridTree TREE = GridTree.of(CN, List.of(
            Area.of(HUNAN, "湖南省", CN.level("province"), null),
            Area.of(CHANGDE, "常德市", CN.level("prefecture"), HUNAN),
            Area.of(WULING, "武陵区", CN.level("county"), CHANGDE),
            Area.of(DINGCHENG, "鼎城区", CN.level("county"), CHANGDE),
            Area.of(TOWN, "灌溪镇", CN.level("township"), DINGCHENG),
            Area.of(TOWN_B, "石公桥镇", CN.level("township"), DINGCHENG),
            Area.of(STREET_W, "穿紫河街道", CN.level("township"), WULING),
            Area.of(VILLAGE, "东村", CN.level("village"), TOWN),
            Area.of(VILLAGE_2, "南村", CN.level("village"), TOWN),
            Area.of(VILLAGE_B, "西村", CN.level("village"), TOWN_B),
            Area.of(COMMUNITY_W, "紫河社区", CN.level("village"), STREET_W),
            Area.grid(GRID, "东村第1网格", CN, GridKind.BASIC, VILLAGE),
            Area.grid(GRID_2, "东村第2网格", CN, GridKind.BASIC, VILLAGE),
            Area.grid(GRID_3, "南村第1网格", CN, GridKind.BASIC, VILLAGE_2),
            Area.grid(GRID_B, "西村第1网格", CN, GridKind.BASIC, VILLAGE_B),
            Area.grid(GRID_W, "紫河社区第1网格", CN, GridKind.BASIC, COMMUNITY_W)));
    /**
     * The kit's villages and grids as a forest whose roots lie at the village and grid levels, so that
     * {@link io.gridgov.spi.store.AreaSubtree#of} lists each village by its exact code
     * ({@link io.gridgov.spi.store.AreaSubtree#codes()}) and its grids by prefix: queries over it check that a
     * store honours both halves of an area selection.
     */
    public static final GridTree VILLAGE_FOREST = GridTree.of(CN, List.of(
            Area.of(VILLAGE, "东村", CN.level("village"), null),
            Area.of(VILLAGE_2, "南村", CN.level("village"), null),
            Area.of(VILLAGE_B, "西村", CN.level("village"), null),
            Area.of(COMMUNITY_W, "紫河社区", CN.level("village"), null),
            Area.grid(GRID, "东村第1网格", CN, GridKind.BASIC, VILLAGE),
            Area.grid(GRID_2, "东村第2网格", CN, GridKind.BASIC, VILLAGE),
            Area.grid(GRID_3, "南村第1网格", CN, GridKind.BASIC, VILLAGE_2),
            Area.grid(GRID_B, "西村第1网格", CN, GridKind.BASIC, VILLAGE_B),
            Area.grid(GRID_W, "紫河社区第1网格", CN, GridKind.BASIC, COMMUNITY_W),
            Area.grid("430799001001001", "飞地网格", CN, GridKind.BASIC, null)));
    public static final WorkCalendar CALENDAR = WorkCalendar.china(List.of(HolidaySchedule.china2025()));
    public static final CategoryTaxonomy TAXONOMY = CategoryTaxonomy.urbanAndSocial();
    public static final CaseLifecycle CASES = CaseLifecycle.builder().grid(TREE).calendar(CALENDAR)
            .timeLimits(TimeLimitPolicy.standard(TAXONOMY, CN)).build();
    public static final MediationLifecycle DISPUTES = MediationLifecycle.builder().grid(TREE).calendar(CALENDAR).build();

    /** Monday 3 March 2025, 09:00 in China. */
    public static final Instant T0 = LocalDateTime.of(2025, 3, 3, 9, 0).atZone(WorkCalendar.CHINA).toInstant();

    public static final String TOWN_CENTRE = "town-101-centre";
    public static final String TOWN_B_CENTRE = "town-102-centre";
    public static final String STREET_W_CENTRE = "street-w-centre";
    public static final String DISTRICT_CENTRE = "dingcheng-centre";
    public static final String HIGHWAY = "highway-maintenance-centre";
    public static final String WORKSTATION = "medical-workstation";
    public static final String CENTRE = "dingcheng-mediation-centre";
    public static final String COURT = "dingcheng-court";

    public static final Actor RESIDENT = Actor.of("r-1", Role.RESIDENT, "residents", CHANGDE);
    public static final Actor TOWN_DISPATCHER = Actor.of("td-1", Role.DISPATCHER, TOWN_CENTRE, TOWN);
    public static final Actor TOWN_B_DISPATCHER = Actor.of("tb-1", Role.DISPATCHER, TOWN_B_CENTRE, TOWN_B);
    public static final Actor STREET_W_DISPATCHER = Actor.of("sw-1", Role.DISPATCHER, STREET_W_CENTRE, STREET_W);
    public static final Actor DISTRICT_DISPATCHER = Actor.of("dd-1", Role.DISPATCHER, DISTRICT_CENTRE, DINGCHENG);
    public static final Actor HIGHWAY_HANDLER = Actor.of("hw-1", Role.HANDLER, HIGHWAY, CHANGDE);
    public static final Actor APPLICANT = Actor.of("p-family", Role.RESIDENT, "public", CHANGDE);
    public static final Actor RESPONDENT = Actor.of("p-hospital", Role.RESIDENT, "public", CHANGDE);
    public static final Actor WORKSTATION_MEDIATOR = Actor.of("m-med", Role.MEDIATOR, WORKSTATION, DINGCHENG);
    public static final Actor CENTRE_MEDIATOR = Actor.of("m-centre", Role.MEDIATOR, CENTRE, DINGCHENG);

    private KitWorld() {
    }

    static FreeText text(String s) {
        return FreeText.of(s);
    }

    /** The township (or street) whose centre owns cases reported in an area, and its dispatcher. */
    static Actor dispatcherFor(String areaCode) {
        if (areaCode.startsWith(TOWN)) {
            return TOWN_DISPATCHER;
        }
        return areaCode.startsWith(TOWN_B) ? TOWN_B_DISPATCHER : STREET_W_DISPATCHER;
    }

    /** A resident's report of a damaged road in an area, received by the area's township centre. */
    public static Transition report(String caseId, String trackingNumber, String areaCode, CommandId id, Instant at) {
        Actor dispatcher = dispatcherFor(areaCode);
        return CASES.report(new CaseReport(id, RESIDENT, CaseId.of(caseId), trackingNumber, CaseKind.HELP, "C0201",
                Channel.APP, Priority.ROUTINE, Location.of(areaCode, null, text("村口到镇上的路")),
                Reporter.of("r-1", PersonName.of("张三"), PhoneNumber.parse("13812345678")),
                text("路坏了，坑很多。联系13812345678"), dispatcher.organisation(), dispatcher.areaScope().iterator().next()), at);
    }

    /** A command the resident may repeat on any open case: urging. */
    public static Transition urge(Case c, CommandId id, Instant at) {
        return CASES.apply(c, new CaseCommand.Urge(id, RESIDENT, text("")), at);
    }

    /**
     * The next step along the closed loop (register, dispatch, sign for, feed back, verify, evaluate), or
     * one of its exits (reject, withdraw, suspend, escalate), chosen by {@code choice} in 0..99.
     *
     * @return the transition, or null if the case has no further step here
     */
    static Transition step(Case c, int choice, CommandId id, Instant at) {
        Actor owner = c.owner().equals(DISTRICT_CENTRE) ? DISTRICT_DISPATCHER : dispatcherFor(c.location().areaCode());
        CaseCommand command = switch (c.state()) {
            case REPORTED -> choice < 8 ? new CaseCommand.Reject(id, owner, text("不属实"))
                    : choice < 14 ? new CaseCommand.Withdraw(id, RESIDENT, text(""))
                    : new CaseCommand.Register(id, owner, CaseKind.HELP, "C0201", Priority.ROUTINE);
            case REGISTERED -> choice < 15 && !owner.equals(DISTRICT_DISPATCHER) && !owner.equals(STREET_W_DISPATCHER)
                    ? new CaseCommand.Escalate(id, owner, DINGCHENG, DISTRICT_CENTRE, false, text("镇里修不了"))
                    : new CaseCommand.Dispatch(id, owner, HIGHWAY, List.of());
            case DISPATCHED -> new CaseCommand.SignFor(id, HIGHWAY_HANDLER);
            case IN_PROGRESS -> choice < 15 ? new CaseCommand.Suspend(id, owner, SuspensionReason.WEATHER, text("雨季"))
                    : new CaseCommand.FeedBack(id, HIGHWAY_HANDLER, text("已修复"), List.of());
            case SUSPENDED -> new CaseCommand.Resume(id, owner);
            case HANDLED -> new CaseCommand.VerifyPass(id, owner, ClosureOutcome.RESOLVED, text(""));
            case CLOSED -> new CaseCommand.Evaluate(id, RESIDENT, Satisfaction.SATISFIED, text(""));
            case EVALUATED, REJECTED, MERGED, WITHDRAWN -> null;
        };
        return command == null ? null : CASES.apply(c, command, at);
    }

    /** The mediator of a committee. */
    static Actor mediatorOf(String committee) {
        return committee.equals(WORKSTATION) ? WORKSTATION_MEDIATOR : CENTRE_MEDIATOR;
    }

    /** A medical dispute applied for by a patient's family at a committee, arising in an area. */
    public static DisputeTransition apply(String disputeId, String trackingNumber, String areaCode, String committee,
            CommandId id, Instant at) {
        MediationCategory category = committee.equals(WORKSTATION) ? MediationCategory.INDUSTRY_PROFESSIONAL
                : MediationCategory.PEOPLES;
        return DISPUTES.apply(new DisputeApplication(id, APPLICANT, DisputeId.of(disputeId), trackingNumber, category,
                DisputeDomain.MEDICAL, CourtProcedure.NONE, List.of(Party.applicant("p-family", PersonName.of("李四")),
                        Party.respondent("p-hospital", PersonName.of("某医院"))), areaCode, committee, Money.yuan(120_000),
                text("手术后遗症，要求赔偿，联系13812345678"), PriorProceeding.NONE, null), at);
    }

    /**
     * A command the committee may issue again and again on a dispute it accepted: accept an application,
     * assign a mediator, then suspend for an appraisal and resume, alternately.
     */
    public static DisputeTransition advance(Dispute d, CommandId id, Instant at) {
        Actor mediator = mediatorOf(d.committee());
        DisputeCommand command = switch (d.state()) {
            case APPLIED -> new DisputeCommand.Accept(id, mediator);
            case ACCEPTED -> new DisputeCommand.Assign(id, mediator, List.of(Mediator.mediator(mediator.personId())));
            case MEDIATING -> new DisputeCommand.SuspendForAppraisal(id, mediator, text("医疗损害鉴定"));
            case SUSPENDED -> new DisputeCommand.Resume(id, mediator);
            default -> throw new IllegalStateException("the kit advances disputes only up to mediation, not " + d);
        };
        return DISPUTES.apply(d, command, at);
    }

    /**
     * The next step of a dispute (accept or decline, assign, then fail, withdraw or suspend), chosen by
     * {@code choice} in 0..99; null if the kit takes it no further.
     */
    static DisputeTransition step(Dispute d, int choice, CommandId id, Instant at) {
        Actor mediator = mediatorOf(d.committee());
        DisputeCommand command = switch (d.state()) {
            case APPLIED -> choice < 10
                    ? new DisputeCommand.Decline(id, mediator, io.gridgov.core.mediation.DeclineReason.NOT_MEDIABLE,
                            List.of(), text("不属于调解范围"))
                    : new DisputeCommand.Accept(id, mediator);
            case ACCEPTED -> new DisputeCommand.Assign(id, mediator, List.of(Mediator.mediator(mediator.personId())));
            case MEDIATING -> choice < 20 ? new DisputeCommand.Fail(id, mediator, List.of(), text("分歧过大"))
                    : choice < 30 ? new DisputeCommand.Withdraw(id, RESPONDENT, "p-hospital", text("不愿再调"))
                    : choice < 45 ? new DisputeCommand.SuspendForAppraisal(id, mediator, text("鉴定"))
                    : null;
            case FAILED -> new DisputeCommand.Divert(id, mediator, DisputeId.of(d.id().value() + "-2"),
                    d.trackingNumber() + "-2", MediationCategory.PRE_LITIGATION, CourtProcedure.NONE, COURT,
                    text("转法院诉前调解"));
            default -> null;
        };
        return command == null ? null : DISPUTES.apply(d, command, at);
    }

    /** A failure of a dispute being mediated, then (with {@link #divert}) a diversion to the court. */
    public static DisputeTransition fail(Dispute d, CommandId id, Instant at) {
        return DISPUTES.apply(d, new DisputeCommand.Fail(id, mediatorOf(d.committee()), List.of(), text("分歧过大")), at);
    }

    /** Diverts a failed dispute to the district court's pre-litigation mediation, opening {@code newId}. */
    public static DisputeTransition divert(Dispute d, String newId, CommandId id, Instant at) {
        return DISPUTES.apply(d, new DisputeCommand.Divert(id, mediatorOf(d.committee()), DisputeId.of(newId),
                "TN-" + newId, MediationCategory.PRE_LITIGATION, CourtProcedure.NONE, COURT, text("转法院诉前调解")), at);
    }
}
