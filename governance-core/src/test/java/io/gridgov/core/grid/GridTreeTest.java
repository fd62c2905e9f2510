package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.gridgov.core.grid.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GridTreeTest {
    private final GridTree tree = Fixtures.tree();

    @Nested
    @DisplayName("queries")
    class Queries {
        @Test
        @DisplayName("finds an area by code, and answers empty or -1 for an unknown or malformed code")
        void byCode() {
            Area grid = tree.area(FULONG_1);
            assertThat(grid.name()).isEqualTo("富隆社区第1网格");
            assertThat(grid.level()).isEqualTo(GRID);
            assertThat(grid.kind()).contains(GridKind.BASIC);
            assertThat(grid.parentCode()).isEqualTo(FULONG);
            assertThat(tree.find("370402001001009")).isEmpty();
            assertThat(tree.indexOf("not a code")).isEqualTo(-1);
            assertThat(tree.indexOf("")).isEqualTo(-1);
            assertThat(tree.indexOf("3".repeat(40))).isEqualTo(-1);
            assertThat(tree.code(tree.require(BUILDING_2))).isEqualTo(BUILDING_2);
        }

        @Test
        @DisplayName("an unknown code in a query throws NotFoundException naming the code")
        void unknown() {
            assertThatThrownBy(() -> tree.area("370402009"))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageStartingWith("GOV-004")
                    .hasMessageContaining("'370402009'");
            assertThatThrownBy(() -> tree.isAncestor(SHANDONG, "999999"))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        @DisplayName("gives the parent, and none for a top area")
        void parent() {
            assertThat(tree.parent(FULONG)).get().extracting(Area::code).isEqualTo(LONGSHAN);
            assertThat(tree.parent(SHANDONG)).isEmpty();
            assertThat(tree.parent(tree.require(SHANDONG))).isEqualTo(-1);
        }

        @Test
        @DisplayName("lists children in ascending code order")
        void children() {
            assertThat(tree.children(SHIZHONG)).extracting(Area::code).containsExactly(LONGSHAN, WENHUA, TOWN);
            assertThat(tree.children(FULONG_1)).extracting(Area::code).containsExactly(BUILDING_1, BUILDING_2);
            assertThat(tree.children(BUILDING_1)).isEmpty();
        }

        @Test
        @DisplayName("gives the path to the root, the area itself first")
        void path() {
            assertThat(tree.pathToRoot(BUILDING_1)).extracting(Area::code)
                    .containsExactly(BUILDING_1, FULONG_1, FULONG, LONGSHAN, SHIZHONG, ZAOZHUANG, SHANDONG);
            assertThat(tree.pathToRoot(SHANDONG)).extracting(Area::code).containsExactly(SHANDONG);
        }

        @Test
        @DisplayName("isAncestor is strict; contains includes the area itself")
        void ancestry() {
            assertThat(tree.isAncestor(LONGSHAN, BUILDING_1)).isTrue();
            assertThat(tree.isAncestor(SHANDONG, VILLAGE_A_1)).isTrue();
            assertThat(tree.isAncestor(LONGSHAN, LONGSHAN)).isFalse();
            assertThat(tree.isAncestor(BUILDING_1, LONGSHAN)).isFalse();
            assertThat(tree.isAncestor(WENHUA, FULONG_1)).isFalse();
            assertThat(tree.contains(LONGSHAN, LONGSHAN)).isTrue();
            assertThat(tree.contains(FULONG, FULONG_2)).isTrue();
            assertThat(tree.contains(GUANGMING, FULONG_2)).isFalse();
        }

        @Test
        @DisplayName("the lowest common ancestor is where two areas meet")
        void lca() {
            assertThat(tree.lca(FULONG_1, FULONG_2)).get().extracting(Area::code).isEqualTo(FULONG);
            assertThat(tree.lca(FULONG_1, GUANGMING_1)).get().extracting(Area::code).isEqualTo(LONGSHAN);
            assertThat(tree.lca(BUILDING_2, VILLAGE_A_1)).get().extracting(Area::code).isEqualTo(SHIZHONG);
            assertThat(tree.lca(FULONG, BUILDING_1)).get().extracting(Area::code).isEqualTo(FULONG);
            assertThat(tree.lca(BUILDING_1, BUILDING_1)).get().extracting(Area::code).isEqualTo(BUILDING_1);
        }

        @Test
        @DisplayName("areas under different top areas have no common ancestor")
        void lcaForest() {
            List<Area> two = new ArrayList<>(areas());
            two.add(Area.of("110000", "北京市", PROVINCE, null));
            two.add(Area.of("110100", "市辖区", PREFECTURE, "110000"));
            GridTree forest = GridTree.of(CN, two);
            assertThat(forest.lca("110100", FULONG)).isEmpty();
            assertThat(forest.lca(forest.require("110100"), forest.require(FULONG))).isEqualTo(-1);
            assertThat(forest.roots()).extracting(Area::code).containsExactly("110000", SHANDONG);
        }

        @Test
        @DisplayName("finds the ancestor at a level, itself at its own level, none below it")
        void ancestorAt() {
            assertThat(tree.ancestorAt(BUILDING_1, TOWNSHIP)).get().extracting(Area::code).isEqualTo(LONGSHAN);
            assertThat(tree.ancestorAt(VILLAGE_A_1, COUNTY)).get().extracting(Area::code).isEqualTo(SHIZHONG);
            assertThat(tree.ancestorAt(FULONG, VILLAGE)).get().extracting(Area::code).isEqualTo(FULONG);
            assertThat(tree.ancestorAt(FULONG, GRID)).isEmpty();
            assertThatThrownBy(() -> tree.ancestorAt(FULONG, LevelScheme.longshanStreet().level("grid")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a level of scheme cn-national");
        }

        @Test
        @DisplayName("iterates a subtree in pre-order, parents before children, as a contiguous range")
        void subtree() {
            assertThat(tree.subtree(FULONG)).extracting(Area::code)
                    .containsExactly(FULONG, FULONG_1, BUILDING_1, BUILDING_2, FULONG_2);
            int n = tree.require(LONGSHAN);
            assertThat(tree.subtree(n).toArray()).hasSize(tree.subtreeEnd(n) - n).hasSize(8);
            assertThat(tree.areas().map(Area::code).toList()).first().isEqualTo(SHANDONG);
        }

        @Test
        @DisplayName("counts areas per level and grids per kind, in the whole tree and inside an area")
        void counts() {
            assertThat(tree.count(GRID)).isEqualTo(5);
            assertThat(tree.count(BUILDING)).isEqualTo(2);
            assertThat(tree.count(TOWNSHIP)).isEqualTo(3);
            assertThat(tree.count(GridKind.BASIC)).isEqualTo(3);
            assertThat(tree.count(GridKind.CAMPUS)).isEqualTo(1);
            assertThat(tree.count(GridKind.PARK)).isZero();
            assertThat(tree.count(LONGSHAN, GRID)).isEqualTo(3);
            assertThat(tree.count(LONGSHAN, GridKind.BASIC)).isEqualTo(2);
            assertThat(tree.count(TOWN, GridKind.MARKET)).isEqualTo(1);
            assertThat(tree.size()).isEqualTo(17);
        }

        @Test
        @DisplayName("tells what a segment means: a street, a town, a villagers' committee")
        void segmentClass() {
            assertThat(tree.segmentClass(LONGSHAN)).get().extracting(SegmentClass::name).isEqualTo("street");
            assertThat(tree.segmentClass(TOWN)).get().extracting(SegmentClass::name).isEqualTo("town");
            assertThat(tree.segmentClass(VILLAGE_A)).get().extracting(SegmentClass::name).isEqualTo("villagers' committee");
            assertThat(tree.segmentClass(FULONG_1)).isEmpty();
        }

        @Test
        @DisplayName("is the same tree whatever order the areas come in")
        void orderIndependent() {
            List<Area> shuffled = new ArrayList<>(areas());
            Collections.shuffle(shuffled, new Random(7));
            GridTree other = GridTree.of(CN, shuffled);
            assertThat(other.areas().toList()).isEqualTo(tree.areas().toList());
        }

        @Test
        @DisplayName("round-trips every area: what goes in comes out")
        void roundTrip() {
            assertThat(tree.areas().toList()).containsExactlyInAnyOrderElementsOf(areas());
        }

        @Test
        @DisplayName("rejects node numbers that are not in the tree")
        void badNode() {
            assertThatThrownBy(() -> tree.code(17)).isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessageContaining("node 17");
            assertThatThrownBy(() -> tree.isAncestor(-1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        }

        @Test
        @DisplayName("an empty tree is valid and empty")
        void empty() {
            GridTree none = GridTree.of(CN, List.of());
            assertThat(none.size()).isZero();
            assertThat(none.roots()).isEmpty();
            assertThat(none.find(SHANDONG)).isEmpty();
        }
    }

    @Nested
    @DisplayName("validation when building")
    class Validation {
        private List<Problem> problemsOf(List<Area> input) {
            try {
                GridTree.of(CN, input);
            } catch (InvalidInputException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_GRID_TREE);
                assertThat(e.getMessage()).startsWith("GOV-012");
                return e.problems();
            }
            throw new AssertionError("expected the tree to be rejected");
        }

        private List<Area> with(Area... extra) {
            List<Area> a = new ArrayList<>(areas());
            a.addAll(List.of(extra));
            return a;
        }

        @Test
        @DisplayName("a duplicate code is named, with both names")
        void duplicate() {
            assertThat(problemsOf(with(Area.of(FULONG, "富隆二社区", VILLAGE, LONGSHAN))))
                    .singleElement().satisfies(p -> {
                        assertThat(p.where()).isEqualTo(FULONG);
                        assertThat(p.message()).contains("used twice").contains("富隆社区").contains("富隆二社区");
                    });
        }

        @Test
        @DisplayName("an unknown parent is named")
        void unknownParent() {
            assertThat(problemsOf(with(Area.of("370402003", "某街道", TOWNSHIP, "370403"))))
                    .singleElement().satisfies(p -> {
                        assertThat(p.where()).isEqualTo("370402003");
                        assertThat(p.message()).contains("parent '370403' is not in the input");
                    });
        }

        @Test
        @DisplayName("a cycle of parent links is reported once, as a path")
        void cycle() {
            List<Area> input = List.of(
                    Area.of("370402001001", "甲", VILLAGE, "370402001002"),
                    Area.of("370402001002", "乙", VILLAGE, "370402001001"));
            assertThat(problemsOf(input)).filteredOn(p -> p.message().contains("cycle"))
                    .singleElement().satisfies(p -> assertThat(p.message())
                            .contains("370402001001 -> 370402001002 -> 370402001001"));
        }

        @Test
        @DisplayName("a child whose level is not below its parent's is refused")
        void levelNotBelow() {
            assertThat(problemsOf(with(Area.of("370403", "薛城区", COUNTY, LONGSHAN))))
                    .singleElement().satisfies(p -> {
                        assertThat(p.where()).isEqualTo("370403");
                        assertThat(p.message()).contains("must be deeper than its parent's");
                    });
        }

        @Test
        @DisplayName("a grid directly under a street skips the required community level")
        void skipsRequiredLevel() {
            assertThat(problemsOf(with(Area.grid("370402001000001", "x", CN, GridKind.BASIC, LONGSHAN))))
                    .singleElement().satisfies(p -> assertThat(p.message())
                            .contains("would skip [village (村/社区)]"));
        }

        @Test
        @DisplayName("a code that does not extend its parent's is named with the expected prefix")
        void prefix() {
            assertThat(problemsOf(with(Area.of("370402002009", "错社区", VILLAGE, LONGSHAN))))
                    .singleElement().satisfies(p -> {
                        assertThat(p.where()).isEqualTo("370402002009");
                        assertThat(p.message()).contains("first 9 digits must be 370402001");
                    });
        }

        @Test
        @DisplayName("a prefecture must extend its province's two significant digits, not its six")
        void paddedPrefix() {
            assertThat(problemsOf(with(Area.of("350600", "漳州市", PREFECTURE, SHANDONG))))
                    .singleElement().satisfies(p -> assertThat(p.message()).contains("first 2 digits must be 37"));
        }

        @Test
        @DisplayName("a level of another scheme is refused")
        void foreignLevel() {
            LevelScheme ls = LevelScheme.longshanStreet();
            assertThat(problemsOf(with(Area.of("370402003", "x", ls.level("street"), null))))
                    .singleElement().satisfies(p -> assertThat(p.message()).contains("belongs to scheme 'cn-longshan'"));
        }

        @Test
        @DisplayName("every problem is reported at once, not just the first")
        void all() {
            List<Problem> problems = problemsOf(with(
                    Area.of(FULONG, "dup", VILLAGE, LONGSHAN),
                    Area.of("370402003", "orphan", TOWNSHIP, "370499"),
                    Area.of("370402002009", "错社区", VILLAGE, LONGSHAN),
                    Area.grid("370402001000001", "x", CN, GridKind.BASIC, LONGSHAN)));
            assertThat(problems).hasSize(4);
            assertThat(problems).extracting(Problem::where)
                    .containsExactlyInAnyOrder(FULONG, "370402003", "370402002009", "370402001000001");
        }

        @Test
        @DisplayName("the exception message lists the problems, and problems() has them all even past the limit")
        void messageLimit() {
            List<Area> input = new ArrayList<>(areas());
            for (int i = 1; i <= 30; i++) {
                input.add(Area.of(String.format("3704020%02d", i + 10), "orphan", TOWNSHIP, "370499"));
            }
            assertThatThrownBy(() -> GridTree.of(CN, input))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems()).hasSize(30);
                        assertThat(e.getMessage()).contains("(30 problems)").contains("... and 10 more");
                    });
        }

        @Test
        @DisplayName("a null area is refused with its position")
        void nullArea() {
            List<Area> input = new ArrayList<>(areas());
            input.add(null);
            assertThatThrownBy(() -> GridTree.of(CN, input)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("position 17");
        }
    }

    @Nested
    @DisplayName("the Longshan scheme with its cadre-area overlay")
    class Overlay {
        private final LevelScheme ls = LevelScheme.longshanStreet();

        private List<Area> base() {
            return new ArrayList<>(List.of(
                    Area.of("370402001", "龙山路街道", ls.level("street"), null),
                    Area.of("37040200101", "第一片区", ls.level("area"), "370402001"),
                    Area.of("370402001001", "富隆社区", ls.level("community"), "37040200101"),
                    Area.of("370402001002", "光明社区", ls.level("community"), "370402001"),
                    Area.grid("370402001001001", "富隆第1网格", ls, GridKind.BASIC, "370402001001")));
        }

        @Test
        @DisplayName("a community inside a cadre area extends the street's code, and may also sit directly under the street")
        void communityCodes() {
            GridTree t = GridTree.of(ls, base());
            assertThat(t.pathToRoot("370402001001001")).extracting(Area::code)
                    .containsExactly("370402001001001", "370402001001", "37040200101", "370402001");
            assertThat(t.ancestorAt("370402001002", ls.level("area"))).isEmpty();
            assertThat(t.ancestorAt("370402001001001", ls.level("area"))).get().extracting(Area::name).isEqualTo("第一片区");
        }

        @Test
        @DisplayName("a community inside a cadre area must still extend the street's code")
        void badCommunityCode() {
            List<Area> in = base();
            in.add(Area.of("370402002003", "错社区", ls.level("community"), "37040200101"));
            assertThatThrownBy(() -> GridTree.of(ls, in)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).singleElement()
                            .satisfies(p -> assertThat(p.message()).contains("first 9 digits must be 370402001")));
        }
    }
}
