package io.gridgov.core.lifecycle;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.util.Objects;

/**
 * The one syntax of the identifiers gridgov passes around: command ids, case ids, dispute ids,
 * organisation ids, person ids. Hosts choose the values (database keys, UUIDs, employee numbers);
 * the syntax keeps them safe to log, to put in a URL and to store. Because ids are logged and appear in
 * messages, an id may not be a mainland mobile number (11 digits starting 13–19) or an 18-character
 * identity number: hosts that key people by phone number must map them to opaque ids first.
 */
public final class Identifiers {
    /** The longest identifier. */
    public static final int MAX_LENGTH = 64;
    /** The characters of an identifier, as a regular expression (for Bean Validation's {@code @Pattern}). */
    public static final String PATTERN = "(?!1[3-9][0-9]{9}$)(?![0-9]{17}[0-9Xx]$)[A-Za-z0-9._:-]+";

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
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, what, problem(value, what));
        }
        return value;
    }

    /**
     * What is wrong with an invalid identifier, without repeating it.
     *
     * @param value the identifier (only its length is used)
     * @param what  what it identifies, e.g. {@code "case id"}
     * @return a sentence saying what a valid identifier is
     */
    public static String problem(String value, String what) {
        return "the " + what + " of " + value.length() + " characters is not valid; use 1 to " + MAX_LENGTH
                + " characters from A-Z a-z 0-9 . _ : -, and not a phone or identity number";
    }

    /**
     * Whether a string is a valid identifier.
     *
     * @param value the string
     * @return true if it has 1 to {@value #MAX_LENGTH} characters from {@code A-Z a-z 0-9 . _ : -}
     */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || looksPersonal(value)) {
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

    /** Whether a value is shaped like a mainland mobile number or an identity number. */
    private static boolean looksPersonal(String v) {
        int n = v.length();
        if (n == 11 && v.charAt(0) == '1' && v.charAt(1) >= '3' && v.charAt(1) <= '9') {
            return digits(v, 0, 11);
        }
        if (n == 18) {
            char last = v.charAt(17);
            return digits(v, 0, 17) && ((last >= '0' && last <= '9') || last == 'X' || last == 'x');
        }
        return false;
    }

    private static boolean digits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
