package io.gridgov.spi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.grid.Network;
import io.gridgov.core.grid.StaffAssignment;
import io.gridgov.core.grid.StaffRole;
import io.gridgov.core.grid.Staffing;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A grid file")
class GridFileTest {
    private static final LevelScheme SCHEME = LevelScheme.longshanStreet();
    private static final GridTree TREE = GridTree.of(SCHEME, List.of(
            Area.of("370402003", "龙山路街道", SCHEME.level("street"), null)));
    private static final Network URBAN = Network.of("urban-management", "urban management", "城市管理");
    private static final Network ARCHIVES = Network.of("archives", "archives", "档案");

    private static Staffing staffing(Network... networks) {
        return Staffing.of(TREE, List.of(new StaffAssignment("P-0001", "370402003", StaffRole.LAW_ENFORCEMENT,
                Set.of(networks))));
    }

    @Nested
    @DisplayName("is built")
    class Building {
        @Test
        @DisplayName("from a tree alone, with nobody assigned")
        void fromTree() {
            GridFile file = GridFile.of(TREE);
            assertThat(file.tree()).isSameAs(TREE);
            assertThat(file.scheme()).isSameAs(SCHEME);
            assertThat(file.staffing().assignments()).isEmpty();
            assertThat(file.customNetworks()).isEmpty();
        }

        @Test
        @DisplayName("from a staffing, collecting the custom networks it serves in key order")
        void fromStaffing() {
            GridFile file = GridFile.of(staffing(URBAN, Network.PUBLIC_SAFETY, ARCHIVES));
            assertThat(file.customNetworks()).containsExactly(ARCHIVES, URBAN);
        }

        @Test
        @DisplayName("with custom networks declared but not served")
        void unusedNetwork() {
            assertThat(new GridFile(Staffing.empty(TREE), List.of(URBAN)).customNetworks()).containsExactly(URBAN);
        }
    }

    @Nested
    @DisplayName("refuses networks that do not fit")
    class Refuses {
        @Test
        @DisplayName("a served network missing from the custom networks")
        void missing() {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> new GridFile(staffing(URBAN), List.of()));
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
            assertThat(e.problems()).extracting(Problem::where).containsExactly("staffing.assignments[0]");
            assertThat(e.problems().get(0).message()).contains("'urban-management' is neither standard nor among");
        }

        @Test
        @DisplayName("a standard network listed as custom, and a key listed twice")
        void standardAndTwice() {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> new GridFile(Staffing.empty(TREE), List.of(Network.PUBLIC_SAFETY, URBAN, URBAN)));
            assertThat(e.problems()).extracting(Problem::where).containsExactly("customNetworks[0]", "customNetworks[2]");
        }

        @Test
        @DisplayName("a network that takes a standard key with other names")
        void impostor() {
            Network fake = Network.of("safety", "something else", "别的");
            assertThatThrownBy(() -> GridFile.of(staffing(fake)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("differs from the network safety (平安)");
        }

        @Test
        @DisplayName("nulls")
        void nulls() {
            assertThatThrownBy(() -> new GridFile(null, List.of())).isInstanceOf(NullPointerException.class)
                    .hasMessage("staffing");
        }
    }

    @Nested
    @DisplayName("is equal to another")
    class Equality {
        @Test
        @DisplayName("with the same scheme, areas, assignments and custom networks, though built separately")
        void equal() {
            GridFile a = GridFile.of(staffing(URBAN));
            GridTree other = GridTree.of(SCHEME, List.of(Area.of("370402003", "龙山路街道", SCHEME.level("street"), null)));
            GridFile b = GridFile.of(Staffing.of(other, a.staffing().assignments()));
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        }

        @Test
        @DisplayName("but not when an area's name, an assignment or the custom networks differ")
        void different() {
            GridFile a = GridFile.of(staffing(URBAN));
            GridTree renamed = GridTree.of(SCHEME, List.of(Area.of("370402003", "龙山路", SCHEME.level("street"), null)));
            assertThat(a).isNotEqualTo(GridFile.of(Staffing.of(renamed, a.staffing().assignments())));
            assertThat(a).isNotEqualTo(GridFile.of(staffing(URBAN, Network.LIVELIHOOD)));
            assertThat(a).isNotEqualTo(new GridFile(a.staffing(), List.of(URBAN, ARCHIVES)));
            assertThat(a).isNotEqualTo(null).isNotEqualTo("a grid file");
        }

        @Test
        @DisplayName("and renders briefly")
        void renders() {
            assertThat(GridFile.of(staffing(URBAN))).hasToString(
                    "GridFile[scheme=cn-longshan, areas=1, assignments=1, customNetworks=[urban-management], boundaries=0]");
        }
    }
}
