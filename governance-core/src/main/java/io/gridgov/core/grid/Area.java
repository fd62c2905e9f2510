package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One area of a grid hierarchy: a province, a street, a community, a grid, a building. It is both
 * what a {@link GridTree} is built from and what its code-based queries return.
 *
 * <p>The constructor checks everything that concerns the area alone (its code's form at its level,
 * a name, a grid kind exactly when it is at the grid level); how it fits with the others (parents,
 * duplicates, cycles) is checked when the tree is built.
 *
 * @param code       the area code, e.g. {@code 370402001001003}; see {@link Level} for its form
 * @param name       display name, e.g. {@code 富隆社区第3网格}; not blank
 * @param level      the level, from the tree's {@link LevelScheme}
 * @param gridKind   the grid's kind when {@code level} is the grid level; {@code null} otherwise
 * @param parentCode the parent's code, or {@code null} for a top area of the tree
 */
public record Area(String code, String name, Level level, GridKind gridKind, String parentCode) {

    /**
     * Validates the area on its own.
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_AREA_CODE}) listing every problem
     */
    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        List<Problem> problems = new ArrayList<>(2);
        level.checkCode(code).ifPresent(m -> problems.add(new Problem(code, m)));
        if (name.isBlank()) {
            problems.add(new Problem(code, "the name is blank; every area needs a display name"));
        }
        if (level.gridLevel() && gridKind == null) {
            problems.add(new Problem(code, "an area at level " + level + " needs a grid kind; use BASIC for a"
                    + " residential grid or CAMPUS, MARKET, PARK, COMPOUND for an exclusive one"));
        } else if (!level.gridLevel() && gridKind != null) {
            problems.add(new Problem(code, "grid kind " + gridKind + " is only for areas at the grid level; an area"
                    + " at level " + level + " has none"));
        }
        if (code.equals(parentCode)) {
            problems.add(new Problem(code, "the area names itself as its parent; set the parent to the enclosing area"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_AREA_CODE, "area '" + code + "' is invalid", problems);
        }
    }

    /**
     * A grid at a scheme's grid level.
     *
     * @param code       the grid code
     * @param name       display name
     * @param scheme     the scheme
     * @param kind       basic or exclusive kind
     * @param parentCode the community or village
     * @return the area
     */
    public static Area grid(String code, String name, LevelScheme scheme, GridKind kind, String parentCode) {
        return new Area(code, name, scheme.gridLevel(), Objects.requireNonNull(kind, "kind"), parentCode);
    }

    /**
     * An area that is not a grid.
     *
     * @param code       the code
     * @param name       display name
     * @param level      its level (not the grid level)
     * @param parentCode the parent's code, or {@code null} for a top area
     * @return the area
     */
    public static Area of(String code, String name, Level level, String parentCode) {
        return new Area(code, name, level, null, parentCode);
    }

    /** The grid kind, if this is a grid. */
    public Optional<GridKind> kind() {
        return Optional.ofNullable(gridKind);
    }

    /** The parent's code, or empty for a top area. */
    public Optional<String> parent() {
        return Optional.ofNullable(parentCode);
    }

    /** Whether this area is a grid. */
    public boolean isGrid() {
        return gridKind != null;
    }
}
