package io.gridgov.core.lifecycle;

import java.util.Objects;

/**
 * One way to be allowed to issue a command: a role, and the party the actor must be in that role
 * (e.g. {@code DISPATCHER} of the organisation owning the case).
 *
 * @param role  the role the actor must hold
 * @param party which actors with that role qualify
 */
public record Permit(Role role, Condition party) {
    /** Rejects {@code null}s. */
    public Permit {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(party, "party");
    }

    /** Renders as {@code ROLE@label}, e.g. {@code DISPATCHER@owner}. */
    @Override
    public String toString() {
        return role + "@" + party.label();
    }
}
