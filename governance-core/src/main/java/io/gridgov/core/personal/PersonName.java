package io.gridgov.core.personal;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.util.Objects;

/**
 * The name of a resident or a party: personal data. Masked everywhere it is shown, keeping the first
 * character ({@code 张*}, {@code 欧***}); the raw value only through {@link #reveal()}.
 *
 * <p>Immutable and thread-safe; equal when the names are equal.
 */
public final class PersonName extends PersonalData {
    /** The longest name accepted, in characters. */
    static final int MAX_LENGTH = 64;

    private PersonName(String value) {
        super(value);
    }

    /**
     * A name.
     *
     * @param text the name; surrounding spaces are dropped
     * @return the name
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) if blank or longer than
     *                               {@value #MAX_LENGTH} characters, without repeating it
     */
    public static PersonName of(String text) {
        String v = Objects.requireNonNull(text, "text").strip();
        if (v.isEmpty()) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "name", "the name is blank; leave the name out"
                    + " for an anonymous report instead");
        }
        if (v.codePointCount(0, v.length()) > MAX_LENGTH) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "name", "the name has more than " + MAX_LENGTH
                    + " characters; is it a name?");
        }
        return new PersonName(v);
    }

    /** The masked form: the first character, the rest as {@code *}. */
    @Override
    public String masked() {
        String value = reveal();
        int first = value.offsetByCodePoints(0, 1);
        return value.substring(0, first) + "*".repeat(Math.max(1, value.codePointCount(first, value.length())));
    }
}
