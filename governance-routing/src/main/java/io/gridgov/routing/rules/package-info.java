/**
 * Routing rules: the territorial responsibility list, handling levels and cycles, escalation ladders,
 * department dispatch, mediation routing and deliberation modes — validated as a whole, compiled, and
 * explained.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link io.gridgov.routing.rules.RuleSet#builder RuleSet.builder(id, tree, taxonomy, knownOrganisations)}
 *       collects the rules (immutable records: {@link io.gridgov.routing.rules.Entry},
 *       {@link io.gridgov.routing.rules.HandlingRule}, {@link io.gridgov.routing.rules.EscalationLadder},
 *       {@link io.gridgov.routing.rules.DispatchRule}, {@link io.gridgov.routing.rules.MediationRule},
 *       {@link io.gridgov.routing.rules.DeliberationRule}); {@code build()} checks everything and throws one
 *       {@link io.gridgov.routing.rules.RuleSetException} listing every problem with its path.</li>
 *   <li>{@link io.gridgov.routing.rules.RuleSet#compile()} gives a {@link io.gridgov.routing.rules.Router},
 *       which decides: {@code route}, {@code dispatch}, {@code handlingLevel}, {@code escalate},
 *       {@code mediate}, {@code deliberation}. Every decision carries an explanation in English and Chinese.</li>
 *   <li>{@link io.gridgov.routing.rules.RuleSetCodec} reads a rule set from JSON ({@code gridgov.rules/1}), every
 *       problem with its JSON path, and writes it back canonically.</li>
 *   <li>{@link io.gridgov.routing.rules.RuleSetAnalysis#of(RuleSet, String)} finds coverage gaps, conflicts and
 *       shadowed entries; {@link io.gridgov.routing.rules.Replay#of(Router, Router, java.util.List)} reports what
 *       a candidate rule set would change for a batch of cases.</li>
 * </ul>
 * The precedence is fixed and documented on {@link io.gridgov.routing.rules.RuleSet}, and in
 * {@code docs/routing.md}.
 *
 * <h2>Purity</h2>
 * Nothing here reads a clock, does I/O or logs: a decision is a function of the rule set and its arguments.
 *
 * <h2>Nulls</h2>
 * Arguments are never {@code null} unless a parameter says it may be (a rule's optional parts, such as an
 * entry's handling level or a mediation rule's domain, are {@code null} when absent, as documented on the
 * record). Methods return {@link java.util.Optional} rather than {@code null}.
 */
package io.gridgov.routing.rules;
