package io.gridgov.spi.store;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a commit: the snapshots as stored, in the commit's order (the aggregate the command was
 * addressed to first; for a diversion, the dispute it opened second), and whether this call wrote them or
 * found the command already committed and returned what was recorded then.
 *
 * <p>Immutable and thread-safe.
 *
 * @param snapshots the snapshots the command produced; never empty
 * @param replayed  {@code true} if the command had been committed before and nothing was written now
 * @param <A>       the aggregate type
 */
public record Committed<A>(List<A> snapshots, boolean replayed) {
    /** Copies the snapshots and rejects an empty list. */
    public Committed {
        snapshots = List.copyOf(Objects.requireNonNull(snapshots, "snapshots"));
        if (snapshots.isEmpty()) {
            throw new IllegalArgumentException("a commit stores at least one snapshot");
        }
    }

    /** The snapshot of the aggregate the command was addressed to (the first). */
    public A snapshot() {
        return snapshots.get(0);
    }

    /**
     * The same outcome marked as a replay, for a store returning a recorded outcome.
     *
     * @return a copy with {@code replayed} set
     */
    public Committed<A> asReplay() {
        return new Committed<>(snapshots, true);
    }
}
