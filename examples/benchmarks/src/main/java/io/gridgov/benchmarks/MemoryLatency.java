package io.gridgov.benchmarks;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Calibration for reading the benchmark results: the time of one dependent random load from an
 * {@code int[]} of a given size (a pointer chase through a random cycle), from L1-sized to far larger
 * than the last-level cache. At national scale a query that must make {@code k} dependent random
 * reads cannot beat {@code k} times the large-array figure, whatever the data structure.
 *
 * <p>Run (from the repository root, after {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests}):
 * <pre>{@code
 * java -Xmx2g -cp examples/benchmarks/target/benchmarks.jar io.gridgov.benchmarks.MemoryLatency
 * }</pre>
 */
public final class MemoryLatency {
    private static final int STEPS = 5_000_000;

    private MemoryLatency() {
    }

    /**
     * Measures and prints.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        for (int mib : new int[] {1, 8, 32, 64, 128, 256}) {
            int n = mib * (1 << 20) / Integer.BYTES;
            int[] next = randomCycle(n);
            int x = 0;
            long best = Long.MAX_VALUE;
            for (int rep = 0; rep < 5; rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < STEPS; i++) {
                    x = next[x];
                }
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf(Locale.ROOT, "%4d MiB: %6.1f ns per dependent random load (%d)%n", mib,
                    (double) best / STEPS, x);
        }
    }

    /** A single cycle through all of {@code 0..n-1} in random order (Sattolo's algorithm). */
    private static int[] randomCycle(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] next = new int[n];
        for (int i = 0; i < n; i++) {
            next[order[i]] = order[(i + 1) % n];
        }
        return next;
    }
}
