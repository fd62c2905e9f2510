package io.gridgov.core.cases;

import io.gridgov.core.ChangdeWorld;
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
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small Changde-like world for case tests: a city, two districts, towns, villages, grids; the
 * organisations and people who act in it; the 2022 and 2025 calendars.
 */
final class CaseFixtures {
    static final LevelScheme CN = ChangdeWorld.CN;
    static final String HUNAN = ChangdeWorld.HUNAN;
    static final String CHANGDE = ChangdeWorld.CHANGDE;
    static final String WULING = ChangdeWorld.WULING;
    static final String DINGCHENG = ChangdeWorld.DINGCHENG;
    static final String TOWN = ChangdeWorld.TOWN;
    static final String TOWN_B = ChangdeWorld.TOWN_B;
    static final String VILLAGE = ChangdeWorld.VILLAGE;
    static final String VILLAGE_B = ChangdeWorld.VILLAGE_B;
    static final String GRID = ChangdeWorld.GRID;
    static final String GRID_2 = ChangdeWorld.GRID_2;
    static final String GRID_B = ChangdeWorld.GRID_B;
    static final String STREET_W = ChangdeWorld.STREET_W;
    static final String COMMUNITY_W = ChangdeWorld.COMMUNITY_W;
    static final String GRID_W = ChangdeWorld.GRID_W;

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

    static final GridTree TREE = ChangdeWorld.TREE;
    static final CategoryTaxonomy TAXONOMY = CategoryTaxonomy.urbanAndSocial();
    static final WorkCalendar CALENDAR = ChangdeWorld.CALENDAR;
    static final CaseLifecycle LIFECYCLE = CaseLifecycle.builder().grid(TREE).calendar(CALENDAR)
            .timeLimits(TimeLimitPolicy.standard(TAXONOMY, CN)).build();

    private static final AtomicLong IDS = new AtomicLong();

    private CaseFixtures() {
    }

    /** The 2022 schedule (State Council notice 国办发明电〔2021〕11号). */
    static HolidaySchedule china2022() {
        return ChangdeWorld.china2022();
    }

    /** A local time in China. */
    static Instant at(int year, int month, int day, int hour, int minute) {
        return ChangdeWorld.at(year, month, day, hour, minute);
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
