package io.gridgov.examples.scenarios;

import io.gridgov.core.GovernanceException;
import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommand;
import io.gridgov.core.cases.CaseId;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CaseReport;
import io.gridgov.core.cases.CaseState;
import io.gridgov.core.cases.Channel;
import io.gridgov.core.cases.ClosureOutcome;
import io.gridgov.core.cases.GeoPoint;
import io.gridgov.core.cases.Location;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.cases.Reporter;
import io.gridgov.core.cases.Satisfaction;
import io.gridgov.core.cases.Stage;
import io.gridgov.core.cases.Transition;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.personal.PhoneNumber;
import io.gridgov.routing.rules.Decision;
import io.gridgov.spi.store.AreaSubtree;
import io.gridgov.spi.store.Committed;
import io.gridgov.spi.store.Page;
import io.gridgov.spi.store.PageRequest;
import io.gridgov.spi.store.Query;
import io.gridgov.spi.store.VersionConflictException;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static io.gridgov.examples.scenarios.LongshanHost.STREET;
import static io.gridgov.examples.scenarios.LongshanHost.STREET_CENTRE;
import static io.gridgov.examples.scenarios.LongshanHost.at;
import static io.gridgov.examples.scenarios.LongshanHost.local;

/**
 * Cases round the closed loop in Longshan Road Street, through the host's store: a resident's 12345
 * complaint located from the caller's position, numbered, routed by the responsibility list to the street's
 * law-enforcement squad and taken to the resident's evaluation, with a racing command refused for its stale
 * version and a retried command replayed; a second complaint that nobody signs for, caught by the overdue
 * sweep; the open-case queries a street centre's screen runs; and a grid member's patrol find resolved on
 * the spot (the micro cycle).
 */
final class LongshanCases {
    private static final FreeText NO_TEXT = FreeText.empty();

    private final PrintStream out;
    private final LongshanHost host;
    private int ids;

    private LongshanCases(PrintStream out, LongshanHost host) {
        this.out = out;
        this.host = host;
    }

    /**
     * Runs the cases.
     *
     * @return the complaint as it ends, evaluated
     */
    static Case run(PrintStream out, LongshanHost host) {
        return new LongshanCases(out, host).all();
    }

    private Case all() {
        Actor operator = host.actor("op-07", Role.DISPATCHER);
        Actor resident = Actor.of("resident-8841", Role.RESIDENT, "residents", STREET);

        out.println("-- A 12345 complaint: located, numbered, routed");
        host.advanceTo(at(2025, 9, 29, 9, 15)); // Monday; 1-8 October is the National Day holiday
        GeoPoint calledFrom = new GeoPoint(34.8650, 117.5606); // the caller's shared position
        String grid = host.locator.locate(calledFrom).orElseThrow();
        out.printf("   the caller's position lies in grid %s%n", grid);
        String number = host.trackingNumbers.next(grid, host.clock.instant());
        out.printf("   tracking number %s%n", number);
        CaseId a = CaseId.of("ls-0001");
        host.report(new CaseReport(id(), operator, a, number, CaseKind.COMPLAINT, "E0501", Channel.HOTLINE_12345,
                Priority.ROUTINE, Location.of(grid, calledFrom, FreeText.of("龙山路与文化路交叉口东侧人行道")),
                Reporter.of(resident.personId(), PersonName.of("李桂兰"), PhoneNumber.parse("13905321234")),
                FreeText.of("楼下人行道有流动摊贩占道经营，晚上很吵。回电13905321234"), STREET_CENTRE, STREET));
        host.advanceTo(at(2025, 9, 29, 9, 35));
        Case c = run(a, new CaseCommand.Register(id(), operator, CaseKind.COMPLAINT, "E0501", Priority.ROUTINE));

        Decision route = host.router.route(c);
        String owner = host.organisationOf(route.owner());
        out.printf("   routed to %s (%s, fallback %s), limit %s, handling level %s, %s cycle%n", owner,
                route.entryKind().orElseThrow(), route.fallback(), route.timeLimit().orElseThrow(),
                route.handlingLevel().orElseThrow().key(), route.cycle().orElseThrow());
        out.println("   EN: " + route.explanation().toEnglish());
        out.println("   ZH: " + route.explanation().toChinese());
        host.advanceTo(at(2025, 9, 29, 9, 55));
        c = run(a, new CaseCommand.Dispatch(id(), operator, owner, route.cooperating()));
        try {
            host.apply(a, new CaseCommand.FeedBack(id(), host.actor("um-31", Role.HANDLER), FreeText.of("已劝离"),
                    List.of()));
        } catch (GovernanceException refused) {
            out.println("   refused: " + refused.getMessage());
        }

        out.println("-- Two commands race from version 3; a retried command is replayed");
        host.advanceTo(at(2025, 9, 30, 9, 0));
        CommandId urgeId = CommandId.of("app-urge-8841-1");
        CaseCommand urge = new CaseCommand.Urge(urgeId, resident, NO_TEXT);
        Transition staleUrge = host.apply(a, urge); // the resident's app read version 3 ...
        c = run(a, new CaseCommand.SignFor(id(), host.actor("um-31", Role.HANDLER))); // ... the squad signs for first
        try {
            host.commit(staleUrge);
        } catch (VersionConflictException conflict) {
            out.printf("   stale commit refused: %s%n", conflict.getMessage());
        }
        out.println("   reloaded and applied again:");
        c = host.commit(host.apply(a, urge)).snapshot();
        int events = host.store.cases().events(a).size();
        int deliveries = host.notifier.deliveries().size();
        host.advanceTo(at(2025, 9, 30, 9, 1));
        Committed<Case> retried = host.commit(host.apply(a, urge)); // the app did not see the answer and resends
        out.printf("   retry of %s: replayed %s, stored v%d returned; events %d -> %d, deliveries %d -> %d%n", urgeId,
                retried.replayed(), retried.snapshot().version(), events, host.store.cases().events(a).size(),
                deliveries, host.notifier.deliveries().size());
        out.printf("   handle by %s (15 working days, the holiday week not counted)%n",
                local(c.clock(Stage.HANDLE).orElseThrow().deadline()));

        out.println("-- Another complaint, in Guangming Road Community; nobody signs for it");
        host.advanceTo(at(2025, 9, 30, 10, 0));
        String grid2 = host.locator.locate(new GeoPoint(34.8600, 117.5735)).orElseThrow();
        CaseId d = CaseId.of("ls-0002");
        String number2 = host.trackingNumbers.next(grid2, host.clock.instant());
        out.printf("   located in grid %s; tracking number %s%n", grid2, number2);
        host.report(new CaseReport(id(), operator, d, number2, CaseKind.COMPLAINT, "E0103", Channel.HOTLINE_12345,
                Priority.ROUTINE, Location.of(grid2, new GeoPoint(34.8600, 117.5735), FreeText.of("光明路商业街北口")),
                Reporter.of("resident-3307", PersonName.of("张伟"), PhoneNumber.parse("13805321777")),
                FreeText.of("路面油污很多，行人滑倒"), STREET_CENTRE, STREET));
        host.advanceTo(at(2025, 9, 30, 10, 10));
        Case other = run(d, new CaseCommand.Register(id(), operator, CaseKind.COMPLAINT, "E0103", Priority.ROUTINE));
        Decision route2 = host.router.route(other);
        out.printf("   routed to %s (fallback %s, cooperating %s)%n", host.organisationOf(route2.owner()),
                route2.fallback(), route2.cooperating());
        host.advanceTo(at(2025, 9, 30, 10, 20));
        other = run(d, new CaseCommand.Dispatch(id(), operator, host.organisationOf(route2.owner()),
                route2.cooperating()));
        out.printf("   sign for by %s%n", local(other.clock(Stage.SIGN_FOR).orElseThrow().deadline()));

        out.println("-- The street centre's screen on 2025-10-10, and the overdue sweep");
        Instant sweep = at(2025, 10, 10, 9, 0);
        host.advanceTo(sweep);
        printQuery("open in the street", Query.openCases().withinArea(AreaSubtree.of(host.tree, STREET)));
        printQuery("open in Longshan Community",
                Query.openCases().withinArea(AreaSubtree.of(host.tree, LongshanHost.LONGSHAN_COMMUNITY)));
        List<Case> overdue = printQuery("overdue (due before " + local(sweep) + ")", Query.openCases().dueBefore(sweep));
        Actor sweeper = Actor.of("sweeper", Role.SYSTEM, "gridgov", STREET);
        for (Case late : overdue) {
            run(late.id(), new CaseCommand.RaiseWarning(CommandId.of("sweep-20251010-" + late.id().value()), sweeper));
        }

        out.println("-- The complaint is handled, verified, closed and evaluated");
        Actor handler = host.actor("um-31", Role.HANDLER);
        Instant fed = at(2025, 10, 10, 16, 0);
        out.printf("   warning level on %s: %s%n", local(fed).toLocalDate(),
                host.cases.warningAt(c, fed));
        host.advanceTo(fed);
        run(a, new CaseCommand.FeedBack(id(), handler, FreeText.of("已劝离摊贩，设置提示牌，夜间巡查"), List.of("photo-4471")));
        host.advanceTo(fed.plusSeconds(86_400));
        run(a, new CaseCommand.VerifyPass(id(), operator, ClosureOutcome.RESOLVED, NO_TEXT));
        host.advanceTo(fed.plusSeconds(2 * 86_400));
        c = run(a, new CaseCommand.Evaluate(id(), resident, Satisfaction.SATISFIED, NO_TEXT));
        out.printf("   %s%n", c);

        out.println("-- The micro cycle: found on patrol, resolved on the spot, verified by the grid leader");
        host.advanceTo(at(2025, 10, 13, 10, 0));
        Actor member = host.actor("gm-001", Role.GRID_MEMBER);
        String patrolGrid = member.areaScope().iterator().next();
        Decision route3 = host.router.route("E0101", patrolGrid, CaseKind.HAZARD, Priority.ROUTINE);
        out.printf("   no list entry: owner %s (fallback %s), handling level %s, %s cycle%n",
                host.organisationOf(route3.owner()), route3.fallback(), route3.handlingLevel().orElseThrow().key(),
                route3.cycle().orElseThrow());
        CaseId b = CaseId.of("ls-0003");
        host.report(new CaseReport(id(), member, b, host.trackingNumbers.next(patrolGrid, host.clock.instant()),
                CaseKind.HAZARD, "E0101", Channel.GRID_PATROL, Priority.ROUTINE, Location.inArea(patrolGrid),
                Reporter.anonymous(), FreeText.of("绿化带内暴露垃圾"), member.organisation(), patrolGrid));
        host.advanceTo(at(2025, 10, 13, 10, 15));
        run(b, new CaseCommand.ResolveOnSpot(id(), member, FreeText.of("已清理"), List.of("photo-5520")));
        host.advanceTo(at(2025, 10, 13, 11, 0));
        Case m = run(b, new CaseCommand.VerifyPass(id(), host.actor("gl-001", Role.GRID_LEADER),
                ClosureOutcome.RESOLVED, NO_TEXT));
        out.printf("   %s%n", m);
        return c;
    }

    /** Prints one page of a query (tracking number, state, due time) and returns the cases. */
    private List<Case> printQuery(String what, Query<CaseState> query) {
        Page<Case> page = host.store.cases().query(query, PageRequest.first(20));
        out.printf("   %s: %s%n", what, page.items().isEmpty() ? "none" : page.items().stream()
                .map(x -> x.trackingNumber() + " " + x.state()).collect(Collectors.joining(", ")));
        return page.items();
    }

    private Case run(CaseId id, CaseCommand command) {
        return host.run(id, command);
    }

    private CommandId id() {
        return CommandId.of("demo-" + (++ids));
    }
}
