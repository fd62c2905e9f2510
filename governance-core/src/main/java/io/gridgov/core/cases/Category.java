package io.gridgov.core.cases;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One category of a {@link CategoryTaxonomy}, such as {@code C0201 道路破损 (road surface damage)}.
 * Where it sits in the tree (its parent, its children) is the taxonomy's business; the record holds
 * only what identifies and names the category.
 *
 * <p>The constructor checks everything that concerns the category alone; how it fits with the others
 * (duplicates, parents, code prefixes) is checked when the taxonomy is built. Immutable and
 * thread-safe.
 *
 * @param code        the stable code, 1 to {@value #MAX_CODE_LENGTH} characters {@code A-Z} and
 *                    {@code 0-9}; a child's code extends its parent's ({@code C02} → {@code C0201})
 * @param name        the Chinese display name, e.g. {@code 道路破损}; not blank, at most
 *                    {@value #MAX_NAME_LENGTH} characters
 * @param englishName the English name, e.g. {@code road surface damage}; not blank, at most
 *                    {@value #MAX_NAME_LENGTH} characters
 */
public record Category(String code, String name, String englishName) {
    /** The longest code a category may have. */
    public static final int MAX_CODE_LENGTH = 32;
    /** The most characters a name (Chinese or English) may have. */
    public static final int MAX_NAME_LENGTH = 100;
    /** The most characters of a bad value a message repeats. */
    static final int ECHO_LIMIT = 40;

    /**
     * Validates the category on its own and reports every problem at once.
     *
     * @throws NullPointerException  if a component is {@code null}
     * @throws InvalidInputException ({@link ErrorCode#INVALID_TAXONOMY}) listing every problem; a
     *                               problem's {@code where} is the code, or {@code "category"} when the
     *                               code itself is bad
     */
    public Category {
        List<Problem> problems = problems(Objects.requireNonNull(code, "code"),
                Objects.requireNonNull(name, "name"), Objects.requireNonNull(englishName, "englishName"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_TAXONOMY,
                    "category '" + echo(code) + "' is invalid", problems);
        }
    }

    /** Renders as {@code C0201 道路破损 (road surface damage)}. */
    @Override
    public String toString() {
        return code + " " + name + " (" + englishName + ")";
    }

    /** Every problem with a category's parts, in the order code, name, English name; empty if none. */
    static List<Problem> problems(String code, String name, String englishName) {
        List<Problem> problems = new ArrayList<>(2);
        String codeProblem = checkCode(code);
        String where = codeProblem == null ? code : "category";
        if (codeProblem != null) {
            problems.add(new Problem(where, codeProblem));
        }
        checkName(name, "name", "the Chinese display name, e.g. 道路破损").ifPresent(m -> problems.add(new Problem(where, m)));
        checkName(englishName, "English name", "the English name, e.g. road surface damage")
                .ifPresent(m -> problems.add(new Problem(where, m)));
        return problems;
    }

    /** Whether {@code code} has the form of a category code. */
    static boolean isWellFormed(String code) {
        return checkCode(code) == null;
    }

    /** What is wrong with a code's form, or {@code null} if nothing is. */
    private static String checkCode(String code) {
        if (code.isEmpty()) {
            return "the code is empty; give 1 to " + MAX_CODE_LENGTH + " characters A-Z and 0-9, e.g. C0201";
        }
        int length = code.codePointCount(0, code.length());
        if (length > MAX_CODE_LENGTH) {
            return "code '" + echo(code) + "' has " + length + " characters; a category code has at most "
                    + MAX_CODE_LENGTH + " (A-Z and 0-9), e.g. C0201";
        }
        for (int i = 0, position = 1; i < code.length(); position++) {
            int c = code.codePointAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return "code '" + echo(code) + "' has '" + printable(c) + "' at position " + position
                        + "; a category code has only upper-case letters A-Z and digits 0-9, e.g. C0201";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static Optional<String> checkName(String value, String what, String example) {
        if (value.isBlank()) {
            return Optional.of("the " + what + " is blank; give " + example);
        }
        int length = value.codePointCount(0, value.length());
        if (length > MAX_NAME_LENGTH) {
            return Optional.of("the " + what + " has " + length + " characters; shorten it to at most "
                    + MAX_NAME_LENGTH);
        }
        return Optional.empty();
    }

    private static String printable(int c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                ? String.format("U+%04X", c) : Character.toString(c);
    }

    /**
     * A value as a message may repeat it: at most {@value #ECHO_LIMIT} characters, with an ellipsis
     * when cut, and control characters replaced so a message stays on its lines.
     */
    static String echo(String value) {
        String shown = value;
        int length = value.codePointCount(0, value.length());
        if (length > ECHO_LIMIT) {
            shown = value.substring(0, value.offsetByCodePoints(0, ECHO_LIMIT)) + "…";
        }
        StringBuilder sb = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> sb.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
        return sb.toString();
    }
}
