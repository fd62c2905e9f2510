/**
 * JMH benchmarks of the grid hierarchy's hot paths, each against the naive object tree platforms write
 * by hand, in the same run and on the same inputs; never published.
 *
 * <p>Entry points: {@link io.gridgov.benchmarks.NationalTreeGenerator} (a seeded synthetic national
 * tree of about 5.6 million areas, or a fraction of it), {@link io.gridgov.benchmarks.NaiveTree} (the
 * peer), the benchmark classes {@code TreeBuildBenchmark}, {@code ByCodeBenchmark},
 * {@code IsAncestorBenchmark}, {@code LcaBenchmark}, {@code AncestorAtBenchmark}, and the
 * {@link io.gridgov.benchmarks.HeapFootprint} main. How to run them and what they showed:
 * {@code docs/BENCHMARKS.md}.
 *
 * <p>Nulls: no method accepts {@code null} unless it says so.
 */
package io.gridgov.benchmarks;
