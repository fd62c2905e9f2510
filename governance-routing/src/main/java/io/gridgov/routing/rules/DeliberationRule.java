package io.gridgov.routing.rules;

import java.util.Objects;

/**
 * How a community deliberates matters of a category (and every category below it): Lanzhou's five
 * categories of community affairs, each with its mode. The most specific category's rule applies.
 * Immutable and thread-safe.
 *
 * @param category the category's code, e.g. {@code S02} (environmental hygiene)
 * @param mode     the mode, e.g. {@link DeliberationMode#ON_SITE}
 */
public record DeliberationRule(String category, DeliberationMode mode) {
    /**
     * Checks that both parts are present.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public DeliberationRule {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(mode, "mode");
    }
}
