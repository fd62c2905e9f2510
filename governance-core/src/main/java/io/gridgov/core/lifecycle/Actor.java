package io.gridgov.core.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Objects;
import java.util.Set;

/**
 * Who issues a command: a person (the host's opaque id, never a name or a phone number), the roles
 * they act in, the organisation they act for, and the areas they may act in. The transition tables
 * check all four: an actor acts only inside its area scope, only in the roles a transition lists, and
 * for some transitions only for a particular organisation (the one owning or handling the case).
 *
 * <p>An actor is inbound data: the constructor rejects only {@code null}s; the content is checked by
 * the Bean Validation constraints on the components, through the validator the host (or the engine)
 * runs on every command.
 *
 * @param personId     the host's id of the person; see {@link Identifiers}
 * @param roles        the roles the person acts in for this command; at least one
 * @param organisation the host's id of the organisation the person acts for (a grid station, a
 *                     community workstation, a centre, a department)
 * @param areaScope    codes of the areas the person may act in (their grid, community, street, the
 *                     whole city); at least one. A case is in scope if its location is inside one of them.
 */
public record Actor(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String personId,
        @NotEmpty Set<Role> roles,
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String organisation,
        @NotEmpty Set<@Pattern(regexp = "[0-9]{1,34}", message = "must be an area code of 1 to 34 digits") String> areaScope) {

    /** Rejects {@code null}s and copies the sets. */
    public Actor {
        Objects.requireNonNull(personId, "personId");
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        Objects.requireNonNull(organisation, "organisation");
        areaScope = Set.copyOf(Objects.requireNonNull(areaScope, "areaScope"));
    }

    /**
     * An actor with one role.
     *
     * @param personId     the person
     * @param role         the role
     * @param organisation the organisation
     * @param areaScope    the areas the person may act in
     * @return the actor
     */
    public static Actor of(String personId, Role role, String organisation, String... areaScope) {
        return new Actor(personId, Set.of(role), organisation, Set.of(areaScope));
    }

    /** Whether the actor acts in a role. */
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
