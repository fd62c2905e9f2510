/**
 * The grid locator: WGS-84 coordinates to the most specific area containing them, and the boundaries
 * (rings, polygons with holes, multipolygons) it works on.
 *
 * <p>Entry points: {@link io.gridgov.spi.locator.GridLocator}, the port; {@link
 * io.gridgov.spi.locator.PolygonGridLocator}, the in-memory default over the boundaries of a grid file;
 * the values {@link io.gridgov.spi.locator.Boundary}, {@link io.gridgov.spi.locator.Polygon} and {@link
 * io.gridgov.spi.locator.Ring}.
 *
 * <pre>{@code
 * GridLocator locator = PolygonGridLocator.of(file.tree(), file.boundaries());   // from a grid file's areas
 * Optional<String> area = locator.locate(new GeoPoint(34.8645, 117.5570));   // latitude, longitude
 * }</pre>
 *
 * <p><b>Nulls:</b> no method accepts {@code null}; a {@code null} argument throws
 * {@link java.lang.NullPointerException} naming the parameter. No method returns {@code null}.
 *
 * <p><b>Threads:</b> every type here is immutable and thread-safe.
 */
package io.gridgov.spi.locator;
