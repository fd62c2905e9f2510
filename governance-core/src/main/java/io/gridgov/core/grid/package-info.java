/**
 * The grid hierarchy (网格化管理): the nested areas a city is divided into, the form of their codes,
 * the people responsible for them, and how they are re-drawn.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link io.gridgov.core.grid.LevelScheme}: the levels as data, with the national preset
 *       ({@link io.gridgov.core.grid.LevelScheme#chinaNational()}), Longshan's street-led preset
 *       ({@link io.gridgov.core.grid.LevelScheme#longshanStreet()}) and a builder for other cities.</li>
 *   <li>{@link io.gridgov.core.grid.Area}: one area; its constructor validates the code against the level.</li>
 *   <li>{@link io.gridgov.core.grid.GridTree}: an immutable, validated snapshot of the hierarchy, with
 *       look-up by code, ancestry in O(1), lowest common ancestor, ancestor at a level, subtrees, counts.</li>
 *   <li>{@link io.gridgov.core.grid.Staffing}: who holds which {@link io.gridgov.core.grid.StaffRole}
 *       for which {@link io.gridgov.core.grid.Network} in an area, falling back up the tree.</li>
 *   <li>{@link io.gridgov.core.grid.Redivision}: what changed between two snapshots and where the cases
 *       of a removed area go.</li>
 * </ul>
 * Reading and writing grid files (JSON) lives in {@code io.gridgov.spi.json}.
 *
 * <h2>Policies</h2>
 * <b>Nulls:</b> no parameter accepts {@code null} unless documented (only {@link io.gridgov.core.grid.Area}'s
 * {@code gridKind} and {@code parentCode} components do); {@code null} throws
 * {@link java.lang.NullPointerException} naming the parameter. Look-ups that may find nothing return
 * {@link java.util.Optional}, or {@code -1} on the {@code int} node-number paths.
 * <b>Errors:</b> invalid input throws {@link io.gridgov.core.InvalidInputException} listing every problem;
 * an unknown code in a query throws {@link io.gridgov.core.NotFoundException}.
 * <b>Threads:</b> every type here is immutable and thread-safe, except the builder of a level scheme.
 */
package io.gridgov.core.grid;
