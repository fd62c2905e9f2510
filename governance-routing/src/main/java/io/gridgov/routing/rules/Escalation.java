package io.gridgov.routing.rules;

import io.gridgov.core.grid.Level;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a case goes when it cannot be resolved at its level or its time runs out: the level it climbs to,
 * the area whose office takes it, the rungs it skips and the rule that let it skip. When no ladder covers
 * the case, or it is already at the top of its ladder, it does not climb: the territory at its current
 * level keeps it, and the explanation says so. Immutable and thread-safe.
 */
public final class Escalation {
    private final Level from;
    private final Level to;
    private final String area;
    private final List<Level> skipped;
    private final SkipRule skip;
    private final EscalationLadder ladder;
    private final Explanation explanation;

    Escalation(Level from, Level to, String area, List<Level> skipped, SkipRule skip, EscalationLadder ladder,
            Explanation explanation) {
        this.from = from;
        this.to = to;
        this.area = area;
        this.skipped = List.copyOf(skipped);
        this.skip = skip;
        this.ladder = ladder;
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    /** The level the case is at now. */
    public Level from() {
        return from;
    }

    /** The level the case goes to; {@link #from()} when it does not climb. */
    public Level to() {
        return to;
    }

    /** Whether the case climbs at all. */
    public boolean climbs() {
        return to.index() < from.index();
    }

    /** The rungs of the ladder the case jumps over (越级), bottom first; empty for a climb of one rung. */
    public List<Level> skipped() {
        return skipped;
    }

    /** The skip rule that let the case jump, if one did. */
    public Optional<SkipRule> skip() {
        return Optional.ofNullable(skip);
    }

    /** The ladder that applied, or empty when none covers the case's category. */
    public Optional<EscalationLadder> ladder() {
        return Optional.ofNullable(ladder);
    }

    /** Who takes the case: the office of the enclosing area at {@link #to()} (the territory). */
    public Owner owner() {
        return new Owner.Territory(area, to.key());
    }

    /** Why, in English and Chinese. */
    public Explanation explanation() {
        return explanation;
    }

    /** Renders the English explanation. */
    @Override
    public String toString() {
        return explanation.toEnglish();
    }
}
