package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One level of a {@link LevelScheme}: province, street, community, grid, building, ... Levels are
 * created by {@link LevelScheme.Builder} and are only meaningful inside their scheme.
 *
 * <h2>How a level's codes look</h2>
 * An area code is a string of decimal digits. A level owns a <em>segment</em> of
 * {@link #segmentDigits()} digits that ends at {@link #significantDigits()}; the digits before it are
 * the code of the nearest ancestor on the code chain, the digits after it (up to
 * {@link #codeLength()}) are zeros. In the national scheme a county code {@code 350603} has the
 * province's {@code 35}, the prefecture's {@code 06} and its own segment {@code 03}; a prefecture
 * code {@code 350600} is padded with {@code 00}.
 *
 * <p>An <em>overlay</em> level (Longshan's street-cadre area, 片区) is a management layer outside the
 * statistical code: its own code extends its parent's, but its children's codes extend the code of
 * the nearest non-overlay ancestor instead.
 *
 * @param scheme            the key of the scheme this level belongs to
 * @param index             the position in the scheme, 0 for the top level
 * @param key               a stable identifier used in data files, e.g. {@code "township"}
 * @param name              English name, e.g. {@code "township / street"}
 * @param localName         Chinese name, e.g. {@code "乡镇/街道"}
 * @param segmentDigits     digits of this level's own segment
 * @param significantDigits where the segment ends; the digits after it are zero padding
 * @param codeLength        the total length of a code at this level
 * @param segmentClasses    the allowed segment ranges with their meanings; empty means any non-zero segment
 * @param skippable         whether a child may sit directly below this level's parent, skipping it
 * @param gridLevel         whether this is the scheme's grid level (areas here carry a {@link GridKind})
 * @param overlay           whether this level is a management overlay outside the code chain
 */
public record Level(
        String scheme,
        int index,
        String key,
        String name,
        String localName,
        int segmentDigits,
        int significantDigits,
        int codeLength,
        List<SegmentClass> segmentClasses,
        boolean skippable,
        boolean gridLevel,
        boolean overlay) {

    /**
     * Validates the level on its own; {@link LevelScheme.Builder} checks how levels fit together.
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_LEVEL_SCHEME}) for impossible digit counts
     */
    public Level {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(localName, "localName");
        segmentClasses = List.copyOf(segmentClasses);
        if (index < 0) {
            throw InvalidInputException.of(ErrorCode.INVALID_LEVEL_SCHEME, "level '" + key + "'",
                    "index " + index + " is negative; indexes start at 0");
        }
        if (segmentDigits < 1 || segmentDigits > LevelScheme.MAX_SEGMENT_DIGITS) {
            throw InvalidInputException.of(ErrorCode.INVALID_LEVEL_SCHEME, "level '" + key + "'", "it has "
                    + segmentDigits + " segment digits; use 1 to " + LevelScheme.MAX_SEGMENT_DIGITS);
        }
        if (significantDigits < segmentDigits || codeLength < significantDigits
                || codeLength > LevelScheme.MAX_CODE_LENGTH) {
            throw InvalidInputException.of(ErrorCode.INVALID_LEVEL_SCHEME, "level '" + key + "'", "it has segment "
                    + segmentDigits + ", significant " + significantDigits + " and code length " + codeLength
                    + " digits; need segment <= significant <= length <= " + LevelScheme.MAX_CODE_LENGTH);
        }
    }

    /** The first digit position of this level's own segment. */
    public int segmentStart() {
        return significantDigits - segmentDigits;
    }

    /**
     * The class of a segment value at this level, if the level defines classes and one contains it.
     *
     * @param segment the segment value, e.g. {@code 1} for the segment {@code 001}
     * @return the class, or empty
     */
    public Optional<SegmentClass> classify(long segment) {
        for (SegmentClass c : segmentClasses) {
            if (c.contains(segment)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code segment} is allowed at this level. */
    public boolean allowsSegment(long segment) {
        if (segment < 1) {
            return false;
        }
        return segmentClasses.isEmpty() || classify(segment).isPresent();
    }

    /**
     * Checks that {@code code} has the form of a code at this level: {@link #codeLength()} decimal
     * digits, an allowed segment, zero padding. Whether it extends its parent's code is checked when
     * a {@link GridTree} is built.
     *
     * @param code the code to check
     * @return what is wrong with it and how to fix it, or empty if it is well formed
     */
    public Optional<String> checkCode(String code) {
        Objects.requireNonNull(code, "code");
        if (code.length() != codeLength) {
            return Optional.of("code '" + code + "' has " + code.length() + " digits; a " + key + " code has "
                    + codeLength + " (" + describeLayout() + ")");
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of("code '" + code + "' has '" + c + "' at position " + (i + 1)
                        + "; area codes are decimal digits only");
            }
        }
        long segment = Long.parseLong(code, segmentStart(), significantDigits, 10);
        if (!allowsSegment(segment)) {
            return Optional.of("code '" + code + "' has segment '" + code.substring(segmentStart(), significantDigits)
                    + "' (digits " + (segmentStart() + 1) + "-" + significantDigits + "), not allowed for " + this
                    + "; allowed: " + describeSegments());
        }
        for (int i = significantDigits; i < codeLength; i++) {
            if (code.charAt(i) != '0') {
                return Optional.of("code '" + code + "' must end in " + "0".repeat(codeLength - significantDigits)
                        + " at level " + this + " (only the first " + significantDigits
                        + " digits are significant); is it an area of a lower level?");
            }
        }
        return Optional.empty();
    }

    private String describeLayout() {
        StringBuilder sb = new StringBuilder();
        if (segmentStart() > 0) {
            sb.append(segmentStart()).append(index == 0 ? " leading digits of the enclosing area, " : " of the parent, ");
        }
        sb.append(segmentDigits).append(" of its own segment");
        if (codeLength > significantDigits) {
            sb.append(", ").append(codeLength - significantDigits).append(" zeros");
        }
        return sb.toString();
    }

    private String describeSegments() {
        if (segmentClasses.isEmpty()) {
            return "any segment but " + "0".repeat(segmentDigits);
        }
        StringBuilder sb = new StringBuilder();
        for (SegmentClass c : segmentClasses) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(pad(c.min())).append('-').append(pad(c.max())).append(' ').append(c.name())
                    .append(" (").append(c.localName()).append(')');
        }
        return sb.toString();
    }

    private String pad(int value) {
        String s = Integer.toString(value);
        return s.length() >= segmentDigits ? s : "0".repeat(segmentDigits - s.length()) + s;
    }

    /** Renders as {@code key (localName)}, e.g. {@code township (乡镇/街道)}. */
    @Override
    public String toString() {
        return key + " (" + localName + ")";
    }
}
