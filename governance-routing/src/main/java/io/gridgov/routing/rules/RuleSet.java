package io.gridgov.routing.rules;

import io.gridgov.core.Problem;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;
import io.gridgov.core.time.TimeLimit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A validated set of routing rules for one grid tree and one category taxonomy: the territorial
 * responsibility list ({@link Entry}), handling levels ({@link HandlingRule}) and the cycle of each level
 * ({@link Cycle}), escalation ladders ({@link EscalationLadder}), department dispatch
 * ({@link DispatchRule}), mediation routing ({@link MediationRule}) and deliberation modes
 * ({@link DeliberationRule}). {@link #compile()} turns it into a {@link Router} that decides.
 *
 * <h2>Precedence (fixed)</h2>
 * For a case of category {@code c} in area {@code a}, the entries that <em>cover</em> it are those whose
 * area is {@code a} or an ancestor of it, whose category is {@code c} or an ancestor of it, and whose
 * kind and priority conditions hold. Of these:
 * <ol>
 *   <li>the entry with the most specific area wins (the case's own area, then its parent, up to the top);</li>
 *   <li>then the one with the most specific category (the case's own category, then its parent, ...);</li>
 *   <li>then the one with the higher {@link Entry#rank() rank} (the explicit rule priority).</li>
 * </ol>
 * Two entries for the same area and category with the same rank whose conditions overlap (some case
 * satisfies both) are a conflict, reported by {@link Builder#build()}: never a silent pick. When no entry
 * covers a case, the territory owns it (属地兜底): the office of the case's own area at its current level.
 *
 * <p>Immutable and thread-safe. Built only by {@link Builder}, so every rule set is valid.
 */
public final class RuleSet {
    private final String id;
    private final GridTree tree;
    private final CategoryTaxonomy taxonomy;
    private final List<Entry> entries;
    private final List<HandlingRule> handlingRules;
    private final Map<String, Cycle> cycles;
    private final List<EscalationLadder> ladders;
    private final List<DispatchRule> dispatchRules;
    private final List<MediationRule> mediationRules;
    private final List<DeliberationRule> deliberationRules;

    private RuleSet(Builder b) {
        this.id = b.id;
        this.tree = b.tree;
        this.taxonomy = b.taxonomy;
        this.entries = List.copyOf(b.entries.items);
        this.handlingRules = List.copyOf(b.handling.items);
        this.cycles = Collections.unmodifiableMap(new LinkedHashMap<>(b.cycles));
        this.ladders = List.copyOf(b.ladders.items);
        this.dispatchRules = List.copyOf(b.dispatch.items);
        this.mediationRules = List.copyOf(b.mediation.items);
        this.deliberationRules = List.copyOf(b.deliberation.items);
    }

    /**
     * Starts a rule set.
     *
     * @param id                 a stable id, e.g. {@code "zhangzhou-2022"}; not blank, at most 64 characters
     *                           (checked by {@link Builder#build()})
     * @param tree               the grid tree every area code must be in
     * @param taxonomy           the taxonomy every category code must be in
     * @param knownOrganisations whether an organisation id is known (e.g. {@code Set.of(...)::contains}, or
     *                           a look-up in the host's directory); called only while building
     * @return a new builder
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Builder builder(String id, GridTree tree, CategoryTaxonomy taxonomy,
            Predicate<String> knownOrganisations) {
        return new Builder(Objects.requireNonNull(id, "id"), Objects.requireNonNull(tree, "tree"),
                Objects.requireNonNull(taxonomy, "taxonomy"),
                Objects.requireNonNull(knownOrganisations, "knownOrganisations"));
    }

    /** The rule set's id. */
    public String id() {
        return id;
    }

    /** The grid tree the rules' areas belong to. */
    public GridTree tree() {
        return tree;
    }

    /** The taxonomy the rules' categories belong to. */
    public CategoryTaxonomy taxonomy() {
        return taxonomy;
    }

    /** The responsibility list, in the order added; an entry's position is its number in explanations. */
    public List<Entry> entries() {
        return entries;
    }

    /** The handling-level rules, in the order added. */
    public List<HandlingRule> handlingRules() {
        return handlingRules;
    }

    /** The cycle of each level that has one, by level key, in the order added. */
    public Map<String, Cycle> cycles() {
        return cycles;
    }

    /** The escalation ladders, in the order added. */
    public List<EscalationLadder> ladders() {
        return ladders;
    }

    /** The department-dispatch rules, in the order added. */
    public List<DispatchRule> dispatchRules() {
        return dispatchRules;
    }

    /** The mediation-routing rules, in the order added. */
    public List<MediationRule> mediationRules() {
        return mediationRules;
    }

    /** The deliberation-mode rules, in the order added. */
    public List<DeliberationRule> deliberationRules() {
        return deliberationRules;
    }

    /**
     * Compiles the rules into a router: an index keyed by (category, area) and tables for the other rules.
     * Cheap enough to call once per rule set; the router holds no reference to anything mutable.
     *
     * @return the router
     */
    public Router compile() {
        return new Router(this);
    }

    /** Renders as {@code RuleSet[zhangzhou-2022, 10126 entries]}. */
    @Override
    public String toString() {
        return "RuleSet[" + id + ", " + entries.size() + (entries.size() == 1 ? " entry]" : " entries]");
    }

    /** Rules of one section with the paths problems are reported under. */
    private static final class Section<T> {
        private final String name;
        private final List<T> items = new ArrayList<>();
        private final List<String> paths = new ArrayList<>();

        Section(String name) {
            this.name = name;
        }

        void add(T item, String where) {
            items.add(Objects.requireNonNull(item, name + " rule"));
            paths.add(where == null ? name + "[" + (items.size() - 1) + "]" : where);
        }
    }

    /**
     * Collects rules and builds a {@link RuleSet}, checking everything at once. Every rule is reported
     * under a path: by default {@code entries[i]}, {@code handlingLevels[i]}, {@code cycles.<level>},
     * {@code ladders[i]}, {@code dispatch[i]}, {@code mediation[i]}, {@code deliberation[i]} with {@code i}
     * counting the rules of that section in the order added; the overloads taking a {@code where} let a
     * loader give its own path (e.g. {@code $.entries[12]}), to which a field is appended
     * ({@code $.entries[12].area}). Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private static final int MAX_ID_LENGTH = 64;

        private final String id;
        private final GridTree tree;
        private final CategoryTaxonomy taxonomy;
        private final Predicate<String> known;
        private final List<Problem> reported = new ArrayList<>();
        private final Section<Entry> entries = new Section<>("entries");
        private final Section<HandlingRule> handling = new Section<>("handlingLevels");
        private final Map<String, Cycle> cycles = new LinkedHashMap<>();
        private final Section<EscalationLadder> ladders = new Section<>("ladders");
        private final Section<DispatchRule> dispatch = new Section<>("dispatch");
        private final Section<MediationRule> mediation = new Section<>("mediation");
        private final Section<DeliberationRule> deliberation = new Section<>("deliberation");
        private final List<String> cyclePaths = new ArrayList<>();
        private final List<String> cycleLevels = new ArrayList<>();

        private Builder(String id, GridTree tree, CategoryTaxonomy taxonomy, Predicate<String> known) {
            this.id = id;
            this.tree = tree;
            this.taxonomy = taxonomy;
            this.known = known;
        }

        /** Adds an entry of the responsibility list, reported as {@code entries[i]}. */
        public Builder entry(Entry entry) {
            entries.add(entry, null);
            return this;
        }

        /** Adds an entry reported under {@code where}, e.g. {@code $.entries[12]}. */
        public Builder entry(Entry entry, String where) {
            entries.add(entry, Objects.requireNonNull(where, "where"));
            return this;
        }

        /** Adds a handling-level rule, reported as {@code handlingLevels[i]}. */
        public Builder handling(HandlingRule rule) {
            handling.add(rule, null);
            return this;
        }

        /** Adds a handling-level rule reported under {@code where}. */
        public Builder handling(HandlingRule rule, String where) {
            handling.add(rule, Objects.requireNonNull(where, "where"));
            return this;
        }

        /** Says which cycle a level belongs to, reported as {@code cycles.<level>}. */
        public Builder cycle(String level, Cycle cycle) {
            return cycle(level, cycle, "cycles." + level);
        }

        /** Says which cycle a level belongs to, reported under {@code where}. */
        public Builder cycle(String level, Cycle cycle, String where) {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(cycle, "cycle");
            Objects.requireNonNull(where, "where");
            if (cycles.containsKey(level)) {
                reported.add(new Problem(where, "level '" + Wording.echo(level) + "' is given a cycle twice (" + cycles.get(level)
                        + " and " + cycle + "); give each level one cycle"));
                return this;
            }
            cycles.put(level, cycle);
            cycleLevels.add(level);
            cyclePaths.add(where);
            return this;
        }

        /** Adds an escalation ladder, reported as {@code ladders[i]}. */
        public Builder ladder(EscalationLadder ladder) {
            ladders.add(ladder, null);
            return this;
        }

        /** Adds an escalation ladder reported under {@code where}. */
        public Builder ladder(EscalationLadder ladder, String where) {
            ladders.add(ladder, Objects.requireNonNull(where, "where"));
            return this;
        }

        /** Adds a department-dispatch rule, reported as {@code dispatch[i]}. */
        public Builder dispatch(DispatchRule rule) {
            dispatch.add(rule, null);
            return this;
        }

        /** Adds a department-dispatch rule reported under {@code where}. */
        public Builder dispatch(DispatchRule rule, String where) {
            dispatch.add(rule, Objects.requireNonNull(where, "where"));
            return this;
        }

        /** Adds a mediation-routing rule, reported as {@code mediation[i]}. */
        public Builder mediation(MediationRule rule) {
            mediation.add(rule, null);
            return this;
        }

        /** Adds a mediation-routing rule reported under {@code where}. */
        public Builder mediation(MediationRule rule, String where) {
            mediation.add(rule, Objects.requireNonNull(where, "where"));
            return this;
        }

        /** Adds a deliberation-mode rule, reported as {@code deliberation[i]}. */
        public Builder deliberation(DeliberationRule rule) {
            deliberation.add(rule, null);
            return this;
        }

        /** Adds a deliberation-mode rule reported under {@code where}. */
        public Builder deliberation(DeliberationRule rule, String where) {
            deliberation.add(rule, Objects.requireNonNull(where, "where"));
            return this;
        }

        /**
         * Records a problem found before the builder, such as a JSON loader's parse error (a missing
         * field, a time limit out of range), so that {@link #build()} reports it with all the others.
         *
         * @param problem the problem
         * @return this builder
         */
        public Builder report(Problem problem) {
            reported.add(Objects.requireNonNull(problem, "problem"));
            return this;
        }

        /**
         * Checks everything and builds the rule set.
         *
         * @return the rule set
         * @throws RuleSetException listing every problem: first those {@linkplain #report reported}, then a
         *                          bad id, then section by section (entries, handling levels, cycles,
         *                          ladders, dispatch, mediation, deliberation) in the order added: unknown
         *                          category, area, level and organisation codes, duplicates, conflicts,
         *                          bad time limits, ladders that go down or loop, skip rules that do not
         *                          fit their trigger, diversion chains that loop
         */
        public RuleSet build() {
            List<Problem> problems = new ArrayList<>(reported);
            if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
                problems.add(new Problem("id", "the rule set id '" + Wording.echo(id) + "' is blank or longer than "
                        + MAX_ID_LENGTH + " characters; give a short stable id such as zhangzhou-2022"));
            }
            checkEntries(problems);
            checkHandling(problems);
            for (int i = 0; i < cycleLevels.size(); i++) {
                level(cycleLevels.get(i), cyclePaths.get(i), problems);
            }
            checkLadders(problems);
            checkDispatch(problems);
            checkMediation(problems);
            checkDeliberation(problems);
            if (!problems.isEmpty()) {
                throw new RuleSetException(id, problems);
            }
            return new RuleSet(this);
        }

        // ------------------------------------------------------------ entries

        private void checkEntries(List<Problem> problems) {
            Map<Long, List<Integer>> byKey = new HashMap<>();
            for (int i = 0; i < entries.items.size(); i++) {
                Entry e = entries.items.get(i);
                String at = entries.paths.get(i);
                int c = category(e.category(), at + ".category", problems);
                int a = area(e.area(), at + ".area", problems);
                organisation(e.main(), at + ".main", problems);
                Set<String> seen = new HashSet<>();
                for (int k = 0; k < e.cooperating().size(); k++) {
                    String org = e.cooperating().get(k);
                    String where = at + ".cooperating[" + k + "]";
                    if (org.equals(e.main())) {
                        problems.add(new Problem(where, "'" + Wording.echo(org) + "' is the main responsible organisation and is"
                                + " also listed as cooperating; list it once, as main"));
                    } else if (!seen.add(org)) {
                        problems.add(new Problem(where, "'" + Wording.echo(org) + "' is listed twice as cooperating; list it once"));
                    } else {
                        organisation(org, where, problems);
                    }
                }
                if (e.kind() == EntryKind.COOPERATING_DUTY && e.cooperating().isEmpty()) {
                    problems.add(new Problem(at + ".cooperating", "a cooperating duty names no cooperating"
                            + " organisation; list the township (or other body) that assists the main department"));
                }
                checkTimeLimit(e.timeLimit(), at + ".timeLimit", problems);
                if (e.handlingLevel() != null) {
                    level(e.handlingLevel(), at + ".handlingLevel", problems);
                }
                if (c >= 0 && a >= 0) {
                    byKey.computeIfAbsent(key(c, a), k -> new ArrayList<>(1)).add(i);
                }
            }
            List<int[]> clashes = new ArrayList<>();
            for (List<Integer> same : byKey.values()) {
                for (int x = 1; x < same.size(); x++) {
                    for (int y = 0; y < x; y++) {
                        Entry later = entries.items.get(same.get(x));
                        Entry earlier = entries.items.get(same.get(y));
                        if (later.rank() == earlier.rank() && later.overlaps(earlier)) {
                            clashes.add(new int[] {same.get(x), same.get(y)});
                        }
                    }
                }
            }
            clashes.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
            for (int[] c : clashes) {
                problems.add(new Problem(entries.paths.get(c[0]), clash(entries.items.get(c[0]), entries.items.get(c[1]),
                        entries.paths.get(c[1]))));
            }
        }

        private static String clash(Entry later, Entry earlier, String earlierPath) {
            String what = "for " + later.category() + " at " + later.area() + " with rank " + later.rank();
            if (later.kinds().equals(earlier.kinds()) && later.priorities().equals(earlier.priorities())) {
                return "duplicates " + earlierPath + ": both are " + what + " and have the same conditions ("
                        + conditions(later) + "); remove one, or give the one that should win a higher rank";
            }
            return "conflicts with " + earlierPath + ": both are " + what + " and a case can satisfy both ("
                    + conditions(later) + " and " + conditions(earlier) + "); give the one that should win a higher"
                    + " rank, or make their kinds or priorities disjoint";
        }

        private static String conditions(Entry e) {
            return "kinds " + (e.kinds().isEmpty() ? "any" : e.kinds().toString()) + ", priorities "
                    + (e.priorities().isEmpty() ? "any" : e.priorities().toString());
        }

        /**
         * A handling limit is natural or working time. Calendar days and months are counted as statutory
         * periods (Civil Code art. 201–203): they belong to the laws' periods for disputes, not to a duty list.
         */
        private static void checkTimeLimit(TimeLimit limit, String where, List<Problem> problems) {
            if (limit.unit() == TimeLimit.Unit.CALENDAR_DAYS || limit.unit() == TimeLimit.Unit.CALENDAR_MONTHS) {
                problems.add(new Problem(where, "the handling limit " + limit + " is a statutory period; give"
                        + " a handling limit in NATURAL_HOURS, NATURAL_DAYS, WORKING_DAYS or WORKING_HOURS"));
            }
        }

        // ------------------------------------------------------------ handling levels

        private void checkHandling(List<Problem> problems) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < handling.items.size(); i++) {
                HandlingRule r = handling.items.get(i);
                String at = handling.paths.get(i);
                int c = category(r.category(), at + ".category", problems);
                level(r.level(), at + ".level", problems);
                if (c >= 0) {
                    Integer first = seen.putIfAbsent(r.category() + "/" + r.priority(), i);
                    if (first != null) {
                        problems.add(new Problem(at, "duplicates " + handling.paths.get(first) + ": both set the"
                                + " handling level of " + r.category() + " for " + (r.priority() == null
                                ? "every priority" : r.priority()) + "; keep one"));
                    }
                }
            }
        }

        // ------------------------------------------------------------ ladders

        private void checkLadders(List<Problem> problems) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < ladders.items.size(); i++) {
                EscalationLadder l = ladders.items.get(i);
                String at = ladders.paths.get(i);
                boolean categoryOk = l.category() == null || category(l.category(), at + ".category", problems) >= 0;
                if (categoryOk) {
                    String key = l.category() == null ? "" : l.category();
                    Integer first = seen.putIfAbsent(key, i);
                    if (first != null) {
                        problems.add(new Problem(at, "duplicates " + ladders.paths.get(first) + ": both are the "
                                + (l.category() == null ? "default ladder" : "ladder for " + l.category())
                                + "; keep one"));
                    }
                }
                if (l.rungs().size() < 2) {
                    problems.add(new Problem(at + ".rungs", "a ladder needs at least two rungs (a level to climb"
                            + " from and one to climb to); it has " + l.rungs().size()));
                }
                Map<String, Integer> rungAt = new HashMap<>();
                Level previous = null;
                for (int k = 0; k < l.rungs().size(); k++) {
                    String where = at + ".rungs[" + k + "]";
                    String key = l.rungs().get(k);
                    Integer again = rungAt.putIfAbsent(key, k);
                    if (again != null) {
                        problems.add(new Problem(where, "level '" + Wording.echo(key) + "' is already rung " + again
                                + ": the ladder loops; list each level once, bottom first"));
                        continue;
                    }
                    Level level = level(key, where, problems);
                    if (level != null && previous != null && level.index() >= previous.index()) {
                        problems.add(new Problem(where, "level '" + key + "' is not above the rung before it ('"
                                + previous.key() + "'): the ladder goes down; list the rungs bottom first, each"
                                + " strictly above the one before"));
                    }
                    if (level != null) {
                        previous = level;
                    }
                }
                for (int k = 0; k < l.skips().size(); k++) {
                    checkSkip(l.skips().get(k), rungAt, at + ".skips[" + k + "]", problems);
                }
            }
        }

        private void checkSkip(SkipRule s, Map<String, Integer> rungAt, String at, List<Problem> problems) {
            if (!rungAt.containsKey(s.to())) {
                problems.add(new Problem(at + ".to", "level '" + Wording.echo(s.to()) + "' is not a rung of this"
                        + " ladder; skip to one of " + rungAt.keySet().stream().sorted(
                                (x, y) -> Integer.compare(rungAt.get(x), rungAt.get(y))).map(Wording::echo).toList()));
            }
            boolean listed = s.trigger() == SkipRule.Trigger.LISTED_CATEGORY;
            if (listed && s.categories().isEmpty()) {
                problems.add(new Problem(at + ".categories", "a LISTED_CATEGORY skip lists no category; list the"
                        + " categories whose cases skip levels"));
            } else if (!listed && !s.categories().isEmpty()) {
                problems.add(new Problem(at + ".categories", "only a LISTED_CATEGORY skip lists categories; this"
                        + " one is " + s.trigger() + "; remove the categories or change the trigger"));
            }
            for (int m = 0; m < s.categories().size(); m++) {
                category(s.categories().get(m), at + ".categories[" + m + "]", problems);
            }
            boolean returned = s.trigger() == SkipRule.Trigger.RETURNED_TIMES;
            if (returned && s.returnedTimes() < 1) {
                problems.add(new Problem(at + ".returnedTimes", "a RETURNED_TIMES skip needs 1 or more returns;"
                        + " it has " + s.returnedTimes()));
            } else if (!returned && s.returnedTimes() != 0) {
                problems.add(new Problem(at + ".returnedTimes", "only a RETURNED_TIMES skip counts returns; this"
                        + " one is " + s.trigger() + "; set returnedTimes to 0"));
            }
        }

        // ------------------------------------------------------------ dispatch

        private void checkDispatch(List<Problem> problems) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < dispatch.items.size(); i++) {
                DispatchRule r = dispatch.items.get(i);
                String at = dispatch.paths.get(i);
                Level from = level(r.from(), at + ".from", problems);
                Level to = level(r.to(), at + ".to", problems);
                if (from != null && to != null && to.index() >= from.index()) {
                    problems.add(new Problem(at + ".to", "level '" + r.to() + "' is not above '" + r.from()
                            + "'; a whistle is answered by departments of a higher level (e.g. from township to"
                            + " county)"));
                }
                Integer first = seen.putIfAbsent(r.from(), i);
                if (first != null) {
                    problems.add(new Problem(at + ".from", "duplicates " + dispatch.paths.get(first)
                            + ": both dispatch from level '" + Wording.echo(r.from()) + "'; keep one"));
                }
            }
        }

        // ------------------------------------------------------------ mediation

        private void checkMediation(List<Problem> problems) {
            for (int i = 0; i < mediation.items.size(); i++) {
                MediationRule r = mediation.items.get(i);
                String at = mediation.paths.get(i);
                if (r.minAmount() != null && r.maxAmount() != null && r.minAmount().compareTo(r.maxAmount()) >= 0) {
                    problems.add(new Problem(at + ".maxAmount", "the band [" + r.minAmount() + ", " + r.maxAmount()
                            + ") is empty; the upper bound (exclusive) must be above the lower bound"));
                }
                organisation(r.committee(), at + ".committee", problems);
                level(r.level(), at + ".level", problems);
                Set<String> committees = new HashSet<>();
                committees.add(r.committee());
                for (int k = 0; k < r.diversions().size(); k++) {
                    checkDiversion(r.diversions().get(k), committees, at + ".diversions[" + k + "]", problems);
                }
                for (int j = 0; j < i; j++) {
                    MediationRule o = mediation.items.get(j);
                    if (Objects.equals(r.domain(), o.domain()) && r.flags().size() == o.flags().size()
                            && r.rank() == o.rank() && r.bandOverlaps(o)) {
                        problems.add(new Problem(at, "conflicts with " + mediation.paths.get(j) + ": both are for "
                                + (r.domain() == null ? "every domain" : "domain " + r.domain().code()) + " with "
                                + r.flags().size() + " required flag(s) and rank " + r.rank() + ", and their amount"
                                + " bands overlap; give the one that should win a higher rank, or make the bands"
                                + " disjoint"));
                    }
                }
            }
        }

        private void checkDiversion(Diversion d, Set<String> committees, String at, List<Problem> problems) {
            boolean other = d.route() == io.gridgov.core.mediation.Route.OTHER_MEDIATION;
            if (other && (d.category() == null || d.committee() == null)) {
                problems.add(new Problem(at, "a diversion to OTHER_MEDIATION names no "
                        + (d.category() == null ? "category" : "committee") + "; give the mediation category and"
                        + " the committee the dispute goes to"));
            } else if (!other && (d.category() != null || d.committee() != null)) {
                problems.add(new Problem(at, "a diversion to " + d.route() + " leaves mediation; remove its"
                        + " category and committee, or make the route OTHER_MEDIATION"));
            }
            if (other && d.committee() != null) {
                if (!committees.add(d.committee())) {
                    problems.add(new Problem(at + ".committee", "committee '" + Wording.echo(d.committee()) + "' already"
                            + " mediated this dispute earlier in the chain: the diversion loops; send a failed"
                            + " mediation on to another body, arbitration or litigation"));
                } else {
                    organisation(d.committee(), at + ".committee", problems);
                }
            }
        }

        // ------------------------------------------------------------ deliberation

        private void checkDeliberation(List<Problem> problems) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < deliberation.items.size(); i++) {
                DeliberationRule r = deliberation.items.get(i);
                String at = deliberation.paths.get(i);
                if (category(r.category(), at + ".category", problems) >= 0) {
                    Integer first = seen.putIfAbsent(r.category(), i);
                    if (first != null) {
                        problems.add(new Problem(at, "duplicates " + deliberation.paths.get(first) + ": both set"
                                + " the deliberation mode of " + r.category() + "; keep one"));
                    }
                }
            }
        }

        // ------------------------------------------------------------ look-ups

        private int category(String code, String where, List<Problem> problems) {
            int c = taxonomy.indexOf(code);
            if (c < 0) {
                problems.add(new Problem(where, "no category '" + Wording.echo(code) + "' in taxonomy '"
                        + taxonomy.id() + "'; use a code of the taxonomy, e.g. "
                        + taxonomy.leaves().get(0).code()));
            }
            return c;
        }

        private int area(String code, String where, List<Problem> problems) {
            int a = tree.indexOf(code);
            if (a < 0) {
                problems.add(new Problem(where, "no area '" + Wording.echo(code) + "' in the grid tree ("
                        + tree.scheme().key() + ", " + tree.size() + " areas); use the code of an area at any"
                        + " level, or load the grid file that holds it"));
            }
            return a;
        }

        private Level level(String key, String where, List<Problem> problems) {
            Optional<Level> level = tree.scheme().findLevel(key);
            if (level.isEmpty()) {
                problems.add(new Problem(where, "no level '" + Wording.echo(key) + "' in level scheme '"
                        + tree.scheme().key() + "'; use one of " + tree.scheme().levels().stream()
                        .map(Level::key).toList()));
                return null;
            }
            return level.get();
        }

        private void organisation(String id, String where, List<Problem> problems) {
            if (!known.test(id)) {
                problems.add(new Problem(where, "organisation '" + Wording.echo(id) + "' is not known; fix the id,"
                        + " or add the organisation to the directory first"));
            }
        }
    }

    /** The key of the (category, area) index: category index in the high half, area node in the low half. */
    static long key(int category, int area) {
        return ((long) category << 32) | (area & 0xFFFF_FFFFL);
    }
}
