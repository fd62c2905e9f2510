package io.gridgov.core.mediation;

import io.gridgov.core.lifecycle.Identifiers;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/**
 * Someone assigned to mediate a dispute: a mediator of the committee, or a lawyer or an expert who
 * joins them (Changde's medical-dispute workstation mediates with a lawyer). Known by the host's person
 * id only. The first mediator in a dispute's list leads.
 *
 * @param personId the host's id of the person; see {@link Identifiers}
 * @param kind     what they bring
 */
public record Mediator(@Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String personId,
        Kind kind) {
    /** What a person assigned to a dispute brings. */
    public enum Kind {
        /** A people's, administrative, court-appointed or industry mediator (调解员). */
        MEDIATOR,
        /** A lawyer taking part in the mediation (律师). */
        LAWYER,
        /** A professional expert, e.g. a physician for a medical dispute (专家). */
        EXPERT
    }

    /** Rejects {@code null}s. */
    public Mediator {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(kind, "kind");
    }

    /** A mediator. */
    public static Mediator mediator(String personId) {
        return new Mediator(personId, Kind.MEDIATOR);
    }

    /** A lawyer. */
    public static Mediator lawyer(String personId) {
        return new Mediator(personId, Kind.LAWYER);
    }
}
