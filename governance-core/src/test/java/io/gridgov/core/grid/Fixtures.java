package io.gridgov.core.grid;

import java.util.ArrayList;
import java.util.List;

/** A small national-scheme tree used across the tests: one province down to buildings. */
final class Fixtures {
    static final LevelScheme CN = LevelScheme.chinaNational();
    static final Level PROVINCE = CN.level("province");
    static final Level PREFECTURE = CN.level("prefecture");
    static final Level COUNTY = CN.level("county");
    static final Level TOWNSHIP = CN.level("township");
    static final Level VILLAGE = CN.level("village");
    static final Level GRID = CN.level("grid");
    static final Level BUILDING = CN.level("building");

    static final String SHANDONG = "370000";
    static final String ZAOZHUANG = "370400";
    static final String SHIZHONG = "370402";
    static final String LONGSHAN = "370402001";
    static final String WENHUA = "370402002";
    static final String TOWN = "370402101";
    static final String FULONG = "370402001001";
    static final String GUANGMING = "370402001002";
    static final String WENHUA_COMMUNITY = "370402002001";
    static final String VILLAGE_A = "370402101201";
    static final String FULONG_1 = "370402001001001";
    static final String FULONG_2 = "370402001001002";
    static final String GUANGMING_1 = "370402001002001";
    static final String WENHUA_1 = "370402002001001";
    static final String VILLAGE_A_1 = "370402101201001";
    static final String BUILDING_1 = "37040200100100100001";
    static final String BUILDING_2 = "37040200100100100002";

    private Fixtures() {
    }

    static List<Area> areas() {
        List<Area> a = new ArrayList<>();
        a.add(Area.of(SHANDONG, "山东省", PROVINCE, null));
        a.add(Area.of(ZAOZHUANG, "枣庄市", PREFECTURE, SHANDONG));
        a.add(Area.of(SHIZHONG, "市中区", COUNTY, ZAOZHUANG));
        a.add(Area.of(LONGSHAN, "龙山路街道", TOWNSHIP, SHIZHONG));
        a.add(Area.of(WENHUA, "文化路街道", TOWNSHIP, SHIZHONG));
        a.add(Area.of(TOWN, "税郭镇", TOWNSHIP, SHIZHONG));
        a.add(Area.of(FULONG, "富隆社区", VILLAGE, LONGSHAN));
        a.add(Area.of(GUANGMING, "光明社区", VILLAGE, LONGSHAN));
        a.add(Area.of(WENHUA_COMMUNITY, "文化社区", VILLAGE, WENHUA));
        a.add(Area.of(VILLAGE_A, "东村", VILLAGE, TOWN));
        a.add(Area.grid(FULONG_1, "富隆社区第1网格", CN, GridKind.BASIC, FULONG));
        a.add(Area.grid(FULONG_2, "富隆社区第2网格", CN, GridKind.BASIC, FULONG));
        a.add(Area.grid(GUANGMING_1, "枣庄学院专属网格", CN, GridKind.CAMPUS, GUANGMING));
        a.add(Area.grid(WENHUA_1, "文化社区第1网格", CN, GridKind.BASIC, WENHUA_COMMUNITY));
        a.add(Area.grid(VILLAGE_A_1, "东村第1网格", CN, GridKind.MARKET, VILLAGE_A));
        a.add(Area.of(BUILDING_1, "1号楼", BUILDING, FULONG_1));
        a.add(Area.of(BUILDING_2, "2号楼", BUILDING, FULONG_1));
        return a;
    }

    static GridTree tree() {
        return GridTree.of(CN, areas());
    }
}
