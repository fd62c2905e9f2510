package io.gridgov.core.lifecycle;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.GovernanceException;

import java.util.Objects;

/**
 * A command from an actor who may not issue it: none of the roles the transition lists, a case
 * outside the actor's area scope, an organisation that does not own or handle the case, a reporter
 * acting on someone else's case, or a broken separation of duties. Nothing was changed. The message
 * names the actor by its opaque person id and organisation, the command, the subject, and who may.
 */
public class AccessDeniedException extends GovernanceException {
    private static final long serialVersionUID = 1L;

    private final String personId;
    private final String subject;
    private final String command;

    /**
     * Creates the refusal.
     *
     * @param actor   who tried
     * @param subject what was acted on, e.g. {@code "case ZZ-20220704-000123"}
     * @param command the command
     * @param why     why not, and who may
     */
    public AccessDeniedException(Actor actor, String subject, Enum<?> command, String why) {
        super(ErrorCode.ACCESS_DENIED, "actor " + actor.personId() + " of " + actor.organisation() + " " + actor.roles()
                .stream().sorted().toList() + " may not " + command.name() + " " + subject + ": " + why);
        this.personId = actor.personId();
        this.subject = Objects.requireNonNull(subject, "subject");
        this.command = command.name();
    }

    /** The opaque id of the person refused. */
    public String personId() {
        return personId;
    }

    /** What was acted on. */
    public String subject() {
        return subject;
    }

    /** The name of the refused command. */
    public String command() {
        return command;
    }
}
