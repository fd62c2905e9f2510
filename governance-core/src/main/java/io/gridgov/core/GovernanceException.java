package io.gridgov.core;

import java.util.Objects;

/**
 * The root of every exception gridgov throws. Unchecked; each carries a stable {@link ErrorCode}
 * and an English message that says what was wrong, the offending value, and how to fix it.
 *
 * <p>Messages never contain personal data (phone numbers, ID numbers, names of parties): where a
 * message must refer to a person it uses the host's opaque id or a masked form.
 */
public class GovernanceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /**
     * Creates an exception with a code and a message; the message is prefixed with the code.
     *
     * @param code    the stable error code
     * @param message what was wrong and how to fix it
     */
    public GovernanceException(ErrorCode code, String message) {
        this(code, message, null);
    }

    /**
     * Creates an exception with a code, a message and a cause.
     *
     * @param code    the stable error code
     * @param message what was wrong and how to fix it
     * @param cause   the underlying failure, or {@code null}
     */
    public GovernanceException(ErrorCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(code, "code").code() + ": " + Objects.requireNonNull(message, "message"), cause);
        this.code = code;
    }

    /** The stable error code of this exception. */
    public ErrorCode code() {
        return code;
    }
}
