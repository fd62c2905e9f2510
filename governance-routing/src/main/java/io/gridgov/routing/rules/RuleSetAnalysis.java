package io.gridgov.routing.rules;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.grid.GridTree;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a responsibility list covers and what it does not: coverage gaps, conflicts, shadowed entries and
 * counts per organisation and per kind of duty. Made by {@link #of(RuleSet, String)} for a built rule set or
 * by {@link #of(List, GridTree, CategoryTaxonomy, String)} for a candidate list before it is built (which
 * may hold conflicts and unknown codes: the builder would refuse them, the analysis reports them as data).
 *
 * <h2>What is analysed</h2>
 * Cases are taken to carry a <em>leaf</em> category of the taxonomy and to arise in areas at the analysis
 * level (e.g. {@code "township"}) or below it. Entries are chosen by {@link RuleSet}'s precedence (the most
 * specific area, then category, then the higher rank; between entries of the same key and rank, as a
 * candidate list may have, the one listed first).
 * <ul>
 *   <li>A <b>gap</b> is a (leaf category, area at the analysis level) for which a case in that area, of some
 *       kind and priority, is covered by no entry: the territory would own it (属地兜底). Each gap lists
 *       the situations (kind, priority) left uncovered.</li>
 *   <li>A <b>conflict</b> is two entries of the same (category, area) and rank whose conditions a case can
 *       satisfy both; a built rule set has none.</li>
 *   <li>An entry is <b>shadowed</b> when it can never decide a case: for every leaf category under its
 *       category, every area where its cases arise (the areas at the analysis level in its subtree; its own
 *       area if it is at or below that level, or has none) and every situation its conditions admit, a more
 *       specific or higher-ranked entry decides first. The entries that do are listed.</li>
 * </ul>
 * Entries whose category or area is not in the taxonomy or tree are listed as {@link #unresolved()} and
 * otherwise left out (they still count in the counts).
 *
 * <p>Immutable and thread-safe. Entries are named by their position in the list analysed.
 *
 * @param level         the key of the analysis level
 * @param gaps          coverage gaps, by area (in the tree's order), then category (in the taxonomy's order)
 * @param conflicts     conflicting pairs, by first entry then second
 * @param shadowed      shadowed entries, by position
 * @param unresolved    positions of entries whose category or area is unknown, ascending
 * @param organisations per organisation named by some entry, by id: how many entries name it as main (and
 *                      of which kind of duty) and as cooperating
 * @param kinds         how many entries there are of each kind of duty, every kind listed (in enum order)
 */
public record RuleSetAnalysis(
        String level,
        List<Gap> gaps,
        List<Conflict> conflicts,
        List<Shadowed> shadowed,
        List<Integer> unresolved,
        List<OrganisationCount> organisations,
        Map<EntryKind, Integer> kinds) {

    /**
     * Checks the parts are present and copies them.
     *
     * @throws NullPointerException if a part is or holds {@code null}
     */
    public RuleSetAnalysis {
        Objects.requireNonNull(level, "level");
        gaps = List.copyOf(gaps);
        conflicts = List.copyOf(conflicts);
        shadowed = List.copyOf(shadowed);
        unresolved = List.copyOf(unresolved);
        organisations = List.copyOf(organisations);
        kinds = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(kinds, "kinds")));
    }

    /**
     * Analyses a built rule set (which has no conflicts and no unknown codes).
     *
     * @param rules    the rule set
     * @param levelKey the analysis level, e.g. {@code "township"}
     * @return the analysis
     * @throws io.gridgov.core.NotFoundException if the level is not in the rule set's scheme
     * @throws NullPointerException              if an argument is {@code null}
     */
    public static RuleSetAnalysis of(RuleSet rules, String levelKey) {
        return new Analyzer(rules.entries(), rules.tree(), rules.taxonomy(), Objects.requireNonNull(levelKey,
                "levelKey")).analyse();
    }

    /**
     * Analyses a candidate list of entries, such as one being drafted, before it is built.
     *
     * @param entries  the entries, in order
     * @param tree     the grid tree their areas should be in
     * @param taxonomy the taxonomy their categories should be in
     * @param levelKey the analysis level, e.g. {@code "township"}
     * @return the analysis
     * @throws io.gridgov.core.NotFoundException if the level is not in the tree's scheme
     * @throws NullPointerException              if an argument is or holds {@code null}
     */
    public static RuleSetAnalysis of(List<Entry> entries, GridTree tree, CategoryTaxonomy taxonomy, String levelKey) {
        return new Analyzer(List.copyOf(entries), Objects.requireNonNull(tree, "tree"),
                Objects.requireNonNull(taxonomy, "taxonomy"), Objects.requireNonNull(levelKey, "levelKey")).analyse();
    }

    /** Whether nothing is uncovered, conflicting, shadowed or unresolved. */
    public boolean isClean() {
        return gaps.isEmpty() && conflicts.isEmpty() && shadowed.isEmpty() && unresolved.isEmpty();
    }

    /**
     * A kind and priority a case may have.
     *
     * @param kind     the case kind
     * @param priority the priority
     */
    public record Situation(CaseKind kind, Priority priority) {
        /**
         * Checks both are present.
         *
         * @throws NullPointerException if a part is {@code null}
         */
        public Situation {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(priority, "priority");
        }

        /** Renders as {@code HAZARD/URGENT}. */
        @Override
        public String toString() {
            return kind + "/" + priority;
        }
    }

    /**
     * A leaf category in an area at the analysis level for which some situations have no entry.
     *
     * @param category  the leaf category's code
     * @param area      the area's code
     * @param uncovered the situations no entry covers, by kind then priority (in enum order)
     */
    public record Gap(String category, String area, List<Situation> uncovered) {
        /**
         * Checks the parts are present and copies the list.
         *
         * @throws NullPointerException if a part is or holds {@code null}
         */
        public Gap {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(area, "area");
            uncovered = List.copyOf(uncovered);
        }

        /** Whether no entry at all covers the category there. */
        public boolean isTotal() {
            return uncovered.size() == CaseKind.values().length * Priority.values().length;
        }
    }

    /**
     * Two entries of the same (category, area) and rank whose conditions a case can satisfy both.
     *
     * @param first     the position of the entry listed first
     * @param second    the position of the other
     * @param duplicate whether their conditions are the same
     */
    public record Conflict(int first, int second, boolean duplicate) {
    }

    /**
     * An entry that never decides a case.
     *
     * @param entry the position of the shadowed entry
     * @param by    the positions of the entries that decide its cases instead, ascending
     */
    public record Shadowed(int entry, List<Integer> by) {
        /**
         * Copies the list.
         *
         * @throws NullPointerException if {@code by} is or holds {@code null}
         */
        public Shadowed {
            by = List.copyOf(by);
        }
    }

    /**
     * How many entries name an organisation, and of which kind of duty are those it holds the main
     * responsibility for (so an editor sees, say, how many basic duties a street carries against the
     * cooperating duties a department leads).
     *
     * @param organisation the organisation's id
     * @param main         entries naming it as the main responsible organisation
     * @param cooperating  entries naming it as cooperating
     * @param mainByKind   of the entries naming it as main, how many are of each kind of duty; every kind listed,
     *                     in enum order, summing to {@code main} (copied)
     */
    public record OrganisationCount(String organisation, int main, int cooperating, Map<EntryKind, Integer> mainByKind) {
        /**
         * Checks the parts are present and copies the map, listing every kind.
         *
         * @throws NullPointerException     if a part is or holds {@code null}
         * @throws InvalidInputException ({@code GOV-001}) if the counts by kind do not sum to {@code main}
         */
        public OrganisationCount {
            Objects.requireNonNull(organisation, "organisation");
            EnumMap<EntryKind, Integer> byKind = new EnumMap<>(EntryKind.class);
            for (EntryKind k : EntryKind.values()) {
                byKind.put(k, 0);
            }
            Objects.requireNonNull(mainByKind, "mainByKind").forEach((k, n) -> byKind.put(Objects.requireNonNull(k,
                    "kind"), Objects.requireNonNull(n, "count")));
            int sum = byKind.values().stream().mapToInt(Integer::intValue).sum();
            if (sum != main) {
                throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "mainByKind", "the counts by kind " + byKind
                        + " sum to " + sum + ", not to the " + main + " entries naming it as main; give counts that"
                        + " add up");
            }
            mainByKind = Collections.unmodifiableMap(byKind);
        }

        /**
         * Counts for an organisation that is main only in entries of these kinds, so many of each.
         *
         * @param organisation the organisation's id
         * @param cooperating  entries naming it as cooperating
         * @param basic        basic duties naming it as main
         * @param cooperatingDuties cooperating duties naming it as main (it leads, others assist)
         * @param takenBack    matters taken back naming it as main
         * @return the counts
         */
        public static OrganisationCount of(String organisation, int cooperating, int basic, int cooperatingDuties,
                int takenBack) {
            return new OrganisationCount(organisation, basic + cooperatingDuties + takenBack, cooperating, Map.of(
                    EntryKind.BASIC_DUTY, basic, EntryKind.COOPERATING_DUTY, cooperatingDuties, EntryKind.TAKEN_BACK,
                    takenBack));
        }
    }
}
