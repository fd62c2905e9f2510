package io.gridgov.spi.store;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.spi.conformance.KitWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("AreaSubtree")
class AreaSubtreeTest {
    static final LevelScheme LONGSHAN = LevelScheme.longshanStreet();
    /** A street with a cadre area (an overlay) holding one community, and a community outside any cadre area. */
    static final GridTree LONGSHAN_TREE = GridTree.of(LONGSHAN, List.of(
            Area.of("370402001", "龙山路街道", LONGSHAN.level("street"), null),
            Area.of("37040200101", "第一片区", LONGSHAN.level("area"), "370402001"),
            Area.of("370402001001", "一社区", LONGSHAN.level("community"), "37040200101"),
            Area.of("370402001002", "二社区", LONGSHAN.level("community"), "370402001"),
            Area.grid("370402001001001", "一社区1网格", LONGSHAN, GridKind.BASIC, "370402001001"),
            Area.grid("370402001002001", "二社区1网格", LONGSHAN, GridKind.BASIC, "370402001002")));
    static final LevelScheme SKIPPING = LevelScheme.builder("skipping", "a village level grids may skip")
            .level("town", "town", "镇", 3, 3).level("village", "village", "村", 3, 6).skippable()
            .level("grid", "grid", "网格", 3, 9).grid().build();
    /** Grid 101201002 sits directly under the town, yet starts with village 101201's digits. */
    static final GridTree SKIPPING_TREE = GridTree.of(SKIPPING, List.of(
            Area.of("101", "镇", SKIPPING.level("town"), null),
            Area.of("101201", "村", SKIPPING.level("village"), "101"),
            Area.grid("101201001", "村1网格", SKIPPING, GridKind.BASIC, "101201"),
            Area.grid("101201002", "镇直属网格", SKIPPING, GridKind.BASIC, "101")));

    static void assertExact(GridTree tree) {
        List<String> codes = tree.areas().map(Area::code).toList();
        for (String area : codes) {
            AreaSubtree subtree = AreaSubtree.of(tree, area);
            for (String code : codes) {
                assertThat(subtree.contains(code)).as("%s in subtree of %s (%s)", code, area, subtree)
                        .isEqualTo(tree.contains(area, code));
            }
        }
    }

    @Nested
    @DisplayName("from a grid tree")
    class FromTree {
        @Test
        @DisplayName("selects exactly the subtree, for every pair of areas of the national, Longshan and a skipping scheme")
        void exact() {
            assertExact(KitWorld.TREE);
            assertExact(LONGSHAN_TREE);
            assertExact(SKIPPING_TREE);
        }

        @Test
        @DisplayName("is one prefix, the significant digits, for an area of the national scheme")
        void onePrefix() {
            assertThat(AreaSubtree.of(KitWorld.TREE, KitWorld.TOWN).prefixes()).containsExactly(KitWorld.TOWN);
            assertThat(AreaSubtree.of(KitWorld.TREE, KitWorld.CHANGDE).prefixes()).containsExactly("4307");
            assertThat(AreaSubtree.of(KitWorld.TREE, KitWorld.CHANGDE).codes()).isEmpty();
        }

        @Test
        @DisplayName("lists an overlay by its code and its children by their prefixes")
        void overlay() {
            AreaSubtree cadre = AreaSubtree.of(LONGSHAN_TREE, "37040200101");
            assertThat(cadre.codes()).containsExactly("37040200101");
            assertThat(cadre.prefixes()).containsExactly("370402001001");
            assertThat(cadre.contains("370402001002001")).isFalse();
        }

        @Test
        @DisplayName("does not use the prefix of a level a sibling may skip")
        void skipped() {
            AreaSubtree village = AreaSubtree.of(SKIPPING_TREE, "101201");
            assertThat(village.contains("101201002")).isFalse();
            assertThat(village.contains("101201001")).isTrue();
        }

        @Test
        @DisplayName("refuses an area the tree does not hold")
        void unknown() {
            assertThatThrownBy(() -> AreaSubtree.of(KitWorld.TREE, "999999")).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    @DisplayName("prefixes given by hand must be digits; a stale code below a prefix still matches")
    void byHand() {
        AreaSubtree s = AreaSubtree.ofPrefixes(List.of("430703"));
        assertThat(s.contains("430703999999")).isTrue();
        assertThat(s.contains("430702001")).isFalse();
        assertThatThrownBy(() -> AreaSubtree.ofPrefixes(List.of("43a"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AreaSubtree.ofPrefixes(List.of())).isInstanceOf(InvalidInputException.class);
        assertThat(AreaSubtree.upperBound("43")).isEqualTo("43:").isGreaterThan("439999");
    }
}
