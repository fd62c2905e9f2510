package io.gridgov.core;

import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.time.HolidaySchedule;
import io.gridgov.core.time.WorkCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small Changde-like world shared by the lifecycle tests: a city, two districts, towns, villages and
 * grids, and the 2022 and 2025 calendars.
 */
public final class ChangdeWorld {
    public static final LevelScheme CN = LevelScheme.chinaNational();
    public static final String HUNAN = "430000";
    public static final String CHANGDE = "430700";
    public static final String WULING = "430702";
    public static final String DINGCHENG = "430703";
    public static final String TOWN = "430703101";
    public static final String TOWN_B = "430703102";
    public static final String VILLAGE = "430703101201";
    public static final String VILLAGE_B = "430703102201";
    public static final String GRID = "430703101201001";
    public static final String GRID_2 = "430703101201002";
    public static final String GRID_B = "430703102201001";
    public static final String STREET_W = "430702001";
    public static final String COMMUNITY_W = "430702001001";
    public static final String GRID_W = "430702001001001";

    public static final GridTree TREE = tree();
    public static final WorkCalendar CALENDAR = WorkCalendar.china(List.of(china2022(), HolidaySchedule.china2025()));

    private ChangdeWorld() {
    }

    private static GridTree tree() {
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
    public static HolidaySchedule china2022() {
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
    public static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WorkCalendar.CHINA).toInstant();
    }
}
