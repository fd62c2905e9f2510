package io.gridgov.examples.scenarios;

import io.gridgov.core.GovernanceException;
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
import io.gridgov.core.cases.Location;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.cases.Reporter;
import io.gridgov.core.cases.Satisfaction;
import io.gridgov.core.cases.Stage;
import io.gridgov.core.cases.TimeLimitPolicy;
import io.gridgov.core.cases.Transition;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.personal.PhoneNumber;
import io.gridgov.core.time.HolidaySchedule;
import io.gridgov.core.time.WorkCalendar;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Two cases round the closed loop in Longshan Road Street: a resident's 12345 complaint that the street
 * centre dispatches to a district department, and a grid member's patrol find resolved on the spot
 * and verified by the grid leader (the micro cycle). Prints every event, the deadlines, and what a
 * refused command says.
 */
final class LongshanCases {
    private static final String STREET_CENTRE = "longshan-street-centre";
    private static final String URBAN_MANAGEMENT = "shizhong-urban-management-bureau";
    private static final String GRID_STATION = "grid-station-1";
    private static final FreeText NO_TEXT = FreeText.empty();

    private final PrintStream out;
    private final CaseLifecycle lifecycle;
    private int commands;

    private LongshanCases(PrintStream out, GridTree tree) {
        this.out = out;
        this.lifecycle = lifecycle(tree);
    }

    /** The case lifecycle the examples share: the street's tree, the 2025 calendar, the standard limits. */
    static CaseLifecycle lifecycle(GridTree tree) {
        return CaseLifecycle.builder().grid(tree).calendar(calendar())
                .timeLimits(TimeLimitPolicy.standard(CategoryTaxonomy.urbanAndSocial(), tree.scheme()))
                .build();
    }

    /** China's 2025 work calendar. */
    static WorkCalendar calendar() {
        return WorkCalendar.china(List.of(HolidaySchedule.china2025()));
    }

    static void run(PrintStream out, GridTree tree) {
        new LongshanCases(out, tree).both(tree);
    }

    private void both(GridTree tree) {
        String street = tree.roots().get(0).code();
        Area grid = tree.subtree(street).filter(Area::isGrid).findFirst().orElseThrow();
        Area building = tree.children(grid.code()).get(0);
        Actor resident = Actor.of("resident-8841", Role.RESIDENT, "residents", street);
        Actor operator = Actor.of("op-07", Role.DISPATCHER, STREET_CENTRE, street);
        Actor handler = Actor.of("um-31", Role.HANDLER, URBAN_MANAGEMENT, street);
        Actor member = Actor.of("gm-" + grid.code().substring(grid.code().length() - 3), Role.GRID_MEMBER, GRID_STATION,
                grid.code());
        Actor leader = Actor.of("gl-" + grid.code().substring(grid.code().length() - 3), Role.GRID_LEADER, GRID_STATION,
                grid.code());

        out.println("-- A 12345 complaint, dispatched by the street centre to a district department");
        Instant t = at(2025, 9, 29, 9, 15); // Monday; 1-8 October is the National Day holiday
        Case c = show(lifecycle.report(new CaseReport(id(), operator, CaseId.of("ls-0001"), "LS-20250929-0001",
                CaseKind.COMPLAINT, "E0501", Channel.HOTLINE_12345, Priority.ROUTINE,
                Location.of(building.code(), null, FreeText.of(building.name() + "东侧人行道")),
                Reporter.of("resident-8841", PersonName.of("李桂兰"), PhoneNumber.parse("13905321234")),
                FreeText.of("楼下人行道有流动摊贩占道经营，晚上很吵。回电13905321234"), STREET_CENTRE, street), t));
        out.printf("   reporter shows as %s; the description as %s%n", c.reporter(), c.description());
        c = show(c, new CaseCommand.Register(id(), operator, CaseKind.COMPLAINT, "E0501", Priority.ROUTINE),
                t.plusSeconds(20 * 60));
        c = show(c, new CaseCommand.Dispatch(id(), operator, URBAN_MANAGEMENT, List.of()), t.plusSeconds(40 * 60));
        try {
            lifecycle.apply(c, new CaseCommand.FeedBack(id(), handler, FreeText.of("已劝离"), List.of()),
                    t.plusSeconds(3600));
        } catch (GovernanceException refused) {
            out.println("   refused: " + refused.getMessage());
        }
        c = show(c, new CaseCommand.SignFor(id(), handler), t.plusSeconds(3600));
        out.printf("   handle by %s (15 working days, the holiday week not counted)%n",
                c.clock(Stage.HANDLE).orElseThrow().deadline().atZone(WorkCalendar.CHINA).toLocalDateTime());
        Instant fed = at(2025, 10, 10, 16, 0);
        out.printf("   warning level on %s: %s%n", fed.atZone(WorkCalendar.CHINA).toLocalDate(), lifecycle.warningAt(c, fed));
        c = show(c, new CaseCommand.FeedBack(id(), handler, FreeText.of("已劝离摊贩，设置提示牌，夜间巡查"),
                List.of("photo-4471")), fed);
        c = show(c, new CaseCommand.VerifyPass(id(), operator, ClosureOutcome.RESOLVED, NO_TEXT), fed.plusSeconds(86_400));
        c = show(c, new CaseCommand.Evaluate(id(), resident, Satisfaction.SATISFIED, NO_TEXT), fed.plusSeconds(2 * 86_400));
        out.printf("   %s%n", c);

        out.println("-- The micro cycle: found on patrol, resolved on the spot, verified by the grid leader");
        Instant p = at(2025, 10, 13, 10, 0);
        Case m = show(lifecycle.report(new CaseReport(id(), member, CaseId.of("ls-0002"), "LS-20251013-0002",
                CaseKind.HAZARD, "E0101", Channel.GRID_PATROL, Priority.ROUTINE, Location.inArea(grid.code()),
                Reporter.anonymous(), FreeText.of("绿化带内暴露垃圾"), GRID_STATION, grid.code()), p));
        m = show(m, new CaseCommand.ResolveOnSpot(id(), member, FreeText.of("已清理"), List.of("photo-5520")),
                p.plusSeconds(15 * 60));
        m = show(m, new CaseCommand.VerifyPass(id(), leader, ClosureOutcome.RESOLVED, NO_TEXT), p.plusSeconds(60 * 60));
        out.printf("   %s%n", m);
        out.printf("%d commands accepted%n", commands);
    }

    private Case show(Transition t) {
        commands++;
        for (CaseEvent e : t.events()) {
            out.printf("   v%d %-16s by %-14s at %s%n", e.version(), e.getClass().getSimpleName(), e.by().personId(),
                    e.at().atZone(WorkCalendar.CHINA).toLocalDateTime());
        }
        return t.next();
    }

    private Case show(Case c, CaseCommand command, Instant now) {
        return show(lifecycle.apply(c, command, now));
    }

    private CommandId id() {
        return CommandId.of("demo-" + (commands + 1));
    }

    static Instant at(int y, int mo, int d, int h, int mi) {
        return LocalDateTime.of(y, mo, d, h, mi).atZone(WorkCalendar.CHINA).toInstant();
    }
}
