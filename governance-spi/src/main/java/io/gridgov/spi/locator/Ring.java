package io.gridgov.spi.locator;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A closed ring of WGS-84 positions, as in GeoJSON (RFC 7946 §3.1.6): at least four positions, the last
 * equal to the first, each a longitude and a latitude in degrees. It is the outline of a
 * {@link Polygon} or of one of its holes.
 *
 * <p>What is checked: the number of positions, the ranges (longitude -180..180, latitude -90..90, finite),
 * that the ring is closed, and that it encloses some area (not all on one line). What is not: that the
 * ring does not cross itself (a self-crossing ring is read with the even-odd rule), its orientation
 * (GeoJSON's counter-clockwise exteriors are recommended, not required), and rings crossing the
 * antimeridian (coordinates are taken literally, as a plane of longitude and latitude).
 *
 * <p>Immutable and thread-safe.
 */
public final class Ring {
    /** The fewest positions a ring has: a triangle and its closing position. */
    public static final int MIN_POSITIONS = 4;

    private final double[] lon;
    private final double[] lat;
    private final double minLon;
    private final double minLat;
    private final double maxLon;
    private final double maxLat;

    private Ring(double[] lon, double[] lat) {
        this.lon = lon;
        this.lat = lat;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < lon.length; i++) {
            x0 = Math.min(x0, lon[i]);
            y0 = Math.min(y0, lat[i]);
            x1 = Math.max(x1, lon[i]);
            y1 = Math.max(y1, lat[i]);
        }
        this.minLon = x0;
        this.minLat = y0;
        this.maxLon = x1;
        this.maxLat = y1;
    }

    /**
     * A ring from alternating longitudes and latitudes: {@code lon0, lat0, lon1, lat1, ...}, the last
     * position equal to the first.
     *
     * @param lonLat the coordinates, longitude first (the GeoJSON order); copied
     * @return the ring
     * @throws InvalidInputException ({@link ErrorCode#INVALID_BOUNDARY}) listing every problem of {@link #check}
     */
    public static Ring of(double... lonLat) {
        Objects.requireNonNull(lonLat, "lonLat");
        List<Problem> problems = check(lonLat);
        if (!problems.isEmpty()) {
            List<Problem> named = new ArrayList<>(problems.size());
            for (Problem p : problems) {
                named.add(new Problem("ring" + p.where(), p.message()));
            }
            throw new InvalidInputException(ErrorCode.INVALID_BOUNDARY, "the ring is invalid", named);
        }
        int n = lonLat.length / 2;
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            lon[i] = lonLat[2 * i];
            lat[i] = lonLat[2 * i + 1];
        }
        return new Ring(lon, lat);
    }

    /**
     * Every problem with a ring's coordinates, without building it. Each problem's {@code where} is a
     * JSON path suffix relative to the ring, as a file holds it ({@code [[lon, lat], ...]}): {@code ""}
     * for the ring as a whole, {@code "[3][0]"} for the longitude of its fourth position, {@code "[3][1]"}
     * for its latitude.
     *
     * @param lonLat alternating longitudes and latitudes
     * @return the problems, empty if the ring is valid
     */
    public static List<Problem> check(double[] lonLat) {
        List<Problem> problems = new ArrayList<>();
        if (lonLat.length % 2 != 0) {
            problems.add(new Problem("", "it has " + lonLat.length + " numbers, not pairs of longitude and latitude;"
                    + " give each position as [longitude, latitude]"));
            return problems;
        }
        int n = lonLat.length / 2;
        if (n < MIN_POSITIONS) {
            problems.add(new Problem("", "it has " + n + " positions; a ring needs at least " + MIN_POSITIONS
                    + " (three corners and the first again to close it)"));
            return problems;
        }
        for (int i = 0; i < n; i++) {
            double x = lonLat[2 * i];
            double y = lonLat[2 * i + 1];
            if (!(x >= -180 && x <= 180)) {
                problems.add(new Problem("[" + i + "][0]", "longitude " + x + " is not within -180 to 180; positions"
                        + " are [longitude, latitude] in WGS-84 degrees (is the order swapped?)"));
            }
            if (!(y >= -90 && y <= 90)) {
                problems.add(new Problem("[" + i + "][1]", "latitude " + y + " is not within -90 to 90; positions are"
                        + " [longitude, latitude] in WGS-84 degrees (is the order swapped?)"));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        int last = n - 1;
        if (lonLat[0] != lonLat[2 * last] || lonLat[1] != lonLat[2 * last + 1]) {
            problems.add(new Problem("", "the ring is not closed: its last position " + position(lonLat, last)
                    + " differs from its first " + position(lonLat, 0) + "; repeat the first position at the end"));
            return problems;
        }
        if (twiceArea(lonLat) == 0) {
            problems.add(new Problem("", "the ring encloses no area (its " + n + " positions lie on one line); give"
                    + " the corners of the area"));
        }
        return problems;
    }

    private static String position(double[] lonLat, int i) {
        return "[" + lonLat[2 * i] + ", " + lonLat[2 * i + 1] + "]";
    }

    /** Twice the signed area (shoelace), relative to the first position to keep precision. */
    private static double twiceArea(double[] lonLat) {
        double x0 = lonLat[0];
        double y0 = lonLat[1];
        double sum = 0;
        for (int i = 2; i + 3 < lonLat.length; i += 2) {
            double ax = lonLat[i] - x0;
            double ay = lonLat[i + 1] - y0;
            double bx = lonLat[i + 2] - x0;
            double by = lonLat[i + 3] - y0;
            sum += ax * by - bx * ay;
        }
        return sum;
    }

    /** The number of positions, the closing one included. */
    public int size() {
        return lon.length;
    }

    /** The longitude of position {@code i}. */
    public double longitude(int i) {
        return lon[i];
    }

    /** The latitude of position {@code i}. */
    public double latitude(int i) {
        return lat[i];
    }

    /** The smallest longitude. */
    public double minLongitude() {
        return minLon;
    }

    /** The smallest latitude. */
    public double minLatitude() {
        return minLat;
    }

    /** The largest longitude. */
    public double maxLongitude() {
        return maxLon;
    }

    /** The largest latitude. */
    public double maxLatitude() {
        return maxLat;
    }

    /**
     * Where a point lies: inside, on the ring (an edge or a corner), or outside. The even-odd rule; a
     * point is on an edge when the cross product of the edge and the point is exactly zero and the
     * point lies within the edge's extent.
     *
     * @return 1 inside, 0 on the ring, -1 outside
     */
    int locate(double x, double y) {
        if (x < minLon || x > maxLon || y < minLat || y > maxLat) {
            return -1;
        }
        boolean inside = false;
        for (int i = 0, n = lon.length - 1; i < n; i++) {
            double xi = lon[i];
            double yi = lat[i];
            double xj = lon[i + 1];
            double yj = lat[i + 1];
            double cross = (xj - xi) * (y - yi) - (x - xi) * (yj - yi);
            if (cross == 0 && x >= Math.min(xi, xj) && x <= Math.max(xi, xj) && y >= Math.min(yi, yj)
                    && y <= Math.max(yi, yj)) {
                return 0;
            }
            if ((yi > y) != (yj > y) && (yj > yi ? cross > 0 : cross < 0)) {
                inside = !inside;
            }
        }
        return inside ? 1 : -1;
    }

    /** Whether {@code o} is a ring with the same positions in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ring r && Arrays.equals(lon, r.lon) && Arrays.equals(lat, r.lat);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lon) + Arrays.hashCode(lat);
    }

    /** Renders as {@code Ring[5 positions, lon 117.1..117.2, lat 34.8..34.9]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Ring[%d positions, lon %s..%s, lat %s..%s]", lon.length, minLon, maxLon,
                minLat, maxLat);
    }
}
