package io.gridgov.core.personal;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.util.Objects;

/**
 * Text people type: a description of a problem, a reason, a comment, an address. Residents write phone
 * numbers, names and addresses into such text, so it is treated as personal data: {@link #toString()}
 * shows only its length ({@code [text, 42 chars]}); the words only through {@link #reveal()}.
 *
 * <p>Any string up to {@value #MAX_LENGTH} characters, empty included; commands constrain their texts
 * further with {@link ValidText}. Immutable and thread-safe; equal when the texts are equal.
 */
public final class FreeText extends PersonalData {
    /** The longest text accepted, in characters. */
    public static final int MAX_LENGTH = 10_000;
    private static final FreeText EMPTY = new FreeText("");

    private FreeText(String value) {
        super(value);
    }

    /**
     * A text.
     *
     * @param text the text
     * @return the text
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) if longer than {@value #MAX_LENGTH}
     *                               characters, without repeating it
     */
    public static FreeText of(String text) {
        if (Objects.requireNonNull(text, "text").isEmpty()) {
            return EMPTY;
        }
        if (text.length() > MAX_LENGTH) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "text", "a text of " + text.length()
                    + " characters is longer than " + MAX_LENGTH + "; shorten it or attach it as evidence");
        }
        return new FreeText(text);
    }

    /** The empty text. */
    public static FreeText empty() {
        return EMPTY;
    }

    /** Whether the text is empty or only white space. */
    public boolean isBlank() {
        return reveal().isBlank();
    }

    /** The length in characters ({@code char}s). */
    public int length() {
        return reveal().length();
    }

    /** The masked form: only the length, e.g. {@code [text, 42 chars]}. */
    @Override
    public String masked() {
        return "[text, " + length() + " chars]";
    }
}
