package io.gridgov.routing.rules;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.GovernanceException;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What would change if rule set {@code after} replaced rule set {@code before}: the same batch of cases
 * routed under both, the number of cases each owner would get before and after, and every case whose
 * route differs, with both decisions. Made by {@link #of(Router, Router, List)}; pure and deterministic.
 *
 * <p>A case's <em>route</em> is what its handlers see: the {@linkplain Decision#owner() owner}, the
 * cooperating organisations, the time limit and the handling level. A case that another entry now
 * decides with the same route is not a change.
 *
 * <p>Immutable and thread-safe (a {@link Decision} is immutable).
 *
 * @param before  the id of the rule set routed first
 * @param after   the id of the rule set routed second
 * @param cases   how many cases were replayed
 * @param owners  every owner of some case under either rule set, organisations by id and then territories
 *                by area code: its count before and after
 * @param changes the cases whose route differs, in the order of the batch
 */
public record Replay(String before, String after, int cases, List<OwnerCount> owners, List<Change> changes) {

    /**
     * Checks the parts are present and copies the lists.
     *
     * @throws NullPointerException if a part is or holds {@code null}
     */
    public Replay {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        owners = List.copyOf(owners);
        changes = List.copyOf(changes);
    }

    /**
     * Routes every case under both rule sets and compares.
     *
     * @param before the router of the rule set in force
     * @param after  the router of the candidate rule set
     * @param cases  the batch, in order
     * @return the report
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) listing every case that one of the rule
     *                               sets cannot route (a category, area or level it does not know), as
     *                               {@code cases[i]}; nothing is reported then
     * @throws NullPointerException  if an argument is or holds {@code null}
     */
    public static Replay of(Router before, Router after, List<ReplayCase> cases) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<ReplayCase> batch = List.copyOf(cases);
        List<Problem> problems = new ArrayList<>();
        Map<Owner, int[]> counts = new TreeMap<>(OWNER_ORDER);
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ReplayCase c = batch.get(i);
            Decision b = route(before, c, i, problems);
            Decision a = route(after, c, i, problems);
            if (a == null || b == null) {
                continue;
            }
            counts.computeIfAbsent(b.owner(), k -> new int[2])[0]++;
            counts.computeIfAbsent(a.owner(), k -> new int[2])[1]++;
            Set<Aspect> differs = EnumSet.noneOf(Aspect.class);
            for (Aspect x : Aspect.values()) {
                if (!x.of(b).equals(x.of(a))) {
                    differs.add(x);
                }
            }
            if (!differs.isEmpty()) {
                changes.add(new Change(i, c, b, a, differs));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "the replay's cases do not fit rule sets '"
                    + before.ruleSet().id() + "' and '" + after.ruleSet().id() + "'", problems);
        }
        List<OwnerCount> owners = new ArrayList<>();
        counts.forEach((owner, n) -> owners.add(new OwnerCount(owner, n[0], n[1])));
        return new Replay(before.ruleSet().id(), after.ruleSet().id(), batch.size(), owners, changes);
    }

    private static Decision route(Router router, ReplayCase c, int i, List<Problem> problems) {
        try {
            return c.routeBy(router);
        } catch (GovernanceException e) {
            problems.add(new Problem("cases[" + i + "]", "rule set '" + router.ruleSet().id() + "' cannot route case '"
                    + Wording.echo(c.label()) + "': " + e.getMessage()));
            return null;
        }
    }

    /** Organisations by id, then territories by area and level. */
    private static final Comparator<Owner> OWNER_ORDER = Comparator
            .comparing((Owner o) -> o instanceof Owner.Territory)
            .thenComparing(o -> o instanceof Owner.Organisation org ? org.id() : ((Owner.Territory) o).area())
            .thenComparing(o -> o instanceof Owner.Territory t ? t.level() : "");

    /** The cases with a changed owner only (not those whose cooperating organisations, limit or level changed). */
    public List<Change> ownerChanges() {
        return changes.stream().filter(c -> c.aspects().contains(Aspect.OWNER)).toList();
    }

    /** What part of a route changed. */
    public enum Aspect {
        /** Who owns the case: another organisation, or the territory instead of an organisation. */
        OWNER,
        /** The cooperating organisations, or their order. */
        COOPERATING,
        /** The handling time limit (or whether there is one). */
        TIME_LIMIT,
        /** The level that should resolve the case (or whether there is one). */
        HANDLING_LEVEL;

        Object of(Decision d) {
            return switch (this) {
                case OWNER -> d.owner();
                case COOPERATING -> d.cooperating();
                case TIME_LIMIT -> d.timeLimit();
                case HANDLING_LEVEL -> d.handlingLevel().map(l -> l.key());
            };
        }
    }

    /**
     * How many cases of the batch an owner gets under each rule set.
     *
     * @param owner  the owner
     * @param before its cases under the rule set in force
     * @param after  its cases under the candidate
     */
    public record OwnerCount(Owner owner, int before, int after) {
        /**
         * Checks the owner is present.
         *
         * @throws NullPointerException if {@code owner} is {@code null}
         */
        public OwnerCount {
            Objects.requireNonNull(owner, "owner");
        }

        /** {@code after - before}. */
        public int delta() {
            return after - before;
        }
    }

    /**
     * A case whose route differs.
     *
     * @param index   the case's position in the batch
     * @param input   the case
     * @param before  its decision under the rule set in force
     * @param after   its decision under the candidate
     * @param aspects what differs; not empty
     */
    public record Change(int index, ReplayCase input, Decision before, Decision after, Set<Aspect> aspects) {
        /**
         * Checks the parts are present and copies the aspects.
         *
         * @throws NullPointerException  if a part is or holds {@code null}
         * @throws InvalidInputException ({@code GOV-001}) if {@code aspects} is empty (an unchanged case is not a
         *                               change)
         */
        public Change {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            EnumSet<Aspect> copy = EnumSet.noneOf(Aspect.class);
            Objects.requireNonNull(aspects, "aspects").forEach(a -> copy.add(Objects.requireNonNull(a, "aspect")));
            if (copy.isEmpty()) {
                throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "aspects", "a change of case " + index
                        + " names no aspect that differs; a case whose route is the same is not a change");
            }
            aspects = Collections.unmodifiableSet(copy);
        }
    }
}
