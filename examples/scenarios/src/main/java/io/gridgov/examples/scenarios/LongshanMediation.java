package io.gridgov.examples.scenarios;

import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommand;
import io.gridgov.core.cases.CaseId;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CaseReport;
import io.gridgov.core.cases.Channel;
import io.gridgov.core.cases.Location;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.cases.Reporter;
import io.gridgov.core.cases.Satisfaction;
import io.gridgov.core.cases.SuspensionReason;
import io.gridgov.core.grid.Area;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.mediation.CourtProcedure;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeApplication;
import io.gridgov.core.mediation.DisputeCommand;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.DisputeId;
import io.gridgov.core.mediation.DisputeState;
import io.gridgov.core.mediation.MediationAgreement;
import io.gridgov.core.mediation.MediationLifecycle;
import io.gridgov.core.mediation.Mediator;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.mediation.Party;
import io.gridgov.core.mediation.PriorProceeding;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.personal.PhoneNumber;
import io.gridgov.core.stats.MediationStats;
import io.gridgov.routing.rules.Decision;
import io.gridgov.routing.rules.MediationDecision;
import io.gridgov.spi.store.AreaSubtree;
import io.gridgov.spi.store.PageRequest;
import io.gridgov.spi.store.Query;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.gridgov.examples.scenarios.LongshanHost.STREET;
import static io.gridgov.examples.scenarios.LongshanHost.STREET_CENTRE;
import static io.gridgov.examples.scenarios.LongshanHost.at;
import static io.gridgov.examples.scenarios.LongshanHost.local;

/**
 * A neighbourhood dispute in Longshan Road Street, from the case to the mediation and back, through the
 * host's stores: water from an upstairs flat leaks into the one below; the resident downstairs calls it in;
 * the street centre registers a case of kind DISPUTE, the responsibility list sends it to the community's
 * people's mediation committee, which opens a dispute from the case, accepts it, mediates with the
 * community's legal adviser, has both neighbours sign an agreement, records that it was performed and
 * closes it; the outcome is reported back and closes the case, which the resident then evaluates. Every
 * step is a commit to the {@code CaseStore} or the {@code DisputeStore}; the parties hear through the
 * outbox. Names, phone numbers and what people said stay out of the trace.
 */
final class LongshanMediation {
    private final PrintStream out;
    private final LongshanHost host;
    private int ids;

    private LongshanMediation(PrintStream out, LongshanHost host) {
        this.out = out;
        this.host = host;
    }

    /**
     * Runs the dispute.
     *
     * @return the case as it ends, evaluated
     */
    static Case run(PrintStream out, LongshanHost host) {
        return new LongshanMediation(out, host).leak();
    }

    private Case leak() {
        Area grid = host.tree.subtree(LongshanHost.LONGSHAN_COMMUNITY).filter(Area::isGrid).skip(2).findFirst()
                .orElseThrow();
        Area flat = host.tree.children(grid.code()).get(0);
        Actor downstairs = Actor.of("resident-2207", Role.RESIDENT, "residents", STREET);
        Actor upstairs = Actor.of("resident-2307", Role.RESIDENT, "residents", STREET);
        Actor operator = host.actor("op-07", Role.DISPATCHER);
        Actor committeeHandler = host.actor("med-11", Role.HANDLER);
        Actor mediator = host.actor("med-11", Role.MEDIATOR);
        Actor engine = Actor.of("engine", Role.SYSTEM, "gridgov", STREET);

        out.println("-- The case: a leak from the flat upstairs, reported as a dispute");
        Instant t = at(2025, 11, 3, 9, 30); // a Monday
        host.advanceTo(t);
        CaseId caseId = CaseId.of("ls-0004");
        host.report(new CaseReport(id(), operator, caseId, host.trackingNumbers.next(flat.code(), t),
                CaseKind.DISPUTE, "S0102", Channel.HOTLINE_12345, Priority.ROUTINE,
                Location.of(flat.code(), null, FreeText.of(flat.name() + "2单元201室")),
                Reporter.of(downstairs.personId(), PersonName.of("王秀英"), PhoneNumber.parse("13705321188")),
                FreeText.of("楼上卫生间漏水，我家天花板发霉，楼上不肯修。电话13705321188"), STREET_CENTRE, STREET));
        host.advanceTo(t.plusSeconds(15 * 60));
        Case c = host.run(caseId, new CaseCommand.Register(id(), operator, CaseKind.DISPUTE, "S0102", Priority.ROUTINE));
        Decision route = host.router.route(c);
        String committee = host.organisationOf(route.owner());
        out.printf("   routed to %s (fallback %s)%n", committee, route.fallback());
        host.advanceTo(t.plusSeconds(30 * 60));
        host.run(caseId, new CaseCommand.Dispatch(id(), operator, committee, route.cooperating()));
        host.advanceTo(t.plusSeconds(60 * 60));
        c = host.run(caseId, new CaseCommand.SignFor(id(), committeeHandler));

        out.println("-- The mediation, opened from the case");
        MediationDecision where = host.router.mediate(DisputeDomain.NEIGHBOURHOOD, Money.yuan(3_000), Set.of(),
                grid.code());
        out.printf("   mediated by %s (%s, %s level)%n", host.organisationOf(where.committee()), where.category(),
                where.level());
        Instant m = t.plusSeconds(2 * 3600);
        host.advanceTo(m);
        DisputeId disputeId = DisputeId.of("ls-d-0001");
        host.openFromCase(c, new DisputeApplication(id(), mediator, disputeId, "LS-TJ-20251103-01", where.category(),
                DisputeDomain.NEIGHBOURHOOD, CourtProcedure.NONE,
                List.of(Party.applicant(downstairs.personId(), PersonName.of("王秀英")),
                        Party.respondent(upstairs.personId(), PersonName.of("赵建国"))),
                grid.code(), host.organisationOf(where.committee()), Money.yuan(3_000),
                FreeText.of("楼上漏水致楼下天花板发霉，要求维修并赔偿"), PriorProceeding.NONE, null));
        host.advanceTo(m.plusSeconds(10 * 60));
        host.run(caseId, new CaseCommand.Suspend(id(), operator, SuspensionReason.MEDIATION,
                FreeText.of("转人民调解委员会调解")));
        host.advanceTo(m.plusSeconds(3600));
        Dispute d = host.run(disputeId, new DisputeCommand.Accept(id(), mediator));
        out.printf("   %s: %s; mediate by %s%n", d.trackingNumber(), d.limit().orElseThrow(),
                local(d.mediationClock().orElseThrow().deadline()));
        host.advanceTo(m.plusSeconds(2 * 3600));
        host.run(disputeId, new DisputeCommand.Assign(id(), mediator, List.of(Mediator.mediator(mediator.personId()),
                Mediator.lawyer("legal-adviser-03"))));
        Instant agreed = at(2025, 11, 7, 15, 0);
        host.advanceTo(agreed);
        d = host.run(disputeId, new DisputeCommand.ReachAgreement(id(), mediator, new MediationAgreement(
                List.of(downstairs.personId(), upstairs.personId()), FreeText.of("楼上卫生间防水层老化漏水"),
                FreeText.of("维修责任和天花板修复费用"), FreeText.of("楼上承担全部责任"),
                FreeText.of("楼上十日内修好防水层，并赔偿天花板修复费一千五百元"), FreeText.of("现场维修，微信转账"),
                LocalDate.of(2025, 11, 17), Money.yuan(1_500))));
        out.printf("   agreement in effect; judicial confirmation may be applied for until %s%n",
                local(d.confirmationWindow().orElseThrow().deadline()));
        host.advanceTo(at(2025, 11, 18, 10, 0));
        host.run(disputeId, new DisputeCommand.RecordPerformance(id(), mediator,
                FreeText.of("回访：防水层已修好，修复费已转账")));
        host.advanceTo(at(2025, 11, 18, 11, 0));
        d = host.run(disputeId, new DisputeCommand.Close(id(), mediator, List.of(), FreeText.of("双方满意")));
        out.printf("   %s: outcome %s%n", d, d.outcome().orElseThrow());

        out.println("-- Reported back: the mediation's outcome closes the case");
        Instant back = at(2025, 11, 18, 11, 5);
        host.advanceTo(back);
        host.run(caseId, MediationLifecycle.reportBack(d, engine, id()));
        host.advanceTo(back.plusSeconds(86_400));
        c = host.run(caseId, new CaseCommand.Evaluate(id(), downstairs, Satisfaction.SATISFIED, FreeText.empty()));
        out.printf("   %s, outcome %s, concluded by dispute %s%n", c, c.outcome().orElseThrow(),
                c.concludedByDispute().orElseThrow());
        List<Dispute> stored = host.store.disputes().query(Query.openDisputes()
                .withStates(EnumSet.allOf(DisputeState.class)).withinArea(AreaSubtree.of(host.tree, STREET)),
                PageRequest.first(PageRequest.MAX_LIMIT)).items();
        out.printf("   mediation success rate in %s: %s over the %d stored disputes%n", host.tree.area(STREET).name(),
                MediationStats.successRateInSubtree(stored, host.tree, STREET).rate(), stored.size());
        return c;
    }

    private CommandId id() {
        return CommandId.of("med-demo-" + (++ids));
    }
}
