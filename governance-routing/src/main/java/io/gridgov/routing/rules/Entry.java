package io.gridgov.routing.rules;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.time.TimeLimit;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of a territorial responsibility list (属地管理事项): for a matter category and an area at any
 * level, who holds the main responsibility, who cooperates, the handling time limit and level.
 *
 * <p>An entry covers its category and every category below it, in its area and every area below it. It
 * may be narrowed to some case kinds or priorities (empty means any). Which entry decides a case is fixed
 * by {@link RuleSet}'s precedence: the most specific area, then the most specific category, then the
 * higher {@link #rank()}.
 *
 * <p>The constructor checks only what concerns the entry alone (no {@code null}s, a rank in range); codes
 * and organisations are checked against the grid tree, taxonomy and known organisations by
 * {@link RuleSet.Builder#build()}, which reports every problem with its path. Immutable and thread-safe.
 *
 * @param category      the matter category's code in the rule set's taxonomy, e.g. {@code C0201}
 * @param area          the code of an area at any level of the rule set's grid tree, e.g. {@code 350603001}
 * @param kinds         the case kinds the entry applies to; empty for every kind (copied, kept in enum order)
 * @param priorities    the case priorities the entry applies to; empty for every priority (copied)
 * @param kind          basic duty, cooperating duty or a matter taken back by a higher department
 * @param main          the id of the organisation holding the main responsibility (主责)
 * @param cooperating   the ids of the cooperating organisations (配合), in order; may be empty (copied)
 * @param timeLimit     the handling time limit
 * @param handlingLevel the key of the level that should resolve such a case (e.g. {@code "township"}), or
 *                      {@code null} to take it from the rule set's handling-level rules
 * @param rank          the explicit rule priority: among entries for the same area and category whose
 *                      conditions both hold, the higher rank wins; {@value #MIN_RANK} to {@value #MAX_RANK}
 */
public record Entry(
        String category,
        String area,
        Set<CaseKind> kinds,
        Set<Priority> priorities,
        EntryKind kind,
        String main,
        List<String> cooperating,
        TimeLimit timeLimit,
        String handlingLevel,
        int rank) {

    /** The lowest rank. */
    public static final int MIN_RANK = -1_000_000;
    /** The highest rank. */
    public static final int MAX_RANK = 1_000_000;

    /**
     * Checks the entry on its own and copies its collections.
     *
     * @throws NullPointerException     if a component other than {@code handlingLevel} is {@code null}, or a
     *                                  collection holds {@code null}
     * @throws InvalidInputException    ({@code GOV-001}) if {@code rank} is out of range
     */
    public Entry {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(area, "area");
        kinds = copy(kinds, CaseKind.class, "kinds");
        priorities = copy(priorities, Priority.class, "priorities");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(main, "main");
        cooperating = List.copyOf(Objects.requireNonNull(cooperating, "cooperating"));
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (rank < MIN_RANK || rank > MAX_RANK) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "rank", "rank " + rank + " is out of range; give "
                    + MIN_RANK + " to " + MAX_RANK + " (higher wins between entries for the same area and category)");
        }
    }

    /**
     * An entry for every kind and priority, without cooperating organisations, handling level or rank; add
     * them with the {@code with} methods.
     *
     * @param category  the matter category's code
     * @param area      the area's code
     * @param kind      the kind of duty
     * @param main      the main responsible organisation's id
     * @param timeLimit the handling time limit
     * @return the entry
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Entry of(String category, String area, EntryKind kind, String main, TimeLimit timeLimit) {
        return new Entry(category, area, Set.of(), Set.of(), kind, main, List.of(), timeLimit, null, 0);
    }

    /** A copy that applies only to these case kinds (none: every kind). */
    public Entry withKinds(CaseKind... newKinds) {
        return new Entry(category, area, copy(Arrays.asList(newKinds), CaseKind.class, "kinds"), priorities, kind, main, cooperating, timeLimit,
                handlingLevel, rank);
    }

    /** A copy that applies only to these priorities (none: every priority). */
    public Entry withPriorities(Priority... newPriorities) {
        return new Entry(category, area, kinds, copy(Arrays.asList(newPriorities), Priority.class, "priorities"), kind, main, cooperating, timeLimit,
                handlingLevel, rank);
    }

    /** A copy with these cooperating organisations, in this order. */
    public Entry withCooperating(String... organisations) {
        return new Entry(category, area, kinds, priorities, kind, main, List.of(organisations), timeLimit,
                handlingLevel, rank);
    }

    /** A copy with this handling level key, or {@code null} to take it from the handling-level rules. */
    public Entry withHandlingLevel(String levelKey) {
        return new Entry(category, area, kinds, priorities, kind, main, cooperating, timeLimit, levelKey, rank);
    }

    /** A copy with this rank (explicit rule priority). */
    public Entry withRank(int newRank) {
        return new Entry(category, area, kinds, priorities, kind, main, cooperating, timeLimit, handlingLevel,
                newRank);
    }

    /** Whether the entry's conditions hold for a case of this kind and priority. */
    public boolean appliesTo(CaseKind caseKind, Priority priority) {
        return (kinds.isEmpty() || kinds.contains(caseKind)) && (priorities.isEmpty() || priorities.contains(priority));
    }

    /** Whether some case satisfies the conditions of both entries. */
    boolean overlaps(Entry other) {
        return intersect(kinds, other.kinds) && intersect(priorities, other.priorities);
    }

    private static <E> boolean intersect(Set<E> a, Set<E> b) {
        return a.isEmpty() || b.isEmpty() || !Collections.disjoint(a, b);
    }

    private static <E extends Enum<E>> Set<E> copy(Collection<E> values, Class<E> type, String what) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E e : Objects.requireNonNull(values, what)) {
            set.add(Objects.requireNonNull(e, what + " holds null"));
        }
        return Collections.unmodifiableSet(set);
    }
}
