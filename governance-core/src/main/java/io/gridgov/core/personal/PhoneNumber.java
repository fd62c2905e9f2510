package io.gridgov.core.personal;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.util.Objects;

/**
 * A phone number of a resident or a party: personal data. It masks itself everywhere it is shown
 * ({@link #toString()}, {@link #masked()}: {@code 138****5678}); the raw value is reachable only through
 * {@link #reveal()}, which a host calls when it really dials or sends.
 *
 * <p>Accepted: mainland mobile numbers (11 digits starting with 1, second digit 3–9) and landlines
 * with an area code ({@code 0632-1234567}, {@code 06321234567}); spaces and dashes are dropped.
 * Messages about a bad number never repeat it.
 *
 * <p>Immutable and thread-safe; equal when the digits are equal.
 */
public final class PhoneNumber extends PersonalData {
    private PhoneNumber(String digits) {
        super(digits);
    }

    /**
     * Parses a phone number.
     *
     * @param text the number as written, e.g. {@code 138 1234 5678} or {@code 0632-1234567}
     * @return the number
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) saying what is wrong, without the number
     */
    public static PhoneNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c != ' ' && c != '-') {
                throw invalid("it has a character other than digits, spaces and dashes at position " + (i + 1));
            }
        }
        String d = sb.toString();
        boolean mobile = d.length() == 11 && d.charAt(0) == '1' && d.charAt(1) >= '3';
        boolean landline = d.length() >= 10 && d.length() <= 12 && d.charAt(0) == '0';
        if (!mobile && !landline) {
            throw invalid("it has " + d.length() + " digits" + (d.isEmpty() ? "" : " starting with " + d.charAt(0))
                    + "; a mainland mobile number has 11 digits starting with 13-19, a landline 10-12 starting with"
                    + " its area code (0...)");
        }
        return new PhoneNumber(d);
    }

    private static InvalidInputException invalid(String why) {
        return InvalidInputException.of(ErrorCode.INVALID_INPUT, "phone number", "not a phone number: " + why);
    }

    /** The masked form: the first 3 and the last 4 digits, the rest as {@code *}: {@code 138****5678}. */
    @Override
    public String masked() {
        return Masking.keep(reveal(), 3, 4);
    }
}
