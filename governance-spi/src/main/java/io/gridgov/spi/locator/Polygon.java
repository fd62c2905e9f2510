package io.gridgov.spi.locator;

import java.util.List;
import java.util.Objects;

/**
 * A polygon: an exterior ring and any holes, as in a GeoJSON Polygon. A point belongs to the polygon
 * when it lies inside or on the exterior ring and not strictly inside a hole: the exterior's edge and
 * the holes' edges belong to the polygon. Holes are not checked to lie inside the exterior; a hole
 * outside it changes nothing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param exterior the outline
 * @param holes    the holes; copied
 */
public record Polygon(Ring exterior, List<Ring> holes) {
    /** Rejects nulls and copies the holes. */
    public Polygon {
        Objects.requireNonNull(exterior, "exterior");
        holes = List.copyOf(holes);
    }

    /**
     * A polygon.
     *
     * @param exterior the outline
     * @param holes    the holes
     * @return the polygon
     */
    public static Polygon of(Ring exterior, Ring... holes) {
        return new Polygon(exterior, List.of(holes));
    }

    /** Whether the point (longitude, latitude) belongs to the polygon, its edges included. */
    boolean contains(double lon, double lat) {
        if (exterior.locate(lon, lat) < 0) {
            return false;
        }
        for (Ring h : holes) {
            if (h.locate(lon, lat) > 0) {
                return false;
            }
        }
        return true;
    }
}
