package io.gridgov.core.grid;

/**
 * The kind of a grid. A <em>basic</em> grid (基础网格) covers residential households; an
 * <em>exclusive</em> grid (专属网格) covers one unit with its own management: a campus, a market, an
 * enterprise or industrial park, a government compound. Longshan Road Street has 44 basic and 8
 * exclusive grids.
 */
public enum GridKind {
    /** A residential grid (基础网格). */
    BASIC("基础网格"),
    /** An exclusive grid for a school or university campus (校园专属网格). */
    CAMPUS("校园专属网格"),
    /** An exclusive grid for a market or commercial complex (商圈/市场专属网格). */
    MARKET("市场专属网格"),
    /** An exclusive grid for an enterprise or industrial park (园区专属网格). */
    PARK("园区专属网格"),
    /** An exclusive grid for a government or institutional compound (机关专属网格). */
    COMPOUND("机关专属网格");

    private final String localName;

    GridKind(String localName) {
        this.localName = localName;
    }

    /** Whether this is one of the exclusive kinds (专属网格). */
    public boolean isExclusive() {
        return this != BASIC;
    }

    /** The Chinese name, e.g. {@code 基础网格}. */
    public String localName() {
        return localName;
    }
}
