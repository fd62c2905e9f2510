package io.gridgov.spi.json;

import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommand;
import io.gridgov.core.cases.CaseEvent;
import io.gridgov.core.cases.CaseId;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CaseLifecycle;
import io.gridgov.core.cases.CaseReport;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Channel;
import io.gridgov.core.cases.ClosureOutcome;
import io.gridgov.core.cases.GeoPoint;
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
import io.gridgov.core.mediation.DeclineReason;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeApplication;
import io.gridgov.core.mediation.DisputeCommand;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.DisputeEvent;
import io.gridgov.core.mediation.DisputeId;
import io.gridgov.core.mediation.DisputeTransition;
import io.gridgov.core.mediation.MediationAgreement;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.MediationLifecycle;
import io.gridgov.core.mediation.Mediator;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.mediation.Party;
import io.gridgov.core.mediation.PriorProceeding;
import io.gridgov.core.mediation.Route;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.personal.PhoneNumber;
import io.gridgov.core.time.HolidaySchedule;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.core.time.WorkCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A small Changde-like world for the JSON tests (the core's test fixtures are not visible here), and the
 * cases and disputes the golden files hold: real aggregates, reached through the lifecycles at fixed
 * times, so the samples are deterministic.
 */
final class JsonWorld {
    static final LevelScheme CN = LevelScheme.chinaNational();
    static final String CHANGDE = "430700";
    static final String DINGCHENG = "430703";
    static final String TOWN = "430703101";
    static final String VILLAGE = "430703101201";
    static final String GRID = "430703101201001";

    static final GridTree TREE = GridTree.of(CN, List.of(
            Area.of("430000", "湖南省", CN.level("province"), null),
            Area.of(CHANGDE, "常德市", CN.level("prefecture"), "430000"),
            Area.of(DINGCHENG, "鼎城区", CN.level("county"), CHANGDE),
            Area.of(TOWN, "灌溪镇", CN.level("township"), DINGCHENG),
            Area.of(VILLAGE, "东村", CN.level("village"), TOWN),
            Area.grid(GRID, "东村第1网格", CN, GridKind.BASIC, VILLAGE)));
    static final WorkCalendar CALENDAR = WorkCalendar.china(List.of(HolidaySchedule.china2025()));
    static final CategoryTaxonomy TAXONOMY = CategoryTaxonomy.urbanAndSocial();
    static final CaseLifecycle CASES = CaseLifecycle.builder().grid(TREE).calendar(CALENDAR)
            .timeLimits(TimeLimitPolicy.standard(TAXONOMY, CN)).build();
    static final MediationLifecycle DISPUTES = MediationLifecycle.builder().grid(TREE).calendar(CALENDAR).build();

    static final Actor RESIDENT = Actor.of("r-1", Role.RESIDENT, "public", CHANGDE);
    static final Actor DISPATCHER = Actor.of("td-1", Role.DISPATCHER, "town-centre", TOWN);
    static final Actor HANDLER = Actor.of("hw-1", Role.HANDLER, "highway", DINGCHENG);
    static final Actor SUPERVISOR = Actor.of("sv-1", Role.SUPERVISOR, "city-supervision", CHANGDE);
    static final Actor SYSTEM = Actor.of("engine", Role.SYSTEM, "gridgov", CHANGDE);
    static final Actor APPLICANT = Actor.of("p-family", Role.RESIDENT, "public", CHANGDE);
    static final Actor MEDIATOR = Actor.of("m-med", Role.MEDIATOR, "medical-workstation", DINGCHENG);
    static final Actor JUDGE = Actor.of("j-1", Role.JUDGE, "dingcheng-court", DINGCHENG);

    /** Monday 3 March 2025, 09:00 in China. */
    static final Instant T0 = LocalDateTime.of(2025, 3, 3, 9, 0).atZone(WorkCalendar.CHINA).toInstant();

    private JsonWorld() {
    }

    static Instant hours(long h) {
        return T0.plusSeconds(3600 * h);
    }

    static FreeText text(String s) {
        return FreeText.of(s);
    }

    /** A case's road through the loop: every snapshot and every event, in order. */
    record CaseRun(List<Case> snapshots, List<CaseEvent> events, List<CaseCommand> commands, CaseReport report) {
        Case last() {
            return snapshots.get(snapshots.size() - 1);
        }

        Case step(CaseCommand c, Instant now) {
            Transition t = CASES.apply(last(), c, now);
            snapshots.add(t.next());
            events.addAll(t.events());
            commands.add(c);
            return t.next();
        }
    }

    static CaseReport roadReport(String id) {
        return new CaseReport(CommandId.of(id + "-c0"), RESIDENT, CaseId.of(id), "CD-20250303-" + id, CaseKind.HELP,
                "C0201", Channel.APP, Priority.ROUTINE, Location.of(GRID, new GeoPoint(29.0212, 111.6987),
                        text("东村村口到镇上的路")),
                Reporter.of("r-1", PersonName.of("张三"), PhoneNumber.parse("13812345678")),
                text("村里的路坏了，坑很多，请尽快修。联系13812345678"), "town-centre", TOWN);
    }

    static CaseRun start(CaseReport report) {
        Transition t = CASES.report(report, T0);
        return new CaseRun(new ArrayList<>(List.of(t.next())), new ArrayList<>(t.events()), new ArrayList<>(), report);
    }

    /** Reported, registered, dispatched, suspended and resumed, extended, handled, closed, evaluated, reopen asked. */
    static CaseRun roadCase() {
        CaseRun r = start(roadReport("case-1"));
        int n = 0;
        r.step(new CaseCommand.Register(cid("case-1", ++n), DISPATCHER, CaseKind.HELP, "C0201", Priority.URGENT), hours(1));
        r.step(new CaseCommand.Dispatch(cid("case-1", ++n), DISPATCHER, "highway", List.of("water-bureau")), hours(2));
        r.step(new CaseCommand.SignFor(cid("case-1", ++n), HANDLER), hours(3));
        r.step(new CaseCommand.RequestExtension(cid("case-1", ++n), HANDLER, TimeLimit.workingDays(3),
                text("需要等沥青")), hours(4));
        r.step(new CaseCommand.Suspend(cid("case-1", ++n), DISPATCHER, SuspensionReason.WEATHER, text("连续降雨")), hours(5));
        r.step(new CaseCommand.Urge(cid("case-1", ++n), RESIDENT, text("什么时候修？")), hours(6));
        r.step(new CaseCommand.Resume(cid("case-1", ++n), DISPATCHER), hours(50));
        r.step(new CaseCommand.ApproveExtension(cid("case-1", ++n), DISPATCHER), hours(51));
        r.step(new CaseCommand.FeedBack(cid("case-1", ++n), HANDLER, text("已修补"), List.of("oss://e/1.jpg")), hours(52));
        r.step(new CaseCommand.VerifyPass(cid("case-1", ++n), DISPATCHER, ClosureOutcome.RESOLVED, text("现场核实")),
                hours(53));
        r.step(new CaseCommand.Evaluate(cid("case-1", ++n), RESIDENT, Satisfaction.DISSATISFIED, text("还有坑")),
                hours(54));
        r.step(new CaseCommand.RequestReopen(cid("case-1", ++n), RESIDENT, text("没修好")), hours(55));
        return r;
    }

    /** A duplicate report merged into the road case. */
    static CaseRun mergedCase() {
        CaseRun r = start(new CaseReport(CommandId.of("case-2-c0"), SYSTEM, CaseId.of("case-2"), "CD-20250303-case-2",
                CaseKind.HAZARD, "C0201", Channel.HOTLINE_12345, Priority.EMERGENCY, Location.inArea(GRID),
                Reporter.anonymous(), text("路面塌陷"), "town-centre", TOWN));
        r.step(new CaseCommand.Merge(cid("case-2", 1), DISPATCHER, CaseId.of("case-1"), FreeText.empty()), hours(1));
        return r;
    }

    static CommandId cid(String id, int n) {
        return CommandId.of(id + "-c" + n);
    }

    /** A dispute's road: every snapshot, event and command; diversions add the opened dispute's snapshot. */
    record DisputeRun(List<Dispute> snapshots, List<DisputeEvent> events, List<DisputeCommand> commands,
            DisputeApplication application) {
        Dispute last() {
            return snapshots.get(snapshots.size() - 1);
        }

        DisputeTransition step(DisputeCommand c, Instant now) {
            DisputeTransition t = DISPUTES.apply(last(), c, now);
            snapshots.add(t.next());
            events.addAll(t.events());
            commands.add(c);
            return t;
        }
    }

    static DisputeApplication medicalApplication(String id) {
        return new DisputeApplication(CommandId.of(id + "-c0"), APPLICANT, DisputeId.of(id), "TJ-20250303-" + id,
                MediationCategory.INDUSTRY_PROFESSIONAL, DisputeDomain.MEDICAL, CourtProcedure.NONE,
                List.of(Party.applicant("p-family", PersonName.of("李四")),
                        Party.respondent("p-hospital", PersonName.of("鼎城区某医院"))),
                VILLAGE, "medical-workstation", Money.yuan(120_000), text("手术后遗症，要求医院赔偿，联系13912345678"),
                PriorProceeding.NONE, null);
    }

    static DisputeRun startDispute(DisputeApplication a) {
        DisputeTransition t = DISPUTES.apply(a, T0);
        return new DisputeRun(new ArrayList<>(List.of(t.next())), new ArrayList<>(t.events()), new ArrayList<>(), a);
    }

    /** Applied, accepted, assigned, appraised, agreed, confirmed by the court, performed, closed. */
    static DisputeRun confirmedDispute() {
        DisputeRun r = startDispute(medicalApplication("d-1"));
        int n = 0;
        r.step(new DisputeCommand.Accept(cid("d-1", ++n), MEDIATOR), hours(1));
        r.step(new DisputeCommand.Assign(cid("d-1", ++n), MEDIATOR, List.of(Mediator.mediator("m-med"),
                Mediator.lawyer("l-1"))), hours(2));
        r.step(new DisputeCommand.SuspendForAppraisal(cid("d-1", ++n), MEDIATOR, text("医疗损害鉴定")), hours(3));
        r.step(new DisputeCommand.Resume(cid("d-1", ++n), MEDIATOR), hours(200));
        r.step(new DisputeCommand.ReachAgreement(cid("d-1", ++n), MEDIATOR, new MediationAgreement(
                List.of("p-family", "p-hospital"), text("2015年手术，术后出现并发症"), text("医院是否存在过错及赔偿数额"),
                text("医院承担主要责任"), text("医院一次性补偿李四八万元"), text("银行转账"), LocalDate.of(2025, 4, 30),
                Money.yuan(80_000))), hours(201));
        r.step(new DisputeCommand.RequestConfirmation(cid("d-1", ++n), MEDIATOR, "dingcheng-court",
                List.of("p-family", "p-hospital")), hours(202));
        r.step(new DisputeCommand.Confirm(cid("d-1", ++n), JUDGE, text("协议有效")), hours(250));
        r.step(new DisputeCommand.RecordPerformance(cid("d-1", ++n), MEDIATOR, text("已转账")), hours(300));
        r.step(new DisputeCommand.Close(cid("d-1", ++n), MEDIATOR, List.of(), text("结案")), hours(301));
        return r;
    }

    /** Declined by the workstation and diverted to the people's committee: the declined one and the new one. */
    static DisputeRun divertedDispute() {
        DisputeRun r = startDispute(medicalApplication("d-2"));
        r.step(new DisputeCommand.Decline(cid("d-2", 1), MEDIATOR, DeclineReason.OTHER, List.of(Route.OTHER_MEDIATION),
                text("更适合人民调解")), hours(1));
        DisputeTransition t = r.step(new DisputeCommand.Divert(cid("d-2", 2), MEDIATOR, DisputeId.of("d-3"),
                "TJ-20250303-d-3", MediationCategory.PEOPLES, CourtProcedure.NONE, "town-committee",
                text("转人民调解委员会")), hours(2));
        r.snapshots().add(t.opened().orElseThrow().next());
        r.events().addAll(t.opened().orElseThrow().events());
        return r;
    }
}
