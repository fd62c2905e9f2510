package io.gridgov.benchmarks;

import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import static io.gridgov.benchmarks.NationalTreeGenerator.COUNTY;
import static io.gridgov.benchmarks.NationalTreeGenerator.PREFECTURE;
import static io.gridgov.benchmarks.NationalTreeGenerator.PROVINCE;
import static io.gridgov.benchmarks.NationalTreeGenerator.SCHEME;
import static io.gridgov.benchmarks.NationalTreeGenerator.TOWNSHIP;
import static io.gridgov.benchmarks.NationalTreeGenerator.VILLAGE;

/**
 * A deterministic, seeded synthetic territorial responsibility list (属地管理事项清单) of Zhangzhou's size:
 * the grid tree, the matter taxonomy, the organisations and the 10,126 entries, as neutral
 * {@link EntrySpec}s from which the routing benchmark builds gridgov's rule set and every peer.
 *
 * <h2>The grid</h2>
 * In {@link LevelScheme#chinaNational()}: 福建省 (350000) → 漳州市 (350600) → its 11 county-level
 * divisions under their real codes and names (芗城区 350602 … 华安县 350629) → {@value #TOWNSHIPS}
 * townships and streets shared out among them (10, 6, 13, 8, 9, 19, 13, 7, 11, 17, 9: close to the real
 * shares, with the real total) → 12 to 20 communities and villages each → 3 to 8 grids each: with
 * the default seed 1,920 communities and villages and 10,510 grids, 12,565 areas in all. Names are
 * composed from common place-name characters. Districts' townships are mostly streets (segment 001–099), counties' mostly towns
 * (100–199) and townships (200–399).
 *
 * <h2>The taxonomy</h2>
 * Three levels, id {@code "zz-matters"}: 11 domains ({@code M01} 城乡建设 … {@code M11} 平安建设),
 * 37 groups ({@code M0101} 房屋安全, …) and {@value #LEAVES} leaf matters ({@code M010101} 危房排查, …),
 * each group handled by one kind of department (住建, 城管, 生态环境, … 16 kinds).
 *
 * <h2>The organisations</h2>
 * Each township's office ({@code 350602001-office}); the 16 departments of each county
 * ({@code 350602-HB}, 芗城区生态环境局) and of the city ({@code 350600-HB}): 314 in all.
 *
 * <h2>The entries</h2>
 * Every entry names a category and an area; there are no conditions on case kind or priority, and no
 * two entries share a (category, area) key, so the precedence alone decides.
 * <ul>
 * <li><b>Township lists</b>, leaf categories only: {@value #CORE_LEAVES} "core" matters every township
 *     lists, plus a seeded share of the other {@value #OPTIONAL_LEAVES}: with the default seed 81.8
 *     entries per township on average (70 to 96), 6,050 basic and 3,935 cooperating duties. A leaf is either a <em>basic duty</em> (the township office is main
 *     responsible; for some leaves the county department cooperates) or a <em>cooperating duty</em> (the
 *     county department of the leaf's group is main responsible, the township office cooperates).</li>
 * <li><b>County level</b>: matters <em>taken back</em> by a county department, on 8 to 12 optional leaves
 *     and on 1 or 2 groups per county (a group entry catches every leaf of the group that no more
 *     specific entry names): 134 with the default seed.</li>
 * <li><b>City level</b>: matters taken back by a city department on 6 optional leaves and one group.</li>
 * </ul>
 * The per-township counts are adjusted so that the total is exactly {@value #ENTRIES}. A (leaf, place)
 * that no entry covers falls to the territory.
 *
 * <p>The same seed gives the same list. Immutable after construction; thread-safe.
 */
public final class ZhangzhouList {
    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 20_220_704L;
    /** Entries in the whole list (Zhangzhou's published figure). */
    public static final int ENTRIES = 10_126;
    /** Township-level areas (Zhangzhou's 122 townships and streets). */
    public static final int TOWNSHIPS = 122;
    /** County-level divisions. */
    public static final int COUNTIES = 11;
    /** Leaf categories of the taxonomy. */
    public static final int LEAVES = 100;
    /** Leaves every township lists. */
    public static final int CORE_LEAVES = 70;
    /** Leaves a township may or may not list. */
    public static final int OPTIONAL_LEAVES = LEAVES - CORE_LEAVES;

    static final String PROVINCE_CODE = "350000";
    static final String CITY_CODE = "350600";

    /** Where an entry sits: the level of its area. */
    public enum Tier {
        /** The city (漳州市). */
        CITY,
        /** A county or district. */
        COUNTY,
        /** A township or street. */
        TOWNSHIP
    }

    /** The kinds of entry in the township duty lists. */
    public enum DutyKind {
        /** 基本履职事项: the township does it, with full responsibility. */
        BASIC,
        /** 配合履职事项: a county department leads, the township assists. */
        COOPERATING,
        /** 上级部门收回事项: taken back by a higher department; route to it. */
        TAKEN_BACK
    }

    /**
     * One entry of the list, in a form no implementation owns.
     *
     * @param id            {@code "E00001"} …, in generation order
     * @param category      the matter's category code (a leaf, or a group for some higher entries)
     * @param area          the area code of the city, a county or a township
     * @param tier          the level of {@code area}
     * @param kind          the kind of duty
     * @param main          the main responsible organisation's id
     * @param cooperating   the cooperating organisations' ids, possibly empty
     * @param timeLimitDays the handling time limit in working days
     */
    public record EntrySpec(String id, String category, String area, Tier tier, DutyKind kind, String main,
            List<String> cooperating, int timeLimitDays) {
        /** Copies the list and rejects nulls. */
        public EntrySpec {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(main, "main");
            cooperating = List.copyOf(cooperating);
        }

        /**
         * The significant digits of {@link #area()}: a case's area code starts with them exactly when
         * the case lies in the area ({@code 3506} for the city, the 6 digits of a county, the 9 of a
         * township).
         */
        public String areaPrefix() {
            return switch (tier) {
                case CITY -> area.substring(0, 4);
                case COUNTY -> area.substring(0, 6);
                case TOWNSHIP -> area.substring(0, 9);
            };
        }

        /** 0 for the city, 1 for a county, 2 for a township: larger is more specific. */
        public int areaDepth() {
            return tier.ordinal();
        }

        /** 0 for a domain, 1 for a group, 2 for a leaf: larger is more specific (the codes have 3, 5, 7 characters). */
        public int categoryDepth() {
            return (category.length() - 3) / 2;
        }
    }

    /**
     * An organisation an entry can name.
     *
     * @param id   {@code 350602001-office}, {@code 350602-HB}, {@code 350600-HB}
     * @param name the Chinese name
     * @param area the code of the area it serves
     */
    public record OrgSpec(String id, String name, String area) {
    }

    /** A kind of department: code, Chinese name. */
    private record Department(String code, String name) {
    }

    private static final Department[] DEPARTMENTS = {
        new Department("ZJ", "住房和城乡建设局"), new Department("CG", "城市管理局"),
        new Department("HB", "生态环境局"), new Department("YJ", "应急管理局"),
        new Department("SC", "市场监督管理局"), new Department("NY", "农业农村局"),
        new Department("LY", "林业局"), new Department("ZR", "自然资源局"),
        new Department("SL", "水利局"), new Department("JT", "交通运输局"),
        new Department("MZ", "民政局"), new Department("WJ", "卫生健康局"),
        new Department("RS", "人力资源和社会保障局"), new Department("JY", "教育局"),
        new Department("GA", "公安局"), new Department("SF", "司法局"),
    };

    /**
     * The taxonomy: a domain line is {@code "M01 城乡建设 | urban and rural construction"}; a group line
     * starts with two spaces and ends with its department's code; leaves follow their group, four
     * spaces in, as {@code 中文 | English} pairs separated by {@code ;}.
     */
    private static final String[] MATTERS = {
        "M01 城乡建设 | urban and rural construction",
        "  M0101 房屋安全 | housing safety | ZJ",
        "    危房排查 | dilapidated-house survey; 违规改变承重结构 | altered load-bearing walls; 自建房安全 | self-built house safety",
        "  M0102 建筑工地 | construction sites | ZJ",
        "    工地扬尘 | construction dust; 夜间施工噪声 | night construction noise; 工地围挡 | site hoarding",
        "  M0103 物业管理 | property management | ZJ",
        "    物业服务纠纷 | property service dispute; 维修资金使用 | maintenance fund use; 业委会组建 | owners' committee",
        "  M0104 燃气设施 | gas facilities | ZJ",
        "    燃气管道隐患 | gas pipe hazard; 瓶装燃气 | bottled gas; 燃气用户安全检查 | gas user safety check",
        "M02 市容环卫 | city appearance and sanitation",
        "  M0201 市容秩序 | street order | CG",
        "    占道经营 | street vending; 乱搭乱建 | illegal structures; 户外广告 | outdoor advertising; 乱堆乱放 | stacking on public ground",
        "  M0202 环境卫生 | sanitation | CG",
        "    垃圾清运 | refuse collection; 公厕保洁 | toilet cleaning; 垃圾分类 | waste sorting",
        "  M0203 园林绿化 | landscaping | CG",
        "    毁绿占绿 | damage to green space; 树木倒伏 | fallen trees; 绿地养护 | green-space upkeep",
        "M03 生态环境 | ecology and environment",
        "  M0301 大气污染 | air pollution | HB",
        "    露天焚烧 | open burning; 餐饮油烟 | cooking fumes; 企业废气 | industrial emissions",
        "  M0302 水污染 | water pollution | HB",
        "    污水直排 | direct sewage discharge; 畜禽养殖污染 | livestock farm pollution; 黑臭水体 | black and odorous water",
        "  M0303 噪声污染 | noise pollution | HB",
        "    社会生活噪声 | neighbourhood noise; 工业噪声 | industrial noise",
        "  M0304 固体废物 | solid waste | HB",
        "    危险废物 | hazardous waste; 建筑垃圾偷倒 | fly-tipped construction waste",
        "M04 安全生产 | work safety",
        "  M0401 企业安全 | enterprise safety | YJ",
        "    小微企业隐患 | small-business hazard; 三合一场所 | shop-home-workshop premises; 有限空间作业 | confined-space work",
        "  M0402 消防安全 | fire safety | YJ",
        "    消防通道堵塞 | blocked fire lane; 电动车违规充电 | e-bike charging indoors; 消防设施损坏 | damaged fire equipment",
        "  M0403 危险化学品 | hazardous chemicals | YJ",
        "    非法储存危化品 | illegal chemical storage; 非法加油点 | illegal fuel sales",
        "  M0404 防灾减灾 | disaster prevention | YJ",
        "    地质灾害点 | geological hazard site; 防汛防台 | flood and typhoon defence; 避灾点管理 | shelter management",
        "M05 市场监管 | market regulation",
        "  M0501 食品安全 | food safety | SC",
        "    无证餐饮 | unlicensed eatery; 农村集体聚餐 | village banquets; 校园周边食品 | food around schools",
        "  M0502 价格与消费 | prices and consumers | SC",
        "    价格欺诈 | price fraud; 消费投诉 | consumer complaint",
        "  M0503 特种设备 | special equipment | SC",
        "    电梯故障 | lift failure; 锅炉压力容器 | boilers and pressure vessels",
        "M06 农业农村 | agriculture and rural affairs",
        "  M0601 农业生产 | farming | NY",
        "    耕地撂荒 | abandoned farmland; 农药使用 | pesticide use; 动物防疫 | animal epidemic prevention",
        "  M0602 农村宅基地 | rural homesteads | NY",
        "    宅基地审批 | homestead approval; 违法占地建房 | building on occupied land",
        "  M0603 林业 | forestry | LY",
        "    森林防火 | forest fire prevention; 乱砍滥伐 | illegal logging; 松材线虫病 | pine wilt disease",
        "M07 自然资源 | natural resources",
        "  M0701 土地利用 | land use | ZR",
        "    违法用地 | illegal land use; 土地复垦 | land reclamation",
        "  M0702 矿产资源 | mineral resources | ZR",
        "    非法采砂 | illegal sand mining; 非法采矿 | illegal mining",
        "  M0703 规划与测绘 | planning and surveying | ZR",
        "    违法建设 | unauthorised building; 测量标志保护 | survey marker protection",
        "M08 水利 | water affairs",
        "  M0801 河湖管理 | rivers and lakes | SL",
        "    河道垃圾 | river litter; 侵占河道 | encroachment on rivers; 河长巡河 | river chief patrol",
        "  M0802 水利设施 | waterworks | SL",
        "    水库安全 | reservoir safety; 农田水利 | irrigation works; 山塘安全 | mountain ponds",
        "  M0803 供水排水 | water supply and drainage | SL",
        "    停水 | water outage; 管网漏损 | pipe leak; 内涝积水 | waterlogging",
        "M09 交通运输 | transport",
        "  M0901 农村公路 | rural roads | JT",
        "    路面破损 | road damage; 公路两侧违建 | roadside illegal building; 桥梁安全 | bridge safety",
        "  M0902 道路运输 | road transport | JT",
        "    非法营运 | unlicensed taxis; 客运站秩序 | bus-station order",
        "  M0903 水上交通 | waterway transport | JT",
        "    渡口安全 | ferry safety; 无证船舶 | unlicensed boats",
        "M10 社会事务 | social affairs",
        "  M1001 民政服务 | civil-affairs services | MZ",
        "    低保申请 | minimum-living allowance; 特困供养 | support for the destitute; 殡葬管理 | funerals; 养老服务 | elderly care",
        "  M1002 卫生健康 | health | WJ",
        "    传染病防控 | infectious-disease control; 无证行医 | unlicensed medical practice; 计生服务 | family planning services",
        "  M1003 劳动保障 | labour and social security | RS",
        "    欠薪 | unpaid wages; 社保参保 | social insurance enrolment; 就业援助 | employment assistance",
        "  M1004 教育 | education | JY",
        "    控辍保学 | school dropout prevention; 校外培训 | off-campus tutoring",
        "M11 平安建设 | public safety",
        "  M1101 社会治安 | public order | GA",
        "    治安隐患 | public-order risk; 电信诈骗防范 | telecom fraud prevention; 流动人口登记 | migrant registration",
        "  M1102 矛盾纠纷 | disputes | SF",
        "    邻里纠纷 | neighbour dispute; 婚姻家庭纠纷 | family dispute; 土地山林纠纷 | land and forest dispute",
        "  M1103 道路交通安全 | road safety | GA",
        "    交通违法 | traffic violation; 农村交通安全劝导 | rural traffic safety advice",
    };

    /** The county-level divisions: code, name, townships, whether a district (mostly streets). */
    private record County(String code, String name, int townships, boolean district) {
    }

    private static final County[] ZHANGZHOU = {
        new County("350602", "芗城区", 10, true), new County("350603", "龙文区", 6, true),
        new County("350604", "龙海区", 13, true), new County("350605", "长泰区", 8, true),
        new County("350622", "云霄县", 9, false), new County("350623", "漳浦县", 19, false),
        new County("350624", "诏安县", 13, false), new County("350626", "东山县", 7, false),
        new County("350627", "南靖县", 11, false), new County("350628", "平和县", 17, false),
        new County("350629", "华安县", 9, false),
    };

    private static final String PLACE = "东西南北中上新大小安平和兴华阳山河江湖海龙凤金玉丰富隆昌盛泰康宁永长青红光明"
            + "德福文武城桥林石水云松柏桃李杨柳花园坪坝岭峰川源泉湾洲溪太白清秀鹤春胜利团结王张刘陈林黄郑蔡曾";

    private final List<Area> areas;
    private final GridTree tree;
    private final CategoryTaxonomy taxonomy;
    private final List<OrgSpec> organisations;
    private final List<EntrySpec> entries;
    /** Leaf category codes, in taxonomy order. */
    private final List<String> leaves;
    /** Township codes, in tree order. */
    private final List<String> townships;

    private ZhangzhouList(List<Area> areas, CategoryTaxonomy taxonomy, List<OrgSpec> organisations,
            List<EntrySpec> entries, List<String> leaves, List<String> townships) {
        this.areas = List.copyOf(areas);
        this.tree = GridTree.of(SCHEME, areas);
        this.taxonomy = taxonomy;
        this.organisations = List.copyOf(organisations);
        this.entries = List.copyOf(entries);
        this.leaves = List.copyOf(leaves);
        this.townships = List.copyOf(townships);
    }

    /** The list for {@link #DEFAULT_SEED}. */
    public static ZhangzhouList generate() {
        return generate(DEFAULT_SEED);
    }

    /**
     * Generates the whole list.
     *
     * @param seed the random seed; the same seed gives the same list
     * @return the list
     */
    public static ZhangzhouList generate(long seed) {
        return new Generator(new SplittableRandom(seed)).run();
    }

    /**
     * The part of this list in the first {@code n} county-level divisions (in code order, 芗城区 first):
     * the province, the city and those counties' subtrees; the city's entries and departments and those
     * of the counties and their townships. For measuring how each implementation scales with the list.
     *
     * @param n 1 to {@value #COUNTIES}
     * @return the part; this list itself for {@value #COUNTIES}
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public ZhangzhouList firstCounties(int n) {
        if (n < 1 || n > COUNTIES) {
            throw new IllegalArgumentException("counties = " + n + "; give 1 to " + COUNTIES);
        }
        if (n == COUNTIES) {
            return this;
        }
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < n; i++) {
            kept.add(ZHANGZHOU[i].code());
        }
        Predicate<String> in = code -> code.equals(PROVINCE_CODE) || code.equals(CITY_CODE)
                || code.length() >= 6 && kept.contains(code.substring(0, 6));
        return new ZhangzhouList(areas.stream().filter(a -> in.test(a.code())).toList(), taxonomy,
                organisations.stream().filter(o -> in.test(o.area())).toList(),
                entries.stream().filter(e -> in.test(e.area())).toList(), leaves,
                townships.stream().filter(in).toList());
    }

    /** The level scheme of {@link #tree()}. */
    public static LevelScheme scheme() {
        return SCHEME;
    }

    /** Every area, parents before children. */
    public List<Area> areas() {
        return areas;
    }

    /** The grid tree built from {@link #areas()}. */
    public GridTree tree() {
        return tree;
    }

    /** The matter taxonomy. */
    public CategoryTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Every organisation an entry may name: township offices, county and city departments. */
    public List<OrgSpec> organisations() {
        return organisations;
    }

    /** The {@value #ENTRIES} entries. */
    public List<EntrySpec> entries() {
        return entries;
    }

    /** The {@value #LEAVES} leaf category codes. */
    public List<String> leaves() {
        return leaves;
    }

    /** The {@value #TOWNSHIPS} township codes. */
    public List<String> townships() {
        return townships;
    }

    /** The id of a township's office. */
    static String office(String townshipCode) {
        return townshipCode + "-office";
    }

    /** The id of a county's or the city's department of a kind. */
    static String department(String areaCode, String kind) {
        return areaCode + "-" + kind;
    }

    /** Generates one list; not reusable. */
    private static final class Generator {
        private final SplittableRandom rng;
        private final List<Area> areas = new ArrayList<>();
        private final List<OrgSpec> orgs = new ArrayList<>();
        private final List<EntrySpec> entries = new ArrayList<>();
        private final List<String> leafCodes = new ArrayList<>();
        private final List<String> townshipCodes = new ArrayList<>();
        /** Department kind of each group, by group code. */
        private final Map<String, String> groupDepartment = new LinkedHashMap<>();
        /** Group code of each leaf, by leaf index. */
        private final List<String> leafGroup = new ArrayList<>();
        private final CategoryTaxonomy taxonomy;

        Generator(SplittableRandom rng) {
            this.rng = rng;
            this.taxonomy = taxonomy();
        }

        ZhangzhouList run() {
            grid();
            organisations();
            entries();
            return new ZhangzhouList(areas, taxonomy, orgs, entries, leafCodes, townshipCodes);
        }

        private CategoryTaxonomy taxonomy() {
            CategoryTaxonomy.Builder b = CategoryTaxonomy.builder("zz-matters");
            String domain = null;
            String group = null;
            for (String line : MATTERS) {
                if (line.startsWith("    ")) {
                    int n = 1;
                    for (String leaf : line.trim().split(";")) {
                        String[] names = leaf.split("\\|");
                        String code = group + String.format("%02d", n++);
                        b.add(code, group, names[0].trim(), names[1].trim());
                        leafCodes.add(code);
                        leafGroup.add(group);
                    }
                } else if (line.startsWith("  ")) {
                    String[] parts = line.trim().split("\\|");
                    String[] codeName = parts[0].trim().split(" ");
                    group = codeName[0];
                    b.add(group, domain, codeName[1], parts[1].trim());
                    groupDepartment.put(group, parts[2].trim());
                } else {
                    String[] parts = line.split("\\|");
                    String[] codeName = parts[0].trim().split(" ");
                    domain = codeName[0];
                    b.add(domain, null, codeName[1], parts[1].trim());
                }
            }
            if (leafCodes.size() != LEAVES) {
                throw new IllegalStateException(leafCodes.size() + " leaves in MATTERS, expected " + LEAVES);
            }
            return b.build();
        }

        private void grid() {
            areas.add(Area.of(PROVINCE_CODE, "福建省", PROVINCE, null));
            areas.add(Area.of(CITY_CODE, "漳州市", PREFECTURE, PROVINCE_CODE));
            for (County c : ZHANGZHOU) {
                areas.add(Area.of(c.code(), c.name(), COUNTY, CITY_CODE));
                int streets = c.district() ? c.townships() - 2 - rng.nextInt(2) : 1 + rng.nextInt(2);
                int towns = c.district() ? c.townships() - streets : (c.townships() - streets) * 3 / 4;
                for (int t = 0; t < c.townships(); t++) {
                    String code;
                    String name;
                    if (t < streets) {
                        code = c.code() + String.format("%03d", 1 + t);
                        name = place(2) + "街道";
                    } else if (t < streets + towns) {
                        code = c.code() + String.format("%03d", 100 + t - streets + 1);
                        name = place(2) + "镇";
                    } else {
                        code = c.code() + String.format("%03d", 200 + t - streets - towns + 1);
                        name = place(2) + "乡";
                    }
                    areas.add(Area.of(code, name, TOWNSHIP, c.code()));
                    townshipCodes.add(code);
                    villages(code, t < streets);
                }
            }
        }

        private void villages(String township, boolean street) {
            int k = 12 + rng.nextInt(9);
            int communities = street ? k - rng.nextInt(3) : 1 + rng.nextInt(3);
            for (int v = 0; v < k; v++) {
                boolean community = v < communities;
                String code = township + String.format("%03d", community ? 1 + v : 200 + v - communities + 1);
                String name = place(3) + (community ? "社区" : "村");
                areas.add(Area.of(code, name, VILLAGE, township));
                int grids = 3 + rng.nextInt(6);
                for (int g = 1; g <= grids; g++) {
                    areas.add(Area.grid(code + String.format("%03d", g), name + "第" + g + "网格", SCHEME,
                            GridKind.BASIC, code));
                }
            }
        }

        private String place(int chars) {
            StringBuilder sb = new StringBuilder(chars);
            for (int i = 0; i < chars; i++) {
                sb.append(PLACE.charAt(rng.nextInt(PLACE.length())));
            }
            return sb.toString();
        }

        private void organisations() {
            for (Department d : DEPARTMENTS) {
                orgs.add(new OrgSpec(department(CITY_CODE, d.code()), "漳州市" + d.name(), CITY_CODE));
            }
            for (County c : ZHANGZHOU) {
                for (Department d : DEPARTMENTS) {
                    orgs.add(new OrgSpec(department(c.code(), d.code()), c.name() + d.name(), c.code()));
                }
            }
            for (Area a : areas) {
                if (a.level().equals(TOWNSHIP)) {
                    String what = a.name().endsWith("街道") ? "办事处" : "人民政府";
                    orgs.add(new OrgSpec(office(a.code()), a.name() + what, a.code()));
                }
            }
        }

        private void entries() {
            // Which leaves are optional, and each leaf's nature in the township lists.
            int[] order = shuffled(LEAVES);
            BitSet optional = new BitSet(LEAVES);
            for (int i = 0; i < OPTIONAL_LEAVES; i++) {
                optional.set(order[i]);
            }
            DutyKind[] nature = new DutyKind[LEAVES];
            boolean[] countyHelps = new boolean[LEAVES];
            int[] limit = new int[LEAVES];
            int[] limits = {3, 5, 7, 10, 15};
            for (int l = 0; l < LEAVES; l++) {
                nature[l] = rng.nextInt(100) < 55 ? DutyKind.BASIC : DutyKind.COOPERATING;
                countyHelps[l] = rng.nextInt(100) < 30;
                limit[l] = limits[rng.nextInt(limits.length)];
            }
            int[] optionalLeaves = optional.stream().toArray();
            List<String> groups = new ArrayList<>(groupDepartment.keySet());

            // The city: 6 optional leaves and one group taken back.
            int[] cityLeaves = pick(optionalLeaves, 6);
            for (int l : cityLeaves) {
                add(leafCodes.get(l), CITY_CODE, Tier.CITY, DutyKind.TAKEN_BACK,
                        department(CITY_CODE, groupDepartment.get(leafGroup.get(l))), List.of(), limit[l]);
            }
            String cityGroup = groups.get(rng.nextInt(groups.size()));
            add(cityGroup, CITY_CODE, Tier.CITY, DutyKind.TAKEN_BACK,
                    department(CITY_CODE, groupDepartment.get(cityGroup)), List.of(), 10);

            // Each county: 8 to 12 optional leaves and 1 or 2 groups taken back.
            for (County c : ZHANGZHOU) {
                for (int l : pick(optionalLeaves, 8 + rng.nextInt(5))) {
                    add(leafCodes.get(l), c.code(), Tier.COUNTY, DutyKind.TAKEN_BACK,
                            department(c.code(), groupDepartment.get(leafGroup.get(l))), List.of(), limit[l]);
                }
                int[] g = pick(indexes(groups.size()), 1 + rng.nextInt(2));
                for (int gi : g) {
                    String group = groups.get(gi);
                    add(group, c.code(), Tier.COUNTY, DutyKind.TAKEN_BACK,
                            department(c.code(), groupDepartment.get(group)), List.of(), 10);
                }
            }

            // Townships: the core leaves, and a share of the optional ones so that the total is exact.
            int remaining = ENTRIES - entries.size() - CORE_LEAVES * TOWNSHIPS;
            int[] extra = new int[TOWNSHIPS];
            int sum = 0;
            for (int t = 0; t < TOWNSHIPS; t++) {
                extra[t] = 2 + rng.nextInt(OPTIONAL_LEAVES - 4);
                sum += extra[t];
            }
            while (sum != remaining) {
                int t = rng.nextInt(TOWNSHIPS);
                if (sum < remaining && extra[t] < OPTIONAL_LEAVES) {
                    extra[t]++;
                    sum++;
                } else if (sum > remaining && extra[t] > 0) {
                    extra[t]--;
                    sum--;
                }
            }
            for (int t = 0; t < TOWNSHIPS; t++) {
                String township = townshipCodes.get(t);
                String county = township.substring(0, 6);
                BitSet listed = new BitSet(LEAVES);
                listed.or(complement(optional));
                for (int l : pick(optionalLeaves, extra[t])) {
                    listed.set(l);
                }
                for (int l = listed.nextSetBit(0); l >= 0; l = listed.nextSetBit(l + 1)) {
                    String dept = department(county, groupDepartment.get(leafGroup.get(l)));
                    if (nature[l] == DutyKind.BASIC) {
                        add(leafCodes.get(l), township, Tier.TOWNSHIP, DutyKind.BASIC, office(township),
                                countyHelps[l] ? List.of(dept) : List.of(), limit[l]);
                    } else {
                        add(leafCodes.get(l), township, Tier.TOWNSHIP, DutyKind.COOPERATING, dept,
                                List.of(office(township)), limit[l]);
                    }
                }
            }
            if (entries.size() != ENTRIES) {
                throw new IllegalStateException(entries.size() + " entries generated, expected " + ENTRIES);
            }
        }

        private void add(String category, String area, Tier tier, DutyKind kind, String main, List<String> cooperating,
                int days) {
            String id = String.format("E%05d", entries.size() + 1);
            entries.add(new EntrySpec(id, category, area, tier, kind, main, cooperating, days));
        }

        private static BitSet complement(BitSet set) {
            BitSet c = new BitSet(LEAVES);
            c.set(0, LEAVES);
            c.andNot(set);
            return c;
        }

        private static int[] indexes(int n) {
            int[] a = new int[n];
            Arrays.setAll(a, i -> i);
            return a;
        }

        private int[] shuffled(int n) {
            int[] a = indexes(n);
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int tmp = a[i];
                a[i] = a[j];
                a[j] = tmp;
            }
            return a;
        }

        /** {@code k} distinct elements of {@code from}, in ascending order. */
        private int[] pick(int[] from, int k) {
            int[] order = shuffled(from.length);
            int[] out = new int[k];
            for (int i = 0; i < k; i++) {
                out[i] = from[order[i]];
            }
            Arrays.sort(out);
            return out;
        }
    }
}
