package io.gridgov.benchmarks;

import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Both trees built from the same generated areas, and the random query inputs the benchmarks share:
 * each query is drawn once, up front, as a gridgov node number and the naive tree's node for the same
 * code, so the choice of a query is never part of what is measured.
 *
 * <p>Not thread-safe; built once per benchmark trial.
 */
final class Fixture {
    /** Queries per benchmark: 2^20, so the nodes they touch do not fit in the caches at national size. */
    static final int QUERIES = 1 << 20;
    /** Mask for cycling an index through {@link #QUERIES} entries. */
    static final int MASK = QUERIES - 1;
    /** Seed of the query choice, distinct from the generator's. */
    static final long QUERY_SEED = 42L;

    final GridTree tree;
    final NaiveTree naive;
    /** gridgov node numbers by level index. */
    final int[][] byLevel;

    private Fixture(GridTree tree, NaiveTree naive) {
        this.tree = tree;
        this.naive = naive;
        List<Level> levels = tree.scheme().levels();
        int[] counts = new int[levels.size()];
        for (Level l : levels) {
            counts[l.index()] = tree.count(l);
        }
        byLevel = new int[levels.size()][];
        for (int i = 0; i < levels.size(); i++) {
            byLevel[i] = new int[counts[i]];
        }
        int[] filled = new int[levels.size()];
        for (int n = 0; n < tree.size(); n++) {
            int l = tree.level(n).index();
            byLevel[l][filled[l]++] = n;
        }
    }

    /** Generates the areas at {@code scale}, builds both trees and lets the list go. */
    static Fixture of(double scale) {
        List<Area> areas = NationalTreeGenerator.generate(scale);
        GridTree tree = GridTree.of(NationalTreeGenerator.scheme(), areas);
        NaiveTree naive = NaiveTree.of(areas);
        return new Fixture(tree, naive);
    }

    /** Over trees built elsewhere (from the same areas). */
    static Fixture of(GridTree tree, NaiveTree naive) {
        return new Fixture(tree, naive);
    }

    /** A new random source for drawing queries, the same in every run. */
    static SplittableRandom random() {
        return new SplittableRandom(QUERY_SEED);
    }

    /** The naive tree's node for a gridgov node number (a look-up by code; for setting up only). */
    NaiveTree.Node naiveOf(int node) {
        return node < 0 ? null : naive.find(tree.code(node));
    }

    /** The naive nodes for an array of gridgov node numbers. */
    NaiveTree.Node[] naiveOf(int[] nodes) {
        NaiveTree.Node[] out = new NaiveTree.Node[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            out[i] = naiveOf(nodes[i]);
        }
        return out;
    }

    /** A random node at a level. */
    int randomAt(Level level, SplittableRandom rng) {
        int[] nodes = byLevel[level.index()];
        return nodes[rng.nextInt(nodes.length)];
    }

    /** A random grid. */
    int randomGrid(SplittableRandom rng) {
        return randomAt(NationalTreeGenerator.GRID, rng);
    }

    /** A random node of the grid level inside the subtree of {@code area}, or {@code area} if it has none. */
    int randomGridIn(int area, SplittableRandom rng) {
        int from = area;
        int to = tree.subtreeEnd(area);
        for (int tries = 0; tries < 64; tries++) {
            int n = from + rng.nextInt(to - from);
            if (tree.level(n).gridLevel()) {
                return n;
            }
        }
        return area;
    }
}
