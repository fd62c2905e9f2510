package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds which role in which area of a {@link GridTree}, for which networks. Answers the question
 * routing and notification ask all the time: who is the grid member for public safety here, and if
 * this grid has none, who covers it from above.
 *
 * <p>Immutable and thread-safe.
 */
public final class Staffing {
    private final GridTree tree;
    private final List<StaffAssignment> assignments;
    private final Map<Integer, List<StaffAssignment>> byNode;
    private final Map<String, List<StaffAssignment>> byPerson;

    private Staffing(GridTree tree, List<StaffAssignment> assignments) {
        this.tree = tree;
        this.assignments = List.copyOf(assignments);
        Map<Integer, List<StaffAssignment>> nodes = new HashMap<>();
        Map<String, List<StaffAssignment>> people = new HashMap<>();
        for (StaffAssignment a : this.assignments) {
            nodes.computeIfAbsent(tree.indexOf(a.areaCode()), k -> new ArrayList<>()).add(a);
            people.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a);
        }
        Comparator<StaffAssignment> order = Comparator.comparing(StaffAssignment::personId)
                .thenComparing(StaffAssignment::role);
        this.byNode = new HashMap<>();
        nodes.forEach((k, v) -> byNode.put(k, v.stream().sorted(order).toList()));
        this.byPerson = new HashMap<>();
        people.forEach((k, v) -> byPerson.put(k, List.copyOf(v)));
    }

    /**
     * Validates assignments against a tree. Every problem is reported: an area not in the tree
     * ({@code where} is {@code assignments[i].areaCode}), the same person in the same role in the same
     * area twice ({@code assignments[i]}, naming the first). Messages never repeat the person id.
     *
     * @param tree        the grid tree
     * @param assignments the assignments; copied
     * @return the staffing
     * @throws InvalidInputException ({@link ErrorCode#INVALID_STAFFING}) listing every problem
     */
    public static Staffing of(GridTree tree, Collection<StaffAssignment> assignments) {
        Objects.requireNonNull(tree, "tree");
        // Messages never repeat the person id: a host may have put a phone number there.
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int i = 0;
        for (StaffAssignment a : assignments) {
            Objects.requireNonNull(a, "assignments contains null");
            String where = "assignments[" + i + "]";
            if (tree.indexOf(a.areaCode()) < 0) {
                problems.add(new Problem(where + ".areaCode", "area '" + a.areaCode() + "' is not in the grid tree;"
                        + " fix the area code or add the area"));
            }
            Integer first = seen.putIfAbsent(a.personId() + '\u0000' + a.areaCode() + '\u0000' + a.role(), i);
            if (first != null) {
                problems.add(new Problem(where, "the same person is already assigned as " + a.role() + " in "
                        + a.areaCode() + " at assignments[" + first + "]; merge the two and list all networks in one"));
            }
            i++;
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_STAFFING, "the staff assignments do not fit the grid tree",
                    problems);
        }
        return new Staffing(tree, List.copyOf(assignments));
    }

    /** Staffing with nobody assigned. */
    public static Staffing empty(GridTree tree) {
        return new Staffing(Objects.requireNonNull(tree, "tree"), List.of());
    }

    /** The tree the assignments refer to. */
    public GridTree tree() {
        return tree;
    }

    /** Every assignment, in the order given. */
    public List<StaffAssignment> assignments() {
        return assignments;
    }

    /**
     * The assignments made directly in an area (none inherited).
     *
     * @throws io.gridgov.core.NotFoundException if the code is not in the tree
     */
    public List<StaffAssignment> at(String areaCode) {
        return byNode.getOrDefault(tree.require(areaCode), List.of());
    }

    /** Every assignment of one person (a person may hold roles in several areas). */
    public List<StaffAssignment> ofPerson(String personId) {
        return byPerson.getOrDefault(Objects.requireNonNull(personId, "personId"), List.of());
    }

    /**
     * Who holds {@code role} for {@code network} in an area, falling back up the tree when nobody does
     * there: the grid's own member first, else the community's, else the street's, and so on.
     *
     * @param role     the role wanted
     * @param network  the network the holder must serve
     * @param areaCode where
     * @return the nearest holders, or empty if nobody up to the top of the tree holds the role
     * @throws io.gridgov.core.NotFoundException if the code is not in the tree
     */
    public Optional<StaffMatch> holders(StaffRole role, Network network, String areaCode) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(network, "network");
        int up = 0;
        for (int x = tree.require(areaCode); x >= 0; x = tree.parent(x), up++) {
            List<StaffAssignment> here = byNode.get(x);
            if (here == null) {
                continue;
            }
            List<StaffAssignment> found = new ArrayList<>(2);
            for (StaffAssignment a : here) {
                if (a.role() == role && a.serves(network)) {
                    found.add(a);
                }
            }
            if (!found.isEmpty()) {
                return Optional.of(new StaffMatch(tree.area(x), up, found));
            }
        }
        return Optional.empty();
    }

    /** Renders as {@code Staffing[assignments=N, people=M]}. */
    @Override
    public String toString() {
        return "Staffing[assignments=" + assignments.size() + ", people=" + byPerson.size() + "]";
    }
}
