package io.gridgov.routing.rules;

import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** A small piece of Zhangzhou for routing tests: two districts, three streets, a community and two grids. */
final class ZhangzhouWorld {
    static final LevelScheme CN = LevelScheme.chinaNational();
    static final String FUJIAN = "350000";
    static final String ZHANGZHOU = "350600";
    static final String XIANGCHENG = "350602";
    static final String LONGWEN = "350603";
    static final String NANKENG = "350602001";
    static final String XIQIAO = "350602002";
    static final String LANTIAN = "350603001";
    static final String NANKENG_COMMUNITY = "350602001001";
    static final String GRID = "350602001001001";
    static final String GRID_2 = "350602001001002";

    static final GridTree TREE = tree();
    static final CategoryTaxonomy TAXONOMY = CategoryTaxonomy.urbanAndSocial();
    static final Set<String> ORGANISATIONS = Set.of("xc-highway", "xc-housing", "xc-urban", "xc-centre",
            "zz-water", "zz-gas", "nk-street", "xq-street", "lt-street", "nk-community", "xc-people-mediation",
            "nk-mediation", "xc-labour-mediation", "xc-medical-mediation", "xc-court");
    static final Predicate<String> KNOWN = ORGANISATIONS::contains;

    private ZhangzhouWorld() {
    }

    static RuleSet.Builder builder() {
        return RuleSet.builder("zz-test", TREE, TAXONOMY, KNOWN);
    }

    private static GridTree tree() {
        List<Area> a = new ArrayList<>();
        a.add(Area.of(FUJIAN, "福建省", CN.level("province"), null));
        a.add(Area.of(ZHANGZHOU, "漳州市", CN.level("prefecture"), FUJIAN));
        a.add(Area.of(XIANGCHENG, "芗城区", CN.level("county"), ZHANGZHOU));
        a.add(Area.of(LONGWEN, "龙文区", CN.level("county"), ZHANGZHOU));
        a.add(Area.of(NANKENG, "南坑街道", CN.level("township"), XIANGCHENG));
        a.add(Area.of(XIQIAO, "西桥街道", CN.level("township"), XIANGCHENG));
        a.add(Area.of(LANTIAN, "蓝田街道", CN.level("township"), LONGWEN));
        a.add(Area.of(NANKENG_COMMUNITY, "南坑社区", CN.level("village"), NANKENG));
        a.add(Area.grid(GRID, "南坑社区第1网格", CN, GridKind.BASIC, NANKENG_COMMUNITY));
        a.add(Area.grid(GRID_2, "南坑社区第2网格", CN, GridKind.BASIC, NANKENG_COMMUNITY));
        return GridTree.of(CN, a);
    }
}
