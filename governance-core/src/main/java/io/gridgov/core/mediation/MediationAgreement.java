package io.gridgov.core.mediation;

import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.ValidText;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A mediation agreement (调解协议书), as People's Mediation Law art. 29 requires it: the parties, the
 * facts and the disputed points, each side's responsibility, the agreed terms, and the method and
 * deadline of performance. It takes effect when every party has signed it (art. 29: signed or
 * fingerprinted by the parties, signed by the mediator, sealed by the committee), so
 * {@link #signedBy()} must name every party of the dispute.
 *
 * <p>Texts are {@link FreeText}: {@code toString()} shows their length, never their words.
 *
 * @param signedBy          the party ids of the parties who signed; every party of the dispute
 * @param facts             the basic facts of the dispute
 * @param disputedPoints    the points in dispute
 * @param responsibilities  each side's responsibility
 * @param terms             what the parties agreed
 * @param performanceMethod how it will be performed (a transfer, an apology, a repair)
 * @param performBy         the last day of performance
 * @param amount            the money it settles, {@link Money#ZERO} if none
 */
public record MediationAgreement(
        @NotEmpty List<@Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String> signedBy,
        @ValidText(max = 4000) FreeText facts,
        @ValidText(max = 4000) FreeText disputedPoints,
        @ValidText(max = 4000) FreeText responsibilities,
        @ValidText(max = 4000) FreeText terms,
        @ValidText(max = 1000) FreeText performanceMethod,
        LocalDate performBy,
        Money amount) {

    /** Rejects {@code null}s and copies the list. */
    public MediationAgreement {
        signedBy = List.copyOf(Objects.requireNonNull(signedBy, "signedBy"));
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(disputedPoints, "disputedPoints");
        Objects.requireNonNull(responsibilities, "responsibilities");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(performanceMethod, "performanceMethod");
        Objects.requireNonNull(performBy, "performBy");
        Objects.requireNonNull(amount, "amount");
    }
}
