package io.gridgov.core.lifecycle;

import io.gridgov.core.InvalidInputException;

/**
 * The identity of one command, chosen by whoever issues it (a request id, a UUID the client made).
 * A store that sees the same command id twice applies it once and returns the first outcome, so a
 * retried request never acts twice.
 *
 * @param value 1 to {@value Identifiers#MAX_LENGTH} characters from {@code A-Z a-z 0-9 . _ : -}
 */
public record CommandId(String value) {
    /**
     * Validates the id.
     *
     * @throws InvalidInputException if the value is empty, too long or has other characters
     */
    public CommandId {
        Identifiers.check(value, "command id");
    }

    /** Shorthand for {@code new CommandId(value)}. */
    public static CommandId of(String value) {
        return new CommandId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
