package io.gridgov.core.stats;

import io.gridgov.core.grid.Level;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rates by area at one level of a grid tree, e.g. the mediation success rate of each township, with the
 * mediations that could not be placed at that level kept apart rather than dropped in silence. The
 * three parts are disjoint and together make the whole:
 * {@code placed().plus(notInTree()).plus(noAreaAtLevel())} is the rate over every input.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level         the level the areas are at
 * @param rates         the rate of each area at the level that has any data, by area code in ascending
 *                      order (the grid tree's order for areas of one level); copied, unmodifiable
 * @param notInTree     what was counted for areas the grid tree does not hold (an old code after a
 *                      re-division, another city's code): not placed
 * @param noAreaAtLevel what was counted for areas with no ancestor at the level (a dispute filed at a
 *                      township when the level is the grid): not placed
 */
public record AreaRates(Level level, SortedMap<String, Rate> rates, Rate notInTree, Rate noAreaAtLevel) {

    /** Rejects {@code null}s, in the map too, and copies the map. */
    public AreaRates {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(rates, "rates");
        TreeMap<String, Rate> copy = new TreeMap<>();
        rates.forEach((code, rate) -> copy.put(Objects.requireNonNull(code, "rates key"),
                Objects.requireNonNull(rate, "rates[" + code + "]")));
        rates = Collections.unmodifiableSortedMap(copy);
        Objects.requireNonNull(notInTree, "notInTree");
        Objects.requireNonNull(noAreaAtLevel, "noAreaAtLevel");
    }

    /** The rate over every area in {@link #rates()} together. */
    public Rate placed() {
        Rate sum = Rate.NONE;
        for (Rate r : rates.values()) {
            sum = sum.plus(r);
        }
        return sum;
    }

    /** The rate over everything counted: placed or not. */
    public Rate total() {
        return placed().plus(notInTree).plus(noAreaAtLevel);
    }
}
