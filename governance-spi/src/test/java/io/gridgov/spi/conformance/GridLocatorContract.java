package io.gridgov.spi.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.cases.GeoPoint;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.spi.json.GridFile;
import io.gridgov.spi.locator.Boundary;
import io.gridgov.spi.locator.GridLocator;
import io.gridgov.spi.locator.Polygon;
import io.gridgov.spi.locator.Ring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract every {@link GridLocator} keeps (see its "Specification for implementors"). Extend it and
 * implement {@link #createLocator}: load the boundaries into the locator under test. The reference
 * semantics is {@link Boundary#contains}: the deepest level wins, then the smallest code. Random worlds
 * are compared with a brute-force scan of every boundary.
 */
public abstract class GridLocatorContract {
    /** A three-level scheme with short codes: city (2 digits), district (4), grid (6). */
    protected static final LevelScheme SCHEME = LevelScheme.builder("locator-test", "locator test")
            .level("city", "city", "市", 2, 2)
            .level("district", "district", "区", 2, 4)
            .level("grid", "grid", "网格", 2, 6).grid()
            .build();

    /**
     * A locator over these boundaries of the tree's areas.
     *
     * @param tree       the grid tree
     * @param boundaries boundaries by area code, for some of the tree's areas
     * @return the locator under test
     */
    protected abstract GridLocator createLocator(GridTree tree, Map<String, Boundary> boundaries);

    private static Ring box(double lon0, double lat0, double lon1, double lat1) {
        return Ring.of(lon0, lat0, lon1, lat0, lon1, lat1, lon0, lat1, lon0, lat0);
    }

    private static GeoPoint at(double lon, double lat) {
        return new GeoPoint(lat, lon);
    }

    /** The hand-made world: see the table of {@link Fixed#locate}. */
    private static final GridTree FIXED_TREE = GridTree.of(SCHEME, List.of(
            Area.of("11", "city", SCHEME.level("city"), null),
            Area.of("1101", "west", SCHEME.level("district"), "11"),
            Area.of("1102", "east", SCHEME.level("district"), "11"),
            Area.grid("110101", "grid with a hole", SCHEME, GridKind.BASIC, "1101"),
            Area.grid("110102", "grid in two pieces", SCHEME, GridKind.BASIC, "1101"),
            Area.grid("110103", "triangle", SCHEME, GridKind.BASIC, "1101"),
            Area.grid("110201", "grid reaching outside the city", SCHEME, GridKind.MARKET, "1102"),
            Area.grid("110202", "grid without a boundary", SCHEME, GridKind.BASIC, "1102")));

    private static final Map<String, Boundary> FIXED = Map.of(
            "11", Boundary.polygon(box(100, 30, 108, 38)),
            "1101", Boundary.polygon(box(100, 30, 104, 38)),
            "1102", Boundary.polygon(box(104, 30, 108, 38)),
            "110101", Boundary.polygon(box(100, 30, 102, 32), box(100.5, 30.5, 101.5, 31.5)),
            "110102", Boundary.of(Polygon.of(box(102, 30, 104, 31)), Polygon.of(box(102, 33, 103, 34))),
            "110103", Boundary.polygon(Ring.of(100, 34, 102, 34, 100, 36, 100, 34)),
            "110201", Boundary.polygon(box(107, 37, 109, 39)));

    @Nested
    @DisplayName("on a hand-made world")
    class Fixed {
        @ParameterizedTest(name = "({0}, {1}) -> {2}: {3}")
        @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
                101.75 | 31.75 | 110101 | inside a grid, outside its hole
                101    | 31    | 1101   | inside the hole: the district below it
                101.5  | 31    | 110101 | on the hole's edge: the grid
                100    | 30    | 110101 | on a corner shared by grid, district and city: the deepest
                104    | 35    | 1101   | on the edge two districts share, in no grid: the smaller code
                102    | 30.5  | 110101 | on the edge two grids share: the smaller code
                102.5  | 33.5  | 110102 | in the second piece of a multipolygon
                103.5  | 32.5  | 1101   | between the two pieces
                100.5  | 34.5  | 110103 | inside a triangle
                101    | 35    | 110103 | on the triangle's slanted edge
                101.5  | 35.5  | 1101   | just beyond the slanted edge
                108.5  | 38.5  | 110201 | in a grid, outside its district and the city
                107.5  | 37.5  | 110201 | in a grid and inside its district
                106    | 35    | 1102   | in a district where no grid is drawn
                108    | 34    | 1102   | on the city's outer edge
                110    | 40    | none   | outside everything
                99.999 | 30    | none   | just outside the city's corner
                """)
        @DisplayName("answers the deepest area containing the point, edges included")
        void locate(double lon, double lat, String expected, String why) {
            GridLocator locator = createLocator(FIXED_TREE, FIXED);
            assertThat(locator.locate(at(lon, lat))).as(why).isEqualTo(Optional.ofNullable(expected));
        }

        @Test
        @DisplayName("finds nothing when no area has a boundary")
        void noBoundaries() {
            assertThat(createLocator(FIXED_TREE, Map.of()).locate(at(101, 31))).isEmpty();
        }

        @Test
        @DisplayName("refuses a null point")
        void nullPoint() {
            assertThatThrownBy(() -> createLocator(FIXED_TREE, FIXED).locate(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    @DisplayName("on the Longshan sample")
    class Longshan {
        @Test
        @DisplayName("finds every grid from the centre of its boundary, and nothing outside the street")
        void grids() {
            GridFile file = GridFile.longshanSample();
            GridLocator locator = createLocator(file.tree(), file.boundaries());
            int grids = 0;
            for (Map.Entry<String, Boundary> e : file.boundaries().entrySet()) {
                if (!file.tree().area(e.getKey()).isGrid()) {
                    continue;
                }
                Ring r = e.getValue().polygons().get(0).exterior();
                GeoPoint centre = at((r.minLongitude() + r.maxLongitude()) / 2, (r.minLatitude() + r.maxLatitude()) / 2);
                assertThat(locator.locate(centre)).as("grid %s", e.getKey()).contains(e.getKey());
                grids++;
            }
            assertThat(grids).isEqualTo(52);
            assertThat(locator.locate(at(117.50, 34.86))).isEmpty();
        }
    }

    @Nested
    @DisplayName("on random worlds")
    class RandomWorlds {
        @Test
        @DisplayName("answers as a brute-force scan of every boundary does, for random points and for corners (30 seeds)")
        void bruteForce() {
            for (long seed = 0; seed < 30; seed++) {
                World w = World.random(seed);
                GridLocator locator = createLocator(w.tree, w.boundaries);
                SplittableRandom random = new SplittableRandom(seed * 31 + 7);
                for (int i = 0; i < 1500; i++) {
                    GeoPoint p = at(99.9 + random.nextDouble() * 1.2, 29.9 + random.nextDouble() * 1.2);
                    assertThat(locator.locate(p)).as("seed %d, point %d (%s, %s)", seed, i, p.longitude(), p.latitude())
                            .isEqualTo(w.bruteForce(p));
                }
                for (GeoPoint corner : w.corners) {
                    assertThat(locator.locate(corner)).as("seed %d, corner (%s, %s)", seed, corner.longitude(),
                            corner.latitude()).isEqualTo(w.bruteForce(corner));
                }
            }
        }

        @Test
        @DisplayName("gives every thread the same answers when 4 threads locate at once")
        void concurrent() throws Exception {
            World w = World.random(99);
            GridLocator locator = createLocator(w.tree, w.boundaries);
            List<GeoPoint> points = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(99);
            for (int i = 0; i < 2000; i++) {
                points.add(at(100 + random.nextDouble(), 30 + random.nextDouble()));
            }
            List<Optional<String>> expected = points.stream().map(w::bruteForce).toList();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<Optional<String>>>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    results.add(pool.submit(() -> points.stream().map(locator::locate).toList()));
                }
                for (Future<List<Optional<String>>> f : results) {
                    assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * A random world in [100, 101] x [30, 31]: districts are rectangles of a random split of the city,
     * grids are rectangles or star-shaped polygons inside or overlapping them, some with a hole, some in
     * two pieces, some without a boundary at all.
     */
    private static final class World {
        final GridTree tree;
        final Map<String, Boundary> boundaries = new HashMap<>();
        final List<GeoPoint> corners = new ArrayList<>();

        private World(GridTree tree) {
            this.tree = tree;
        }

        static World random(long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            List<Area> areas = new ArrayList<>();
            areas.add(Area.of("11", "city", SCHEME.level("city"), null));
            int districts = 1 + r.nextInt(6);
            int[] grids = new int[districts];
            for (int d = 1; d <= districts; d++) {
                String dc = String.format("11%02d", d);
                areas.add(Area.of(dc, "district " + d, SCHEME.level("district"), "11"));
                grids[d - 1] = r.nextInt(25);
                for (int g = 1; g <= grids[d - 1]; g++) {
                    areas.add(Area.grid(dc + String.format("%02d", g), "grid " + g, SCHEME, GridKind.BASIC, dc));
                }
            }
            World w = new World(GridTree.of(SCHEME, areas));
            if (r.nextInt(4) > 0) {
                w.put("11", Boundary.polygon(box(100, 30, 101, 31)));
            }
            for (int d = 1; d <= districts; d++) {
                String dc = String.format("11%02d", d);
                double x0 = 100 + (d - 1) / (double) districts;
                double x1 = 100 + d / (double) districts;
                if (r.nextInt(5) > 0) {
                    w.put(dc, Boundary.polygon(box(x0, 30, x1, 31)));
                }
                for (int g = 1; g <= grids[d - 1]; g++) {
                    if (r.nextInt(6) == 0) {
                        continue; // no boundary drawn
                    }
                    double cx = x0 + r.nextDouble() * (x1 - x0);
                    double cy = 30 + r.nextDouble();
                    double size = 0.02 + r.nextDouble() * 0.15;
                    List<Polygon> pieces = new ArrayList<>();
                    pieces.add(r.nextBoolean() ? Polygon.of(box(cx, cy, cx + size, cy + size),
                            box(cx + size / 4, cy + size / 4, cx + size / 2, cy + size / 2))
                            : Polygon.of(star(r, cx, cy, size)));
                    if (r.nextInt(4) == 0) {
                        pieces.add(Polygon.of(star(r, cx - size, cy - size, size / 2)));
                    }
                    w.put(dc + String.format("%02d", g), new Boundary(pieces));
                }
            }
            return w;
        }

        /** A star-shaped ring round (cx, cy): 3 to 12 corners at random radii, in angle order. */
        static Ring star(SplittableRandom r, double cx, double cy, double size) {
            int n = 3 + r.nextInt(10);
            double[] lonLat = new double[2 * (n + 1)];
            for (int i = 0; i < n; i++) {
                double angle = 2 * Math.PI * (i + r.nextDouble() * 0.8) / n;
                double radius = size * (0.2 + r.nextDouble());
                lonLat[2 * i] = cx + radius * Math.cos(angle);
                lonLat[2 * i + 1] = cy + radius * Math.sin(angle);
            }
            lonLat[2 * n] = lonLat[0];
            lonLat[2 * n + 1] = lonLat[1];
            return Ring.of(lonLat);
        }

        void put(String code, Boundary b) {
            boundaries.put(code, b);
            for (Polygon p : b.polygons()) {
                Ring ring = p.exterior();
                for (int i = 0; i < ring.size(); i++) {
                    corners.add(at(ring.longitude(i), ring.latitude(i)));
                }
            }
        }

        /** The reference answer: every boundary tested, the deepest level, then the smallest code. */
        Optional<String> bruteForce(GeoPoint p) {
            String best = null;
            int bestLevel = -1;
            for (Map.Entry<String, Boundary> e : boundaries.entrySet()) {
                if (!e.getValue().contains(p)) {
                    continue;
                }
                int level = tree.area(e.getKey()).level().index();
                if (level > bestLevel || level == bestLevel && e.getKey().compareTo(best) < 0) {
                    best = e.getKey();
                    bestLevel = level;
                }
            }
            return Optional.ofNullable(best);
        }
    }
}
