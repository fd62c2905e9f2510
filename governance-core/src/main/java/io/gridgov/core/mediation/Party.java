package io.gridgov.core.mediation;

import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.personal.PersonName;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/**
 * A party to a dispute (当事人): a person, or an organisation (a hospital, an employer) acting through
 * its representative. The party acts through the host's account {@code partyId}, in the role
 * {@link io.gridgov.core.lifecycle.Role#RESIDENT}: an {@link io.gridgov.core.lifecycle.Actor} whose
 * person id is the party's id may refuse, withdraw, consent, sign and apply for confirmation.
 *
 * <p>The name is personal data and shows itself masked; {@code toString()} never shows it in full.
 *
 * @param partyId the host's account id for the party; see {@link Identifiers}
 * @param side    applicant or respondent
 * @param name    the party's name
 */
public record Party(@Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String partyId,
        PartySide side, PersonName name) {
    /** Rejects {@code null}s. */
    public Party {
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(name, "name");
    }

    /** An applicant. */
    public static Party applicant(String partyId, PersonName name) {
        return new Party(partyId, PartySide.APPLICANT, name);
    }

    /** A respondent. */
    public static Party respondent(String partyId, PersonName name) {
        return new Party(partyId, PartySide.RESPONDENT, name);
    }
}
