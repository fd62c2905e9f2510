package io.gridgov.routing.rules;

import io.gridgov.core.grid.GridTree;

import java.util.List;
import java.util.Objects;

/**
 * One key a decision tried, in the order tried: a category at an area, and what was found there.
 *
 * <p>A value: two steps are equal when their area codes, category codes, outcomes and not-applicable
 * entries are. A step made by an explanation holds its area as a node number of the rule set's grid tree
 * and reads the code from the tree when {@link #area()} is first called, so building a decision's steps
 * decodes no code; the category code is the taxonomy's own string. Immutable and thread-safe (the area
 * code, once read, is kept as {@link String} caches its hash: a benign race that at worst reads it twice).
 */
public final class Step {
    /** What a key held. */
    public enum Outcome {
        /** No entry for this area and category. */
        NO_ENTRY,
        /** Entries, but none whose conditions hold for the case. */
        CONDITIONS_NOT_MET,
        /** The entry that decided. */
        MATCHED
    }

    private static final Outcome[] OUTCOMES = Outcome.values();

    private final GridTree tree;
    /** The area's node number (below 2^29; -1 for a step made from codes) times 4, plus the outcome's ordinal. */
    private final int nodeAndOutcome;
    private final String category;
    private final List<Integer> notApplicable;
    /** The area code: given, or read from {@link #tree} on first use. */
    private String area;

    /**
     * A step from its parts.
     *
     * @param area          the area's code
     * @param category      the category's code
     * @param outcome       what the key held
     * @param notApplicable the numbers of the entries at this key whose kind or priority conditions did not
     *                      hold for the case, highest rank first; empty unless {@code outcome} is
     *                      {@link Outcome#CONDITIONS_NOT_MET} (or {@link Outcome#MATCHED} after such entries)
     * @throws NullPointerException if a part is {@code null}
     */
    public Step(String area, String category, Outcome outcome, List<Integer> notApplicable) {
        this(null, -1, Objects.requireNonNull(area, "area"), category, outcome, List.copyOf(notApplicable));
    }

    /** A step of an explanation: the area is node {@code node} of {@code tree}; {@code notApplicable} is kept. */
    Step(GridTree tree, int node, String category, Outcome outcome, List<Integer> notApplicable) {
        this(tree, node, null, category, outcome, notApplicable);
    }

    private Step(GridTree tree, int node, String area, String category, Outcome outcome,
            List<Integer> notApplicable) {
        this.tree = tree;
        this.nodeAndOutcome = node << 2 | Objects.requireNonNull(outcome, "outcome").ordinal();
        this.area = area;
        this.category = Objects.requireNonNull(category, "category");
        this.notApplicable = notApplicable;
    }

    /** The area's code. */
    public String area() {
        String a = area;
        if (a == null) {
            a = tree.code(areaNode());
            area = a;
        }
        return a;
    }

    /** The area's node number in the rule set's tree, for a step an explanation made; -1 for one made from codes. */
    int areaNode() {
        return nodeAndOutcome >> 2;
    }

    /** The category's code. */
    public String category() {
        return category;
    }

    /** What the key held. */
    public Outcome outcome() {
        return OUTCOMES[nodeAndOutcome & 3];
    }

    /**
     * The numbers of the entries at this key whose kind or priority conditions did not hold for the case,
     * highest rank first; empty unless {@link #outcome()} is {@link Outcome#CONDITIONS_NOT_MET} (or
     * {@link Outcome#MATCHED} after such entries). Unmodifiable.
     */
    public List<Integer> notApplicable() {
        return notApplicable;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Step s && outcome() == s.outcome() && category.equals(s.category) && area().equals(s.area())
                && notApplicable.equals(s.notApplicable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(area(), category, outcome(), notApplicable);
    }

    /** Renders as {@code Step[area=350602001, category=C0201, outcome=NO_ENTRY, notApplicable=[]]}. */
    @Override
    public String toString() {
        return "Step[area=" + area() + ", category=" + category + ", outcome=" + outcome() + ", notApplicable="
                + notApplicable + "]";
    }
}
