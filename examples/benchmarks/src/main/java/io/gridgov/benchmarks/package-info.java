/**
 * JMH benchmarks of the hot paths, each against what platforms write by hand or pick instead, in the
 * same run and on the same inputs; never published.
 *
 * <p>The grid hierarchy, against the naive object tree platforms write by hand:
 * {@link io.gridgov.benchmarks.NationalTreeGenerator} (a seeded synthetic national
 * tree of about 5.6 million areas, or a fraction of it), {@link io.gridgov.benchmarks.NaiveTree} (the
 * peer), the benchmark classes {@code TreeBuildBenchmark}, {@code ByCodeBenchmark},
 * {@code IsAncestorBenchmark}, {@code LcaBenchmark}, {@code AncestorAtBenchmark}, and the
 * {@link io.gridgov.benchmarks.HeapFootprint} main.
 *
 * <p>The case lifecycle: {@code CaseLifecycleBenchmark} runs gridgov's full loop (report to evaluation,
 * every check, deadlines and events), with and without Bean Validation, and its bare table look-up,
 * against a hand-written enum switch, stateless4j and Spring Statemachine doing the bare seven-state
 * machine; {@code CaseFixture} is its small world.
 *
 * <p>Routing decisions (issue 6): {@code RoutingDecisionBenchmark} routes the cases of
 * {@code RoutingMix} through a Zhangzhou-sized responsibility list
 * ({@link io.gridgov.benchmarks.ZhangzhouList}, 10,126 entries) with gridgov's compiled router, Easy Rules
 * 4.1, a hand-written linear scan and a bare {@code HashMap}; {@link io.gridgov.benchmarks.RoutingHeapFootprint}
 * measures the heap each keeps.
 *
 * <p>How to run them and what they showed: {@code docs/BENCHMARKS.md}.
 *
 * <p>Nulls: no method accepts {@code null} unless it says so.
 */
package io.gridgov.benchmarks;
