package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.gridgov.core.grid.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedivisionTest {
    private final GridTree before = Fixtures.tree();

    private GridTree after(java.util.function.Consumer<List<Area>> edit) {
        List<Area> a = new ArrayList<>(areas());
        edit.accept(a);
        return GridTree.of(CN, a);
    }

    private static void remove(List<Area> a, String... codes) {
        a.removeIf(x -> List.of(codes).contains(x.code()));
    }

    @Test
    @DisplayName("two grids merged into one: the removed grid's cases follow to the survivor")
    void merge() {
        GridTree after = after(a -> {
            remove(a, FULONG_2);
        });
        Redivision r = Redivision.of(before, after, Map.of(FULONG_2, List.of(FULONG_1)));
        assertThat(r.removed()).containsExactly(FULONG_2);
        assertThat(r.added()).isEmpty();
        assertThat(r.changes()).containsExactly(new AreaChange(AreaChange.Type.MERGED, List.of(FULONG_2), List.of(FULONG_1)));
        assertThat(r.successors(FULONG_2)).containsExactly(FULONG_1);
        assertThat(r.successors(FULONG_1)).containsExactly(FULONG_1);
    }

    @Test
    @DisplayName("one grid split in two, and two grids merged into a new one")
    void splitAndMergeIntoNew() {
        GridTree after = after(a -> {
            remove(a, WENHUA_1, FULONG_2, GUANGMING_1);
            a.add(Area.grid("370402002001002", "文化社区第2网格", CN, GridKind.BASIC, WENHUA_COMMUNITY));
            a.add(Area.grid("370402002001003", "文化社区第3网格", CN, GridKind.BASIC, WENHUA_COMMUNITY));
            a.add(Area.grid("370402001001003", "富隆社区第3网格", CN, GridKind.BASIC, FULONG));
        });
        // buildings of FULONG_1 are kept, so FULONG_1 stays; FULONG_2 and GUANGMING_1 merge into a new grid
        Redivision r = Redivision.of(before, after, Map.of(
                WENHUA_1, List.of("370402002001002", "370402002001003"),
                FULONG_2, List.of("370402001001003"),
                GUANGMING_1, List.of("370402001001003")));
        assertThat(r.changes()).containsExactlyInAnyOrder(
                new AreaChange(AreaChange.Type.SPLIT, List.of(WENHUA_1), List.of("370402002001002", "370402002001003")),
                new AreaChange(AreaChange.Type.MERGED, List.of(FULONG_2, GUANGMING_1), List.of("370402001001003")));
        assertThat(r.added()).containsExactlyInAnyOrder("370402001001003", "370402002001002", "370402002001003");
        assertThat(r.successors(WENHUA_1)).containsExactly("370402002001002", "370402002001003");
    }

    @Test
    @DisplayName("a grid moved to another community gets a new code under the new parent: MOVED")
    void moved() {
        GridTree after = after(a -> {
            remove(a, FULONG_2);
            a.add(Area.grid("370402001002002", "富隆社区第2网格", CN, GridKind.BASIC, GUANGMING));
        });
        Redivision r = Redivision.of(before, after, Map.of(FULONG_2, List.of("370402001002002")));
        assertThat(r.changes()).containsExactly(
                new AreaChange(AreaChange.Type.MOVED, List.of(FULONG_2), List.of("370402001002002")));
    }

    @Test
    @DisplayName("renumbering, renaming, a new area and a change of grid kind are told apart")
    void otherChanges() {
        GridTree after = after(a -> {
            remove(a, FULONG_2, GUANGMING_1, VILLAGE_A_1);
            a.add(Area.grid("370402001001005", "富隆社区第5网格", CN, GridKind.BASIC, FULONG));
            a.add(Area.grid(GUANGMING_1, "枣庄学院", CN, GridKind.CAMPUS, GUANGMING));
            a.add(Area.grid(VILLAGE_A_1, "东村第1网格", CN, GridKind.BASIC, VILLAGE_A));
            a.add(Area.grid("370402101201002", "东村第2网格", CN, GridKind.BASIC, VILLAGE_A));
        });
        Redivision r = Redivision.of(before, after, Map.of(FULONG_2, List.of("370402001001005")));
        assertThat(r.changes()).containsExactlyInAnyOrder(
                new AreaChange(AreaChange.Type.RENUMBERED, List.of(FULONG_2), List.of("370402001001005")),
                new AreaChange(AreaChange.Type.ADDED, List.of(), List.of("370402101201002")),
                new AreaChange(AreaChange.Type.RENAMED, List.of(GUANGMING_1), List.of(GUANGMING_1)),
                new AreaChange(AreaChange.Type.KIND_CHANGED, List.of(VILLAGE_A_1), List.of(VILLAGE_A_1)));
    }

    @Test
    @DisplayName("a removed code with no successor is an error, and so are bad successors; all are reported")
    void invalid() {
        GridTree after = after(a -> remove(a, FULONG_2, GUANGMING_1, WENHUA_1));
        assertThatThrownBy(() -> Redivision.of(before, after, Map.of(
                GUANGMING_1, List.of("370402001002009"),
                WENHUA_1, List.of(WENHUA_COMMUNITY),
                FULONG_1, List.of(FULONG_1),
                "370402001001777", List.of(FULONG_1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REDIVISION);
                    assertThat(e.problems()).extracting(Problem::where)
                            .containsExactlyInAnyOrder(GUANGMING_1, WENHUA_1, FULONG_1, "370402001001777", FULONG_2);
                    assertThat(e.problems()).filteredOn(p -> p.where().equals(FULONG_2)).singleElement()
                            .satisfies(p -> assertThat(p.message()).contains("has no successor"));
                    assertThat(e.problems()).filteredOn(p -> p.where().equals(WENHUA_1)).singleElement()
                            .satisfies(p -> assertThat(p.message()).contains("same level"));
                });
    }

    @Test
    @DisplayName("an empty successor list counts as no successor")
    void emptyList() {
        GridTree after = after(a -> remove(a, FULONG_2));
        assertThatThrownBy(() -> Redivision.of(before, after, Map.of(FULONG_2, List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("has no successor");
    }

    @Test
    @DisplayName("snapshots of different schemes cannot be compared; an unknown old code is not found")
    void misuse() {
        LevelScheme ls = LevelScheme.longshanStreet();
        GridTree other = GridTree.of(ls, List.of(Area.of("370402001", "龙山路街道", ls.level("street"), null)));
        assertThatThrownBy(() -> Redivision.of(before, other, Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("different level schemes");
        Redivision same = Redivision.of(before, before, Map.of());
        assertThat(same.changes()).isEmpty();
        assertThatThrownBy(() -> same.successors("370402009")).isInstanceOf(NotFoundException.class);
    }
}
