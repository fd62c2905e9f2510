/**
 * Statistics: the rates cities are assessed on, as pure functions over the library's own snapshots.
 * Today the mediation success rate (调解成功率) of Hongqi's and Changde's reports, overall and by
 * category, domain, committee, area subtree, area at a level and period.
 *
 * <h2>Entry points</h2>
 * {@link io.gridgov.core.stats.MediationStats} (static functions over a collection of
 * {@link io.gridgov.core.mediation.Dispute}s) and {@link io.gridgov.core.stats.Rate} (a numerator over a
 * denominator, counted exactly in {@code long}s, shown as a percentage rounded half up). Breakdowns by
 * area are {@link io.gridgov.core.stats.AreaRates}, which also say how many mediations could not be
 * placed.
 *
 * <p>Nothing here reads a store or a clock: the host passes in the disputes it loaded and, for a period,
 * the instants that bound it. The functions are deterministic: the same input gives the same figures and
 * the same map order.
 *
 * <h2>Policies</h2>
 * <b>Nulls:</b> no parameter accepts {@code null}, nor may a collection of disputes hold one; either
 * throws {@link java.lang.NullPointerException} naming it. Nothing returns {@code null}: a rate without
 * data has an empty {@link io.gridgov.core.stats.Rate#value()}.
 * <b>Errors:</b> an area code the grid tree does not hold throws {@link io.gridgov.core.NotFoundException},
 * as in {@code io.gridgov.core.grid}; a rate whose numerator is negative or above its denominator, or a
 * period that ends before it starts, throws {@link io.gridgov.core.InvalidInputException}.
 * <b>Threads:</b> every type here is immutable and thread-safe; the functions keep no state.
 */
package io.gridgov.core.stats;
