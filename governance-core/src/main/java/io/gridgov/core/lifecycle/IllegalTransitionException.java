package io.gridgov.core.lifecycle;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.GovernanceException;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A command the lifecycle does not allow now: the state does not accept it, or one of its guards does
 * not hold. Nothing was changed. The message names the aggregate, its state, the command, why, and
 * what is allowed now, e.g. {@code GOV-020: case ZZ-20220704-000123 cannot take VERIFY_PASS while
 * DISPATCHED; allowed now: SIGN_FOR, RETURN, ESCALATE, SUSPEND, WITHDRAW, SUPERVISE, URGE}.
 */
public class IllegalTransitionException extends GovernanceException {
    private static final long serialVersionUID = 1L;

    private final String subject;
    private final String state;
    private final String command;
    /** Immutable ({@link List#copyOf}). */
    @SuppressWarnings("serial")
    private final List<String> allowedNow;

    /**
     * Creates the refusal.
     *
     * @param subject    what was acted on, e.g. {@code "case ZZ-20220704-000123"}; never personal data
     * @param state      its state
     * @param command    the refused command
     * @param why        why, when a guard failed (a sentence saying what must hold); {@code null} when the
     *                   state does not accept the command at all
     * @param allowedNow the commands the state accepts
     */
    public IllegalTransitionException(String subject, Enum<?> state, Enum<?> command, String why,
            List<? extends Enum<?>> allowedNow) {
        super(ErrorCode.ILLEGAL_TRANSITION, subject + " cannot take " + command.name() + " while " + state.name()
                + (why == null ? "" : ": " + why) + "; allowed now: "
                + (allowedNow.isEmpty() ? "nothing (" + state.name() + " is final)"
                        : allowedNow.stream().map(Enum::name).collect(Collectors.joining(", "))));
        this.subject = Objects.requireNonNull(subject, "subject");
        this.state = state.name();
        this.command = command.name();
        this.allowedNow = allowedNow.stream().map(Enum::name).toList();
    }

    /** What was acted on, e.g. {@code "case ZZ-20220704-000123"}. */
    public String subject() {
        return subject;
    }

    /** The name of the state the aggregate was in. */
    public String state() {
        return state;
    }

    /** The name of the refused command. */
    public String command() {
        return command;
    }

    /** The names of the commands the state accepts. */
    public List<String> allowedNow() {
        return allowedNow;
    }
}
