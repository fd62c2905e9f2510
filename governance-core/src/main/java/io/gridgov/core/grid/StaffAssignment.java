package io.gridgov.core.grid;

import java.util.Objects;
import java.util.Set;

/**
 * One person holding one role in one area, for the networks they serve.
 *
 * @param personId the host's opaque id for the person; never a phone or ID number (it appears in
 *                 messages and logs)
 * @param areaCode the area, usually a grid or a building
 * @param role     the role held
 * @param networks the networks served; not empty
 */
public record StaffAssignment(String personId, String areaCode, StaffRole role, Set<Network> networks) {
    /** Validates the parts; whether the area exists is checked by {@link Staffing#of}. */
    public StaffAssignment {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(role, "role");
        networks = Set.copyOf(networks);
        if (personId.isBlank()) {
            throw new IllegalArgumentException("personId is blank; use the host's id of the person");
        }
        if (networks.isEmpty()) {
            throw new IllegalArgumentException("person " + personId + " as " + role + " in " + areaCode
                    + " serves no network; list at least one, e.g. Network.PUBLIC_SAFETY");
        }
    }

    /** Whether this assignment serves {@code network}. */
    public boolean serves(Network network) {
        return networks.contains(network);
    }
}
