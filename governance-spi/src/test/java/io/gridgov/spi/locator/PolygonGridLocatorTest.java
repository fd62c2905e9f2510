package io.gridgov.spi.locator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.GeoPoint;
import io.gridgov.core.grid.GridTree;
import io.gridgov.spi.conformance.GridLocatorContract;
import io.gridgov.spi.json.GridFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The polygon grid locator")
class PolygonGridLocatorTest extends GridLocatorContract {
    @Override
    protected GridLocator createLocator(GridTree tree, Map<String, Boundary> boundaries) {
        return PolygonGridLocator.of(tree, boundaries);
    }

    @Test
    @DisplayName("refuses boundaries of areas the tree does not hold, naming every code")
    void unknownAreas() {
        GridFile file = GridFile.longshanSample();
        Boundary b = Boundary.polygon(Ring.of(0, 0, 1, 0, 1, 1, 0, 0));
        assertThatThrownBy(() -> PolygonGridLocator.of(file.tree(), Map.of("999", b, "370402003999", b)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_BOUNDARY);
                    assertThat(e.problems()).extracting(Problem::where).containsExactly("370402003999", "999");
                });
    }

    @Test
    @DisplayName("describes itself by its size, and indexes the Longshan sample in a tree of two levels")
    void describe() {
        GridFile file = GridFile.longshanSample();
        PolygonGridLocator locator = PolygonGridLocator.of(file.tree(), file.boundaries());
        assertThat(locator.areasWithBoundary()).isEqualTo(65);
        assertThat(locator).hasToString("PolygonGridLocator[areas=65, polygons=65, depth=2]");
        assertThat(locator.locate(new GeoPoint(34.86, 117.5605))).contains("370402003001001");
    }

    @Nested
    @DisplayName("its packed R-tree")
    class RTree {
        @Test
        @DisplayName("finds exactly the boxes containing a point, as a scan does (20 seeds, up to 5000 boxes)")
        void bruteForce() {
            for (long seed = 0; seed < 20; seed++) {
                SplittableRandom r = new SplittableRandom(seed);
                int n = r.nextInt(5000);
                double[] x0 = new double[n];
                double[] y0 = new double[n];
                double[] x1 = new double[n];
                double[] y1 = new double[n];
                for (int i = 0; i < n; i++) {
                    x0[i] = r.nextDouble();
                    y0[i] = r.nextDouble();
                    x1[i] = x0[i] + r.nextDouble() * 0.05;
                    y1[i] = y0[i] + r.nextDouble() * 0.05;
                }
                PackedRTree tree = new PackedRTree(x0, y0, x1, y1);
                assertThat(tree.size()).isEqualTo(n);
                for (int q = 0; q < 300; q++) {
                    // every third query on a box's corner: edges belong to the box
                    int corner = n > 0 && q % 3 == 0 ? r.nextInt(n) : -1;
                    double x = corner >= 0 ? x1[corner] : r.nextDouble();
                    double y = corner >= 0 ? y0[corner] : r.nextDouble();
                    List<Integer> found = new ArrayList<>();
                    tree.search(x, y, found::add);
                    List<Integer> expected = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if (x >= x0[i] && x <= x1[i] && y >= y0[i] && y <= y1[i]) {
                            expected.add(i);
                        }
                    }
                    assertThat(found).as("seed %d, query %d", seed, q).containsExactlyInAnyOrderElementsOf(expected);
                }
            }
        }

        @Test
        @DisplayName("has log16(n) levels")
        void depth() {
            double[] z = new double[5000];
            assertThat(new PackedRTree(z, z, z, z).depth()).isEqualTo(4);
            assertThat(new PackedRTree(new double[16], new double[16], new double[16], new double[16]).depth()).isEqualTo(1);
            assertThat(new PackedRTree(new double[0], new double[0], new double[0], new double[0]).depth()).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("its rings")
    class Rings {
        @Test
        @DisplayName("report every problem with the position at fault, as a JSON path suffix")
        void problems() {
            assertThat(Ring.check(new double[] {0, 0, 1, 0, 0, 0})).singleElement()
                    .satisfies(p -> assertThat(p.message()).startsWith("it has 3 positions; a ring needs at least 4"));
            assertThat(Ring.check(new double[] {0, 0, 1, 0, 1, 1, 0, 1})).singleElement()
                    .satisfies(p -> assertThat(p.message()).startsWith("the ring is not closed: its last position"
                            + " [0.0, 1.0] differs from its first [0.0, 0.0]"));
            assertThat(Ring.check(new double[] {0, 0, 200, 0, 1, 95, 0, 0})).extracting(Problem::where)
                    .containsExactly("[1][0]", "[2][1]");
            assertThat(Ring.check(new double[] {0, 0, 1, 1, 2, 2, 0, 0})).singleElement()
                    .satisfies(p -> assertThat(p.message()).startsWith("the ring encloses no area"));
            assertThat(Ring.check(new double[] {0, 0, Double.NaN, 1, 1, 1, 0, 0})).extracting(Problem::where)
                    .containsExactly("[1][0]");
            assertThat(Ring.check(new double[] {0, 0, 1})).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("not pairs of longitude and latitude"));
        }

        @Test
        @DisplayName("refuse to be built from bad coordinates with GOV-063")
        void refuse() {
            assertThatThrownBy(() -> Ring.of(0, 0, 1, 0, 1, 1)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_BOUNDARY)).hasMessageStartingWith("GOV-063");
            assertThatThrownBy(() -> new Boundary(List.of())).isInstanceOf(InvalidInputException.class);
        }

        @Test
        @DisplayName("are equal by their positions, and show only their extent")
        void values() {
            Ring a = Ring.of(0, 0, 1, 0, 1, 1, 0, 0);
            assertThat(a).isEqualTo(Ring.of(0, 0, 1, 0, 1, 1, 0, 0)).hasSameHashCodeAs(Ring.of(0, 0, 1, 0, 1, 1, 0, 0))
                    .isNotEqualTo(Ring.of(0, 0, 1, 1, 1, 0, 0, 0))
                    .hasToString("Ring[4 positions, lon 0.0..1.0, lat 0.0..1.0]");
        }
    }
}
