package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One person holding one role in one area, for the networks they serve.
 *
 * @param personId the host's opaque id for the person; never a phone or ID number (it appears in
 *                 messages and logs)
 * @param areaCode the area, usually a grid or a building
 * @param role     the role held
 * @param networks the networks served; not empty. Iterated in a fixed order: the standard networks first
 *                 in their usual order, then others by key
 */
public record StaffAssignment(String personId, String areaCode, StaffRole role, Set<Network> networks) {
    /**
     * Validates the parts; whether the area exists is checked by {@link Staffing#of}.
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_STAFFING}) for a blank person id or no network
     */
    public StaffAssignment {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(role, "role");
        Set<Network> ordered = new LinkedHashSet<>();
        networks.stream().map(n -> Objects.requireNonNull(n, "networks contains null")).sorted(Network::order)
                .forEach(ordered::add);
        networks = Collections.unmodifiableSet(ordered);
        if (personId.isBlank()) {
            throw InvalidInputException.of(ErrorCode.INVALID_STAFFING, "personId",
                    "it is blank; use the host's id of the person");
        }
        if (networks.isEmpty()) {
            throw InvalidInputException.of(ErrorCode.INVALID_STAFFING, "networks", "the assignment as " + role
                    + " in " + areaCode + " serves no network; list at least one, e.g. Network.PUBLIC_SAFETY");
        }
    }

    /** Whether this assignment serves {@code network}. */
    public boolean serves(Network network) {
        return networks.contains(network);
    }
}
