package io.gridgov.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Each benchmark thread's position in the precomputed query arrays. Stepping it costs the same for
 * every peer, so the choice of a query is not what is measured.
 */
@State(Scope.Thread)
public class Cursor {
    private int i;

    /** The next query index, cycling through {@link Fixture#QUERIES}. */
    public int next() {
        i = (i + 1) & Fixture.MASK;
        return i;
    }
}
