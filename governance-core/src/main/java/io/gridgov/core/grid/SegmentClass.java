package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.util.Objects;

/**
 * A range of a level's own code segment that carries a meaning. In the national scheme, township
 * segments 001–099 are streets (街道), 100–199 towns (镇), 200–399 townships (乡) and 400–599
 * government-enterprise units; village segments 001–199 are residents' committees (居委会) and
 * 200–399 villagers' committees (村委会). A level's segment must fall into one of its classes.
 *
 * @param min       the smallest segment value of the class, at least 1 (a segment of zeros means "none")
 * @param max       the largest segment value, at least {@code min}
 * @param name      English name, e.g. {@code "street"}
 * @param localName Chinese name, e.g. {@code "街道"}
 */
public record SegmentClass(int min, int max, String name, String localName) {
    /**
     * Validates the range and names.
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_LEVEL_SCHEME}) for an empty range or one starting below 1
     */
    public SegmentClass {
        if (min < 1 || max < min) {
            throw InvalidInputException.of(ErrorCode.INVALID_LEVEL_SCHEME, "segment class '" + name + "'", "the range "
                    + min + ".." + max + " is empty or starts below 1; a range starts at 1 or more and does not end"
                    + " before it starts");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(localName, "localName");
    }

    /** Whether {@code segment} lies in this class's range. */
    public boolean contains(long segment) {
        return segment >= min && segment <= max;
    }
}
