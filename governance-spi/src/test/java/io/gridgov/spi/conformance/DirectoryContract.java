package io.gridgov.spi.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.NotFoundException;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.grid.Staffing;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.spi.directory.Directory;
import io.gridgov.spi.directory.Organisation;
import io.gridgov.spi.directory.OrganisationKind;
import io.gridgov.spi.directory.RoleAssignment;
import io.gridgov.spi.json.GridFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Directory} keeps (see its "Specification for implementors"). Extend it and
 * implement {@link #createDirectory}: load the given organisations and role assignments into the
 * directory under test, over the given staffing's grid tree. The world is Longshan Road Street
 * ({@link GridFile#longshanSample()}); random worlds are compared with a brute-force scan.
 */
public abstract class DirectoryContract {
    /** Longshan Road Street: 9-digit street, cadre areas, communities, grids, buildings. */
    protected static final GridFile LONGSHAN = GridFile.longshanSample();
    private static final GridTree TREE = LONGSHAN.tree();
    private static final LevelScheme SCHEME = TREE.scheme();

    static final String STREET = "370402003";
    static final String CADRE_AREA = "37040200301";
    static final String COMMUNITY = "370402003001";
    static final String GRID = "370402003001001";
    static final String BUILDING = "37040200300100100001";
    static final String OTHER_COMMUNITY = "370402003002";

    /**
     * A directory holding exactly these organisations and role assignments over the staffing's tree.
     *
     * @param staffing      the grid staff and their tree
     * @param organisations valid organisations: ids unique, at most one office per area, areas in the tree
     * @param roles         valid assignments: known organisations, areas inside their organisation's area
     * @return the directory under test
     */
    protected abstract Directory createDirectory(Staffing staffing, List<Organisation> organisations,
            List<RoleAssignment> roles);

    private static final List<Organisation> LONGSHAN_ORGS = List.of(
            Organisation.office("longshan-centre", "龙山路街道综治中心", STREET),
            Organisation.office("longshan-cw", "龙山社区工作站", COMMUNITY),
            Organisation.office("longshan-g1", "龙山社区第1网格工作站", GRID),
            Organisation.office("guangming-cw", "光明路社区工作站", OTHER_COMMUNITY),
            Organisation.department("street-urban", "龙山路街道城管办", STREET, Set.of("E01", "C02")),
            Organisation.department("street-housing", "龙山路街道住建办", STREET, Set.of("C0201", "S03")),
            Organisation.department("community-property", "龙山社区物业办", COMMUNITY, Set.of("C02")),
            Organisation.mediationCommittee("longshan-pmc", "龙山社区人民调解委员会", COMMUNITY, MediationCategory.PEOPLES,
                    Set.of(DisputeDomain.NEIGHBOURHOOD, DisputeDomain.MARRIAGE_FAMILY)),
            Organisation.mediationCommittee("street-pmc", "龙山路街道人民调解委员会", STREET, MediationCategory.PEOPLES,
                    Set.copyOf(DisputeDomain.STANDARD)),
            Organisation.mediationCommittee("street-labour", "龙山路街道劳动争议调解委员会", STREET,
                    MediationCategory.INDUSTRY_PROFESSIONAL, Set.of(DisputeDomain.LABOUR)));

    private static final List<RoleAssignment> LONGSHAN_ROLES = List.of(
            new RoleAssignment("d-2", Role.DISPATCHER, "longshan-centre", STREET),
            new RoleAssignment("d-1", Role.DISPATCHER, "longshan-centre", STREET),
            new RoleAssignment("s-1", Role.SUPERVISOR, "longshan-centre", STREET),
            new RoleAssignment("h-1", Role.HANDLER, "longshan-cw", COMMUNITY),
            new RoleAssignment("gm-1", Role.GRID_MEMBER, "longshan-g1", GRID),
            new RoleAssignment("gm-1", Role.HANDLER, "longshan-g1", GRID),
            new RoleAssignment("m-1", Role.MEDIATOR, "longshan-pmc", COMMUNITY),
            new RoleAssignment("m-1", Role.MEDIATOR, "street-pmc", STREET));

    private Directory longshan() {
        return createDirectory(LONGSHAN.staffing(), LONGSHAN_ORGS, LONGSHAN_ROLES);
    }

    private static List<String> ids(List<Organisation> orgs) {
        return orgs.stream().map(Organisation::id).toList();
    }

    @Nested
    @DisplayName("offices")
    class Offices {
        @Test
        @DisplayName("finds the office owning exactly an area, and none where there is none")
        void exact() {
            Directory d = longshan();
            assertThat(d.office(GRID).map(Organisation::id)).contains("longshan-g1");
            assertThat(d.office(STREET).map(Organisation::id)).contains("longshan-centre");
            assertThat(d.office(CADRE_AREA)).isEmpty();
            assertThat(d.office(BUILDING)).isEmpty();
        }

        @Test
        @DisplayName("finds the office at any level of the scheme above an area, or none")
        void atLevel() {
            Directory d = longshan();
            assertThat(d.officeAt(BUILDING, SCHEME.level("street")).map(Organisation::id)).contains("longshan-centre");
            assertThat(d.officeAt(BUILDING, SCHEME.level("community")).map(Organisation::id)).contains("longshan-cw");
            assertThat(d.officeAt(BUILDING, SCHEME.level("grid")).map(Organisation::id)).contains("longshan-g1");
            assertThat(d.officeAt(BUILDING, SCHEME.level("area"))).isEmpty(); // a cadre area has no office here
            assertThat(d.officeAt(STREET, SCHEME.level("grid"))).isEmpty(); // nothing below is "above"
        }

        @Test
        @DisplayName("lists the offices up the tree, nearest first, skipping areas without one")
        void up() {
            Directory d = longshan();
            assertThat(ids(d.officesUp(BUILDING))).containsExactly("longshan-g1", "longshan-cw", "longshan-centre");
            assertThat(ids(d.officesUp("370402003002001"))).containsExactly("guangming-cw", "longshan-centre");
        }
    }

    @Nested
    @DisplayName("departments and committees")
    class DepartmentsAndCommittees {
        @Test
        @DisplayName("lists an area's own departments by id")
        void departments() {
            Directory d = longshan();
            assertThat(ids(d.departments(STREET))).containsExactly("street-housing", "street-urban");
            assertThat(d.departments(GRID)).isEmpty();
        }

        @Test
        @DisplayName("finds the departments serving a category or one of its ancestors, nearest area first")
        void serving() {
            Directory d = longshan();
            assertThat(ids(d.departmentsServing("C0201", GRID)))
                    .containsExactly("community-property", "street-housing", "street-urban");
            assertThat(ids(d.departmentsServing("C0202", GRID))).containsExactly("community-property", "street-urban");
            assertThat(ids(d.departmentsServing("C0201", OTHER_COMMUNITY))).containsExactly("street-housing",
                    "street-urban");
            assertThat(d.departmentsServing("S01", GRID)).isEmpty();
            assertThat(d.departmentsServing("C0", GRID)).as("a parent category is not served by a child's department")
                    .isEmpty();
        }

        @Test
        @DisplayName("finds the mediation committees taking a domain, nearest area first, with their category")
        void committees() {
            Directory d = longshan();
            assertThat(ids(d.committeesTaking(DisputeDomain.NEIGHBOURHOOD, GRID))).containsExactly("longshan-pmc",
                    "street-pmc");
            assertThat(ids(d.committeesTaking(DisputeDomain.LABOUR, GRID))).containsExactly("street-labour",
                    "street-pmc");
            assertThat(ids(d.committeesTaking(DisputeDomain.of("tourism"), GRID))).isEmpty();
            assertThat(ids(d.mediationCommittees(STREET))).containsExactly("street-labour", "street-pmc");
            assertThat(d.organisation("street-labour").flatMap(Organisation::mediation))
                    .contains(MediationCategory.INDUSTRY_PROFESSIONAL);
        }
    }

    @Nested
    @DisplayName("organisations by id")
    class ById {
        @Test
        @DisplayName("knows every organisation it holds and no other, and lists them by id")
        void known() {
            Directory d = longshan();
            for (Organisation o : LONGSHAN_ORGS) {
                assertThat(d.organisation(o.id())).contains(o);
                assertThat(d.isKnown(o.id())).isTrue();
            }
            assertThat(d.isKnown("no-such-office")).isFalse();
            assertThat(d.organisation("no-such-office")).isEmpty();
            assertThat(d.organisations()).isSortedAccordingTo(Comparator.comparing(Organisation::id))
                    .containsExactlyInAnyOrderElementsOf(LONGSHAN_ORGS);
        }
    }

    @Nested
    @DisplayName("role holders")
    class Holders {
        @Test
        @DisplayName("lists who holds a role in an area, by person id")
        void exact() {
            Directory d = longshan();
            assertThat(d.holders(Role.DISPATCHER, STREET)).extracting(RoleAssignment::personId)
                    .containsExactly("d-1", "d-2");
            assertThat(d.holders(Role.DISPATCHER, GRID)).isEmpty();
        }

        @Test
        @DisplayName("falls back up the tree to the nearest area where someone holds the role")
        void nearest() {
            Directory d = longshan();
            assertThat(d.nearestHolders(Role.DISPATCHER, BUILDING)).extracting(RoleAssignment::personId)
                    .containsExactly("d-1", "d-2");
            assertThat(d.nearestHolders(Role.MEDIATOR, GRID)).extracting(RoleAssignment::organisationId)
                    .containsExactly("longshan-pmc");
            assertThat(d.nearestHolders(Role.JUDGE, BUILDING)).isEmpty();
        }

        @Test
        @DisplayName("lists every role of a person, by area, role and organisation")
        void ofPerson() {
            Directory d = longshan();
            assertThat(d.rolesOf("m-1")).extracting(RoleAssignment::organisationId)
                    .containsExactly("street-pmc", "longshan-pmc");
            assertThat(d.rolesOf("gm-1")).extracting(RoleAssignment::role)
                    .containsExactly(Role.GRID_MEMBER, Role.HANDLER);
            assertThat(d.rolesOf("nobody")).isEmpty();
        }

        @Test
        @DisplayName("holds the grid staff of its tree")
        void staffing() {
            Directory d = longshan();
            assertThat(d.staffing().assignments()).isEqualTo(LONGSHAN.staffing().assignments());
            assertThat(d.staffing().tree().size()).isEqualTo(TREE.size());
        }
    }

    @Nested
    @DisplayName("refuses")
    class Refuses {
        @Test
        @DisplayName("an area code the tree does not hold, with NotFoundException, in every area look-up")
        void unknownArea() {
            Directory d = longshan();
            String unknown = "370402003999";
            List<Runnable> calls = List.of(() -> d.office(unknown), () -> d.officeAt(unknown, SCHEME.level("street")),
                    () -> d.officesUp(unknown), () -> d.departments(unknown), () -> d.departmentsServing("C02", unknown),
                    () -> d.mediationCommittees(unknown), () -> d.committeesTaking(DisputeDomain.LABOUR, unknown),
                    () -> d.holders(Role.HANDLER, unknown), () -> d.nearestHolders(Role.HANDLER, unknown));
            for (Runnable call : calls) {
                assertThatThrownBy(call::run).isInstanceOf(NotFoundException.class);
            }
        }

        @Test
        @DisplayName("a level of another scheme, with IllegalArgumentException")
        void otherScheme() {
            Directory d = longshan();
            assertThatThrownBy(() -> d.officeAt(GRID, LevelScheme.chinaNational().level("grid")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("nulls, with NullPointerException")
        void nulls() {
            Directory d = longshan();
            assertThatThrownBy(() -> d.organisation(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> d.isKnown(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> d.office(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> d.departmentsServing(null, GRID)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> d.committeesTaking(null, GRID)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> d.holders(null, GRID)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> d.rolesOf(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    @DisplayName("on random worlds")
    class RandomWorlds {
        private static final List<String> CATEGORIES = List.of("C", "C02", "C0201", "C0202", "E01", "E0105", "S03", "S0105");
        private static final List<DisputeDomain> DOMAINS = List.of(DisputeDomain.NEIGHBOURHOOD, DisputeDomain.LABOUR,
                DisputeDomain.MEDICAL, DisputeDomain.PROPERTY_MANAGEMENT, DisputeDomain.of("tourism"));

        @Test
        @DisplayName("answers every look-up as a brute-force scan of its input does (40 seeds)")
        void bruteForce() {
            for (long seed = 0; seed < 40; seed++) {
                SplittableRandom random = new SplittableRandom(seed);
                List<Organisation> orgs = randomOrganisations(random);
                List<RoleAssignment> roles = randomRoles(random, orgs);
                Directory d = createDirectory(LONGSHAN.staffing(), orgs, roles);
                Oracle oracle = new Oracle(orgs, roles);
                String why = "seed " + seed;
                assertThat(d.organisations()).as(why).isEqualTo(oracle.sortedOrgs());
                for (int q = 0; q < 40; q++) {
                    String area = TREE.code(random.nextInt(TREE.size()));
                    String at = why + ", area " + area;
                    assertThat(d.office(area)).as(at).isEqualTo(oracle.office(area));
                    for (Level level : SCHEME.levels()) {
                        int anc = TREE.ancestorAt(TREE.require(area), level);
                        Optional<Organisation> expected = anc < 0 ? Optional.empty() : oracle.office(TREE.code(anc));
                        assertThat(d.officeAt(area, level)).as(at + ", level " + level).isEqualTo(expected);
                    }
                    assertThat(d.officesUp(area)).as(at).isEqualTo(oracle.up(area, o -> o.kind() == OrganisationKind.OFFICE));
                    assertThat(d.departments(area)).as(at).isEqualTo(oracle.at(area, OrganisationKind.DEPARTMENT));
                    assertThat(d.mediationCommittees(area)).as(at)
                            .isEqualTo(oracle.at(area, OrganisationKind.MEDIATION_COMMITTEE));
                    String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
                    assertThat(d.departmentsServing(category, area)).as(at + ", category " + category)
                            .isEqualTo(oracle.up(area, o -> o.serves(category)));
                    DisputeDomain domain = DOMAINS.get(random.nextInt(DOMAINS.size()));
                    assertThat(d.committeesTaking(domain, area)).as(at + ", domain " + domain)
                            .isEqualTo(oracle.up(area, o -> o.takes(domain)));
                    for (Role role : Role.values()) {
                        assertThat(d.holders(role, area)).as(at + ", role " + role).isEqualTo(oracle.holders(role, area));
                        assertThat(d.nearestHolders(role, area)).as(at + ", nearest " + role)
                                .isEqualTo(oracle.nearest(role, area));
                    }
                }
                for (int p = 0; p < 12; p++) {
                    String person = "p-" + p;
                    assertThat(d.rolesOf(person)).as(why + ", person " + person).isEqualTo(oracle.rolesOf(person));
                }
                for (Organisation o : orgs) {
                    assertThat(d.isKnown(o.id())).as(why).isTrue();
                }
            }
        }

        private List<Organisation> randomOrganisations(SplittableRandom random) {
            List<Organisation> orgs = new ArrayList<>();
            Set<String> officeAreas = new HashSet<>();
            int count = 20 + random.nextInt(60);
            for (int i = 0; i < count; i++) {
                String area = randomArea(random);
                String id = "org-" + i;
                switch (random.nextInt(3)) {
                    case 0 -> {
                        if (officeAreas.add(area)) {
                            orgs.add(Organisation.office(id, "office " + i, area));
                        }
                    }
                    case 1 -> {
                        Set<String> cats = new HashSet<>();
                        for (int k = 1 + random.nextInt(3); k > 0; k--) {
                            cats.add(CATEGORIES.get(random.nextInt(CATEGORIES.size())));
                        }
                        orgs.add(Organisation.department(id, "department " + i, area, cats));
                    }
                    default -> {
                        Set<DisputeDomain> domains = new HashSet<>();
                        for (int k = 1 + random.nextInt(3); k > 0; k--) {
                            domains.add(DOMAINS.get(random.nextInt(DOMAINS.size())));
                        }
                        MediationCategory category = MediationCategory.values()[random.nextInt(
                                MediationCategory.values().length)];
                        orgs.add(Organisation.mediationCommittee(id, "committee " + i, area, category, domains));
                    }
                }
            }
            return orgs;
        }

        /** Areas of the upper levels more often than buildings, so look-ups up the tree find something. */
        private String randomArea(SplittableRandom random) {
            while (true) {
                int node = random.nextInt(TREE.size());
                if (TREE.level(node).index() < 3 || random.nextInt(8) == 0) {
                    return TREE.code(node);
                }
            }
        }

        private List<RoleAssignment> randomRoles(SplittableRandom random, List<Organisation> orgs) {
            List<RoleAssignment> roles = new ArrayList<>();
            Set<RoleAssignment> seen = new HashSet<>();
            for (int i = 0; i < 80; i++) {
                Organisation o = orgs.get(random.nextInt(orgs.size()));
                int node = TREE.require(o.areaCode());
                int inside = node + random.nextInt(Math.min(3, TREE.subtreeEnd(node) - node));
                RoleAssignment a = new RoleAssignment("p-" + random.nextInt(12),
                        Role.values()[random.nextInt(Role.values().length)], o.id(), TREE.code(inside));
                if (seen.add(a)) {
                    roles.add(a);
                }
            }
            return roles;
        }
    }

    /** The brute-force answers: scans of the input lists, in the documented orders. */
    private static final class Oracle {
        private final List<Organisation> orgs;
        private final List<RoleAssignment> roles;

        Oracle(List<Organisation> orgs, List<RoleAssignment> roles) {
            this.orgs = orgs;
            this.roles = roles;
        }

        List<Organisation> sortedOrgs() {
            return orgs.stream().sorted(Comparator.comparing(Organisation::id)).toList();
        }

        Optional<Organisation> office(String area) {
            return orgs.stream().filter(o -> o.kind() == OrganisationKind.OFFICE && o.areaCode().equals(area)).findFirst();
        }

        List<Organisation> at(String area, OrganisationKind kind) {
            return orgs.stream().filter(o -> o.kind() == kind && o.areaCode().equals(area))
                    .sorted(Comparator.comparing(Organisation::id)).toList();
        }

        List<Organisation> up(String area, Predicate<Organisation> keep) {
            List<Organisation> out = new ArrayList<>();
            for (Area a : TREE.pathToRoot(area)) {
                orgs.stream().filter(o -> o.areaCode().equals(a.code())).filter(keep)
                        .sorted(Comparator.comparing(Organisation::id)).forEach(out::add);
            }
            return out;
        }

        List<RoleAssignment> holders(Role role, String area) {
            return roles.stream().filter(r -> r.role() == role && r.areaCode().equals(area))
                    .sorted(Comparator.comparing(RoleAssignment::personId).thenComparing(RoleAssignment::organisationId))
                    .toList();
        }

        List<RoleAssignment> nearest(Role role, String area) {
            for (Area a : TREE.pathToRoot(area)) {
                List<RoleAssignment> here = holders(role, a.code());
                if (!here.isEmpty()) {
                    return here;
                }
            }
            return List.of();
        }

        List<RoleAssignment> rolesOf(String person) {
            return roles.stream().filter(r -> r.personId().equals(person))
                    .sorted(Comparator.comparing(RoleAssignment::areaCode).thenComparing(RoleAssignment::role)
                            .thenComparing(RoleAssignment::organisationId)).toList();
        }
    }
}
