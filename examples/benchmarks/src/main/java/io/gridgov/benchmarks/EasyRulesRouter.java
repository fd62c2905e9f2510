package io.gridgov.benchmarks;

import io.gridgov.benchmarks.RoutingMix.RoutingCase;
import io.gridgov.benchmarks.ZhangzhouList.EntrySpec;

import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

import java.util.List;

/**
 * The peer a platform would pick: Easy Rules 4.1 holding the responsibility list as one rule per entry,
 * written the way its documentation shows.
 *
 * <p>Each rule's condition reads the case from the {@link Facts} and tests that the case's category
 * code starts with the entry's (it is the entry's category or below it) and that the case's area code
 * starts with the significant digits of the entry's area (the case lies in it); its action puts the
 * entry into the facts as {@value #DECISION}. The precedence is carried by the rules' priorities
 * (Easy Rules fires a lower priority first): {@code (2 - area depth) * 3 + (2 - category depth)}, so a
 * township rule comes before a county one and, at the same area, a leaf before its group. The engine is
 * a {@link DefaultRulesEngine} with {@code skipOnFirstAppliedRule}: it evaluates the rules in priority
 * order and stops after the first that fires. Two rules of equal priority that both match a case would
 * need the same (category, area) key, which the list never has, so the first applied rule is the
 * documented answer.
 *
 * <p>Per decision: a new {@code Facts} with the case, {@code fire}, read the result. No rule listeners;
 * Easy Rules logs through SLF4J at debug level, and no SLF4J provider is on the class path, so logging
 * is switched off (the engine still builds the log calls' arguments, as it would in production with
 * debug off). Thread-safe for deciding once built (the rules and engine are only read).
 */
final class EasyRulesRouter {
    /** The fact holding the case. */
    static final String CASE = "case";
    /** The fact a fired rule writes the entry into. */
    static final String DECISION = "entry";

    private final Rules rules = new Rules();
    private final RulesEngine engine = new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));

    EasyRulesRouter(List<EntrySpec> entries) {
        for (EntrySpec e : entries) {
            rules.register(rule(e));
        }
    }

    /** The rule for one entry. */
    static Rule rule(EntrySpec e) {
        String category = e.category();
        String prefix = e.areaPrefix();
        return new RuleBuilder()
                .name(e.id())
                .description(e.kind() + " " + category + " in " + e.area())
                .priority((2 - e.areaDepth()) * 3 + (2 - e.categoryDepth()))
                .when(facts -> {
                    RoutingCase c = facts.get(CASE);
                    return c.category().startsWith(category) && c.area().startsWith(prefix);
                })
                .then(facts -> facts.put(DECISION, e))
                .build();
    }

    /**
     * Routes one case.
     *
     * @return the entry that fired, or {@code null} if none did (the territory owns the case)
     */
    EntrySpec decide(RoutingCase c) {
        Facts facts = new Facts();
        facts.put(CASE, c);
        engine.fire(rules, facts);
        return facts.get(DECISION);
    }

    /** The number of rules registered. */
    int size() {
        return rules.size();
    }
}
