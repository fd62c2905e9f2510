/**
 * The in-memory implementations of the SPI: the embedded default, used by the examples and tests and by
 * hosts that need no database.
 *
 * <p>Entry points: {@link io.gridgov.spi.memory.MemoryStore} (a case store, a dispute store and their
 * shared outbox, indexed for every query and passing the conformance kit) and
 * {@link io.gridgov.spi.memory.MemoryNotifier} (records deliveries). The engines behind them are
 * package-private.
 *
 * <p><b>Nulls:</b> no method accepts {@code null}; a {@code null} argument throws
 * {@link java.lang.NullPointerException}. Look-ups return {@link java.util.Optional}.
 *
 * <p><b>Threads:</b> every class here is thread-safe.
 */
package io.gridgov.spi.memory;
