package io.gridgov.spi.json;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.grid.Network;
import io.gridgov.core.grid.StaffAssignment;
import io.gridgov.core.grid.Staffing;
import io.gridgov.spi.locator.Boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The content of one grid file: a {@link GridTree} (with its {@link LevelScheme}), who staffs it
 * ({@link Staffing}), the networks the file defines beyond the five {@linkplain Network#standard()
 * standard} ones, and the {@linkplain Boundary boundaries} of those areas that have one drawn. Read and written by {@link GridFileCodec}; the format is described in
 * {@code docs/grid-file.md}.
 *
 * <p>The tree is the staffing's tree ({@link Staffing#tree()}), so the two can never disagree.
 *
 * <h2>Equality</h2>
 * {@link GridTree} and {@link Staffing} are snapshots without value equality, so this record defines
 * its own: two grid files are equal when they have equal schemes, the same areas in the same
 * (pre-)order, the same assignments in the same order, the same custom networks in the same
 * order and equal boundaries for the same areas. Reading what {@link GridFileCodec} wrote gives an equal grid file. {@code equals} compares
 * every area, so it costs time proportional to the size of the tree.
 *
 * <p>Immutable and thread-safe.
 *
 * @param staffing       the staff assignments, together with the tree they refer to
 * @param customNetworks the networks the file defines besides the standard ones, in the order they
 *                       are written; no standard network, no key twice, and every non-standard
 *                       network an assignment serves is among them
 * @param boundaries     the boundaries of areas of the tree, by area code; areas without one are absent.
 *                       A child's boundary need not lie within its parent's
 */
public record GridFile(Staffing staffing, List<Network> customNetworks, Map<String, Boundary> boundaries) {
    private static final String SAMPLE = "longshan-street.grid.json";

    /**
     * Validates that the custom networks cover the staffing and that every boundary belongs to an area
     * of the tree.
     *
     * @param staffing       the staff assignments, together with their tree
     * @param customNetworks the networks beyond the standard ones; copied
     * @param boundaries     boundaries by area code; copied
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) listing every problem: a
     *                               standard network or a key twice in {@code customNetworks}, an
     *                               assignment serving a network that is neither standard nor listed, a
     *                               boundary for a code the tree does not hold
     */
    public GridFile {
        Objects.requireNonNull(staffing, "staffing");
        customNetworks = List.copyOf(customNetworks);
        boundaries = Map.copyOf(boundaries);
        List<Problem> problems = new ArrayList<>();
        for (String code : new TreeMap<>(boundaries).keySet()) {
            if (staffing.tree().indexOf(code) < 0) {
                problems.add(new Problem("boundaries." + code, "a boundary is given for area " + code + ", which the"
                        + " grid tree does not hold; fix the code or add the area"));
            }
        }
        Map<String, Network> standard = standardByKey();
        Map<String, Network> custom = new HashMap<>();
        for (int i = 0; i < customNetworks.size(); i++) {
            Network n = customNetworks.get(i);
            String where = "customNetworks[" + i + "]";
            if (standard.containsKey(n.key())) {
                problems.add(new Problem(where, "'" + n.key() + "' is the key of a standard network; standard"
                        + " networks are always available, remove it from the custom networks"));
            } else if (custom.putIfAbsent(n.key(), n) != null) {
                problems.add(new Problem(where, "network key '" + n.key() + "' is listed twice; keep one"));
            }
        }
        List<StaffAssignment> assignments = staffing.assignments();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < assignments.size(); i++) {
            for (Network n : assignments.get(i).networks()) {
                Network known = standard.containsKey(n.key()) ? standard.get(n.key()) : custom.get(n.key());
                if (!n.equals(known) && reported.add(n.key())) {
                    problems.add(new Problem("staffing.assignments[" + i + "]", known == null
                            ? "network '" + n.key() + "' is neither standard nor among the custom networks; add it"
                                    + " to customNetworks, or build the file with GridFile.of(staffing)"
                            : "network '" + n.key() + "' differs from the network " + known.key() + " ("
                                    + known.localName() + ") of the same key; a key names one network only"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "the grid file's networks or boundaries do not"
                    + " fit its staffing and tree", problems);
        }
    }

    /**
     * A grid file without boundaries.
     *
     * @param staffing       the staff assignments, together with their tree
     * @param customNetworks the networks beyond the standard ones
     * @throws InvalidInputException as the canonical constructor
     */
    public GridFile(Staffing staffing, List<Network> customNetworks) {
        this(staffing, customNetworks, Map.of());
    }

    /**
     * This grid file with other boundaries.
     *
     * @param areaBoundaries boundaries by area code, replacing the present ones
     * @return the grid file
     * @throws InvalidInputException if a code is not in the tree
     */
    public GridFile withBoundaries(Map<String, Boundary> areaBoundaries) {
        return new GridFile(staffing, customNetworks, areaBoundaries);
    }

    /**
     * The boundary of an area, if the file draws one.
     *
     * @param areaCode an area code
     * @return the boundary or empty
     */
    public Optional<Boundary> boundary(String areaCode) {
        return Optional.ofNullable(boundaries.get(Objects.requireNonNull(areaCode, "areaCode")));
    }

    /**
     * A grid file with a tree and nobody assigned.
     *
     * @param tree the grid tree
     * @return the grid file
     */
    public static GridFile of(GridTree tree) {
        return new GridFile(Staffing.empty(tree), List.of());
    }

    /**
     * A grid file with a staffing; its custom networks are the non-standard networks the assignments
     * serve, ordered by key.
     *
     * @param staffing the staff assignments and their tree
     * @return the grid file
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) if an assignment serves a network
     *                               with a standard key but other names than the standard network
     */
    public static GridFile of(Staffing staffing) {
        Map<String, Network> standard = standardByKey();
        Map<String, Network> custom = new TreeMap<>();
        for (StaffAssignment a : staffing.assignments()) {
            for (Network n : a.networks()) {
                if (!standard.containsKey(n.key())) {
                    custom.putIfAbsent(n.key(), n);
                }
            }
        }
        return new GridFile(staffing, List.copyOf(custom.values()));
    }

    /**
     * Sample data for examples and tests: Longshan Road Street (龙山路街道), Shizhong District (市中区),
     * Zaozhuang (枣庄), Shandong, under the {@linkplain LevelScheme#longshanStreet() cn-longshan}
     * scheme. The street, 4 street-cadre areas (片区), 8 communities, 8 exclusive and 44 basic grids
     * and 453 buildings, the figures the 2022 report on the street gives; with grid leaders, grid
     * members, building leaders and professional forces identified by opaque ids ({@code P-0001}).
     *
     * <p>The street's code {@code 370402003} and every name below it are made up for the sample (the
     * report names no communities); the data is illustrative, not an official register. The file
     * is the resource {@code io/gridgov/spi/json/longshan-street.grid.json} of this module.
     *
     * @return the sample, read once and shared (it is immutable)
     */
    public static GridFile longshanSample() {
        return LongshanSample.FILE;
    }

    /**
     * The level scheme of the tree.
     *
     * @return {@code tree().scheme()}
     */
    public LevelScheme scheme() {
        return staffing.tree().scheme();
    }

    /**
     * The grid tree.
     *
     * @return {@code staffing().tree()}
     */
    public GridTree tree() {
        return staffing.tree();
    }

    /**
     * Whether {@code o} is a grid file with an equal scheme, the same areas in the same order, the
     * same assignments in the same order and the same custom networks.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof GridFile other)) {
            return false;
        }
        GridTree a = tree();
        GridTree b = other.tree();
        return a.scheme().equals(b.scheme()) && a.size() == b.size()
                && customNetworks.equals(other.customNetworks)
                && staffing.assignments().equals(other.staffing.assignments())
                && boundaries.equals(other.boundaries)
                && (a == b || sameAreas(a, b));
    }

    /** A hash consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(scheme(), tree().size(), staffing.assignments(), customNetworks, boundaries);
    }

    /**
     * Renders as {@code GridFile[scheme=cn-longshan, areas=522, assignments=..., customNetworks=[...],
     * boundaries=N]}.
     */
    @Override
    public String toString() {
        return "GridFile[scheme=" + scheme().key() + ", areas=" + tree().size() + ", assignments="
                + staffing.assignments().size() + ", customNetworks=" + customNetworks + ", boundaries="
                + boundaries.size() + "]";
    }

    private static boolean sameAreas(GridTree a, GridTree b) {
        for (int i = 0; i < a.size(); i++) {
            Area x = a.area(i);
            if (!x.equals(b.area(i))) {
                return false;
            }
        }
        return true;
    }

    static Map<String, Network> standardByKey() {
        Map<String, Network> m = new HashMap<>();
        for (Network n : Network.standard()) {
            m.put(n.key(), n);
        }
        return m;
    }

    /** The order networks are written in: the standard ones in their order, then the custom ones. */
    Comparator<Network> networkOrder() {
        Map<String, Integer> rank = new HashMap<>();
        for (Network n : Network.standard()) {
            rank.put(n.key(), rank.size());
        }
        for (Network n : customNetworks) {
            rank.put(n.key(), rank.size());
        }
        return Comparator.comparing((Network n) -> rank.getOrDefault(n.key(), Integer.MAX_VALUE))
                .thenComparing(Network::key);
    }

    /** Holds the sample; loaded on first use. */
    private static final class LongshanSample {
        static final GridFile FILE = load();

        private LongshanSample() {
        }

        private static GridFile load() {
            try (InputStream in = GridFile.class.getResourceAsStream(SAMPLE)) {
                if (in == null) {
                    throw new IllegalStateException("the sample " + SAMPLE + " is missing from the classpath next"
                            + " to " + GridFile.class.getName() + "; the governance-spi jar is incomplete");
                }
                return new GridFileCodec().read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sample " + SAMPLE, e);
            }
        }
    }
}
