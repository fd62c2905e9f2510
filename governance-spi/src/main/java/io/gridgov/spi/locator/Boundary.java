package io.gridgov.spi.locator;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.cases.GeoPoint;

import java.util.List;
import java.util.Objects;

/**
 * The boundary of an area: one or more {@link Polygon}s (a GeoJSON Polygon or MultiPolygon), in
 * WGS-84 longitude and latitude. A grid file may give one per area ({@code docs/grid-file.md}); the
 * {@link PolygonGridLocator} finds areas by them.
 *
 * <p>{@link #contains} is the reference semantics every {@link GridLocator} follows: a point belongs to
 * the boundary when it belongs to one of its polygons, edges included.
 *
 * <p>Immutable and thread-safe.
 *
 * @param polygons the polygons, at least one; copied
 */
public record Boundary(List<Polygon> polygons) {
    /**
     * Copies the polygons.
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_BOUNDARY}) if there is no polygon
     */
    public Boundary {
        polygons = List.copyOf(polygons);
        if (polygons.isEmpty()) {
            throw InvalidInputException.of(ErrorCode.INVALID_BOUNDARY, "polygons", "a boundary has at least one"
                    + " polygon; leave the boundary out for an area without one");
        }
    }

    /**
     * A boundary of one polygon.
     *
     * @param exterior the outline
     * @param holes    its holes
     * @return the boundary
     */
    public static Boundary polygon(Ring exterior, Ring... holes) {
        return new Boundary(List.of(Polygon.of(exterior, holes)));
    }

    /**
     * A boundary of several polygons (a multipolygon: an area in pieces).
     *
     * @param polygons the polygons, at least one
     * @return the boundary
     */
    public static Boundary of(Polygon... polygons) {
        return new Boundary(List.of(polygons));
    }

    /**
     * Whether a point lies inside the boundary or on its edge (a point on a hole's edge is inside; a
     * point strictly inside a hole is not).
     *
     * @param point the point
     * @return whether the boundary contains it
     */
    public boolean contains(GeoPoint point) {
        Objects.requireNonNull(point, "point");
        return contains(point.longitude(), point.latitude());
    }

    boolean contains(double lon, double lat) {
        for (Polygon p : polygons) {
            if (p.contains(lon, lat)) {
                return true;
            }
        }
        return false;
    }
}
