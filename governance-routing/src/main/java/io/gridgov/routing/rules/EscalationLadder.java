package io.gridgov.routing.rules;

import java.util.List;
import java.util.Objects;

/**
 * How a case climbs when it cannot be resolved at its level or its time runs out: the rungs, bottom
 * first, and the rules that let it skip rungs. A ladder is for a category and every category below it, or
 * for every category ({@code category} {@code null}, the default ladder); the most specific category's
 * ladder applies. Immutable and thread-safe.
 *
 * @param category the category's code, or {@code null} for the default ladder
 * @param rungs    level keys, bottom first, each strictly above the one before (e.g. {@code grid, village,
 *                 township, county, city}); at least two (copied)
 * @param skips    when the case may skip rungs; of those that hold, the one reaching highest wins (copied)
 */
public record EscalationLadder(String category, List<String> rungs, List<SkipRule> skips) {
    /**
     * Checks that the parts are present and copies them; the levels are checked against the scheme by
     * {@link RuleSet.Builder#build()}.
     *
     * @throws NullPointerException if {@code rungs} or {@code skips} is or holds {@code null}
     */
    public EscalationLadder {
        rungs = List.copyOf(Objects.requireNonNull(rungs, "rungs"));
        skips = List.copyOf(Objects.requireNonNull(skips, "skips"));
    }

    /** The default ladder, for every category. */
    public static EscalationLadder of(List<String> rungs, SkipRule... skips) {
        return new EscalationLadder(null, rungs, List.of(skips));
    }

    /** A ladder for one category and every category below it. */
    public static EscalationLadder forCategory(String category, List<String> rungs, SkipRule... skips) {
        return new EscalationLadder(Objects.requireNonNull(category, "category"), rungs, List.of(skips));
    }
}
