package io.gridgov.core.cases;

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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small Changde-like world for case tests: a city, two districts, towns, villages, grids; the
 * organisations and people who act in it; the 2022 and 2025 calendars.
 */
final class CaseFixtures {
    static final LevelScheme CN = LevelScheme.chinaNational();
    static final String HUNAN = "430000";
    static final String CHANGDE = "430700";
    static final String WULING = "430702";
    static final String DINGCHENG = "430703";
    static final String TOWN = "430703101";
    static final String TOWN_B = "430703102";
    static final String VILLAGE = "430703101201";
    static final String VILLAGE_B = "430703102201";
    static final String GRID = "430703101201001";
    static final String GRID_2 = "430703101201002";
    static final String GRID_B = "430703102201001";
    static final String STREET_W = "430702001";
    static final String COMMUNITY_W = "430702001001";
    static final String GRID_W = "430702001001001";

    static final String CITY_CENTRE = "changde-city-centre";
    static final String DISTRICT_CENTRE = "dingcheng-centre";
    static final String TOWN_CENTRE = "town-101-centre";
    static final String TOWN_B_CENTRE = "town-102-centre";
    static final String GRID_STATION = "grid-201-station";
    static final String HIGHWAY = "highway-maintenance-centre";
    static final String WATER = "water-bureau";
    /** The town's people's mediation committee (人民调解委员会): dispute cases are dispatched to it. */
    static final String MEDIATION_COMMITTEE = "town-101-mediation";

    static final Actor RESIDENT = Actor.of("r-1", Role.RESIDENT, "residents", CHANGDE);
    static final Actor OTHER_RESIDENT = Actor.of("r-2", Role.RESIDENT, "residents", CHANGDE);
    static final Actor GRID_MEMBER = Actor.of("gm-1", Role.GRID_MEMBER, GRID_STATION, GRID);
    static final Actor GRID_LEADER = Actor.of("gl-1", Role.GRID_LEADER, GRID_STATION, GRID);
    static final Actor TOWN_DISPATCHER = Actor.of("td-1", Role.DISPATCHER, TOWN_CENTRE, TOWN);
    static final Actor TOWN_B_DISPATCHER = Actor.of("tb-1", Role.DISPATCHER, TOWN_B_CENTRE, TOWN_B);
    static final Actor DISTRICT_DISPATCHER = Actor.of("dd-1", Role.DISPATCHER, DISTRICT_CENTRE, DINGCHENG);
    static final Actor CITY_DISPATCHER = Actor.of("cd-1", Role.DISPATCHER, CITY_CENTRE, CHANGDE);
    static final Actor HIGHWAY_HANDLER = Actor.of("hw-1", Role.HANDLER, HIGHWAY, DINGCHENG);
    static final Actor WATER_HANDLER = Actor.of("wb-1", Role.HANDLER, WATER, DINGCHENG);
    /** A mediator of the committee; as the case sees it, a handler of the organisation it was dispatched to. */
    static final Actor MEDIATOR = Actor.of("md-1", Role.HANDLER, MEDIATION_COMMITTEE, TOWN);
    static final Actor SUPERVISOR = Actor.of("sv-1", Role.SUPERVISOR, "city-supervision", CHANGDE);
    static final Actor RETURN_VISITOR = Actor.of("rv-1", Role.RETURN_VISITOR, CITY_CENTRE, CHANGDE);
    static final Actor SYSTEM = Actor.of("engine", Role.SYSTEM, "gridgov", HUNAN);

    /** Every actor, for random sequences. */
    static final List<Actor> ACTORS = List.of(RESIDENT, OTHER_RESIDENT, GRID_MEMBER, GRID_LEADER, TOWN_DISPATCHER,
            TOWN_B_DISPATCHER, DISTRICT_DISPATCHER, CITY_DISPATCHER, HIGHWAY_HANDLER, WATER_HANDLER, MEDIATOR, SUPERVISOR,
            RETURN_VISITOR, SYSTEM);

    static final GridTree TREE = tree();
    static final CategoryTaxonomy TAXONOMY = CategoryTaxonomy.urbanAndSocial();
    static final WorkCalendar CALENDAR = WorkCalendar.china(List.of(china2022(), HolidaySchedule.china2025()));
    static final CaseLifecycle LIFECYCLE = CaseLifecycle.builder().grid(TREE).calendar(CALENDAR)
            .timeLimits(TimeLimitPolicy.standard(TAXONOMY, CN)).build();

    private static final AtomicLong IDS = new AtomicLong();

    private CaseFixtures() {
    }

    static GridTree tree() {
        List<Area> a = new ArrayList<>();
        a.add(Area.of(HUNAN, "湖南省", CN.level("province"), null));
        a.add(Area.of(CHANGDE, "常德市", CN.level("prefecture"), HUNAN));
        a.add(Area.of(WULING, "武陵区", CN.level("county"), CHANGDE));
        a.add(Area.of(DINGCHENG, "鼎城区", CN.level("county"), CHANGDE));
        a.add(Area.of(TOWN, "灌溪镇", CN.level("township"), DINGCHENG));
        a.add(Area.of(TOWN_B, "石公桥镇", CN.level("township"), DINGCHENG));
        a.add(Area.of(STREET_W, "穿紫河街道", CN.level("township"), WULING));
        a.add(Area.of(VILLAGE, "东村", CN.level("village"), TOWN));
        a.add(Area.of(VILLAGE_B, "西村", CN.level("village"), TOWN_B));
        a.add(Area.of(COMMUNITY_W, "紫河社区", CN.level("village"), STREET_W));
        a.add(Area.grid(GRID, "东村第1网格", CN, GridKind.BASIC, VILLAGE));
        a.add(Area.grid(GRID_2, "东村第2网格", CN, GridKind.BASIC, VILLAGE));
        a.add(Area.grid(GRID_B, "西村第1网格", CN, GridKind.BASIC, VILLAGE_B));
        a.add(Area.grid(GRID_W, "紫河社区第1网格", CN, GridKind.BASIC, COMMUNITY_W));
        return GridTree.of(CN, a);
    }

    /** The 2022 schedule (State Council notice 国办发明电〔2021〕11号). */
    static HolidaySchedule china2022() {
        List<LocalDate> off = new ArrayList<>();
        range(off, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 3));
        range(off, LocalDate.of(2022, 1, 31), LocalDate.of(2022, 2, 6));
        range(off, LocalDate.of(2022, 4, 3), LocalDate.of(2022, 4, 5));
        range(off, LocalDate.of(2022, 4, 30), LocalDate.of(2022, 5, 4));
        range(off, LocalDate.of(2022, 6, 3), LocalDate.of(2022, 6, 5));
        range(off, LocalDate.of(2022, 9, 10), LocalDate.of(2022, 9, 12));
        range(off, LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 7));
        return new HolidaySchedule(2022, Set.copyOf(off), Set.of(LocalDate.of(2022, 1, 29), LocalDate.of(2022, 1, 30),
                LocalDate.of(2022, 4, 2), LocalDate.of(2022, 4, 24), LocalDate.of(2022, 5, 7),
                LocalDate.of(2022, 10, 8), LocalDate.of(2022, 10, 9)));
    }

    private static void range(List<LocalDate> out, LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            out.add(d);
        }
    }

    /** A local time in China. */
    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WorkCalendar.CHINA).toInstant();
    }

    static CommandId cid() {
        return CommandId.of("cmd-" + IDS.incrementAndGet());
    }

    static FreeText text(String s) {
        return FreeText.of(s);
    }

    /** A report of a damaged road in the village grid by a resident with an account, name and phone. */
    static CaseReport roadReport(String caseId) {
        return new CaseReport(cid(), RESIDENT, CaseId.of(caseId), "CD-20220704-" + caseId, CaseKind.HELP, "C0201",
                Channel.APP, Priority.ROUTINE, Location.of(GRID, null, text("东村村口到镇上的路")),
                Reporter.of("r-1", PersonName.of("张三"), PhoneNumber.parse("13812345678")),
                text("村里的路坏了，坑很多，请尽快修。联系13812345678"), TOWN_CENTRE, TOWN);
    }

    /** A report of a neighbours' quarrel over passage in the village grid (a dispute) by the same resident. */
    static CaseReport disputeReport(String caseId) {
        return new CaseReport(cid(), RESIDENT, CaseId.of(caseId), "CD-20250303-" + caseId, CaseKind.DISPUTE, "S0105",
                Channel.APP, Priority.ROUTINE, Location.of(GRID, null, text("东村3组")),
                Reporter.of("r-1", PersonName.of("张三"), PhoneNumber.parse("13812345678")),
                text("邻居在通道上堆放杂物，双方多次争吵。联系13812345678"), TOWN_CENTRE, TOWN);
    }

    /** Applies a command, returning the next case. */
    static Case step(Case c, CaseCommand command, Instant now) {
        return LIFECYCLE.apply(c, command, now).next();
    }
}
