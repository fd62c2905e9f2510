/**
 * Tracking numbers: the human-readable numbers of new cases and disputes.
 *
 * <p>Entry points: {@link io.gridgov.spi.tracking.TrackingNumbers}, the port a host may replace, and
 * {@link io.gridgov.spi.tracking.DailySequenceTrackingNumbers}, the default
 * {@code {area}-{yyyyMMdd}-{seq}} generator.
 *
 * <pre>{@code
 * TrackingNumbers numbers = DailySequenceTrackingNumbers.create();        // Asia/Shanghai days, 6-digit sequence
 * String n = numbers.next("370402003001", clock.instant());              // 370402003001-20240105-000001
 * }</pre>
 *
 * <p><b>Nulls:</b> no method accepts {@code null}; a {@code null} argument throws
 * {@link java.lang.NullPointerException} naming the parameter. No method returns {@code null}.
 *
 * <p><b>Threads:</b> the generators are thread-safe.
 */
package io.gridgov.spi.tracking;
