package io.gridgov.core.grid;

import java.util.List;
import java.util.Objects;

/**
 * One change between two snapshots of a grid tree, as found by {@link Redivision}.
 *
 * @param type   what happened
 * @param before the codes involved in the old snapshot (empty for {@link Type#ADDED})
 * @param after  the codes involved in the new snapshot
 */
public record AreaChange(Type type, List<String> before, List<String> after) {

    /** What happened to an area when the grids were re-drawn ("combing the net"). */
    public enum Type {
        /** A new area with no predecessor. */
        ADDED,
        /** Several old areas became one (the survivor may be one of them, kept, or a new code). */
        MERGED,
        /** One old area became several. */
        SPLIT,
        /** Several old areas were re-drawn into several new ones. */
        REDRAWN,
        /** One old area continues under a new code below the same parent. */
        RENUMBERED,
        /** One area now sits below another parent (same code, or a new code under a new parent). */
        MOVED,
        /** Same code and parent, another name. */
        RENAMED,
        /** Same grid, another grid kind (e.g. a basic grid became an exclusive market grid). */
        KIND_CHANGED
    }

    /** Validates the parts. */
    public AreaChange {
        Objects.requireNonNull(type, "type");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
