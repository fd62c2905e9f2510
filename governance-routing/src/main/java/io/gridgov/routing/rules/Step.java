package io.gridgov.routing.rules;

import java.util.List;
import java.util.Objects;

/**
 * One key a decision tried, in the order tried: a category at an area, and what was found there.
 *
 * @param area           the area's code
 * @param category       the category's code
 * @param outcome        what the key held
 * @param notApplicable  the numbers of the entries at this key whose kind or priority conditions did not
 *                       hold for the case, highest rank first; empty unless {@code outcome} is
 *                       {@link Outcome#CONDITIONS_NOT_MET} (or {@link Outcome#MATCHED} after such entries)
 */
public record Step(String area, String category, Outcome outcome, List<Integer> notApplicable) {
    /** What a key held. */
    public enum Outcome {
        /** No entry for this area and category. */
        NO_ENTRY,
        /** Entries, but none whose conditions hold for the case. */
        CONDITIONS_NOT_MET,
        /** The entry that decided. */
        MATCHED
    }

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public Step {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(outcome, "outcome");
        notApplicable = List.copyOf(notApplicable);
    }
}
