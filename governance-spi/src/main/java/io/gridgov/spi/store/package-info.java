/**
 * The storage ports a host implements over its database: {@link io.gridgov.spi.store.CaseStore} and
 * {@link io.gridgov.spi.store.DisputeStore}, both an {@link io.gridgov.spi.store.AggregateStore}.
 *
 * <p>Entry points: a command's whole effect goes in one {@link io.gridgov.spi.store.CaseCommit} or
 * {@link io.gridgov.spi.store.DisputeCommit} (snapshot, expected version, events, notifications, command
 * id), committed atomically and idempotently; a stale version fails with
 * {@link io.gridgov.spi.store.VersionConflictException}. Queries take a {@link io.gridgov.spi.store.Query}
 * (states, {@link io.gridgov.spi.store.AreaSubtree}, owner, {@link io.gridgov.spi.store.DueDates due}
 * before) and a {@link io.gridgov.spi.store.PageRequest}, and return a {@link io.gridgov.spi.store.Page}.
 * The in-memory default is {@code io.gridgov.spi.memory.MemoryStore}; {@code docs/implementing-the-spi.md}
 * explains a relational implementation and how to run the conformance kit against it.
 *
 * <p><b>Nulls:</b> no method accepts {@code null} unless its documentation says so; a {@code null}
 * argument throws {@link java.lang.NullPointerException} naming the parameter. Look-ups return
 * {@link java.util.Optional}.
 *
 * <p><b>Threads:</b> the values here are immutable; the ports are specified for concurrent use.
 */
package io.gridgov.spi.store;
