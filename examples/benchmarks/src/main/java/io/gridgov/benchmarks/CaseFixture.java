package io.gridgov.benchmarks;

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
import io.gridgov.core.cases.TimeLimitPolicy;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.personal.PhoneNumber;
import io.gridgov.core.time.HolidaySchedule;
import io.gridgov.core.time.WorkCalendar;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A small Changde-like world for the case lifecycle benchmarks (the same as governance-core's test
 * fixtures, whose code is not on this module's class path): a city, a district, a town, a village and
 * its grid; the resident, the town's dispatcher and the highway maintenance centre's handler; the 2025
 * calendar; a resident's report of a damaged road, and the six commands that take it to an evaluation.
 *
 * <p>Everything is built once. Command ids are fixed: the lifecycle is a pure function and does not
 * remember them (a store would). The commands are applied one minute apart from Tuesday 8 July 2025,
 * 10:00 in China, a working day, so every stage clock computes a deadline over working hours, weekends
 * and the 2025 holiday schedule.
 */
final class CaseFixture {
    static final LevelScheme CN = LevelScheme.chinaNational();
    static final String HUNAN = "430000";
    static final String CHANGDE = "430700";
    static final String DINGCHENG = "430703";
    static final String TOWN = "430703101";
    static final String VILLAGE = "430703101201";
    static final String GRID = "430703101201001";
    static final String TOWN_CENTRE = "town-101-centre";
    static final String HIGHWAY = "highway-maintenance-centre";
    static final String WATER = "water-bureau";

    static final Actor RESIDENT = Actor.of("r-1", Role.RESIDENT, "residents", CHANGDE);
    static final Actor TOWN_DISPATCHER = Actor.of("td-1", Role.DISPATCHER, TOWN_CENTRE, TOWN);
    static final Actor HIGHWAY_HANDLER = Actor.of("hw-1", Role.HANDLER, HIGHWAY, DINGCHENG);

    /** The first command's time: Tuesday 8 July 2025, 10:00 in China. */
    static final Instant START = LocalDateTime.of(2025, 7, 8, 10, 0).atZone(WorkCalendar.CHINA).toInstant();

    /** The lifecycle without a validator (the host validated at its edge). */
    final CaseLifecycle lifecycle;
    /** The same lifecycle running Hibernate Validator on every report and command. */
    final CaseLifecycle validated;
    /** A resident's report of a damaged road in the grid. */
    final CaseReport report;
    /** Register, dispatch, sign for, feed back, verify (pass) and evaluate, in order. */
    final CaseCommand[] commands;
    /** When the report and each command are applied: {@link #START} and one minute apart after it. */
    final Instant[] times;

    private CaseFixture() {
        GridTree tree = tree();
        WorkCalendar calendar = WorkCalendar.china(List.of(HolidaySchedule.china2025()));
        TimeLimitPolicy policy = TimeLimitPolicy.standard(CategoryTaxonomy.urbanAndSocial(), CN);
        lifecycle = CaseLifecycle.builder().grid(tree).calendar(calendar).timeLimits(policy).build();
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        validated = CaseLifecycle.builder().grid(tree).calendar(calendar).timeLimits(policy).validator(validator).build();
        report = new CaseReport(CommandId.of("cmd-0"), RESIDENT, CaseId.of("case-1"), "CD-20250708-0001",
                CaseKind.HELP, "C0201", Channel.APP, Priority.ROUTINE,
                Location.of(GRID, null, FreeText.of("东村村口到镇上的路")),
                Reporter.of("r-1", PersonName.of("张三"), PhoneNumber.parse("13812345678")),
                FreeText.of("村里的路坏了，坑很多，请尽快修。联系13812345678"), TOWN_CENTRE, TOWN);
        commands = new CaseCommand[] {
            new CaseCommand.Register(CommandId.of("cmd-1"), TOWN_DISPATCHER, CaseKind.HELP, "C0201", Priority.ROUTINE),
            new CaseCommand.Dispatch(CommandId.of("cmd-2"), TOWN_DISPATCHER, HIGHWAY, List.of(WATER)),
            new CaseCommand.SignFor(CommandId.of("cmd-3"), HIGHWAY_HANDLER),
            new CaseCommand.FeedBack(CommandId.of("cmd-4"), HIGHWAY_HANDLER, FreeText.of("路面坑洼已修补"),
                    List.of("photo-1")),
            new CaseCommand.VerifyPass(CommandId.of("cmd-5"), TOWN_DISPATCHER, ClosureOutcome.RESOLVED,
                    FreeText.empty()),
            new CaseCommand.Evaluate(CommandId.of("cmd-6"), RESIDENT, Satisfaction.SATISFIED, FreeText.of("修得很快")),
        };
        times = new Instant[commands.length + 1];
        for (int i = 0; i < times.length; i++) {
            times[i] = START.plus(Duration.ofMinutes(i));
        }
    }

    /** Builds the world (a few milliseconds; the validator's bootstrap is most of it). */
    static CaseFixture create() {
        return new CaseFixture();
    }

    /**
     * The case as it stands after the first {@code steps} commands (0: just reported).
     *
     * @param steps how many of {@link #commands} to apply
     * @return the case
     */
    Case after(int steps) {
        Case c = lifecycle.report(report, times[0]).next();
        for (int i = 0; i < steps; i++) {
            c = lifecycle.apply(c, commands[i], times[i + 1]).next();
        }
        return c;
    }

    private static GridTree tree() {
        List<Area> a = new ArrayList<>();
        a.add(Area.of(HUNAN, "湖南省", CN.level("province"), null));
        a.add(Area.of(CHANGDE, "常德市", CN.level("prefecture"), HUNAN));
        a.add(Area.of(DINGCHENG, "鼎城区", CN.level("county"), CHANGDE));
        a.add(Area.of(TOWN, "灌溪镇", CN.level("township"), DINGCHENG));
        a.add(Area.of(VILLAGE, "东村", CN.level("village"), TOWN));
        a.add(Area.grid(GRID, "东村第1网格", CN, GridKind.BASIC, VILLAGE));
        return GridTree.of(CN, a);
    }
}
