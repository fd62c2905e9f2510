package io.gridgov.core.lifecycle;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.grid.GridTree;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks every lifecycle built on this package makes in the same way: Bean Validation of a command,
 * the domain's own check of the identifiers it will store, an actor's area scope, and the wording of
 * who may issue a command. The case and dispute lifecycles use them; a host writing its own lifecycle on
 * a {@link TransitionTable} may too.
 *
 * <p>Stateless and thread-safe.
 */
public final class LifecycleChecks {
    private LifecycleChecks() {
    }

    /**
     * Runs a Bean Validation validator on a command, if one is given.
     *
     * @param validator the validator, or {@code null} to trust that the host validated at the edge
     * @param command   the command or report
     * @throws InvalidInputException listing every violation with its property path, sorted
     */
    public static void validate(Validator validator, Object command) {
        Objects.requireNonNull(command, "command");
        if (validator == null) {
            return;
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<Problem> problems = violations.stream()
                    .map(v -> new Problem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Problem::where).thenComparing(Problem::message)).toList();
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, command.getClass().getSimpleName() + " is invalid",
                    problems);
        }
    }

    /**
     * Checks the actor's person and organisation ids: they go into events and messages, so they are
     * checked whether or not a validator ran.
     *
     * @param actor the actor
     * @throws InvalidInputException naming each invalid id without repeating it
     */
    public static void requireValidActor(Actor actor) {
        if (!Identifiers.isValid(actor.personId()) || !Identifiers.isValid(actor.organisation())) {
            List<Problem> problems = new ArrayList<>(2);
            checkIdentifier(actor.personId(), "actor.personId", problems);
            checkIdentifier(actor.organisation(), "actor.organisation", problems);
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "the actor is invalid", problems);
        }
    }

    /**
     * Adds a problem if a value the aggregate will hold is not a valid {@link Identifiers identifier}.
     *
     * @param value    the value
     * @param where    where it is, for the problem
     * @param problems the list to add to
     */
    public static void checkIdentifier(String value, String where, List<Problem> problems) {
        if (!Identifiers.isValid(value)) {
            problems.add(new Problem(where, Identifiers.problem(value, "identifier")));
        }
    }

    /**
     * Whether a node of the tree lies inside one of the actor's scope areas (codes the tree lacks are
     * ignored).
     *
     * @param grid  the grid tree
     * @param actor the actor
     * @param node  the node of the aggregate's area
     * @return true if in scope
     */
    public static boolean inScope(GridTree grid, Actor actor, int node) {
        for (String code : actor.areaScope()) {
            int scope = grid.indexOf(code);
            if (scope >= 0 && grid.contains(scope, node)) {
                return true;
            }
        }
        return false;
    }

    /** Who the permits allow, as e.g. {@code MEDIATOR (a person assigned to mediate the dispute) or RESIDENT (...)}. */
    public static String describe(List<Permit> permits) {
        return permits.stream().map(p -> p.role() + " (" + p.party().description() + ")").collect(Collectors.joining(" or "));
    }

    /** The problem with an area code the tree lacks; the code itself is not repeated (it may be personal data put there by mistake). */
    public static String unknownArea(String code) {
        return "the area code (" + code.length() + " digits) is not in the grid tree";
    }
}
