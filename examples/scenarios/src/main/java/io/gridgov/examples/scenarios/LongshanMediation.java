package io.gridgov.examples.scenarios;

import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommand;
import io.gridgov.core.cases.CaseEvent;
import io.gridgov.core.cases.CaseId;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CaseLifecycle;
import io.gridgov.core.cases.CaseReport;
import io.gridgov.core.cases.Channel;
import io.gridgov.core.cases.Location;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.cases.Reporter;
import io.gridgov.core.cases.Satisfaction;
import io.gridgov.core.cases.SuspensionReason;
import io.gridgov.core.cases.Transition;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.mediation.CourtProcedure;
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
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.personal.PhoneNumber;
import io.gridgov.core.stats.MediationStats;
import io.gridgov.core.time.WorkCalendar;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A neighbourhood dispute in Longshan Road Street, from the case to the mediation and back: water from
 * an upstairs flat leaks into the one below; the resident downstairs calls it in; the street centre
 * registers a case of kind DISPUTE and dispatches it to the community's people's mediation committee,
 * which opens a dispute from the case, accepts it, mediates with the community's legal adviser, has both
 * neighbours sign an agreement, records that it was performed and closes it; the outcome is reported
 * back and closes the case, which the resident then evaluates. Prints what a host would show: states,
 * deadlines, the outcome, the success rate; names, phone numbers and what people said stay masked.
 */
final class LongshanMediation {
    private static final String STREET_CENTRE = "longshan-street-centre";
    private static final String COMMITTEE = "fulong-peoples-mediation-committee";

    private final PrintStream out;
    private final CaseLifecycle cases;
    private final MediationLifecycle mediation;
    private int commands;

    private LongshanMediation(PrintStream out, GridTree tree) {
        this.out = out;
        this.cases = LongshanCases.lifecycle(tree);
        this.mediation = MediationLifecycle.builder().grid(tree).calendar(LongshanCases.calendar()).build();
    }

    static void run(PrintStream out, GridTree tree) {
        new LongshanMediation(out, tree).leak(tree);
    }

    private void leak(GridTree tree) {
        String street = tree.roots().get(0).code();
        Area grid = tree.subtree(street).filter(Area::isGrid).skip(2).findFirst().orElseThrow();
        Area flat = tree.children(grid.code()).get(0);
        Actor downstairs = Actor.of("resident-2207", Role.RESIDENT, "residents", street);
        Actor upstairs = Actor.of("resident-2307", Role.RESIDENT, "residents", street);
        Actor operator = Actor.of("op-07", Role.DISPATCHER, STREET_CENTRE, street);
        Actor committeeHandler = Actor.of("med-11", Role.HANDLER, COMMITTEE, street);
        Actor mediator = Actor.of("med-11", Role.MEDIATOR, COMMITTEE, street);
        Actor engine = Actor.of("engine", Role.SYSTEM, "gridgov", street);

        out.println("-- The case: a leak from the flat upstairs, reported as a dispute");
        Instant t = LongshanCases.at(2025, 11, 3, 9, 30); // a Monday
        Case c = show(cases.report(new CaseReport(id(), operator, CaseId.of("ls-0003"), "LS-20251103-0003",
                CaseKind.DISPUTE, "S0102", Channel.HOTLINE_12345, Priority.ROUTINE,
                Location.of(flat.code(), null, FreeText.of(flat.name() + "2单元201室")),
                Reporter.of(downstairs.personId(), PersonName.of("王秀英"), PhoneNumber.parse("13705321188")),
                FreeText.of("楼上卫生间漏水，我家天花板发霉，楼上不肯修。电话13705321188"), STREET_CENTRE, street), t));
        c = show(c, new CaseCommand.Register(id(), operator, CaseKind.DISPUTE, "S0102", Priority.ROUTINE),
                t.plusSeconds(15 * 60));
        c = show(c, new CaseCommand.Dispatch(id(), operator, COMMITTEE, List.of()), t.plusSeconds(30 * 60));
        c = show(c, new CaseCommand.SignFor(id(), committeeHandler), t.plusSeconds(60 * 60));
        out.printf("   reporter shows as %s; the description as %s%n", c.reporter(), c.description());

        out.println("-- The mediation, opened from the case");
        Instant m = t.plusSeconds(2 * 3600);
        Dispute d = show(mediation.openFromCase(c, new DisputeApplication(id(), mediator, DisputeId.of("ls-d-0001"),
                "LS-TJ-20251103-01", MediationCategory.PEOPLES, DisputeDomain.NEIGHBOURHOOD, CourtProcedure.NONE,
                List.of(Party.applicant(downstairs.personId(), PersonName.of("王秀英")),
                        Party.respondent(upstairs.personId(), PersonName.of("赵建国"))),
                grid.code(), COMMITTEE, Money.yuan(3_000), FreeText.of("楼上漏水致楼下天花板发霉，要求维修并赔偿"),
                PriorProceeding.NONE, null), m));
        c = show(c, new CaseCommand.Suspend(id(), operator, SuspensionReason.MEDIATION,
                FreeText.of("转人民调解委员会调解")), m.plusSeconds(10 * 60));
        d = show(d, new DisputeCommand.Accept(id(), mediator), m.plusSeconds(3600));
        out.printf("   %s: %s; mediate by %s%n", d.trackingNumber(), d.limit().orElseThrow(),
                local(d.mediationClock().orElseThrow().deadline()));
        d = show(d, new DisputeCommand.Assign(id(), mediator, List.of(Mediator.mediator(mediator.personId()),
                Mediator.lawyer("legal-adviser-03"))), m.plusSeconds(2 * 3600));
        Instant agreed = LongshanCases.at(2025, 11, 7, 15, 0);
        out.printf("   warning level on %s: %s%n", agreed.atZone(WorkCalendar.CHINA).toLocalDate(),
                mediation.warningAt(d, agreed));
        d = show(d, new DisputeCommand.ReachAgreement(id(), mediator, new MediationAgreement(
                List.of(downstairs.personId(), upstairs.personId()), FreeText.of("楼上卫生间防水层老化漏水"),
                FreeText.of("维修责任和天花板修复费用"), FreeText.of("楼上承担全部责任"),
                FreeText.of("楼上十日内修好防水层，并赔偿天花板修复费一千五百元"), FreeText.of("现场维修，微信转账"),
                LocalDate.of(2025, 11, 17), Money.yuan(1_500))), agreed);
        out.printf("   agreement in effect; judicial confirmation may be applied for until %s%n",
                local(d.confirmationWindow().orElseThrow().deadline()));
        d = show(d, new DisputeCommand.RecordPerformance(id(), mediator, FreeText.of("回访：防水层已修好，修复费已转账")),
                LocalDate.of(2025, 11, 18).atTime(10, 0).atZone(WorkCalendar.CHINA).toInstant());
        d = show(d, new DisputeCommand.Close(id(), mediator, List.of(), FreeText.of("双方满意")),
                LocalDate.of(2025, 11, 18).atTime(11, 0).atZone(WorkCalendar.CHINA).toInstant());
        out.printf("   %s: outcome %s%n", d, d.outcome().orElseThrow());

        out.println("-- Reported back: the mediation's outcome closes the case");
        Instant back = LocalDate.of(2025, 11, 18).atTime(11, 5).atZone(WorkCalendar.CHINA).toInstant();
        c = show(c, MediationLifecycle.reportBack(d, engine, id()), back);
        c = show(c, new CaseCommand.Evaluate(id(), downstairs, Satisfaction.SATISFIED, FreeText.empty()),
                back.plusSeconds(86_400));
        out.printf("   %s, outcome %s, concluded by dispute %s%n", c, c.outcome().orElseThrow(),
                c.concludedByDispute().orElseThrow());
        out.printf("   mediation success rate in %s: %s%n", tree.area(street).name(),
                MediationStats.successRateInSubtree(List.of(d), tree, street).rate());
        out.printf("%d commands accepted%n", commands);
    }

    private Case show(Transition t) {
        commands++;
        for (CaseEvent e : t.events()) {
            line("case", e.version(), e.getClass().getSimpleName(), e.by().personId(), e.at());
        }
        return t.next();
    }

    private Case show(Case c, CaseCommand command, Instant now) {
        return show(cases.apply(c, command, now));
    }

    private Dispute show(DisputeTransition t) {
        commands++;
        for (DisputeEvent e : t.events()) {
            line("dispute", e.version(), e.getClass().getSimpleName(), e.by().personId(), e.at());
        }
        return t.next();
    }

    private Dispute show(Dispute d, DisputeCommand command, Instant now) {
        return show(mediation.apply(d, command, now));
    }

    private void line(String what, long version, String event, String by, Instant at) {
        out.printf("   %-7s v%-2d %-22s by %-14s at %s%n", what, version, event, by, local(at));
    }

    private CommandId id() {
        return CommandId.of("med-demo-" + (commands + 1));
    }

    private static Object local(Instant at) {
        return at.atZone(WorkCalendar.CHINA).toLocalDateTime();
    }
}
