package io.gridgov.core.personal;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.util.Objects;

/**
 * A resident identity card number (居民身份证号码, GB 11643): personal data. Masked everywhere it is
 * shown ({@code 1101**********1234}); the raw value only through {@link #reveal()}.
 *
 * <p>Eighteen characters: 17 digits (address code, birth date, sequence) and a check character
 * (0–9 or X) computed by ISO 7064 MOD 11-2, which {@link #parse} verifies. Messages about a bad number
 * never repeat it.
 *
 * <p>Immutable and thread-safe; equal when the numbers are equal.
 */
public final class IdNumber extends PersonalData {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumber(String value) {
        super(value);
    }

    /**
     * Parses an identity card number; a lower-case {@code x} is accepted as {@code X}.
     *
     * @param text the number
     * @return the number
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) saying what is wrong, without the number
     */
    public static IdNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        String v = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (v.length() != 18) {
            throw invalid("it has " + v.length() + " characters; a resident identity number has 18");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid("character " + (i + 1) + " is not a digit; the first 17 are digits");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        if (v.charAt(17) != CHECK[sum % 11]) {
            throw invalid("the check character (the 18th) does not match the first 17; the number is mistyped");
        }
        return new IdNumber(v);
    }

    private static InvalidInputException invalid(String why) {
        return InvalidInputException.of(ErrorCode.INVALID_INPUT, "identity number", "not a valid identity number: " + why);
    }

    /** The masked form: the first 4 and the last 4 characters, the rest as {@code *}. */
    @Override
    public String masked() {
        return Masking.keep(reveal(), 4, 4);
    }
}
