package io.gridgov.spi.directory;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.lifecycle.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One person holding one lifecycle {@link Role} for one organisation in one area: the dispatcher of a
 * street centre, a handler of a district bureau, a mediator of a committee, a supervisor of the city
 * centre. The area is where the person may act (it becomes part of their
 * {@link io.gridgov.core.lifecycle.Actor#areaScope() area scope}); it is the organisation's area or lies
 * inside it. Grid staff in the sense of the "three heads and three members" are held separately, by
 * {@link io.gridgov.core.grid.Staffing}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param personId       the host's opaque id of the person, an {@link Identifiers identifier} (never a
 *                       name, phone or identity number)
 * @param role           the role held
 * @param organisationId the id of the organisation the person acts for
 * @param areaCode       the area the person acts in; 1 to 34 digits
 */
public record RoleAssignment(String personId, Role role, String organisationId, String areaCode) {
    private static final Pattern AREA = Pattern.compile("[0-9]{1,34}");

    /**
     * Validates the parts and reports every problem at once.
     *
     * @throws NullPointerException  if a part is null
     * @throws InvalidInputException ({@link ErrorCode#INVALID_DIRECTORY}) listing every problem; no value at
     *                               fault is repeated
     */
    public RoleAssignment {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(areaCode, "areaCode");
        List<Problem> problems = new ArrayList<>(1);
        if (!Identifiers.isValid(personId)) {
            problems.add(new Problem("personId", Identifiers.problem(personId, "person id")));
        }
        if (!Identifiers.isValid(organisationId)) {
            problems.add(new Problem("organisationId", Identifiers.problem(organisationId, "organisation id")));
        }
        if (!AREA.matcher(areaCode).matches()) {
            problems.add(new Problem("areaCode", "an area code of " + areaCode.length() + " characters is not 1 to 34"
                    + " digits; give the code of the area the person acts in"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_DIRECTORY, "the " + role + " assignment is invalid",
                    problems);
        }
    }
}
