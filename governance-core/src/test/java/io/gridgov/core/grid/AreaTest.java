package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.gridgov.core.grid.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AreaTest {
    @Test
    @DisplayName("a grid without a kind is refused, saying which kinds exist")
    void gridNeedsKind() {
        assertThatThrownBy(() -> new Area(FULONG_1, "x", GRID, null, FULONG))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AREA_CODE);
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.where()).isEqualTo(FULONG_1);
                        assertThat(p.message()).contains("needs a grid kind").contains("BASIC").contains("CAMPUS");
                    });
                });
    }

    @Test
    @DisplayName("a kind on an area that is not a grid is refused")
    void kindOnlyOnGrids() {
        assertThatThrownBy(() -> new Area(FULONG, "x", VILLAGE, GridKind.MARKET, LONGSHAN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only for areas at the grid level");
    }

    @Test
    @DisplayName("every problem of one area is reported: bad code, blank name, its own parent")
    void allProblems() {
        assertThatThrownBy(() -> new Area("37040200100", " ", VILLAGE, null, "37040200100"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).hasSize(3));
    }

    @Test
    @DisplayName("accessors give optional views of the nullable parts")
    void optionals() {
        Area top = Area.of(SHANDONG, "山东省", PROVINCE, null);
        assertThat(top.parent()).isEmpty();
        assertThat(top.kind()).isEmpty();
        assertThat(top.isGrid()).isFalse();
        Area grid = Area.grid(FULONG_1, "g", CN, GridKind.PARK, FULONG);
        assertThat(grid.isGrid()).isTrue();
        assertThat(grid.kind()).contains(GridKind.PARK);
        assertThat(GridKind.PARK.isExclusive()).isTrue();
        assertThat(GridKind.BASIC.isExclusive()).isFalse();
    }
}
