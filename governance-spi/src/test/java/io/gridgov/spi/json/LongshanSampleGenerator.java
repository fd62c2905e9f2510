package io.gridgov.spi.json;

import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.grid.Network;
import io.gridgov.core.grid.StaffAssignment;
import io.gridgov.core.grid.StaffRole;
import io.gridgov.core.grid.Staffing;
import io.gridgov.spi.locator.Boundary;
import io.gridgov.spi.locator.Ring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Generates the sample grid file of Longshan Road Street (龙山路街道), the resource
 * {@code io/gridgov/spi/json/longshan-street.grid.json} that {@link GridFile#longshanSample()} reads.
 * Deterministic: no randomness, no clock; the same code always gives the same bytes, and
 * {@code LongshanSampleTest} fails if the checked-in file differs from what this class generates.
 *
 * <p>What it holds, after the 2022 report on the street (the figures are the report's; the street
 * code 370402003 and every name below the street are made up, since the report names none):
 * <ul>
 *   <li>the street, Shizhong District (市中区, 370402), Zaozhuang (枣庄), Shandong;</li>
 *   <li>4 areas of street cadres (片区, 11-digit codes: the street's 9 digits and 01–04);</li>
 *   <li>8 communities (12-digit codes extending the street's, residents' committees 001–008), two per
 *       cadre area;</li>
 *   <li>44 basic grids (15 digits, numbered 001.. in each community) and 8 exclusive grids (numbered
 *       901.. in their community): 2 campus, 3 market, 1 park, 2 compound;</li>
 *   <li>453 buildings (20 digits) under the basic grids, 7 to 14 per grid;</li>
 *   <li>staff with opaque ids {@code P-0001}..: a grid leader for every grid (the community's party
 *       secretary for basic grids, the unit's head for exclusive ones), a full-time grid member per grid
 *       serving several networks, part-time members in every second and volunteers in every third basic
 *       grid, a building leader for every odd-numbered building, a grid instructor (a street cadre) per
 *       cadre area, community police per community (one officer for the two communities of a cadre
 *       area), a legal adviser, law enforcement and emergency management at the street and one community
 *       with its own legal adviser, so the fall-back-up-the-tree query has something to find at every
 *       level;</li>
 *   <li>one custom network, urban management (城市管理), served by law enforcement and market grids;</li>
 *   <li>made-up rectangular boundaries (WGS-84, around 117.56 E, 34.865 N) for the street, its cadre areas,
 *       communities and grids, each area tiling its parent: the north and south cadre areas are strips
 *       across the street, west and east share the middle; each cadre area's two communities halve it;
 *       each community's grids are side-by-side strips, west to east in code order. Buildings have no
 *       boundary, so a point in a building resolves to its grid.</li>
 * </ul>
 *
 * <p>After changing it, regenerate the resource from the repository root with
 * <pre>{@code
 * ./mvnw -B -q -pl governance-spi -am test -Dtest=LongshanSampleTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dgridgov.regenerateSample=true
 * }</pre>
 * or run {@link #main} with the module's test classpath and the resource's path as argument.
 */
public final class LongshanSampleGenerator {
    static final String STREET = "370402003";
    static final int BUILDINGS = 453;

    static final Network URBAN_MANAGEMENT = Network.of("urban-management", "urban management", "城市管理");

    private static final Set<Network> ALL_FIVE = Set.copyOf(Network.standard());

    /** A cadre area: its two-digit segment and name. */
    private record CadreArea(String segment, String name) {
    }

    /** A community: its segment, name, cadre area (index) and number of basic grids. */
    private record Community(String segment, String name, int cadreArea, int basicGrids) {
        int index() {
            return COMMUNITIES.indexOf(this);
        }
    }

    /** An exclusive grid: its community (index), kind and name. */
    private record Exclusive(int community, GridKind kind, String name) {
    }

    private static final List<CadreArea> CADRE_AREAS = List.of(
            new CadreArea("01", "龙山路街道东片区"),
            new CadreArea("02", "龙山路街道西片区"),
            new CadreArea("03", "龙山路街道南片区"),
            new CadreArea("04", "龙山路街道北片区"));

    private static final List<Community> COMMUNITIES = List.of(
            new Community("001", "龙山社区", 0, 6),
            new Community("002", "光明路社区", 0, 6),
            new Community("003", "青檀路社区", 1, 5),
            new Community("004", "建华社区", 1, 5),
            new Community("005", "振兴路社区", 2, 6),
            new Community("006", "西昌路社区", 2, 5),
            new Community("007", "君山路社区", 3, 6),
            new Community("008", "南马道社区", 3, 5));

    private static final List<Exclusive> EXCLUSIVE = List.of(
            new Exclusive(0, GridKind.CAMPUS, "龙山路小学校园专属网格"),
            new Exclusive(0, GridKind.MARKET, "龙山农贸市场专属网格"),
            new Exclusive(1, GridKind.MARKET, "光明路商业街专属网格"),
            new Exclusive(2, GridKind.CAMPUS, "青檀中学校园专属网格"),
            new Exclusive(3, GridKind.COMPOUND, "龙山路街道机关专属网格"),
            new Exclusive(4, GridKind.PARK, "振兴路创业园专属网格"),
            new Exclusive(5, GridKind.MARKET, "西昌路商圈专属网格"),
            new Exclusive(6, GridKind.COMPOUND, "市中区政务服务中心专属网格"));

    private final LevelScheme scheme = LevelScheme.longshanStreet();
    private final List<Area> areas = new ArrayList<>();
    private final List<StaffAssignment> staff = new ArrayList<>();
    private final Map<String, Boundary> boundaries = new HashMap<>();
    private int people;

    private LongshanSampleGenerator() {
    }

    /**
     * Writes the sample to the path given, or prints it.
     *
     * @param args optional: the file to write
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        String json = new GridFileCodec().toJson(generate());
        if (args.length == 0) {
            System.out.print(json);
        } else {
            write(Path.of(args[0]));
        }
    }

    /** Writes the sample to {@code file}. */
    static void write(Path file) throws IOException {
        Files.writeString(file, new GridFileCodec().toJson(generate()), StandardCharsets.UTF_8);
    }

    /** The sample, built in memory. */
    static GridFile generate() {
        return new LongshanSampleGenerator().build();
    }

    /** How many buildings basic grid number {@code g} (0 to 43, in code order) has: 7 to 14, 453 in all. */
    static int buildingsOf(int g, int basicGrids) {
        int base = 0;
        for (int i = 0; i < basicGrids; i++) {
            base += 7 + i * 5 % 7;
        }
        int extra = BUILDINGS - base; // spread over the first grids, one each
        return 7 + g * 5 % 7 + (g < extra ? 1 : 0);
    }

    private GridFile build() {
        int basicTotal = COMMUNITIES.stream().mapToInt(Community::basicGrids).sum();
        area(STREET, "龙山路街道", "street", null, null);
        double[] street = {117.54, 34.85, 117.58, 34.88};
        boundary(STREET, street);
        assign(STREET, StaffRole.LEGAL_ADVISER, Network.PUBLIC_SAFETY, Network.LIVELIHOOD);
        assign(STREET, StaffRole.LAW_ENFORCEMENT, Network.PUBLIC_SAFETY, Network.CIVILISATION, URBAN_MANAGEMENT);
        assign(STREET, StaffRole.EMERGENCY_MANAGEMENT, Network.PUBLIC_SAFETY, Network.EPIDEMIC_PREVENTION);
        int basic = 0;
        for (int ca = 0; ca < CADRE_AREAS.size(); ca++) {
            String caCode = STREET + CADRE_AREAS.get(ca).segment();
            area(caCode, CADRE_AREAS.get(ca).name(), "area", STREET, null);
            double[] caBox = cadreBox(ca, street);
            boundary(caCode, caBox);
            int half = 0;
            assign(caCode, StaffRole.GRID_INSTRUCTOR, ALL_FIVE);
            String police = null;
            for (int c = 0; c < COMMUNITIES.size(); c++) {
                Community community = COMMUNITIES.get(c);
                if (community.cadreArea() != ca) {
                    continue;
                }
                String cCode = STREET + community.segment();
                area(cCode, community.name(), "community", caCode, null);
                double[] cBox = half(caBox, half++);
                boundary(cCode, cBox);
                int strips = community.basicGrids() + (int) EXCLUSIVE.stream().filter(x -> x.community() == community
                        .index()).count();
                if (police == null) {
                    police = nextPerson();
                }
                staff.add(new StaffAssignment(police, cCode, StaffRole.COMMUNITY_POLICE,
                        Set.of(Network.PUBLIC_SAFETY, Network.EPIDEMIC_PREVENTION)));
                if (c == 2) {
                    assign(cCode, StaffRole.LEGAL_ADVISER, Network.PUBLIC_SAFETY, Network.LIVELIHOOD);
                }
                String secretary = nextPerson();
                for (int g = 1; g <= community.basicGrids(); g++, basic++) {
                    String gCode = cCode + String.format(Locale.ROOT, "%03d", g);
                    String gName = community.name() + "第" + g + "网格";
                    area(gCode, gName, "grid", cCode, GridKind.BASIC);
                    boundary(gCode, strip(cBox, g - 1, strips));
                    staff.add(new StaffAssignment(secretary, gCode, StaffRole.GRID_LEADER, ALL_FIVE));
                    assign(gCode, StaffRole.FULL_TIME_GRID_MEMBER, ALL_FIVE);
                    if (basic % 2 == 0) {
                        assign(gCode, StaffRole.PART_TIME_GRID_MEMBER, Network.LIVELIHOOD, Network.CIVILISATION);
                    }
                    if (basic % 3 == 0) {
                        assign(gCode, StaffRole.VOLUNTEER_GRID_MEMBER, Network.CIVILISATION,
                                Network.EPIDEMIC_PREVENTION);
                    }
                    int buildings = buildingsOf(basic, basicTotal);
                    for (int b = 1; b <= buildings; b++) {
                        String bCode = gCode + String.format(Locale.ROOT, "%05d", b);
                        area(bCode, gName + b + "号楼", "building", gCode, null);
                        if (b % 2 == 1) {
                            assign(bCode, StaffRole.BUILDING_LEADER, Network.PARTY_BUILDING, Network.LIVELIHOOD);
                        }
                    }
                }
                int e = 901;
                for (Exclusive x : EXCLUSIVE) {
                    if (x.community() != c) {
                        continue;
                    }
                    String gCode = cCode + e++;
                    area(gCode, x.name(), "grid", cCode, x.kind());
                    boundary(gCode, strip(cBox, community.basicGrids() + e - 902, strips));
                    assign(gCode, StaffRole.GRID_LEADER, Network.PARTY_BUILDING, Network.PUBLIC_SAFETY);
                    switch (x.kind()) {
                        case CAMPUS -> {
                            assign(gCode, StaffRole.FULL_TIME_GRID_MEMBER, Network.PUBLIC_SAFETY,
                                    Network.EPIDEMIC_PREVENTION, Network.CIVILISATION);
                            assign(gCode, StaffRole.VOLUNTEER_GRID_MEMBER, Network.PUBLIC_SAFETY);
                        }
                        case MARKET -> assign(gCode, StaffRole.FULL_TIME_GRID_MEMBER, Network.PUBLIC_SAFETY,
                                Network.LIVELIHOOD, URBAN_MANAGEMENT);
                        case PARK -> assign(gCode, StaffRole.FULL_TIME_GRID_MEMBER, Network.PUBLIC_SAFETY,
                                Network.LIVELIHOOD, Network.PARTY_BUILDING);
                        case COMPOUND -> assign(gCode, StaffRole.FULL_TIME_GRID_MEMBER, Network.PARTY_BUILDING,
                                Network.PUBLIC_SAFETY, Network.CIVILISATION);
                        case BASIC -> throw new IllegalStateException("an exclusive grid cannot be BASIC");
                    }
                }
            }
        }
        GridTree tree = GridTree.of(scheme, areas);
        return GridFile.of(Staffing.of(tree, staff)).withBoundaries(boundaries);
    }

    /** North and south are strips across the street; west and east share the middle. Order: E, W, S, N. */
    private static double[] cadreBox(int ca, double[] s) {
        double south = round(s[1] + (s[3] - s[1]) / 4);
        double north = round(s[3] - (s[3] - s[1]) / 4);
        double mid = round((s[0] + s[2]) / 2);
        return switch (ca) {
            case 0 -> new double[] {mid, south, s[2], north};
            case 1 -> new double[] {s[0], south, mid, north};
            case 2 -> new double[] {s[0], s[1], s[2], south};
            default -> new double[] {s[0], north, s[2], s[3]};
        };
    }

    /** Half {@code i} (0: west or south, 1: east or north) of a box, cut across its longer side. */
    private static double[] half(double[] b, int i) {
        if (b[2] - b[0] >= b[3] - b[1]) {
            double mid = round((b[0] + b[2]) / 2);
            return i == 0 ? new double[] {b[0], b[1], mid, b[3]} : new double[] {mid, b[1], b[2], b[3]};
        }
        double mid = round((b[1] + b[3]) / 2);
        return i == 0 ? new double[] {b[0], b[1], b[2], mid} : new double[] {b[0], mid, b[2], b[3]};
    }

    /** Strip {@code i} of {@code n} side-by-side strips of a box, west to east. */
    private static double[] strip(double[] b, int i, int n) {
        double w = (b[2] - b[0]) / n;
        return new double[] {round(b[0] + i * w), b[1], i == n - 1 ? b[2] : round(b[0] + (i + 1) * w), b[3]};
    }

    /** Six decimals (about 0.1 m), so the file holds short numbers. */
    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private void boundary(String code, double[] box) {
        boundaries.put(code, Boundary.polygon(Ring.of(box[0], box[1], box[2], box[1], box[2], box[3], box[0], box[3],
                box[0], box[1])));
    }

    private void area(String code, String name, String level, String parent, GridKind kind) {
        areas.add(new Area(code, name, scheme.level(level), kind, parent));
    }

    private void assign(String code, StaffRole role, Network... networks) {
        assign(code, role, Set.of(networks));
    }

    private void assign(String code, StaffRole role, Set<Network> networks) {
        staff.add(new StaffAssignment(nextPerson(), code, role, networks));
    }

    private String nextPerson() {
        return String.format(Locale.ROOT, "P-%04d", ++people);
    }
}
