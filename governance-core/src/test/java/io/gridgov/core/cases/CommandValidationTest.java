package io.gridgov.core.cases;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.personal.FreeText;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.gridgov.core.cases.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@DisplayName("Bean Validation of commands and reports (Hibernate Validator, no Expression Language)")
class CommandValidationTest {
    /** Built once and shared, as a host would; the parameter interpolator needs no EL implementation. */
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
    private static final CaseLifecycle VALIDATING = CaseLifecycle.builder().grid(TREE).calendar(CALENDAR)
            .timeLimits(LIFECYCLE.policy()).validator(VALIDATOR).build();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static final Actor BAD_ACTOR = new Actor("", Set.of(), "org with spaces", Set.of("43x", "430703"));

    @Test
    @DisplayName("a bad dispatch reports every violation with its property path, and the lifecycle refuses it first")
    void dispatch() {
        CaseCommand.Dispatch bad = new CaseCommand.Dispatch(cid(), BAD_ACTOR, "x".repeat(65),
                List.of("ok-org", "bad org"));
        Case c = CaseStates.registered(LIFECYCLE.report(roadReport("v1"), CaseStates.T0).next());
        assertThatThrownBy(() -> VALIDATING.apply(c, bad, CaseStates.minutes(5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::where).containsExactly(
                                "actor.areaScope[].<iterable element>", "actor.organisation", "actor.personId", "actor.personId",
                                "actor.roles", "cooperating[1].<list element>", "mainHandler"))
                .hasMessageStartingWith("GOV-001: Dispatch is invalid (7 problems)");
    }

    @Test
    @DisplayName("texts are checked by @ValidText: blank reasons and over-long results are violations")
    void texts() {
        var reject = new CaseCommand.Reject(cid(), TOWN_DISPATCHER, FreeText.of("   "));
        var feedBack = new CaseCommand.FeedBack(cid(), HIGHWAY_HANDLER, FreeText.of("字".repeat(2001)),
                List.of("", "y".repeat(257)));
        assertThat(VALIDATOR.validate(reject)).extracting(v -> v.getPropertyPath().toString(), v -> v.getMessage())
                .containsExactly(tuple("reason", "must be a text of 1 to 500 characters, not blank"));
        assertThat(VALIDATOR.validate(feedBack)).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("result", "evidence[0].<list element>", "evidence[1].<list element>");
    }

    @Test
    @DisplayName("a mediation's outcome names its dispute by an identifier: a phone number is a violation, not repeated")
    void dispute() {
        var bad = new CaseCommand.ConcludeByMediation(cid(), SYSTEM, "13812345678", ClosureOutcome.RESOLVED,
                FreeText.of(" "));
        assertThat(VALIDATOR.validate(bad)).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("dispute", "summary");
        Case c = CaseStates.in(CaseState.SUSPENDED, CaseCommandType.CONCLUDE_BY_MEDIATION);
        assertThatThrownBy(() -> VALIDATING.apply(c, bad, CaseStates.minutes(60)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::where).containsExactly("dispute", "summary");
                    assertThat(e.problems().toString()).doesNotContain("13812345678");
                })
                .hasMessageStartingWith("GOV-001: ConcludeByMediation is invalid (2 problems)")
                .hasMessageNotContaining("13812345678");
    }

    @Test
    @DisplayName("a bad report reports every violation; the messages never repeat the personal data in it")
    void report() {
        CaseReport r = roadReport("v2");
        CaseReport bad = new CaseReport(r.id(), BAD_ACTOR, r.caseId(), "has space", r.kind(), "c0201", r.channel(),
                r.priority(), r.location(), r.reporter(), FreeText.of("13812345678 " + "长".repeat(2000)), "ok",
                "43070310");
        assertThatThrownBy(() -> VALIDATING.report(bad, CaseStates.T0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::where).contains("category", "description",
                            "trackingNumber", "actor.personId");
                    assertThat(e.getMessage()).doesNotContain("13812345678");
                });
    }

    @Test
    @DisplayName("valid commands pass through the validator unchanged")
    void valid() {
        assertThat(VALIDATOR.validate(roadReport("v3"))).isEmpty();
        for (CaseCommandType t : CaseCommandType.values()) {
            if (t != CaseCommandType.REPORT) {
                assertThat(VALIDATOR.validate(CaseStates.command(t))).as(t.name()).isEmpty();
            }
        }
        assertThat(VALIDATOR.validate(Actor.of("a", Role.HANDLER, "b", "1"))).isEmpty();
    }
}
