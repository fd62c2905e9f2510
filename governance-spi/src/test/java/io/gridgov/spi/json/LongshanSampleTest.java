package io.gridgov.spi.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.grid.Network;
import io.gridgov.core.grid.StaffAssignment;
import io.gridgov.core.grid.StaffMatch;
import io.gridgov.core.grid.StaffRole;
import io.gridgov.core.grid.Staffing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The Longshan Road Street sample")
class LongshanSampleTest {
    static final String RESOURCE = "longshan-street.grid.json";

    /** With -Dgridgov.regenerateSample=true, rewrites the checked-in resource first (see the generator). */
    @BeforeAll
    static void regenerateIfAsked() throws IOException {
        if (Boolean.getBoolean("gridgov.regenerateSample")) {
            LongshanSampleGenerator.write(Path.of("src/main/resources/io/gridgov/spi/json", RESOURCE));
        }
    }

    static String resourceText() throws IOException {
        try (InputStream in = GridFile.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("resource " + RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private final GridFile sample = GridFile.longshanSample();
    private final GridTree tree = sample.tree();
    private final LevelScheme scheme = sample.scheme();

    @Test
    @DisplayName("is exactly what the generator produces, so the two cannot drift apart")
    void matchesTheGenerator() throws IOException {
        assertThat(resourceText()).isEqualTo(new GridFileCodec().toJson(LongshanSampleGenerator.generate()));
        assertThat(sample).isEqualTo(LongshanSampleGenerator.generate());
    }

    @Nested
    @DisplayName("has the shape the 2022 report gives")
    class Shape {
        @Test
        @DisplayName("under the cn-longshan preset, with one street at the top")
        void scheme() {
            assertThat(scheme).isSameAs(LevelScheme.longshanStreet());
            assertThat(tree.roots()).extracting(Area::code, Area::name)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("370402003", "龙山路街道"));
        }

        @Test
        @DisplayName("has 8 exclusive and 44 basic grids")
        void grids() {
            int exclusive = 0;
            for (GridKind k : GridKind.values()) {
                if (k.isExclusive()) {
                    exclusive += tree.count(k);
                }
            }
            assertThat(exclusive).isEqualTo(8);
            assertThat(tree.count(GridKind.BASIC)).isEqualTo(44);
            assertThat(tree.count(scheme.gridLevel())).isEqualTo(52);
            assertThat(tree.count(GridKind.CAMPUS)).isEqualTo(2);
            assertThat(tree.count(GridKind.MARKET)).isEqualTo(3);
            assertThat(tree.count(GridKind.PARK)).isEqualTo(1);
            assertThat(tree.count(GridKind.COMPOUND)).isEqualTo(2);
        }

        @Test
        @DisplayName("has 453 buildings, all under basic grids")
        void buildings() {
            assertThat(tree.count(scheme.level("building"))).isEqualTo(453);
            assertThat(tree.areas().filter(a -> a.level().key().equals("building")))
                    .allSatisfy(b -> assertThat(tree.area(b.parentCode()).gridKind()).isEqualTo(GridKind.BASIC));
        }

        @Test
        @DisplayName("has 4 street-cadre areas and 8 communities whose codes extend the street's")
        void areasAndCommunities() {
            assertThat(tree.count(scheme.level("area"))).isEqualTo(4);
            assertThat(tree.count(scheme.level("community"))).isEqualTo(8);
            assertThat(tree.areas().filter(a -> a.level().key().equals("community")))
                    .allSatisfy(c -> {
                        assertThat(c.code()).startsWith("370402003").hasSize(12);
                        assertThat(c.parentCode()).hasSize(11);
                    });
        }
    }

    @Nested
    @DisplayName("staffs every grid")
    class Staff {
        private final Staffing staffing = sample.staffing();

        @Test
        @DisplayName("with a grid leader and a full-time grid member serving several networks")
        void everyGrid() {
            assertThat(tree.areas().filter(Area::isGrid)).hasSize(52).allSatisfy(g -> {
                List<StaffAssignment> here = staffing.at(g.code());
                assertThat(here).anySatisfy(a -> assertThat(a.role()).isEqualTo(StaffRole.GRID_LEADER));
                assertThat(here).anySatisfy(a -> {
                    assertThat(a.role()).isEqualTo(StaffRole.FULL_TIME_GRID_MEMBER);
                    assertThat(a.networks().size()).isGreaterThanOrEqualTo(3);
                });
            });
        }

        @Test
        @DisplayName("with part-time and volunteer members in some grids and building leaders for some buildings")
        void someMore() {
            Set<StaffRole> roles = staffing.assignments().stream().map(StaffAssignment::role).collect(Collectors.toSet());
            assertThat(roles).containsExactlyInAnyOrder(StaffRole.values());
            long leaders = staffing.assignments().stream().filter(a -> a.role() == StaffRole.BUILDING_LEADER).count();
            assertThat(leaders).isBetween(1L, 452L);
        }

        @Test
        @DisplayName("with opaque person ids only")
        void opaqueIds() {
            assertThat(staffing.assignments()).allSatisfy(a -> assertThat(a.personId()).matches("P-\\d{4}"));
        }

        @Test
        @DisplayName("so that community police are found one level up from a basic grid")
        void policeFromTheCommunity() {
            StaffMatch m = staffing.holders(StaffRole.COMMUNITY_POLICE, Network.PUBLIC_SAFETY, "370402003001001")
                    .orElseThrow();
            assertThat(m.levelsUp()).isEqualTo(1);
            assertThat(m.area().code()).isEqualTo("370402003001");
        }

        @Test
        @DisplayName("so that a legal adviser is found at the street, or at the one community that has its own")
        void legalAdviser() {
            StaffMatch fromStreet = staffing.holders(StaffRole.LEGAL_ADVISER, Network.LIVELIHOOD,
                    "37040200300100100001").orElseThrow();
            assertThat(fromStreet.area().code()).isEqualTo("370402003");
            assertThat(fromStreet.levelsUp()).isEqualTo(4);
            StaffMatch fromCommunity = staffing.holders(StaffRole.LEGAL_ADVISER, Network.LIVELIHOOD,
                    "370402003003001").orElseThrow();
            assertThat(fromCommunity.area().code()).isEqualTo("370402003003");
        }

        @Test
        @DisplayName("so that the grid instructor is found at the street-cadre area")
        void instructor() {
            StaffMatch n = staffing.holders(StaffRole.GRID_INSTRUCTOR, Network.CIVILISATION, "370402003007901")
                    .orElseThrow();
            assertThat(n.area().code()).isEqualTo("37040200304");
            assertThat(n.levelsUp()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("declares urban management as its one custom network")
    void customNetwork() {
        assertThat(sample.customNetworks()).containsExactly(LongshanSampleGenerator.URBAN_MANAGEMENT);
    }
}
