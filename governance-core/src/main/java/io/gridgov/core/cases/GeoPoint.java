package io.gridgov.core.cases;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

/**
 * A point on the earth in WGS-84 degrees (what GPS reports; convert GCJ-02 map coordinates first).
 *
 * @param latitude  -90 to 90
 * @param longitude -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {
    /**
     * Validates the ranges.
     *
     * @throws InvalidInputException if a coordinate is out of range or not a number
     */
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "coordinates", "(" + latitude + ", " + longitude
                    + ") is not a WGS-84 point; give latitude -90..90 and longitude -180..180, in that order");
        }
    }

    /**
     * Renders the point rounded to 0.1 degree (about 10 km): a case's exact coordinates can be a home,
     * so logs and messages get only the neighbourhood.
     */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "GeoPoint[~%.1f, ~%.1f]", latitude, longitude);
    }
}
