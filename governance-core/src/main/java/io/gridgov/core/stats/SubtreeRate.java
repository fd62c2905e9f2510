package io.gridgov.core.stats;

import java.util.Objects;

/**
 * A rate inside one area of a grid tree (the area and everything below it), with what was counted for
 * areas the tree does not hold kept apart: those cannot be said to lie inside or outside, so they are
 * neither in {@link #rate()} nor dropped in silence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param areaCode  the area whose subtree was counted
 * @param rate      the rate over what lies in the subtree
 * @param notInTree what was counted for area codes the grid tree does not hold, anywhere in the input
 */
public record SubtreeRate(String areaCode, Rate rate, Rate notInTree) {

    /** Rejects {@code null}s. */
    public SubtreeRate {
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(notInTree, "notInTree");
    }
}
