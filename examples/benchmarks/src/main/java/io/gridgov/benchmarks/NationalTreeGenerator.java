package io.gridgov.benchmarks;

import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.Level;
import io.gridgov.core.grid.LevelScheme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic, seeded generator of a synthetic national grid tree in the
 * {@link LevelScheme#chinaNational() national scheme}, with the proportions of the real one: 34
 * provinces (real codes and names, 11 北京市 to 82 澳门特别行政区), 333 prefecture-level areas, 2,844
 * counties and districts, 38,741 townships and streets, 615,000 villages and communities, and 4 to 12
 * grids (8 on average) in each village or community: about 5.58 million areas at {@code scale = 1}.
 *
 * <h2>Codes</h2>
 * Every code passes the scheme's validation and looks like a GB/T 2260 / statistical division code:
 * prefectures are numbered 01–20 (cities; a province with more than 20 would overflow to 51–70, as
 * Guangdong's 4451–4453 do) and 21–50 (autonomous prefectures, leagues and 地区, in the provinces that
 * have them); counties 02–20 (districts; 01 in a municipality), 21–80 (counties) and 81–99
 * (county-level cities); townships 001–099 (streets), 100–199 (towns), 200–399 (townships) and
 * occasionally 400 (a state farm); villages 001–199 (residents' committees) and 200–399 (villagers'
 * committees); grids 001 upwards. Numbering within a class is ascending with occasional gaps, as in
 * real data after merges. The four municipalities have the usual 市辖区 (and, for Chongqing, 县)
 * prefecture-level node; Taiwan, Hong Kong and Macau are provinces without children, as in GB/T 2260.
 *
 * <h2>Names</h2>
 * Composed from 322 common place-name characters: {@code 红旗区}, {@code 龙山路街道},
 * {@code 富隆镇}, {@code 富隆社区}, {@code 王家庄村}; a grid is named after its community,
 * {@code 富隆社区第3网格}. Two-character names repeat across the country (as 东风村 and 新村 do), three-
 * character village names mostly do not: at scale 1 about 70% of the names are distinct. This
 * matters for memory, since {@code GridTree} keeps one copy of each distinct name. Every name is
 * its own {@code String} instance, as when rows are read from a database.
 *
 * <h2>Scale</h2>
 * {@code scale} in (0, 1] shrinks the counts of prefectures, counties, townships and villages
 * proportionally (at least one child per parent, so the top of the tree shrinks less) and keeps the
 * 8 grids per village: {@code 0.01} gives about 56 thousand areas, {@code 0.1} about 560 thousand.
 *
 * <p>The output is in pre-order (each parent before its children, siblings in ascending code order),
 * as a table ordered by its primary key would be read. The same scale and seed give the same list.
 * Stateless and thread-safe.
 */
public final class NationalTreeGenerator {
    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 20_261_123L;
    /** Prefecture-level areas at scale 1, including the municipalities' 市辖区 and 县 nodes. */
    public static final int PREFECTURES = 333;
    /** County-level areas at scale 1. */
    public static final int COUNTIES = 2_844;
    /** Township-level areas at scale 1. */
    public static final int TOWNSHIPS = 38_741;
    /** Villages and communities at scale 1. */
    public static final int VILLAGES = 615_000;
    /** The fewest grids in a village or community. */
    public static final int MIN_GRIDS = 4;
    /** The most grids in a village or community. */
    public static final int MAX_GRIDS = 12;

    static final LevelScheme SCHEME = LevelScheme.chinaNational();
    static final Level PROVINCE = SCHEME.level("province");
    static final Level PREFECTURE = SCHEME.level("prefecture");
    static final Level COUNTY = SCHEME.level("county");
    static final Level TOWNSHIP = SCHEME.level("township");
    static final Level VILLAGE = SCHEME.level("village");
    static final Level GRID = SCHEME.level("grid");

    /**
     * Characters of Chinese place names: directions, landforms, auspicious words and common surnames
     * (家庄, 王庄). A name takes two, a village's two or three; duplicates are dropped at class load.
     */
    private static final String SYLLABLES = distinct("东西南北中上下前后新大小安平和兴华阳山河江湖海龙凤金玉宝丰富隆昌"
            + "盛泰康宁永长青红旗光明德福文武城桥林石水云松柏桃李杨柳花园家庄坪坝沟岭峰川源泉湾洲台堡营关塘溪太白黄"
            + "清秀鹤鸣春秋胜利建设解放团结友谊幸福王张刘陈马高赵孙周吴郑冯许何吕施田潘董梁杜叶程苏魏蒋韩唐沈彭曾萧姚"
            + "谢邓崔卢丁钟汪任范方廖邹熊陆郝孔毛邱秦史顾侯邵孟万段雷钱汤尹黎易常乔贺赖龚庞樊兰殷陶洪翟颜倪严牛温芦季"
            + "俞章鲁葛伍韦申尤毕聂焦向邢路岳齐梅莫辛管祝左谷祁时舒耿卜詹苗凌费纪靳童欧甄项曲成游裴席卫查屈鲍覃霍翁"
            + "甘景单包司柯阮桂解强柴车冉房边吉饶戚丘古米池滕晋苑宫来全廉简娄符木穆燕郎冀谈姬连晏栾商蒙喻窦迟敖卓艾蓝"
            + "都巩井仲乐虞封原官楚佟栗匡宗应巫鞠桑荆银沙薛岩鹿塔寨岗坡屯铺店集镇坊埠浦滩港渡");

    private static final String[] ETHNIC = {"藏族", "彝族", "苗族侗族", "哈萨克", "蒙古族", "傣族", "白族", "回族", "朝鲜族",
        "土家族苗族", "布依族苗族"};
    private static final GridKind[] EXCLUSIVE = {GridKind.CAMPUS, GridKind.MARKET, GridKind.PARK, GridKind.COMPOUND};

    /** How a province is divided. */
    private enum ProvinceKind { PROVINCE, MUNICIPALITY, CHONGQING, UNDIVIDED }

    /** A prefecture-level node's kind: it decides the classes of its counties. */
    private enum PrefectureKind { CITY, AUTONOMOUS, MUNICIPAL_DISTRICTS, MUNICIPAL_COUNTIES }

    /** A county-level node's kind: it decides the mix of its townships. */
    private enum CountyKind { DISTRICT, COUNTY, CITY }

    /** A township-level node's kind: it decides the mix of its villages. */
    private enum TownshipKind { STREET, TOWN, TOWNSHIP, STATE_FARM }

    /**
     * A real province: code, name, its real number of prefecture-level divisions (the weights that
     * share out the 333), how many of them are autonomous prefectures, leagues or 地区 (segment 21–50)
     * and what those are called.
     */
    private record Province(int code, String name, ProvinceKind kind, int prefectures, int autonomous, String suffix) {
    }

    private static final List<Province> PROVINCES = List.of(
            new Province(11, "北京市", ProvinceKind.MUNICIPALITY, 1, 0, ""),
            new Province(12, "天津市", ProvinceKind.MUNICIPALITY, 1, 0, ""),
            new Province(13, "河北省", ProvinceKind.PROVINCE, 11, 0, ""),
            new Province(14, "山西省", ProvinceKind.PROVINCE, 11, 0, ""),
            new Province(15, "内蒙古自治区", ProvinceKind.PROVINCE, 12, 3, "盟"),
            new Province(21, "辽宁省", ProvinceKind.PROVINCE, 14, 0, ""),
            new Province(22, "吉林省", ProvinceKind.PROVINCE, 9, 1, "自治州"),
            new Province(23, "黑龙江省", ProvinceKind.PROVINCE, 13, 1, "地区"),
            new Province(31, "上海市", ProvinceKind.MUNICIPALITY, 1, 0, ""),
            new Province(32, "江苏省", ProvinceKind.PROVINCE, 13, 0, ""),
            new Province(33, "浙江省", ProvinceKind.PROVINCE, 11, 0, ""),
            new Province(34, "安徽省", ProvinceKind.PROVINCE, 16, 0, ""),
            new Province(35, "福建省", ProvinceKind.PROVINCE, 9, 0, ""),
            new Province(36, "江西省", ProvinceKind.PROVINCE, 11, 0, ""),
            new Province(37, "山东省", ProvinceKind.PROVINCE, 16, 0, ""),
            new Province(41, "河南省", ProvinceKind.PROVINCE, 17, 0, ""),
            new Province(42, "湖北省", ProvinceKind.PROVINCE, 13, 1, "自治州"),
            new Province(43, "湖南省", ProvinceKind.PROVINCE, 14, 1, "自治州"),
            new Province(44, "广东省", ProvinceKind.PROVINCE, 21, 0, ""),
            new Province(45, "广西壮族自治区", ProvinceKind.PROVINCE, 14, 0, ""),
            new Province(46, "海南省", ProvinceKind.PROVINCE, 4, 0, ""),
            new Province(50, "重庆市", ProvinceKind.CHONGQING, 2, 0, ""),
            new Province(51, "四川省", ProvinceKind.PROVINCE, 21, 3, "自治州"),
            new Province(52, "贵州省", ProvinceKind.PROVINCE, 9, 3, "自治州"),
            new Province(53, "云南省", ProvinceKind.PROVINCE, 16, 8, "自治州"),
            new Province(54, "西藏自治区", ProvinceKind.PROVINCE, 7, 1, "地区"),
            new Province(61, "陕西省", ProvinceKind.PROVINCE, 10, 0, ""),
            new Province(62, "甘肃省", ProvinceKind.PROVINCE, 14, 2, "自治州"),
            new Province(63, "青海省", ProvinceKind.PROVINCE, 8, 6, "自治州"),
            new Province(64, "宁夏回族自治区", ProvinceKind.PROVINCE, 5, 0, ""),
            new Province(65, "新疆维吾尔自治区", ProvinceKind.PROVINCE, 14, 9, "自治州"),
            new Province(71, "台湾省", ProvinceKind.UNDIVIDED, 0, 0, ""),
            new Province(81, "香港特别行政区", ProvinceKind.UNDIVIDED, 0, 0, ""),
            new Province(82, "澳门特别行政区", ProvinceKind.UNDIVIDED, 0, 0, ""));

    private NationalTreeGenerator() {
    }

    /** The national scheme the generated areas belong to. */
    public static LevelScheme scheme() {
        return SCHEME;
    }

    /**
     * Generates the tree with the {@link #DEFAULT_SEED}.
     *
     * @param scale the fraction of the national size, in (0, 1]
     * @return the areas in pre-order
     * @throws IllegalArgumentException if {@code scale} is out of range
     */
    public static List<Area> generate(double scale) {
        return generate(scale, DEFAULT_SEED);
    }

    /**
     * Generates the tree.
     *
     * @param scale the fraction of the national size, in (0, 1]
     * @param seed  the random seed; the same scale and seed give the same areas
     * @return the areas in pre-order, a new mutable list
     * @throws IllegalArgumentException if {@code scale} is out of range
     */
    public static List<Area> generate(double scale, long seed) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale is " + scale + "; use a fraction of the national size in (0, 1],"
                    + " e.g. 0.01 for a quick run or 1 for the whole country");
        }
        return new Run(scale, new SplittableRandom(seed)).generate();
    }

    /** One generation: first the number of children of every node, level by level, then the areas in pre-order. */
    private static final class Run {
        private final double scale;
        private final SplittableRandom rng;
        private final List<Area> out;

        // Level by level, in pre-order: each node's kind and number of children.
        private PrefectureKind[] prefKind;
        private int[] prefAutonomous; // 1 if the prefecture is in the 21-50 class
        private int[] countiesOf;
        private CountyKind[] countyKind;
        private int[] townshipsOf;
        private TownshipKind[] townshipKind;
        private int[] villagesOf;

        Run(double scale, SplittableRandom rng) {
            this.scale = scale;
            this.rng = rng;
            this.out = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8, (long) (5_700_000 * scale) + 1_000));
        }

        List<Area> generate() {
            int[] prefsOf = allocatePrefectures();
            int prefectures = Arrays.stream(prefsOf).sum();
            classifyPrefectures(prefsOf, prefectures);
            allocateCounties(prefectures);
            allocateTownships();
            allocateVillages();
            emit(prefsOf);
            return out;
        }

        private int scaled(int national, int atLeast) {
            return Math.max(atLeast, (int) Math.round(national * scale));
        }

        /** Municipalities keep their fixed 市辖区 (and 县) nodes; the rest share out by real counts. */
        private int[] allocatePrefectures() {
            int[] prefsOf = new int[PROVINCES.size()];
            int fixed = 0;
            int regular = 0;
            for (int p = 0; p < PROVINCES.size(); p++) {
                Province pr = PROVINCES.get(p);
                if (pr.kind == ProvinceKind.MUNICIPALITY || pr.kind == ProvinceKind.CHONGQING) {
                    prefsOf[p] = pr.prefectures;
                    fixed += pr.prefectures;
                } else if (pr.kind == ProvinceKind.PROVINCE) {
                    regular++;
                }
            }
            double[] w = new double[regular];
            int[] cap = new int[regular];
            int k = 0;
            for (Province pr : PROVINCES) {
                if (pr.kind == ProvinceKind.PROVINCE) {
                    w[k] = pr.prefectures;
                    cap[k++] = 70; // 01-20, 21-50 and 51-70
                }
            }
            int[] shares = allocate(scaled(PREFECTURES - fixed, regular), w, cap);
            k = 0;
            for (int p = 0; p < PROVINCES.size(); p++) {
                if (PROVINCES.get(p).kind == ProvinceKind.PROVINCE) {
                    prefsOf[p] = shares[k++];
                }
            }
            return prefsOf;
        }

        private void classifyPrefectures(int[] prefsOf, int prefectures) {
            prefKind = new PrefectureKind[prefectures];
            prefAutonomous = new int[prefectures];
            int f = 0;
            for (int p = 0; p < PROVINCES.size(); p++) {
                Province pr = PROVINCES.get(p);
                int n = prefsOf[p];
                int autonomous = pr.prefectures == 0 ? 0 : (int) Math.round((double) n * pr.autonomous / pr.prefectures);
                for (int i = 0; i < n; i++, f++) {
                    prefKind[f] = switch (pr.kind) {
                        case MUNICIPALITY -> PrefectureKind.MUNICIPAL_DISTRICTS;
                        case CHONGQING -> i == 0 ? PrefectureKind.MUNICIPAL_DISTRICTS : PrefectureKind.MUNICIPAL_COUNTIES;
                        case PROVINCE, UNDIVIDED -> i >= n - autonomous ? PrefectureKind.AUTONOMOUS : PrefectureKind.CITY;
                    };
                    prefAutonomous[f] = prefKind[f] == PrefectureKind.AUTONOMOUS ? 1 : 0;
                }
            }
        }

        private void allocateCounties(int prefectures) {
            double[] w = new double[prefectures];
            int[] cap = new int[prefectures];
            for (int f = 0; f < prefectures; f++) {
                switch (prefKind[f]) {
                    case MUNICIPAL_DISTRICTS -> {
                        w[f] = 1.9;
                        cap[f] = 20; // 01-20
                    }
                    case MUNICIPAL_COUNTIES -> {
                        w[f] = 1.0;
                        cap[f] = 60; // 21-80
                    }
                    case CITY -> {
                        w[f] = lognormal(0.4);
                        cap[f] = 19 + 60 + 19; // 02-20, 21-80, 81-99
                    }
                    case AUTONOMOUS -> {
                        w[f] = lognormal(0.4);
                        cap[f] = 60 + 19;
                    }
                }
            }
            countiesOf = allocate(scaled(COUNTIES, prefectures), w, cap);
            int counties = Arrays.stream(countiesOf).sum();
            countyKind = new CountyKind[counties];
            int c = 0;
            for (int f = 0; f < prefectures; f++) {
                int[] split = splitCounties(prefKind[f], countiesOf[f]);
                for (int kind = 0; kind < 3; kind++) {
                    for (int i = 0; i < split[kind]; i++) {
                        countyKind[c++] = CountyKind.values()[kind];
                    }
                }
            }
        }

        /** Districts, counties and county-level cities of a prefecture with {@code k} county-level areas. */
        private int[] splitCounties(PrefectureKind kind, int k) {
            return switch (kind) {
                case MUNICIPAL_DISTRICTS -> new int[] {k, 0, 0};
                case MUNICIPAL_COUNTIES -> new int[] {0, k, 0};
                case CITY -> split(k, new double[] {uniform(0.15, 0.45), uniform(0.4, 0.8), uniform(0, 0.25)},
                        new int[] {19, 60, 19}, 0);
                case AUTONOMOUS -> split(k, new double[] {0, uniform(0.6, 1), uniform(0, 0.3)}, new int[] {0, 60, 19}, 1);
            };
        }

        private void allocateTownships() {
            int counties = countyKind.length;
            double[] w = new double[counties];
            int[] cap = new int[counties];
            for (int c = 0; c < counties; c++) {
                w[c] = lognormal(0.5);
                cap[c] = 99 + 100 + 200; // streets, towns, townships
            }
            townshipsOf = allocate(scaled(TOWNSHIPS, counties), w, cap);
            townshipKind = new TownshipKind[Arrays.stream(townshipsOf).sum()];
            int t = 0;
            for (int c = 0; c < counties; c++) {
                int k = townshipsOf[c];
                int[] split = switch (countyKind[c]) {
                    case DISTRICT -> split(k, new double[] {uniform(0.4, 0.9), uniform(0.1, 0.6), 0}, new int[] {99, 100, 200}, 0);
                    case COUNTY -> split(k, new double[] {uniform(0, 0.1), uniform(0.45, 0.75), uniform(0.15, 0.45)},
                            new int[] {99, 100, 200}, 1);
                    case CITY -> split(k, new double[] {uniform(0.1, 0.3), uniform(0.5, 0.8), uniform(0, 0.15)},
                            new int[] {99, 100, 200}, 1);
                };
                // now and then one township of a rural county is a state farm (segment 400, 政企合一单位)
                boolean farm = countyKind[c] != CountyKind.DISTRICT && split[1] > 1 && rng.nextInt(33) == 0;
                if (farm) {
                    split[1]--;
                }
                for (int kind = 0; kind < 3; kind++) {
                    for (int i = 0; i < split[kind]; i++) {
                        townshipKind[t++] = TownshipKind.values()[kind];
                    }
                }
                if (farm) {
                    townshipKind[t++] = TownshipKind.STATE_FARM;
                }
            }
        }

        private void allocateVillages() {
            int townships = townshipKind.length;
            double[] w = new double[townships];
            int[] cap = new int[townships];
            for (int t = 0; t < townships; t++) {
                // streets and townships have fewer villages than towns: about 1 in 5 becomes a community
                w[t] = lognormal(0.5) * switch (townshipKind[t]) {
                    case STREET -> 0.6;
                    case TOWN -> 1.25;
                    case TOWNSHIP -> 0.75;
                    case STATE_FARM -> 0.5;
                };
                cap[t] = switch (townshipKind[t]) {
                    case STREET, STATE_FARM -> 199; // communities only: 001-199
                    case TOWN, TOWNSHIP -> 399; // communities 001-199 and villages 200-399
                };
            }
            villagesOf = allocate(scaled(VILLAGES, townships), w, cap);
        }

        /** Communities and villages of a township with {@code k} of them. */
        private int[] splitVillages(TownshipKind kind, int k) {
            return switch (kind) {
                case STREET, STATE_FARM -> new int[] {k, 0};
                case TOWN -> split(k, new double[] {uniform(0.02, 0.15), 1}, new int[] {199, 200}, 1);
                case TOWNSHIP -> split(k, new double[] {uniform(0, 0.05), 1}, new int[] {199, 200}, 1);
            };
        }

        // ------------------------------------------------------------------ emission in pre-order

        private void emit(int[] prefsOf) {
            int f = 0;
            int c = 0;
            int t = 0;
            for (int p = 0; p < PROVINCES.size(); p++) {
                Province pr = PROVINCES.get(p);
                String provinceCode = pr.code + "0000";
                out.add(Area.of(provinceCode, pr.name, PROVINCE, null));
                int cities = 0;
                int autonomous = 0;
                int[] citySegments = citySegments(prefsOf[p] - countAutonomous(f, prefsOf[p]));
                int[] autonomousSegments = segments(countAutonomous(f, prefsOf[p]), 21, 50, 0.4);
                for (int i = 0; i < prefsOf[p]; i++, f++) {
                    PrefectureKind kind = prefKind[f];
                    int segment;
                    String name;
                    switch (kind) {
                        case MUNICIPAL_DISTRICTS -> {
                            segment = 1;
                            name = "市辖区";
                        }
                        case MUNICIPAL_COUNTIES -> {
                            segment = 2;
                            name = "县";
                        }
                        case AUTONOMOUS -> {
                            segment = autonomousSegments[autonomous++];
                            name = place() + (pr.suffix.equals("自治州") ? ETHNIC[rng.nextInt(ETHNIC.length)] : "") + pr.suffix;
                        }
                        default -> {
                            segment = citySegments[cities++];
                            name = place() + "市";
                        }
                    }
                    String prefCode = extend(provinceCode, 2, segment, 2, 6);
                    out.add(Area.of(prefCode, name, PREFECTURE, provinceCode));
                    int k = countiesOf[f];
                    int[] counts = new int[3];
                    for (int i2 = 0; i2 < k; i2++) {
                        counts[countyKind[c + i2].ordinal()]++;
                    }
                    int[][] countySegments = {
                        segments(counts[0], kind == PrefectureKind.CITY ? 2 : 1, 20, 0.1),
                        segments(counts[1], 21, 80, 0.15),
                        segments(counts[2], 81, 99, 0.1)};
                    int[] used = new int[3];
                    for (int j = 0; j < k; j++, c++) {
                        CountyKind ck = countyKind[c];
                        String countyCode = extend(prefCode, 4, countySegments[ck.ordinal()][used[ck.ordinal()]++], 2, 6);
                        String countyName = place() + switch (ck) {
                            case DISTRICT -> "区";
                            case COUNTY -> "县";
                            case CITY -> "市";
                        };
                        out.add(Area.of(countyCode, countyName, COUNTY, prefCode));
                        t = emitTownships(countyCode, c, t);
                    }
                }
            }
        }

        private int emitTownships(String countyCode, int c, int t) {
            int k = townshipsOf[c];
            int[] counts = new int[4];
            for (int i = 0; i < k; i++) {
                counts[townshipKind[t + i].ordinal()]++;
            }
            int[][] segs = {
                segments(counts[0], 1, 99, 0.1),
                segments(counts[1], 100, 199, 0.1),
                segments(counts[2], 200, 399, 0.1),
                segments(counts[3], 400, 599, 0)};
            int[] used = new int[4];
            for (int i = 0; i < k; i++, t++) {
                TownshipKind tk = townshipKind[t];
                String code = extend(countyCode, 6, segs[tk.ordinal()][used[tk.ordinal()]++], 3, 9);
                String name = switch (tk) {
                    case STREET -> place() + (rng.nextInt(3) == 0 ? "路街道" : "街道");
                    case TOWN -> place() + "镇";
                    case TOWNSHIP -> place() + "乡";
                    case STATE_FARM -> place() + "农场";
                };
                out.add(Area.of(code, name, TOWNSHIP, countyCode));
                emitVillages(code, tk, villagesOf[t]);
            }
            return t;
        }

        private void emitVillages(String townshipCode, TownshipKind kind, int k) {
            int[] split = splitVillages(kind, k);
            int[] communities = segments(split[0], 1, 199, 0.1);
            int[] villages = segments(split[1], 200, 399, 0.1);
            for (int i = 0; i < k; i++) {
                boolean community = i < split[0];
                int segment = community ? communities[i] : villages[i - split[0]];
                String code = extend(townshipCode, 9, segment, 3, 12);
                String name = villagePlace() + (community ? "社区" : "村");
                out.add(Area.of(code, name, VILLAGE, townshipCode));
                int grids = MIN_GRIDS + rng.nextInt(MAX_GRIDS - MIN_GRIDS + 1);
                for (int g = 1; g <= grids; g++) {
                    GridKind gk = community && rng.nextInt(16) == 0 ? EXCLUSIVE[rng.nextInt(EXCLUSIVE.length)]
                            : GridKind.BASIC;
                    out.add(Area.grid(extend(code, 12, g, 3, 15), name + "第" + g + "网格", SCHEME, gk, code));
                }
            }
        }

        /**
         * Segments of a province's cities: 01-20, then 51-70 (as Guangdong's 4451-4453). Only a
         * province without autonomous prefectures has more than 20 cities, so the order stays ascending.
         */
        private int[] citySegments(int n) {
            int[] s = new int[n];
            for (int i = 0; i < n; i++) {
                s[i] = i < 20 ? i + 1 : 51 + i - 20;
            }
            return s;
        }

        private int countAutonomous(int from, int n) {
            int a = 0;
            for (int i = from; i < from + n; i++) {
                a += prefAutonomous[i];
            }
            return a;
        }

        // ------------------------------------------------------------------ helpers

        /** Two different characters from the syllable list, e.g. {@code 富隆}. */
        private String place() {
            return place(2);
        }

        /** A village's or community's name: two characters, or three two times in five ({@code 王家庄}). */
        private String villagePlace() {
            return place(rng.nextInt(5) < 2 ? 3 : 2);
        }

        private String place(int length) {
            char[] name = new char[length];
            for (int i = 0; i < length; i++) {
                char c;
                do {
                    c = SYLLABLES.charAt(rng.nextInt(SYLLABLES.length()));
                } while (i > 0 && c == name[i - 1]);
                name[i] = c;
            }
            return new String(name);
        }

        private double uniform(double lo, double hi) {
            return lo + (hi - lo) * rng.nextDouble();
        }

        /** A weight around 1 with a long upper tail, as real unit sizes have. */
        private double lognormal(double sigma) {
            // Box-Muller; SplittableRandom has no nextGaussian in Java 17
            double u = 1 - rng.nextDouble();
            double g = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
            return Math.exp(sigma * g);
        }

        /**
         * {@code n} ascending segments in {@code [min, max]}: consecutive, but skipping one number with
         * probability {@code gapChance} while there is room to spare.
         */
        private int[] segments(int n, int min, int max, double gapChance) {
            if (n > max - min + 1) {
                throw new IllegalStateException("cannot number " + n + " areas in " + min + ".." + max);
            }
            int[] s = new int[n];
            int spare = max - min + 1 - n;
            int next = min;
            for (int i = 0; i < n; i++) {
                if (spare > 0 && gapChance > 0 && rng.nextDouble() < gapChance) {
                    next++;
                    spare--;
                }
                s[i] = next++;
            }
            return s;
        }

        /**
         * Shares {@code total} among parents by weight, at least one each and at most {@code cap[i]};
         * the remainder of the rounding goes to random parents with room.
         */
        private int[] allocate(int total, double[] w, int[] cap) {
            int m = w.length;
            long room = 0;
            for (int c : cap) {
                room += c;
            }
            if (total < m || total > room) {
                throw new IllegalStateException("cannot share " + total + " children among " + m + " parents"
                        + " holding at most " + room);
            }
            double sum = Arrays.stream(w).sum();
            int rest = total - m;
            int[] n = new int[m];
            int assigned = 0;
            for (int i = 0; i < m; i++) {
                n[i] = Math.min(cap[i], 1 + (int) Math.floor(rest * w[i] / sum));
                assigned += n[i];
            }
            while (assigned < total) {
                int i = rng.nextInt(m);
                if (n[i] < cap[i]) {
                    n[i]++;
                    assigned++;
                }
            }
            return n;
        }

        /**
         * Splits {@code k} into classes by the given fractions (normalised), each within its capacity;
         * class {@code main} gets at least one when {@code k > 0} and takes what rounding leaves over.
         */
        private int[] split(int k, double[] fractions, int[] cap, int main) {
            double sum = Arrays.stream(fractions).sum();
            int[] n = new int[fractions.length];
            int assigned = 0;
            for (int i = 0; i < n.length; i++) {
                n[i] = Math.min(cap[i], (int) Math.round(k * fractions[i] / sum));
                assigned += n[i];
            }
            if (k > 0 && n[main] == 0 && cap[main] > 0) {
                n[main]++;
                assigned++;
            }
            // too many: take from the largest classes other than main first
            while (assigned > k) {
                int best = -1;
                for (int i = 0; i < n.length; i++) {
                    if (n[i] > (i == main ? 1 : 0) && (best < 0 || n[i] > n[best])) {
                        best = i;
                    }
                }
                n[best]--;
                assigned--;
            }
            // too few: main first, then any class with room
            while (assigned < k) {
                int i = n[main] < cap[main] ? main : -1;
                for (int j = 0; i < 0 && j < n.length; j++) {
                    if (n[j] < cap[j]) {
                        i = j;
                    }
                }
                n[i]++;
                assigned++;
            }
            return n;
        }
    }

    private static String distinct(String chars) {
        StringBuilder sb = new StringBuilder();
        chars.chars().distinct().forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    /**
     * Extends a parent code: keeps its first {@code keep} digits, writes {@code segment} in
     * {@code digits} digits and pads with zeros to {@code length}.
     */
    static String extend(String parent, int keep, int segment, int digits, int length) {
        char[] c = new char[length];
        parent.getChars(0, keep, c, 0);
        int v = segment;
        for (int i = keep + digits - 1; i >= keep; i--) {
            c[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        Arrays.fill(c, keep + digits, length, '0');
        return new String(c);
    }
}
