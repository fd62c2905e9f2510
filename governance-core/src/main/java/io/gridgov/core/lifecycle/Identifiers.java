package io.gridgov.core.lifecycle;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.util.Objects;

/**
 * The one syntax of the identifiers gridgov passes around: command ids, case ids, dispute ids,
 * organisation ids, person ids. Hosts choose the values (database keys, UUIDs, employee numbers);
 * the syntax keeps them safe to log, to put in a URL and to store.
 */
public final class Identifiers {
    /** The longest identifier. */
    public static final int MAX_LENGTH = 64;
    /** The characters of an identifier, as a regular expression (for Bean Validation's {@code @Pattern}). */
    public static final String PATTERN = "[A-Za-z0-9._:-]+";

    private Identifiers() {
    }

    /**
     * Checks an identifier.
     *
     * @param value the identifier
     * @param what  what it identifies, for the message, e.g. {@code "case id"}
     * @return the value
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) unless the value has 1 to
     *                               {@value #MAX_LENGTH} characters from {@code A-Z a-z 0-9 . _ : -}; the
     *                               message does not repeat the value, which may be anything
     */
    public static String check(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!isValid(value)) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, what, "a " + what + " of " + value.length()
                    + " characters is not valid; use 1 to " + MAX_LENGTH + " characters from A-Z a-z 0-9 . _ : -");
        }
        return value;
    }

    /**
     * Whether a string is a valid identifier.
     *
     * @param value the string
     * @return true if it has 1 to {@value #MAX_LENGTH} characters from {@code A-Z a-z 0-9 . _ : -}
     */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
