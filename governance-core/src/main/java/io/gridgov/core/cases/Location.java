package io.gridgov.core.cases;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.personal.FreeText;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a case is: the code of the smallest known area (a grid, a building), optionally the
 * coordinates, and the address as people wrote it. The address may be a home address, so it is
 * {@link FreeText} and {@link #toString()} does not show it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Location {
    private final String areaCode;
    private final GeoPoint point;
    private final FreeText address;

    private Location(String areaCode, GeoPoint point, FreeText address) {
        this.areaCode = areaCode;
        this.point = point;
        this.address = address;
    }

    /**
     * A location.
     *
     * @param areaCode the area code, 1 to 34 digits (checked against the grid tree when the case is reported)
     * @param point    the coordinates, or {@code null} when not known
     * @param address  the address as written; may be empty
     * @return the location
     * @throws InvalidInputException if the area code is not 1 to 34 digits
     */
    public static Location of(String areaCode, GeoPoint point, FreeText address) {
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(address, "address");
        if (areaCode.isEmpty() || areaCode.length() > 34 || !areaCode.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "location.areaCode", "an area code is 1 to 34"
                    + " digits; use the code of the grid or building where the case is");
        }
        return new Location(areaCode, point, address);
    }

    /** A location known only by its area. */
    public static Location inArea(String areaCode) {
        return of(areaCode, null, FreeText.empty());
    }

    /** The area code. */
    public String areaCode() {
        return areaCode;
    }

    /** The coordinates, if known. */
    public Optional<GeoPoint> point() {
        return Optional.ofNullable(point);
    }

    /** The address as written (personal data; may be empty). */
    public FreeText address() {
        return address;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && areaCode.equals(l.areaCode) && Objects.equals(point, l.point)
                && address.equals(l.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(areaCode, point, address);
    }

    /** Renders the area code and whether there are coordinates; never the address. */
    @Override
    public String toString() {
        return "Location[" + areaCode + (point != null ? ", with coordinates" : "") + "]";
    }
}
