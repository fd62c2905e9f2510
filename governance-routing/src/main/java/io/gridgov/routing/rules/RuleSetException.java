package io.gridgov.routing.rules;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;

import java.util.List;

/**
 * A routing rule set that cannot be used ({@link ErrorCode#INVALID_RULE_SET}, {@code GOV-050}). It
 * carries <em>every</em> problem found, each with the path of the rule it concerns, such as
 * {@code entries[12].area} or {@code ladders[0].rungs[2]}; a JSON loader that adds rules in file order
 * (or passes its own paths to the builder) maps them to JSON paths directly. Nothing was built.
 */
public final class RuleSetException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param ruleSet  the id of the rule set checked
     * @param problems every problem found; not empty
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public RuleSetException(String ruleSet, List<Problem> problems) {
        super(ErrorCode.INVALID_RULE_SET, "rule set '" + ruleSet + "' is invalid", problems);
    }
}
