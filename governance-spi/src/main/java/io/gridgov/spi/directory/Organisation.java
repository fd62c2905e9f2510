package io.gridgov.spi.directory;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One organisation of the host's directory: an office owning an area, a functional department, or a
 * mediation committee. Build one with {@link #office}, {@link #department} or {@link #mediationCommittee};
 * the canonical constructor checks that the parts fit the kind.
 *
 * <p>Immutable and thread-safe. Organisation names are public (they are offices, not people), so
 * {@link #toString()} shows them.
 *
 * @param id                the host's id, an {@link Identifiers identifier}; what actors name as their
 *                          organisation and what rule sets refer to
 * @param name              display name, e.g. {@code 龙山路街道综治中心}; not blank
 * @param kind              what it is
 * @param areaCode          the area it owns (an office) or belongs to (a department: usually its
 *                          district or city; a committee: its community, street or district); 1 to 34 digits
 * @param categories        for a department, the codes of the case categories it serves, at least one; a
 *                          code serves its whole subtree (category codes extend their parent's, so
 *                          {@code C02} serves {@code C0201}); empty for other kinds. Sorted.
 * @param mediationCategory for a mediation committee, the kind of mediation it does; {@code null} otherwise
 * @param disputeDomains    for a mediation committee, the dispute domains it takes, at least one; empty
 *                          otherwise. Iterated in the order of {@link DisputeDomain#STANDARD}, then others by code
 */
public record Organisation(String id, String name, OrganisationKind kind, String areaCode, Set<String> categories,
        MediationCategory mediationCategory, Set<DisputeDomain> disputeDomains) {
    private static final Pattern AREA = Pattern.compile("[0-9]{1,34}");
    private static final Pattern CATEGORY = Pattern.compile("[A-Z0-9]{1,32}");

    /**
     * Validates the parts and reports every problem at once.
     *
     * @throws NullPointerException  if {@code id}, {@code name}, {@code kind}, {@code areaCode} or a set is null
     * @throws InvalidInputException ({@link ErrorCode#INVALID_DIRECTORY}) listing every problem; the id
     *                               is not repeated when it is itself the problem
     */
    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(areaCode, "areaCode");
        categories = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(categories, "categories")));
        Set<DisputeDomain> domains = new LinkedHashSet<>();
        Objects.requireNonNull(disputeDomains, "disputeDomains").stream()
                .map(d -> Objects.requireNonNull(d, "disputeDomains contains null"))
                .sorted(Comparator.comparingInt(Organisation::standardRank).thenComparing(DisputeDomain::code))
                .forEach(domains::add);
        disputeDomains = Collections.unmodifiableSet(domains);
        List<Problem> problems = new ArrayList<>(2);
        String where = Identifiers.isValid(id) ? "organisation " + id : "organisation";
        if (!Identifiers.isValid(id)) {
            problems.add(new Problem(where + ".id", Identifiers.problem(id, "organisation id")));
        }
        if (name.isBlank()) {
            problems.add(new Problem(where + ".name", "the name is blank; give the organisation its display name"));
        }
        if (!AREA.matcher(areaCode).matches()) {
            problems.add(new Problem(where + ".areaCode", "an area code of " + areaCode.length() + " characters is not"
                    + " 1 to 34 digits; give the code of the area the organisation owns or belongs to"));
        }
        for (String c : categories) {
            if (!CATEGORY.matcher(c).matches()) {
                problems.add(new Problem(where + ".categories", "category code '" + echo(c) + "' is not 1 to 32"
                        + " characters A-Z 0-9; use the codes of the category taxonomy, e.g. C0201"));
            }
        }
        boolean department = kind == OrganisationKind.DEPARTMENT;
        boolean committee = kind == OrganisationKind.MEDIATION_COMMITTEE;
        if (department && categories.isEmpty()) {
            problems.add(new Problem(where + ".categories", "a department serves at least one case category; list"
                    + " the codes it handles, e.g. C02 for every road and bridge matter"));
        } else if (!department && !categories.isEmpty()) {
            problems.add(new Problem(where + ".categories", "only a department serves case categories; a " + kind
                    + " has none"));
        }
        if (committee && mediationCategory == null) {
            problems.add(new Problem(where + ".mediationCategory", "a mediation committee does one kind of mediation;"
                    + " give it, e.g. MediationCategory.PEOPLES"));
        } else if (!committee && mediationCategory != null) {
            problems.add(new Problem(where + ".mediationCategory", "only a mediation committee has a mediation"
                    + " category; a " + kind + " has none"));
        }
        if (committee && disputeDomains.isEmpty()) {
            problems.add(new Problem(where + ".disputeDomains", "a mediation committee takes at least one dispute"
                    + " domain; list them, e.g. DisputeDomain.NEIGHBOURHOOD, or DisputeDomain.STANDARD for all"));
        } else if (!committee && !disputeDomains.isEmpty()) {
            problems.add(new Problem(where + ".disputeDomains", "only a mediation committee takes dispute domains; a "
                    + kind + " has none"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_DIRECTORY, where + " is invalid", problems);
        }
    }

    /**
     * The office owning an area: a grid station, a community workstation, a street, district or city centre.
     *
     * @param id       the host's id
     * @param name     display name
     * @param areaCode the area it owns
     * @return the organisation
     */
    public static Organisation office(String id, String name, String areaCode) {
        return new Organisation(id, name, OrganisationKind.OFFICE, areaCode, Set.of(), null, Set.of());
    }

    /**
     * A functional department.
     *
     * @param id         the host's id
     * @param name       display name, e.g. {@code 市中区住房和城乡建设局}
     * @param areaCode   the area it belongs to, usually its district or city
     * @param categories the codes of the case categories it serves (each with its subtree); at least one
     * @return the organisation
     */
    public static Organisation department(String id, String name, String areaCode, Set<String> categories) {
        return new Organisation(id, name, OrganisationKind.DEPARTMENT, areaCode, categories, null, Set.of());
    }

    /**
     * A mediation committee.
     *
     * @param id       the host's id
     * @param name     display name, e.g. {@code 龙山社区人民调解委员会}
     * @param areaCode the area it serves
     * @param category the kind of mediation it does
     * @param domains  the dispute domains it takes; at least one
     * @return the organisation
     */
    public static Organisation mediationCommittee(String id, String name, String areaCode, MediationCategory category,
            Set<DisputeDomain> domains) {
        return new Organisation(id, name, OrganisationKind.MEDIATION_COMMITTEE, areaCode, Set.of(),
                Objects.requireNonNull(category, "category"), domains);
    }

    /** The kind of mediation, for a mediation committee. */
    public Optional<MediationCategory> mediation() {
        return Optional.ofNullable(mediationCategory);
    }

    /**
     * Whether this department serves a case category: one of its {@link #categories()} is the code or a
     * prefix of it (an ancestor in the taxonomy). Always false for other kinds.
     *
     * @param categoryCode a category code, e.g. {@code C0201}
     * @return whether it serves the category
     */
    public boolean serves(String categoryCode) {
        Objects.requireNonNull(categoryCode, "categoryCode");
        for (String c : categories) {
            if (categoryCode.startsWith(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this mediation committee takes disputes of a domain. Always false for other kinds.
     *
     * @param domain the domain
     * @return whether it takes the domain
     */
    public boolean takes(DisputeDomain domain) {
        return disputeDomains.contains(Objects.requireNonNull(domain, "domain"));
    }

    /** Renders as {@code Organisation[id, KIND, area 370402003, name]}. */
    @Override
    public String toString() {
        return "Organisation[" + id + ", " + kind + (mediationCategory == null ? "" : " " + mediationCategory)
                + ", area " + areaCode + ", " + name + "]";
    }

    private static int standardRank(DisputeDomain d) {
        int i = DisputeDomain.STANDARD.indexOf(d);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static String echo(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
