package io.gridgov.benchmarks;

import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;
import io.gridgov.core.grid.SegmentClass;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static io.gridgov.benchmarks.NationalTreeGenerator.COUNTY;
import static io.gridgov.benchmarks.NationalTreeGenerator.GRID;
import static io.gridgov.benchmarks.NationalTreeGenerator.PREFECTURE;
import static io.gridgov.benchmarks.NationalTreeGenerator.PROVINCE;
import static io.gridgov.benchmarks.NationalTreeGenerator.TOWNSHIP;
import static io.gridgov.benchmarks.NationalTreeGenerator.VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Correctness of the benchmark inputs and of the naive peer; timing is the benchmarks' business. */
@DisplayName("The benchmark fixtures")
class NationalTreeGeneratorTest {
    private static final double SCALE = 0.02;
    private static List<Area> areas;
    private static GridTree tree;
    private static NaiveTree naive;

    @BeforeAll
    static void build() {
        areas = NationalTreeGenerator.generate(SCALE);
        tree = GridTree.of(NationalTreeGenerator.scheme(), areas);
        naive = NaiveTree.of(areas);
    }

    @Nested
    @DisplayName("The generator")
    class Generator {
        @Test
        @DisplayName("produces areas that GridTree.of accepts as one tree")
        void accepted() {
            assertThat(tree.size()).isEqualTo(areas.size());
            assertThat(naive.size()).isEqualTo(areas.size());
            assertThat(tree.roots()).hasSize(34);
        }

        @Test
        @DisplayName("gives the same areas for the same seed and different ones for another seed")
        void deterministic() {
            assertThat(NationalTreeGenerator.generate(0.002)).isEqualTo(NationalTreeGenerator.generate(0.002));
            assertThat(NationalTreeGenerator.generate(0.002, 7)).isNotEqualTo(NationalTreeGenerator.generate(0.002));
        }

        @Test
        @DisplayName("emits areas in pre-order with ascending sibling codes")
        void preOrder() {
            List<Area> inTreeOrder = tree.areas().toList();
            for (int i = 0; i < areas.size(); i += 97) {
                assertThat(areas.get(i).code()).isEqualTo(inTreeOrder.get(i).code());
            }
        }

        @ParameterizedTest(name = "scale {0}")
        @ValueSource(doubles = {0.02, 0.1})
        @DisplayName("keeps the national proportions of each level")
        void proportions(double scale) {
            List<Area> generated = scale == SCALE ? areas : NationalTreeGenerator.generate(scale);
            Map<Level, Long> count = generated.stream().collect(Collectors.groupingBy(Area::level, Collectors.counting()));
            long prefectures = 5 + Math.max(27, Math.round(328 * scale));
            long counties = Math.max(prefectures, Math.round(NationalTreeGenerator.COUNTIES * scale));
            long townships = Math.max(counties, Math.round(NationalTreeGenerator.TOWNSHIPS * scale));
            long villages = Math.max(townships, Math.round(NationalTreeGenerator.VILLAGES * scale));
            assertThat(count.get(PROVINCE)).isEqualTo(34);
            assertThat(count.get(PREFECTURE)).isEqualTo(prefectures);
            assertThat(count.get(COUNTY)).isEqualTo(counties);
            assertThat(count.get(TOWNSHIP)).isEqualTo(townships);
            assertThat(count.get(VILLAGE)).isEqualTo(villages);
            assertThat((double) count.get(GRID) / villages).isBetween(7.8, 8.2);
        }

        @Test
        @DisplayName("names areas the way Chinese divisions are named")
        void names() {
            assertThat(tree.area("110000").name()).isEqualTo("北京市");
            assertThat(tree.area("110100").name()).isEqualTo("市辖区");
            assertThat(tree.area("820000").name()).isEqualTo("澳门特别行政区");
            for (Area a : areas) {
                String suffix = a.level().equals(PREFECTURE) ? "(市|市辖区|县|自治州|地区|盟)"
                        : a.level().equals(COUNTY) ? "(区|县|市)"
                        : a.level().equals(TOWNSHIP) ? "(街道|镇|乡|农场)"
                        : a.level().equals(VILLAGE) ? "(社区|村)"
                        : a.level().equals(GRID) ? "(社区|村)第\\d+网格" : "";
                assertThat(a.name()).matches(".*" + suffix);
            }
        }

        @Test
        @DisplayName("uses every township and village segment class but the rare ones")
        void segmentClasses() {
            Map<String, Long> townships = classes(TOWNSHIP);
            Map<String, Long> villages = classes(VILLAGE);
            assertThat(townships).containsKeys("street", "town", "township");
            assertThat(villages).containsKeys("residents' committee", "villagers' committee");
            assertThat(villages.get("villagers' committee")).isGreaterThan(villages.get("residents' committee"));
        }

        private Map<String, Long> classes(Level level) {
            return areas.stream().filter(a -> a.level().equals(level))
                    .map(a -> tree.segmentClass(a.code()).map(SegmentClass::name).orElse("none"))
                    .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        }

        @Test
        @DisplayName("rejects a scale outside (0, 1], saying what to use")
        void badScale() {
            assertThatThrownBy(() -> NationalTreeGenerator.generate(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("scale is 0.0").hasMessageContaining("(0, 1]");
            assertThatThrownBy(() -> NationalTreeGenerator.generate(1.5)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("The naive tree answers as GridTree does")
    class SameAnswers {
        private final SplittableRandom rng = new SplittableRandom(1);
        private final Fixture fixture = Fixture.of(tree, naive);

        private int randomNode() {
            return rng.nextInt(tree.size());
        }

        @Test
        @DisplayName("for look-ups by code, present and absent")
        void byCode() {
            for (int i = 0; i < 300; i++) {
                String code = tree.code(randomNode());
                assertThat(naive.find(code).code()).isEqualTo(tree.code(tree.indexOf(code)));
            }
            for (String absent : List.of("110000000000001", "999999", "", "11000x")) {
                assertThat(naive.find(absent)).isNull();
                assertThat(tree.indexOf(absent)).isEqualTo(-1);
            }
        }

        @Test
        @DisplayName("for isAncestor on true and false pairs")
        void isAncestor() {
            int trues = 0;
            for (int i = 0; i < 500; i++) {
                int node = fixture.randomGrid(rng);
                int anc = i % 2 == 0 ? tree.ancestorAt(node, tree.scheme().levels().get(rng.nextInt(5))) : randomNode();
                boolean expected = tree.isAncestor(anc, node);
                trues += expected ? 1 : 0;
                assertThat(naive.isAncestor(fixture.naiveOf(anc), fixture.naiveOf(node))).isEqualTo(expected);
                assertThat(naive.isAncestor(fixture.naiveOf(node), fixture.naiveOf(anc)))
                        .isEqualTo(tree.isAncestor(node, anc));
            }
            assertThat(trues).isBetween(250, 260);
        }

        @Test
        @DisplayName("for lca, near and far, with both naive versions")
        void lca() {
            for (int i = 0; i < 500; i++) {
                int a = fixture.randomGrid(rng);
                int b = switch (i % 4) {
                    case 0 -> fixture.randomGridIn(tree.parent(a), rng);
                    case 1 -> fixture.randomGridIn(tree.ancestorAt(a, TOWNSHIP), rng);
                    case 2 -> randomNode();
                    default -> fixture.randomGrid(rng);
                };
                NaiveTree.Node expected = fixture.naiveOf(tree.lca(a, b));
                assertThat(naive.lcaByPathSet(fixture.naiveOf(a), fixture.naiveOf(b))).isSameAs(expected);
                assertThat(naive.lcaByDepth(fixture.naiveOf(a), fixture.naiveOf(b))).isSameAs(expected);
            }
        }

        @Test
        @DisplayName("for ancestorAt at every level")
        void ancestorAt() {
            for (int i = 0; i < 300; i++) {
                int node = randomNode();
                for (Level level : tree.scheme().levels()) {
                    assertThat(naive.ancestorAt(fixture.naiveOf(node), level))
                            .isSameAs(fixture.naiveOf(tree.ancestorAt(node, level)));
                }
            }
        }
    }
}
