package io.gridgov.spi.locator;

import io.gridgov.core.cases.GeoPoint;

import java.util.Optional;

/**
 * Finds the area a point lies in: WGS-84 coordinates (a GPS fix from a grid member's app, a camera's
 * position) to the code of the most specific area containing them, usually a grid or a building. Hosts
 * with a GIS back it with their map service; the default is the in-memory {@link PolygonGridLocator}
 * over the boundaries of a grid file.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Answer.</b> Among the areas whose boundary {@linkplain Boundary#contains contains} the point,
 *       the one at the deepest level of the tree's level scheme; when several at that level contain it
 *       (a point on the edge two grids share, or boundaries that overlap), the one with the smallest code
 *       (by {@link String#compareTo}). An area without a boundary is never the answer. A child's boundary
 *       need not lie within its parent's: a point in a grid is answered with the grid even if it lies
 *       outside the community's boundary.</li>
 *   <li><b>Edges.</b> A boundary is closed: a point exactly on an edge or a corner of an exterior ring,
 *       or on the edge of a hole, is contained; a point strictly inside a hole is not. A host's GIS may
 *       decide points within floating-point rounding of an edge either way; everywhere else its answer
 *       must equal the reference semantics.</li>
 *   <li><b>No match.</b> A point no boundary contains (outside the city, in a hole with nothing
 *       below it, in an area whose boundaries are not drawn) gives {@link Optional#empty()}, never an
 *       exception and never a guess.</li>
 *   <li><b>Coordinates.</b> WGS-84, as {@link GeoPoint} holds them; a host whose map uses GCJ-02 or
 *       BD-09 converts on its side. No wrap-around at the antimeridian.</li>
 *   <li><b>Thread safety.</b> {@link #locate} may be called by many threads at once. It has no side
 *       effects, so a retry is always safe.</li>
 *   <li><b>Failures.</b> A null point throws {@link NullPointerException}; a host's service failure is
 *       thrown as {@link io.gridgov.spi.store.StoreFailureException} (use {@code StoreFailureException.wrap}). Nothing else is thrown.</li>
 *   <li><b>Ordering and atomicity.</b> One answer per call, read from one consistent set of boundaries;
 *       a locator whose boundaries are replaced answers each call from the old set or the new, never a
 *       mix.</li>
 * </ul>
 */
@FunctionalInterface
public interface GridLocator {
    /**
     * The most specific area containing a point.
     *
     * @param point the point
     * @return the area's code, or empty if no area's boundary contains the point
     * @throws NullPointerException if {@code point} is null
     */
    Optional<String> locate(GeoPoint point);
}
