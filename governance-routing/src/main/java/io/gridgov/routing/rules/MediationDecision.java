package io.gridgov.routing.rules;

import io.gridgov.core.mediation.MediationCategory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a dispute is mediated and where it goes if mediation fails. When no mediation rule applies, the
 * people's mediation committee of the dispute's own area takes it (villagers' and residents' committees
 * set up people's mediation committees, People's Mediation Law art. 8): the owner is then the territory
 * and the category {@link MediationCategory#PEOPLES}. Immutable and thread-safe.
 */
public final class MediationDecision {
    private final int rule;
    private final MediationRule matched;
    private final Owner committee;
    private final MediationCategory category;
    private final String level;
    private final Explanation explanation;

    MediationDecision(int rule, MediationRule matched, Owner committee, MediationCategory category, String level,
            Explanation explanation) {
        this.rule = rule;
        this.matched = matched;
        this.committee = Objects.requireNonNull(committee, "committee");
        this.category = Objects.requireNonNull(category, "category");
        this.level = Objects.requireNonNull(level, "level");
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    /** The rule that applied, or empty when none did (the territory's people's mediation committee). */
    public Optional<MediationRule> rule() {
        return Optional.ofNullable(matched);
    }

    /** The position of the rule in {@link RuleSet#mediationRules()}, or -1. */
    public int ruleIndex() {
        return rule;
    }

    /** The committee: a named organisation, or the territory's people's mediation committee. */
    public Owner committee() {
        return committee;
    }

    /** The mediation category. */
    public MediationCategory category() {
        return category;
    }

    /** The key of the level the committee works at. */
    public String level() {
        return level;
    }

    /** What to do, in order, when the mediation fails; empty when the rule names none. */
    public List<Diversion> diversions() {
        return matched == null ? List.of() : matched.diversions();
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
