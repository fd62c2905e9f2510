package io.gridgov.routing.rules;

import io.gridgov.core.cases.Priority;

import java.util.Objects;

/**
 * The level that should resolve cases of a category (and every category below it), for one priority or
 * for every priority: the Fengqiao principle, "small matters stay in the village, big ones in the
 * township". For a case, the most specific category wins, then a rule for the case's priority over one
 * for any priority. Immutable and thread-safe.
 *
 * @param category the category's code, e.g. {@code S01}
 * @param priority the priority the rule is for, or {@code null} for every priority
 * @param level    the key of a level of the grid tree's scheme, e.g. {@code "village"}
 */
public record HandlingRule(String category, Priority priority, String level) {
    /**
     * Checks that the category and level are present; they are checked against the taxonomy and the
     * level scheme by {@link RuleSet.Builder#build()}.
     *
     * @throws NullPointerException if {@code category} or {@code level} is {@code null}
     */
    public HandlingRule {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(level, "level");
    }

    /** A rule for every priority. */
    public static HandlingRule of(String category, String level) {
        return new HandlingRule(category, null, level);
    }
}
