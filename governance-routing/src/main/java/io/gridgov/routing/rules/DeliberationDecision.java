package io.gridgov.routing.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * How a community deliberates a matter of a category, and which rule said so (the most specific
 * category's). Immutable and thread-safe.
 */
public final class DeliberationDecision {
    private final DeliberationRule rule;
    private final int index;
    private final Explanation explanation;

    DeliberationDecision(DeliberationRule rule, int index, Explanation explanation) {
        this.rule = rule;
        this.index = index;
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    /** The mode, or empty when no rule covers the category. */
    public Optional<DeliberationMode> mode() {
        return rule == null ? Optional.empty() : Optional.of(rule.mode());
    }

    /** The rule that decided, or empty. */
    public Optional<DeliberationRule> rule() {
        return Optional.ofNullable(rule);
    }

    /** The position of the rule in {@link RuleSet#deliberationRules()}, or -1. */
    public int ruleIndex() {
        return index;
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
