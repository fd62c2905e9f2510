package io.gridgov.core;

import java.util.List;
import java.util.Objects;

/**
 * Input that breaks one or more documented rules. It carries <em>every</em> problem found, not just
 * the first, so a person fixing a data file sees the whole list at once. Nothing was changed.
 */
public class InvalidInputException extends GovernanceException {
    private static final long serialVersionUID = 1L;
    /** How many problems the message itself lists; {@link #problems()} always has them all. */
    static final int MESSAGE_LIMIT = 20;

    /** Immutable ({@link List#copyOf}); records are serializable, so the field is too. */
    @SuppressWarnings("serial")
    private final List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param code     the stable error code
     * @param summary  one sentence saying what was being checked, e.g. "grid tree 'longshan' is invalid"
     * @param problems every problem found; must not be empty
     */
    public InvalidInputException(ErrorCode code, String summary, List<Problem> problems) {
        super(code, render(summary, problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * An exception with a single problem.
     *
     * @param code    the stable error code
     * @param where   what the problem is attached to (a field, a code, a JSON path)
     * @param message what is wrong and how to fix it
     * @return the exception, to be thrown
     */
    public static InvalidInputException of(ErrorCode code, String where, String message) {
        return new InvalidInputException(code, "invalid " + where, List.of(new Problem(where, message)));
    }

    /** Every problem found, in the order they were detected. Never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String render(String summary, List<Problem> problems) {
        Objects.requireNonNull(summary, "summary");
        if (Objects.requireNonNull(problems, "problems").isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        StringBuilder sb = new StringBuilder(summary).append(" (")
                .append(problems.size()).append(problems.size() == 1 ? " problem)" : " problems)");
        int shown = Math.min(problems.size(), MESSAGE_LIMIT);
        for (int i = 0; i < shown; i++) {
            sb.append("\n  - ").append(problems.get(i));
        }
        if (problems.size() > shown) {
            sb.append("\n  ... and ").append(problems.size() - shown).append(" more; see problems()");
        }
        return sb.toString();
    }
}
