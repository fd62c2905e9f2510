package io.gridgov.spi.directory;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;
import io.gridgov.core.grid.Staffing;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.mediation.DisputeDomain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The in-memory {@link Directory}: a snapshot built once from organisations and role assignments over a
 * grid tree and its staffing, validated as a whole by {@link Builder#build()}.
 *
 * <p>Look-ups are indexed by the tree's node numbers: an exact look-up is one hash probe; a look-up that
 * walks up costs one probe per level of the path (at most the scheme's number of levels), never a scan of
 * the organisations.
 *
 * <p>Immutable and thread-safe.
 */
public final class InMemoryDirectory implements Directory {
    private static final Comparator<Organisation> BY_ID = Comparator.comparing(Organisation::id);
    private static final Comparator<RoleAssignment> IN_AREA = Comparator.comparing(RoleAssignment::personId)
            .thenComparing(RoleAssignment::organisationId);
    private static final Comparator<RoleAssignment> OF_PERSON = Comparator.comparing(RoleAssignment::areaCode)
            .thenComparing(RoleAssignment::role).thenComparing(RoleAssignment::organisationId);

    private final Staffing staffing;
    private final GridTree tree;
    private final Map<String, Organisation> byId = new HashMap<>();
    private final List<Organisation> all;
    private final Map<Integer, Organisation> offices = new HashMap<>();
    private final Map<Integer, List<Organisation>> departments = new HashMap<>();
    private final Map<Integer, List<Organisation>> committees = new HashMap<>();
    private final Map<Integer, Map<Role, List<RoleAssignment>>> roles = new HashMap<>();
    private final Map<String, List<RoleAssignment>> byPerson = new HashMap<>();
    private final int assignments;

    private InMemoryDirectory(Staffing staffing, List<Organisation> organisations, List<RoleAssignment> roleList) {
        this.staffing = staffing;
        this.tree = staffing.tree();
        Map<Integer, List<Organisation>> deps = new HashMap<>();
        Map<Integer, List<Organisation>> coms = new HashMap<>();
        for (Organisation o : organisations) {
            byId.put(o.id(), o);
            int node = tree.indexOf(o.areaCode());
            switch (o.kind()) {
                case OFFICE -> offices.put(node, o);
                case DEPARTMENT -> deps.computeIfAbsent(node, k -> new ArrayList<>()).add(o);
                case MEDIATION_COMMITTEE -> coms.computeIfAbsent(node, k -> new ArrayList<>()).add(o);
            }
        }
        deps.forEach((k, v) -> departments.put(k, sorted(v, BY_ID)));
        coms.forEach((k, v) -> committees.put(k, sorted(v, BY_ID)));
        this.all = sorted(organisations, BY_ID);
        Map<Integer, Map<Role, List<RoleAssignment>>> draft = new HashMap<>();
        Map<String, List<RoleAssignment>> people = new HashMap<>();
        for (RoleAssignment a : roleList) {
            draft.computeIfAbsent(tree.indexOf(a.areaCode()), k -> new EnumMap<>(Role.class))
                    .computeIfAbsent(a.role(), k -> new ArrayList<>()).add(a);
            people.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a);
        }
        draft.forEach((node, m) -> {
            Map<Role, List<RoleAssignment>> frozen = new EnumMap<>(Role.class);
            m.forEach((role, list) -> frozen.put(role, sorted(list, IN_AREA)));
            roles.put(node, frozen);
        });
        people.forEach((k, v) -> byPerson.put(k, sorted(v, OF_PERSON)));
        this.assignments = roleList.size();
    }

    /**
     * Starts a directory over a tree and its grid staff.
     *
     * @param staffing the grid staff, with the tree every area code refers to
     * @return a builder
     */
    public static Builder builder(Staffing staffing) {
        return new Builder(Objects.requireNonNull(staffing, "staffing"));
    }

    /**
     * Starts a directory over a tree without grid staff.
     *
     * @param tree the grid tree every area code refers to
     * @return a builder
     */
    public static Builder builder(GridTree tree) {
        return new Builder(Staffing.empty(Objects.requireNonNull(tree, "tree")));
    }

    @Override
    public Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public boolean isKnown(String id) {
        return byId.containsKey(Objects.requireNonNull(id, "id"));
    }

    @Override
    public List<Organisation> organisations() {
        return all;
    }

    @Override
    public Optional<Organisation> office(String areaCode) {
        return Optional.ofNullable(offices.get(tree.require(areaCode)));
    }

    @Override
    public Optional<Organisation> officeAt(String areaCode, Level level) {
        Objects.requireNonNull(level, "level");
        int at = tree.ancestorAt(tree.require(areaCode), level);
        return at < 0 ? Optional.empty() : Optional.ofNullable(offices.get(at));
    }

    @Override
    public List<Organisation> officesUp(String areaCode) {
        List<Organisation> out = new ArrayList<>(4);
        for (int x = tree.require(areaCode); x >= 0; x = tree.parent(x)) {
            Organisation o = offices.get(x);
            if (o != null) {
                out.add(o);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public List<Organisation> departments(String areaCode) {
        return departments.getOrDefault(tree.require(areaCode), List.of());
    }

    @Override
    public List<Organisation> departmentsServing(String categoryCode, String areaCode) {
        Objects.requireNonNull(categoryCode, "categoryCode");
        return up(departments, areaCode, o -> o.serves(categoryCode));
    }

    @Override
    public List<Organisation> mediationCommittees(String areaCode) {
        return committees.getOrDefault(tree.require(areaCode), List.of());
    }

    @Override
    public List<Organisation> committeesTaking(DisputeDomain domain, String areaCode) {
        Objects.requireNonNull(domain, "domain");
        return up(committees, areaCode, o -> o.takes(domain));
    }

    @Override
    public List<RoleAssignment> holders(Role role, String areaCode) {
        Objects.requireNonNull(role, "role");
        return holdersAt(role, tree.require(areaCode));
    }

    @Override
    public List<RoleAssignment> nearestHolders(Role role, String areaCode) {
        Objects.requireNonNull(role, "role");
        for (int x = tree.require(areaCode); x >= 0; x = tree.parent(x)) {
            List<RoleAssignment> here = holdersAt(role, x);
            if (!here.isEmpty()) {
                return here;
            }
        }
        return List.of();
    }

    @Override
    public List<RoleAssignment> rolesOf(String personId) {
        return byPerson.getOrDefault(Objects.requireNonNull(personId, "personId"), List.of());
    }

    @Override
    public Staffing staffing() {
        return staffing;
    }

    /** Renders as {@code InMemoryDirectory[organisations=N, roleAssignments=M, tree=...]}. */
    @Override
    public String toString() {
        return "InMemoryDirectory[organisations=" + all.size() + ", roleAssignments=" + assignments + ", areas="
                + tree.size() + "]";
    }

    private List<RoleAssignment> holdersAt(Role role, int node) {
        Map<Role, List<RoleAssignment>> here = roles.get(node);
        return here == null ? List.of() : here.getOrDefault(role, List.of());
    }

    private List<Organisation> up(Map<Integer, List<Organisation>> index, String areaCode, Predicate<Organisation> keep) {
        List<Organisation> out = new ArrayList<>(4);
        for (int x = tree.require(areaCode); x >= 0; x = tree.parent(x)) {
            for (Organisation o : index.getOrDefault(x, List.of())) {
                if (keep.test(o)) {
                    out.add(o);
                }
            }
        }
        return List.copyOf(out);
    }

    private static <T> List<T> sorted(Collection<T> items, Comparator<? super T> order) {
        return items.stream().sorted(order).toList();
    }

    /**
     * Collects the organisations and role assignments of an {@link InMemoryDirectory}. Not thread-safe.
     * Nothing is checked against the tree until {@link #build()}, which reports every problem at once.
     */
    public static final class Builder {
        private final Staffing staffing;
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<RoleAssignment> roleList = new ArrayList<>();

        private Builder(Staffing staffing) {
            this.staffing = staffing;
        }

        /**
         * Adds organisations.
         *
         * @param organisation the organisations, in the order their problems are reported
         * @return this builder
         */
        public Builder add(Organisation... organisation) {
            return addAll(Arrays.asList(organisation));
        }

        /**
         * Adds organisations.
         *
         * @param all the organisations, in the order their problems are reported
         * @return this builder
         */
        public Builder addAll(Collection<Organisation> all) {
            all.forEach(o -> organisations.add(Objects.requireNonNull(o, "organisation")));
            return this;
        }

        /**
         * Adds role assignments.
         *
         * @param assignment the assignments, in the order their problems are reported
         * @return this builder
         */
        public Builder assign(RoleAssignment... assignment) {
            return assignAll(Arrays.asList(assignment));
        }

        /**
         * Adds role assignments.
         *
         * @param all the assignments, in the order their problems are reported
         * @return this builder
         */
        public Builder assignAll(Collection<RoleAssignment> all) {
            all.forEach(a -> roleList.add(Objects.requireNonNull(a, "assignment")));
            return this;
        }

        /**
         * Validates everything against the tree and builds the directory. Every problem is reported,
         * with {@code where} naming the entry in the order added ({@code organisations[3].areaCode},
         * {@code roles[7].organisationId}): an area the tree does not hold; an organisation id used twice;
         * a second office for one area; a role assignment naming an unknown organisation, an unknown area,
         * or an area outside its organisation's area; the same person in the same role for the same
         * organisation in the same area twice. Messages never repeat a person id.
         *
         * @return the directory
         * @throws InvalidInputException ({@link ErrorCode#INVALID_DIRECTORY}) listing every problem
         */
        public InMemoryDirectory build() {
            GridTree tree = staffing.tree();
            List<Problem> problems = new ArrayList<>();
            Map<String, Integer> ids = new HashMap<>();
            Map<Integer, Integer> officeOf = new HashMap<>();
            for (int i = 0; i < organisations.size(); i++) {
                Organisation o = organisations.get(i);
                String where = "organisations[" + i + "]";
                Integer first = ids.putIfAbsent(o.id(), i);
                if (first != null) {
                    problems.add(new Problem(where + ".id", "organisation id '" + o.id() + "' is already used by "
                            + "organisations[" + first + "] (" + organisations.get(first).name() + "); ids must be"
                            + " unique, rename one or remove the repeated entry"));
                }
                int node = tree.indexOf(o.areaCode());
                if (node < 0) {
                    problems.add(new Problem(where + ".areaCode", "area " + o.areaCode() + " of " + o.id() + " is not"
                            + " in the grid tree; fix the code or add the area to the tree"));
                } else if (o.kind() == OrganisationKind.OFFICE) {
                    Integer other = officeOf.putIfAbsent(node, i);
                    if (other != null) {
                        problems.add(new Problem(where, "area " + o.areaCode() + " (" + tree.name(node) + ") already"
                                + " has an office, " + organisations.get(other).id() + " at organisations[" + other
                                + "]; an area has at most one owning office, make the other a DEPARTMENT or move it"));
                    }
                }
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < roleList.size(); i++) {
                RoleAssignment a = roleList.get(i);
                String where = "roles[" + i + "]";
                Integer orgIndex = ids.get(a.organisationId());
                int node = tree.indexOf(a.areaCode());
                if (orgIndex == null) {
                    problems.add(new Problem(where + ".organisationId", "the " + a.role() + " assignment names"
                            + " organisation '" + a.organisationId() + "', which the directory does not hold; add the"
                            + " organisation or fix the id"));
                }
                if (node < 0) {
                    problems.add(new Problem(where + ".areaCode", "area " + a.areaCode() + " of the " + a.role()
                            + " assignment is not in the grid tree; fix the code or add the area to the tree"));
                } else if (orgIndex != null) {
                    Organisation o = organisations.get(orgIndex);
                    int orgNode = tree.indexOf(o.areaCode());
                    if (orgNode >= 0 && !tree.contains(orgNode, node)) {
                        problems.add(new Problem(where + ".areaCode", "area " + a.areaCode() + " of the " + a.role()
                                + " assignment lies outside area " + o.areaCode() + " of its organisation " + o.id()
                                + "; a person acts for an organisation only inside the organisation's area"));
                    }
                }
                Integer first = seen.putIfAbsent(a.personId() + '\u0000' + a.role() + '\u0000' + a.organisationId()
                        + '\u0000' + a.areaCode(), i);
                if (first != null) {
                    problems.add(new Problem(where, "the same person already holds " + a.role() + " for "
                            + a.organisationId() + " in " + a.areaCode() + " at roles[" + first + "]; remove the"
                            + " repeated entry"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(ErrorCode.INVALID_DIRECTORY, "the directory does not fit the grid"
                        + " tree", problems);
            }
            return new InMemoryDirectory(staffing, organisations, roleList);
        }
    }
}
