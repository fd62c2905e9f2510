package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.util.List;
import java.util.Objects;

/**
 * The answer to "who holds role R for network N in area A": the people found and where.
 *
 * @param area     the area where they were found: A itself, or the nearest ancestor that had someone
 * @param levelsUp 0 if found at A, 1 at its parent, and so on
 * @param holders  the assignments found there, at least one, ordered by person id
 */
public record StaffMatch(Area area, int levelsUp, List<StaffAssignment> holders) {
    /** Validates the parts. */
    public StaffMatch {
        Objects.requireNonNull(area, "area");
        holders = List.copyOf(holders);
        if (levelsUp < 0 || holders.isEmpty()) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "staff match",
                    "a match is at 0 or more levels up and has at least one holder");
        }
    }

    /** Whether the holders were found above the area asked about. */
    public boolean isInherited() {
        return levelsUp > 0;
    }
}
