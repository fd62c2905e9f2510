package io.gridgov.core.mediation;

import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.ValidText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The command that creates a dispute (申请调解): who the parties are, what it is about, where, and which
 * committee (or court, or police unit) receives it.
 *
 * <p>Inbound data: the constructor rejects {@code null}s (except {@code basisReceivedOn}, which may be
 * {@code null}) and copies the list; the content is checked by the Bean Validation constraints and by the
 * lifecycle.
 *
 * @param id              the command id
 * @param actor           who applies: a party (as {@link io.gridgov.core.lifecycle.Role#RESIDENT}), a
 *                        mediator recording an application or mediating on the committee's initiative, a
 *                        centre's dispatcher or a judge referring it
 * @param disputeId       the id the host chose for the new dispute
 * @param trackingNumber  the human-readable number (see {@link Identifiers})
 * @param category        the mediation category
 * @param domain          what it is about
 * @param procedure       the court procedure: ORDINARY or SUMMARY for {@link MediationCategory#JUDICIAL},
 *                        NONE otherwise
 * @param parties         the parties: at least one applicant and one respondent, each party id once
 * @param areaCode        the grid area where the dispute arose
 * @param committee       the organisation that receives it
 * @param amountInDispute the amount in dispute, {@link Money#ZERO} if none
 * @param matter          what the dispute is about, in the applicant's words
 * @param prior           whether a court, the police or an administrative body already took it up
 * @param basisReceivedOn the day the applicant received the decision the application rests on (a traffic
 *                        accident determination), or {@code null}; required where the policy sets an
 *                        application window
 */
public record DisputeApplication(
        CommandId id,
        @Valid Actor actor,
        DisputeId disputeId,
        @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String trackingNumber,
        MediationCategory category,
        DisputeDomain domain,
        CourtProcedure procedure,
        @NotEmpty List<@Valid Party> parties,
        @Pattern(regexp = "[0-9]{1,34}", message = "must be an area code of 1 to 34 digits") String areaCode,
        @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String committee,
        Money amountInDispute,
        @ValidText(max = 4000) FreeText matter,
        PriorProceeding prior,
        LocalDate basisReceivedOn) {

    /** Rejects {@code null}s and copies the parties. */
    public DisputeApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(disputeId, "disputeId");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(procedure, "procedure");
        parties = List.copyOf(Objects.requireNonNull(parties, "parties"));
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(amountInDispute, "amountInDispute");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(prior, "prior");
    }

    /** The day the decision the application rests on was received, if given. */
    public Optional<LocalDate> basisReceived() {
        return Optional.ofNullable(basisReceivedOn);
    }
}
