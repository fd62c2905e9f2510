package io.gridgov.spi.locator;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.GeoPoint;
import io.gridgov.core.grid.GridTree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The in-memory {@link GridLocator}: the boundaries of a grid tree's areas, every polygon's bounding
 * box in a packed R-tree (Sort-Tile-Recursive), so that a look-up tests only the polygons whose boxes
 * contain the point, not every area. Point-in-polygon is the even-odd rule with edges included, holes
 * and multipolygons as {@link Boundary#contains} describes; the answer follows {@link GridLocator}'s
 * specification (deepest level, then smallest code).
 *
 * <p>Built once from a tree and a map of boundaries, usually those of a grid file:
 * {@code PolygonGridLocator.of(file.tree(), file.boundaries())} (see
 * {@link io.gridgov.spi.json.GridFile#boundaries()}). Immutable and thread-safe.
 */
public final class PolygonGridLocator implements GridLocator {
    private final GridTree tree;
    private final PackedRTree index;
    /** Per R-tree entry: its polygon and its area's node. */
    private final Polygon[] polygons;
    private final int[] nodes;
    private final int areas;

    private PolygonGridLocator(GridTree tree, Map<String, Boundary> boundaries) {
        this.tree = tree;
        List<Polygon> ps = new ArrayList<>();
        List<Integer> ns = new ArrayList<>();
        // Sorted by code, so the index is the same whatever the order of the map.
        for (Map.Entry<String, Boundary> e : new TreeMap<>(boundaries).entrySet()) {
            int node = tree.indexOf(e.getKey());
            for (Polygon p : e.getValue().polygons()) {
                ps.add(p);
                ns.add(node);
            }
        }
        int n = ps.size();
        polygons = ps.toArray(new Polygon[0]);
        nodes = new int[n];
        double[] x0 = new double[n];
        double[] y0 = new double[n];
        double[] x1 = new double[n];
        double[] y1 = new double[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = ns.get(i);
            Ring r = polygons[i].exterior();
            x0[i] = r.minLongitude();
            y0[i] = r.minLatitude();
            x1[i] = r.maxLongitude();
            y1[i] = r.maxLatitude();
        }
        index = new PackedRTree(x0, y0, x1, y1);
        areas = boundaries.size();
    }

    /**
     * A locator over boundaries of a tree's areas.
     *
     * @param tree       the grid tree
     * @param boundaries boundaries by area code; areas without one are never found
     * @return the locator
     * @throws InvalidInputException ({@link ErrorCode#INVALID_BOUNDARY}) naming every code the tree does
     *                               not hold
     */
    public static PolygonGridLocator of(GridTree tree, Map<String, Boundary> boundaries) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(boundaries, "boundaries");
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Boundary> e : new TreeMap<>(boundaries).entrySet()) {
            Objects.requireNonNull(e.getValue(), "boundaries contains null");
            if (tree.indexOf(e.getKey()) < 0) {
                problems.add(new Problem(e.getKey(), "a boundary is given for area " + e.getKey() + ", which the grid"
                        + " tree does not hold; fix the code or add the area"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_BOUNDARY, "the boundaries do not fit the grid tree",
                    problems);
        }
        return new PolygonGridLocator(tree, Map.copyOf(boundaries));
    }

    @Override
    public Optional<String> locate(GeoPoint point) {
        Objects.requireNonNull(point, "point");
        double lon = point.longitude();
        double lat = point.latitude();
        int[] best = {-1};
        index.search(lon, lat, entry -> {
            int node = nodes[entry];
            if (node != best[0] && better(node, best[0]) && polygons[entry].contains(lon, lat)) {
                best[0] = node;
            }
        });
        return best[0] < 0 ? Optional.empty() : Optional.of(tree.code(best[0]));
    }

    /** Whether {@code node} is a better answer than {@code current}: deeper, or as deep with a smaller code. */
    private boolean better(int node, int current) {
        if (current < 0) {
            return true;
        }
        int a = tree.level(node).index();
        int b = tree.level(current).index();
        return a != b ? a > b : tree.code(node).compareTo(tree.code(current)) < 0;
    }

    /** The number of areas with a boundary. */
    public int areasWithBoundary() {
        return areas;
    }

    /** Renders as {@code PolygonGridLocator[areas=N, polygons=M, depth=D]}. */
    @Override
    public String toString() {
        return "PolygonGridLocator[areas=" + areas + ", polygons=" + polygons.length + ", depth=" + index.depth() + "]";
    }
}
