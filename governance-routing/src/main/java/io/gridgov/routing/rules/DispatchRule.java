package io.gridgov.routing.rules;

import java.util.Objects;

/**
 * "The street blows the whistle, departments report" (街乡吹哨、部门报到): a case at level {@code from} that
 * the territory cannot handle goes to the department that the responsibility list names for its category
 * at the enclosing area of level {@code to} (e.g. from a street to the district). Immutable and
 * thread-safe.
 *
 * @param from the key of the level that blows the whistle, e.g. {@code "township"}
 * @param to   the key of a level above it whose list names the departments, e.g. {@code "county"}
 */
public record DispatchRule(String from, String to) {
    /**
     * Checks that both keys are present; they are checked against the scheme by
     * {@link RuleSet.Builder#build()}.
     *
     * @throws NullPointerException if a key is {@code null}
     */
    public DispatchRule {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
