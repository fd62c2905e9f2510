package io.gridgov.core.grid;

import io.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The README's "A taste" section, kept true: if this test changes, change the README with it. */
class ReadmeExampleTest {
    private final LevelScheme cn = LevelScheme.chinaNational();
    private final List<Area> areas = List.of(
            Area.of("370000", "山东省", cn.level("province"), null),
            Area.of("370400", "枣庄市", cn.level("prefecture"), "370000"),
            Area.of("370402", "市中区", cn.level("county"), "370400"),
            Area.of("370402001", "龙山路街道", cn.level("township"), "370402"),
            Area.of("370402001001", "富隆社区", cn.level("village"), "370402001"),
            Area.grid("370402001001001", "富隆社区第1网格", cn, GridKind.BASIC, "370402001001"),
            Area.grid("370402001001002", "枣庄学院专属网格", cn, GridKind.CAMPUS, "370402001001"));

    @Test
    @DisplayName("the README's queries answer what the README says")
    void taste() {
        GridTree tree = GridTree.of(cn, areas);
        assertThat(tree.ancestorAt("370402001001002", cn.level("township"))).get().extracting(Area::name).isEqualTo("龙山路街道");
        assertThat(tree.lca("370402001001001", "370402001001002")).get().extracting(Area::name).isEqualTo("富隆社区");
        assertThat(tree.isAncestor("370402", "370402001001001")).isTrue();
        assertThat(tree.segmentClass("370402001")).get().extracting(SegmentClass::name, SegmentClass::localName)
                .containsExactly("street", "街道");
    }

    @Test
    @DisplayName("the README's bad input gives the README's message")
    void badInput() {
        List<Area> bad = new ArrayList<>(areas);
        bad.add(Area.of("370402002009", "错社区", cn.level("village"), "370402001"));
        bad.add(Area.of("370402003", "某街道", cn.level("township"), "370403"));
        assertThatThrownBy(() -> GridTree.of(cn, bad)).isInstanceOf(InvalidInputException.class).hasMessage(
                "GOV-012: the areas do not form a valid grid tree for scheme 'cn-national' (2 problems)\n"
                + "  - 370402003: parent '370403' is not in the input; add that area, or correct the parent code\n"
                + "  - 370402002009: code does not extend the code of 370402001 (level township (乡镇/街道)): its first"
                + " 9 digits must be 370402001; renumber the area under 370402001 or correct its parent");
    }
}
