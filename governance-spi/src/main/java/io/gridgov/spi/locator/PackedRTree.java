package io.gridgov.spi.locator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A static R-tree over bounding boxes, packed once with Sort-Tile-Recursive (Leutenegger, Lopez and
 * Edgington, 1997): the boxes are sorted into vertical slices by the x of their centres, each slice by
 * y, and cut into runs of {@value #NODE_SIZE}; each level above groups {@value #NODE_SIZE} consecutive
 * nodes of the level below. Nodes are arrays (struct of arrays), not objects, and a node's children are
 * found by arithmetic. A point query visits only the nodes whose boxes contain the point: about
 * log<sub>16</sub>(n) levels plus the overlapping boxes.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class PackedRTree {
    static final int NODE_SIZE = 16;

    /** The entry of each leaf slot, in packed order. */
    private final int[] entries;
    /** Per level (0 = leaves), the boxes of its nodes as minX, minY, maxX, maxY. */
    private final double[][] minX;
    private final double[][] minY;
    private final double[][] maxX;
    private final double[][] maxY;

    PackedRTree(double[] x0, double[] y0, double[] x1, double[] y1) {
        int n = x0.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> x0[i] + x1[i]));
        int leaves = (n + NODE_SIZE - 1) / NODE_SIZE;
        int slices = Math.max(1, (int) Math.ceil(Math.sqrt(leaves)));
        int perSlice = slices * NODE_SIZE;
        for (int from = 0; from < n; from += perSlice) {
            Arrays.sort(order, from, Math.min(n, from + perSlice), Comparator.comparingDouble(i -> y0[i] + y1[i]));
        }
        entries = new int[n];
        List<double[][]> levels = new ArrayList<>();
        double[][] level = new double[4][n];
        for (int s = 0; s < n; s++) {
            int e = order[s];
            entries[s] = e;
            level[0][s] = x0[e];
            level[1][s] = y0[e];
            level[2][s] = x1[e];
            level[3][s] = y1[e];
        }
        levels.add(level);
        while (level[0].length > NODE_SIZE) {
            int count = (level[0].length + NODE_SIZE - 1) / NODE_SIZE;
            double[][] up = new double[4][count];
            for (int p = 0; p < count; p++) {
                double a = Double.POSITIVE_INFINITY;
                double b = Double.POSITIVE_INFINITY;
                double c = Double.NEGATIVE_INFINITY;
                double d = Double.NEGATIVE_INFINITY;
                for (int k = p * NODE_SIZE, end = Math.min(level[0].length, k + NODE_SIZE); k < end; k++) {
                    a = Math.min(a, level[0][k]);
                    b = Math.min(b, level[1][k]);
                    c = Math.max(c, level[2][k]);
                    d = Math.max(d, level[3][k]);
                }
                up[0][p] = a;
                up[1][p] = b;
                up[2][p] = c;
                up[3][p] = d;
            }
            levels.add(up);
            level = up;
        }
        int depth = levels.size();
        minX = new double[depth][];
        minY = new double[depth][];
        maxX = new double[depth][];
        maxY = new double[depth][];
        for (int l = 0; l < depth; l++) {
            minX[l] = levels.get(l)[0];
            minY[l] = levels.get(l)[1];
            maxX[l] = levels.get(l)[2];
            maxY[l] = levels.get(l)[3];
        }
    }

    /** Calls {@code hit} with every entry whose box contains (x, y), edges included. */
    void search(double x, double y, IntConsumer hit) {
        int top = minX.length - 1;
        for (int i = 0; i < minX[top].length; i++) {
            visit(top, i, x, y, hit);
        }
    }

    private void visit(int level, int node, double x, double y, IntConsumer hit) {
        if (x < minX[level][node] || x > maxX[level][node] || y < minY[level][node] || y > maxY[level][node]) {
            return;
        }
        if (level == 0) {
            hit.accept(entries[node]);
            return;
        }
        for (int c = node * NODE_SIZE, end = Math.min(minX[level - 1].length, c + NODE_SIZE); c < end; c++) {
            visit(level - 1, c, x, y, hit);
        }
    }

    /** The number of entries. */
    int size() {
        return entries.length;
    }

    /** The number of levels, the leaves included. */
    int depth() {
        return minX.length;
    }
}
