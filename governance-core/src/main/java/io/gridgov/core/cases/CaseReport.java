package io.gridgov.core.cases;

import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.ValidText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/**
 * The command that creates a case (上报): what was reported, where, through which channel, by whom,
 * and which centre or station received it (the case's first owner).
 *
 * <p>Inbound data: the constructor rejects {@code null}s; the content is checked by the Bean
 * Validation constraints (run by the host or the engine) and by the lifecycle against the grid tree and
 * the taxonomy.
 *
 * @param id                    the command id
 * @param actor                 who reports: a resident, a grid member, a hotline operator, a sensor system
 * @param caseId                the id the host chose for the new case
 * @param trackingNumber        the human-readable number (see {@link Identifiers} for the syntax)
 * @param kind                  what kind of matter it is
 * @param category              the category code in the lifecycle's taxonomy
 * @param channel               how it came in
 * @param priority              how urgent it is
 * @param location              where it is
 * @param reporter              who reported it, or {@link Reporter#anonymous()}
 * @param description           what was reported
 * @param receivingOrganisation the organisation that received it and owns it until it is escalated
 * @param receivingArea         the code of the area that organisation is responsible for; contains the location
 */
public record CaseReport(
        CommandId id,
        @Valid Actor actor,
        CaseId caseId,
        @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String trackingNumber,
        CaseKind kind,
        @Pattern(regexp = "[A-Z0-9]{1,32}", message = "must be a category code of 1 to 32 characters A-Z 0-9") String category,
        Channel channel,
        Priority priority,
        Location location,
        Reporter reporter,
        @ValidText(max = 2000) FreeText description,
        @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String receivingOrganisation,
        @Pattern(regexp = "[0-9]{1,34}", message = "must be an area code of 1 to 34 digits") String receivingArea) {

    /** Rejects {@code null}s. */
    public CaseReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(receivingOrganisation, "receivingOrganisation");
        Objects.requireNonNull(receivingArea, "receivingArea");
    }
}
