package io.gridgov.core.mediation;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.PersonName;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.gridgov.core.mediation.MediationFixtures.APPLICANT;
import static io.gridgov.core.mediation.MediationFixtures.MEDIATOR;
import static io.gridgov.core.mediation.MediationFixtures.T0;
import static io.gridgov.core.mediation.MediationFixtures.cid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@DisplayName("Bean Validation of dispute applications and commands (Hibernate Validator, no Expression Language)")
class DisputeCommandValidationTest {
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
    private static final MediationLifecycle VALIDATING = MediationLifecycle.builder().grid(MediationFixtures.LIFECYCLE
            .grid()).calendar(MediationFixtures.LIFECYCLE.calendar()).validator(VALIDATOR).build();
    private static final String PHONE = "13812345678";
    private static final String ID = "430703198001011234";

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    @DisplayName("a bad application reports every violation with its property path, without repeating personal data")
    void application() {
        DisputeApplication a = DisputeStates.application(DisputeStates.MEDICAL, "v-1");
        DisputeApplication bad = new DisputeApplication(a.id(), new Actor("", Set.of(), "org with spaces",
                Set.of("43x")), a.disputeId(), "has space", a.category(), a.domain(), a.procedure(),
                List.of(Party.applicant(PHONE, PersonName.of("李四")), Party.respondent(ID, PersonName.of("王五"))),
                "4307x", "", a.amountInDispute(), FreeText.of(PHONE + " " + "长".repeat(4000)), a.prior(), null);
        assertThatThrownBy(() -> VALIDATING.apply(bad, T0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::where).containsExactly("actor.areaScope[].<iterable element>",
                            "actor.organisation", "actor.personId", "actor.personId", "actor.roles", "areaCode",
                            "committee", "matter", "parties[0].partyId", "parties[1].partyId",
                            "trackingNumber");
                    assertThat(e.getMessage() + e.problems()).doesNotContain(PHONE).doesNotContain(ID)
                            .doesNotContain("李四");
                })
                .hasMessageStartingWith("GOV-001: DisputeApplication is invalid (11 problems)");
    }

    @Test
    @DisplayName("bad commands: a blank reason, a phone number as party id, an empty mediator list, an ID number as court")
    void commands() {
        Dispute applied = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.APPLIED);
        Instant day = T0.plus(Duration.ofDays(1));
        assertThatThrownBy(() -> VALIDATING.apply(applied, new DisputeCommand.Refuse(cid(), APPLICANT, PHONE,
                FreeText.of("x".repeat(501))), day)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::where).containsExactly("partyId", "reason");
                    assertThat(e.getMessage() + e.problems()).doesNotContain(PHONE);
                }).hasMessageStartingWith("GOV-001: Refuse is invalid (2 problems)");

        Dispute accepted = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.ACCEPTED);
        assertThatThrownBy(() -> VALIDATING.apply(accepted, new DisputeCommand.Assign(cid(), MEDIATOR, List.of()), day))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::where).containsExactly("mediators"));
        assertThatThrownBy(() -> VALIDATING.apply(accepted, new DisputeCommand.Assign(cid(), MEDIATOR,
                List.of(Mediator.mediator(ID))), day)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::where).containsExactly("mediators[0].personId");
                    assertThat(e.getMessage() + e.problems()).doesNotContain(ID);
                });

        Dispute mediating = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.MEDIATING);
        assertThatThrownBy(() -> VALIDATING.apply(mediating, new DisputeCommand.SuspendForAppraisal(cid(), MEDIATOR,
                FreeText.of("  ")), day)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::where, Problem::message)
                        .containsExactly(tuple("appraisal",
                                "must be a text of 1 to 500 characters, not blank")));

        Dispute agreed = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.AGREED);
        assertThatThrownBy(() -> VALIDATING.apply(agreed, new DisputeCommand.RequestConfirmation(cid(), APPLICANT, ID,
                List.of()), day)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::where).containsExactly("court", "jointApplicants");
                    assertThat(e.getMessage() + e.problems()).doesNotContain(ID);
                });
        assertThat(agreed.state()).isEqualTo(DisputeState.AGREED);
    }

    @Test
    @DisplayName("valid applications and commands pass through the validator unchanged")
    void valid() {
        assertThat(VALIDATOR.validate(DisputeStates.application(DisputeStates.MEDICAL, "v-ok"))).isEmpty();
        Dispute d = DisputeStates.in(DisputeStates.MEDICAL, DisputeState.MEDIATING);
        for (DisputeCommandType t : RandomDisputeWalk.COMMANDS) {
            assertThat(VALIDATOR.validate(DisputeStates.command(t, DisputeStates.MEDICAL, d))).as("%s", t).isEmpty();
        }
    }
}
