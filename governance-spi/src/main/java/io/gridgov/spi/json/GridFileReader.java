package io.gridgov.spi.json;

import static io.gridgov.spi.json.JsonPaths.ROOT;
import static io.gridgov.spi.json.JsonPaths.didYouMean;
import static io.gridgov.spi.json.JsonPaths.element;
import static io.gridgov.spi.json.JsonPaths.excerpt;
import static io.gridgov.spi.json.JsonPaths.member;
import static io.gridgov.spi.json.JsonPaths.quoted;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.grid.Network;
import io.gridgov.core.grid.StaffAssignment;
import io.gridgov.core.grid.StaffRole;
import io.gridgov.core.grid.Staffing;
import io.gridgov.spi.locator.Boundary;
import io.gridgov.spi.locator.Polygon;
import io.gridgov.spi.locator.Ring;

import java.io.CharConversionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a parsed JSON tree into a {@link GridFile}, collecting every problem with its JSON path.
 * Single use: one instance per file.
 *
 * <p>The order of work: the top-level members, the scheme, the custom networks, each area (its
 * members, then the {@link Area} constructor's own checks), the tree (only if every area could be
 * read), each staff entry, and the staffing (only if the tree was built and every entry could be
 * read). Problems are reported in that order; the problems of the tree are sorted by area.
 */
final class GridFileReader {
    /** The presets a file may name by key. */
    static final List<LevelScheme> PRESETS = LevelScheme.presets();

    private static final String SUMMARY = "the grid file is invalid (format " + GridFileCodec.FORMAT + ")";
    private static final String SCHEME = member(ROOT, "scheme");
    private static final String NETWORKS = member(ROOT, "networks");
    private static final String AREAS = member(ROOT, "areas");
    private static final String STAFF = member(ROOT, "staff");

    private static final List<String> TOP_MEMBERS = List.of("format", "scheme", "networks", "areas", "staff");
    private static final List<String> SCHEME_MEMBERS = List.of("key", "name", "rootPrefixDigits", "levels");
    private static final List<String> LEVEL_MEMBERS = List.of("key", "name", "localName", "segmentDigits",
            "codeLength", "skippable", "grid", "overlay", "segmentClasses");
    private static final List<String> CLASS_MEMBERS = List.of("min", "max", "name", "localName");
    private static final List<String> NETWORK_MEMBERS = List.of("key", "name", "localName");
    private static final List<String> AREA_MEMBERS = List.of("code", "name", "level", "parent", "kind", "boundary");
    private static final List<String> BOUNDARY_MEMBERS = List.of("type", "coordinates");
    private static final String POLYGON = "Polygon";
    private static final String MULTI_POLYGON = "MultiPolygon";
    private static final String PERSON = "person";
    private static final List<String> STAFF_MEMBERS = List.of(PERSON, "area", "role", "networks");

    private static final List<String> KINDS = Arrays.stream(GridKind.values()).map(Enum::name).toList();
    private static final List<String> ROLES = Arrays.stream(StaffRole.values()).map(Enum::name).toList();
    private static final Pattern ASSIGNMENT = Pattern.compile("assignments\\[(\\d+)](\\.areaCode)?");

    private final List<Problem> problems = new ArrayList<>();
    /** Standard and custom networks by key. */
    private final Map<String, Network> networks = new LinkedHashMap<>();
    private final List<Network> customNetworks = new ArrayList<>();
    /** Keys of custom networks whose declaration has a problem; staff may name them without a second one. */
    private final Set<String> brokenNetworks = new HashSet<>();
    /** The boundaries of the areas read, by code. */
    private final Map<String, Boundary> boundaries = new HashMap<>();

    GridFileReader() {
        for (Network n : Network.standard()) {
            networks.put(n.key(), n);
        }
    }

    // ------------------------------------------------------------------ malformed JSON

    /** The exception for bytes that are not text in a Unicode encoding Jackson knows. */
    static InvalidInputException undecodable(CharConversionException e) {
        return new InvalidInputException(ErrorCode.INVALID_DATA_FILE, SUMMARY, List.of(DataFileText.undecodable(e)));
    }

    /**
     * The exception for text that is not JSON, with the line, column and (as far as known) path; Jackson's
     * text is not repeated for a staff member's person, which may hold a phone number.
     */
    static InvalidInputException malformed(JsonProcessingException e) {
        return new InvalidInputException(ErrorCode.INVALID_DATA_FILE, SUMMARY,
                List.of(DataFileText.malformed(e, "a grid file", where -> where.endsWith("." + PERSON))));
    }

    // ------------------------------------------------------------------ the file

    GridFile read(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            problem(ROOT, "the file is empty; a grid file is a JSON object such as {\"format\": \""
                    + GridFileCodec.FORMAT + "\", \"scheme\": \"cn-national\", \"areas\": [...]}");
            throw failure();
        }
        if (!root.isObject()) {
            problem(ROOT, "expected a JSON object, found " + describe(root) + "; a grid file is an object"
                    + " {\"format\": \"" + GridFileCodec.FORMAT + "\", \"scheme\": ..., \"areas\": [...]}");
            throw failure();
        }
        Obj top = new Obj(root, ROOT, "a grid file", TOP_MEMBERS);
        String format = top.string("format", true, "start the file with \"format\": \"" + GridFileCodec.FORMAT + "\"");
        if (format != null && !format.equals(GridFileCodec.FORMAT)) {
            problem(member(ROOT, "format"), "format '" + excerpt(format) + "' is not supported; this version reads '"
                    + GridFileCodec.FORMAT + "'" + (format.startsWith("gridgov.grid/")
                    ? " only: convert the file, or read it with the gridgov version that wrote it"
                    : "; is this a grid file?"));
        }
        LevelScheme scheme = readScheme(root.get("scheme"));
        readNetworks(top.array("networks", false, ""));
        List<Area> areas = readAreas(top.array("areas", true, "list the areas, each {\"code\": ..., \"name\": ...,"
                + " \"level\": ...}, in any order"), scheme);
        GridTree tree = areas == null ? null : buildTree(scheme, areas);
        List<StaffAssignment> staff = readStaff(top.array("staff", false, ""));
        Staffing staffing = tree == null || staff == null ? null : buildStaffing(tree, staff);
        if (!problems.isEmpty() || staffing == null) {
            throw failure();
        }
        return new GridFile(staffing, customNetworks, boundaries);
    }

    private InvalidInputException failure() {
        return new InvalidInputException(ErrorCode.INVALID_DATA_FILE, SUMMARY, problems);
    }

    private void problem(String where, String message) {
        problems.add(new Problem(where, message));
    }

    // ------------------------------------------------------------------ scheme

    private LevelScheme readScheme(JsonNode node) {
        String presets = "the presets are 'cn-national' (China's statistical division with grids and buildings) and"
                + " 'cn-longshan' (Longshan Road Street's five levels)";
        if (node == null || node.isNull()) {
            problem(SCHEME, (node == null ? "missing" : "null") + "; name a preset scheme (" + presets + ") or define"
                    + " the scheme as an object {\"key\": ..., \"name\": ..., \"levels\": [...]}");
            return null;
        }
        if (node.isTextual()) {
            String key = node.textValue();
            for (LevelScheme p : PRESETS) {
                if (p.key().equals(key)) {
                    return p;
                }
            }
            problem(SCHEME, "no preset scheme '" + excerpt(key) + "'" + didYouMean(key, PRESETS.stream().map(LevelScheme::key)
                    .toList()) + "; " + presets + "; or define the scheme as an object {\"key\": ..., \"name\": ...,"
                    + " \"levels\": [...]}");
            return null;
        }
        if (!node.isObject()) {
            problem(SCHEME, "expected a preset key (a string) or a scheme (an object), found " + describe(node));
            return null;
        }
        return readCustomScheme(node);
    }

    private LevelScheme readCustomScheme(JsonNode node) {
        Obj s = new Obj(node, SCHEME, "a scheme", SCHEME_MEMBERS);
        String key = s.string("key", true, "give the scheme a stable key, e.g. \"changde\"");
        String name = s.string("name", true, "give the scheme a display name");
        Integer rootPrefix = s.integer("rootPrefixDigits", false, "the digits a top area's code carries before its"
                + " own segment, e.g. 6 for streets that carry their county's code");
        JsonNode levels = s.array("levels", true, "list the levels top first, each {\"key\", \"name\", \"localName\","
                + " \"segmentDigits\", \"codeLength\"}");
        List<LevelDraft> drafts = new ArrayList<>();
        if (levels != null) {
            String levelsPath = member(SCHEME, "levels");
            for (int i = 0; i < levels.size(); i++) {
                LevelDraft d = readLevel(levels.get(i), element(levelsPath, i));
                if (d != null) {
                    drafts.add(d);
                }
            }
        }
        if (!s.ok()) {
            return null;
        }
        int before = problems.size();
        // Two scheme-wide rules checked here, to say how to fix them in the file's terms.
        long grids = drafts.stream().filter(d -> d.grid).count();
        if (drafts.isEmpty()) {
            problem(member(SCHEME, "levels"), "the list is empty; list the levels top first, each {\"key\", \"name\","
                    + " \"localName\", \"segmentDigits\", \"codeLength\"}, and mark one with \"grid\": true");
        } else if (grids != 1) {
            problem(member(SCHEME, "levels"), grids + " levels are marked \"grid\": true; mark exactly one, the level"
                    + " whose areas are grids");
        }
        boolean wideChecked = problems.size() > before;
        int configured = problems.size();
        LevelScheme.Builder b = LevelScheme.builder(key, name);
        if (rootPrefix != null) {
            try {
                b.rootPrefixDigits(rootPrefix);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problem(member(SCHEME, "rootPrefixDigits"), p.message()));
            }
        }
        for (LevelDraft d : drafts) {
            b.level(d.key, d.name, d.localName, d.segmentDigits, d.codeLength);
            if (d.skippable) {
                b.skippable();
            }
            if (d.grid) {
                b.grid();
            }
            if (d.overlay) {
                b.overlay();
            }
            for (int j = 0; j < d.classes.size(); j++) {
                ClassDraft c = d.classes.get(j);
                try {
                    b.segmentClass(c.min, c.max, c.name, c.localName);
                } catch (InvalidInputException e) {
                    String at = element(member(d.path, "segmentClasses"), j);
                    e.problems().forEach(p -> problem(at, p.message()));
                }
            }
        }
        if (problems.size() > configured) {
            return null;
        }
        try {
            LevelScheme scheme = b.build();
            return wideChecked ? null : scheme;
        } catch (InvalidInputException e) {
            for (Problem p : e.problems()) {
                String w = p.where();
                String where;
                if (wideChecked && w.equals(key)) {
                    continue; // the scheme-wide rule already reported above
                } else if (w.startsWith(key + ".levels[")) {
                    where = SCHEME + w.substring(key.length());
                } else if (key.isBlank() && w.equals("key")) {
                    where = member(SCHEME, "key");
                } else {
                    where = SCHEME;
                }
                problem(where, p.message());
            }
            return null;
        }
    }

    private LevelDraft readLevel(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, "expected a level {\"key\", \"name\", \"localName\", \"segmentDigits\", \"codeLength\"},"
                    + " found " + describe(node));
            return null;
        }
        Obj l = new Obj(node, path, "a level", LEVEL_MEMBERS);
        LevelDraft d = new LevelDraft(path,
                l.string("key", true, "give the level a stable key used by areas, e.g. \"grid\""),
                l.string("name", true, "give the level an English name, e.g. \"grid\""),
                l.string("localName", true, "give the level its Chinese name, e.g. \"网格\""),
                l.integer("segmentDigits", true, "give the digits of the level's own code segment, e.g. 3"),
                l.integer("codeLength", true, "give the total digits of a code at this level, e.g. 15"),
                l.bool("skippable"), l.bool("grid"), l.bool("overlay"));
        JsonNode classes = l.array("segmentClasses", false, "");
        if (classes != null) {
            String classesPath = member(path, "segmentClasses");
            for (int j = 0; j < classes.size(); j++) {
                JsonNode c = classes.get(j);
                String cp = element(classesPath, j);
                if (!c.isObject()) {
                    problem(cp, "expected a segment class {\"min\", \"max\", \"name\", \"localName\"}, found "
                            + describe(c));
                    continue;
                }
                Obj co = new Obj(c, cp, "a segment class", CLASS_MEMBERS);
                Integer min = co.integer("min", true, "give the smallest segment value of the class, 1 or more");
                Integer max = co.integer("max", true, "give the largest segment value of the class");
                String name = co.string("name", true, "give the class an English name, e.g. \"street\"");
                String localName = co.string("localName", true, "give the class its Chinese name, e.g. \"街道\"");
                if (co.ok()) {
                    d.classes.add(new ClassDraft(min, max, name, localName));
                }
            }
        }
        return l.ok() ? d : null;
    }

    // ------------------------------------------------------------------ networks

    private void readNetworks(JsonNode array) {
        if (array == null) {
            return;
        }
        Map<String, Integer> declaredAt = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String path = element(NETWORKS, i);
            if (!node.isObject()) {
                problem(path, "expected a network {\"key\", \"name\", \"localName\"}, found " + describe(node));
                continue;
            }
            Obj o = new Obj(node, path, "a network", NETWORK_MEMBERS);
            String key = o.string("key", true, "give the network a stable key, e.g. \"urban-management\"");
            String name = o.string("name", true, "give the network an English name, e.g. \"urban management\"");
            String localName = o.string("localName", true, "give the network its Chinese name, e.g. \"城市管理\"");
            if (key != null) {
                String keyPath = member(path, "key");
                if (key.isBlank()) {
                    problem(keyPath, "the key is blank; give the network a stable key, e.g. \"urban-management\"");
                } else if (GridFile.standardByKey().containsKey(key)) {
                    problem(keyPath, "'" + excerpt(key) + "' is a standard network; the standard networks ("
                            + quoted(GridFile.standardByKey().keySet().stream().sorted().toList()) + ") are always"
                            + " available, remove this entry");
                } else if (declaredAt.containsKey(key)) {
                    problem(keyPath, "network '" + excerpt(key) + "' is already declared at "
                            + element(NETWORKS, declaredAt.get(key)) + "; declare each network once");
                } else {
                    declaredAt.put(key, i);
                }
            }
            if (key == null) {
                continue;
            }
            if (o.ok()) {
                Network n = Network.of(key, name, localName);
                networks.put(key, n);
                customNetworks.add(n);
            } else {
                brokenNetworks.add(key);
            }
        }
    }

    // ------------------------------------------------------------------ areas and tree

    /** The areas in file order, or null if any could not be read (or there is no scheme). */
    private List<Area> readAreas(JsonNode array, LevelScheme scheme) {
        if (array == null) {
            return null;
        }
        int before = problems.size();
        List<Area> areas = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String path = element(AREAS, i);
            if (!node.isObject()) {
                problem(path, "expected an area {\"code\", \"name\", \"level\", \"parent\", \"kind\", \"boundary\"}, found "
                        + describe(node));
                continue;
            }
            Area a = readArea(node, path, scheme);
            if (a != null) {
                areas.add(a);
            }
        }
        return scheme == null || problems.size() > before ? null : areas;
    }

    private Area readArea(JsonNode node, String path, LevelScheme scheme) {
        Obj o = new Obj(node, path, "an area", AREA_MEMBERS);
        List<String> levelKeys = scheme == null ? List.of() : scheme.levels().stream().map(Level::key).toList();
        String code = o.string("code", true, "give the area's code as a string of digits, e.g. \"370402003\"");
        String name = o.string("name", true, "give the area a display name, e.g. \"龙山路街道\"");
        String levelKey = o.string("level", true, scheme == null ? "give the key of the area's level"
                : "give the key of the area's level, one of " + quoted(levelKeys));
        String parent = o.string("parent", false, "give the code of the enclosing area, or leave parent out for a"
                + " top area");
        String kindName = o.string("kind", false, "give BASIC for a residential grid or CAMPUS, MARKET, PARK or"
                + " COMPOUND for an exclusive one; leave kind out for an area that is not a grid");
        Level level = null;
        if (levelKey != null && scheme != null) {
            level = scheme.findLevel(levelKey).orElse(null);
            if (level == null) {
                problem(member(path, "level"), "unknown level '" + excerpt(levelKey) + "'" + didYouMean(levelKey, levelKeys)
                        + "; scheme '" + scheme.key() + "' has the levels " + quoted(levelKeys));
            }
        }
        GridKind kind = null;
        if (kindName != null) {
            if (KINDS.contains(kindName)) {
                kind = GridKind.valueOf(kindName);
            } else {
                problem(member(path, "kind"), "unknown grid kind '" + excerpt(kindName) + "'" + didYouMean(kindName, KINDS)
                        + "; use BASIC for a residential grid or CAMPUS, MARKET, PARK or COMPOUND for an exclusive"
                        + " one, or leave kind out for an area that is not a grid");
            }
        }
        JsonNode boundaryNode = node.get("boundary");
        Boundary boundary = boundaryNode == null || boundaryNode.isNull() ? null
                : readBoundary(boundaryNode, member(path, "boundary"));
        if (!o.ok() || scheme == null) {
            return null;
        }
        try {
            Area area = new Area(code, name, level, kind, parent);
            if (boundary != null) {
                boundaries.putIfAbsent(code, boundary); // a code used twice is reported with the tree
            }
            return area;
        } catch (InvalidInputException e) {
            // The constructor's problems all name the code; attach each to the member at fault. Its
            // checks, in order: the code's form, a blank name, the grid kind, the area as its own parent.
            List<String> members = new ArrayList<>(4);
            if (level.checkCode(code).isPresent()) {
                members.add("code");
            }
            if (name.isBlank()) {
                members.add("name");
            }
            if (level.gridLevel() != (kind != null)) {
                members.add("kind");
            }
            if (code.equals(parent)) {
                members.add("parent");
            }
            boolean matched = members.size() == e.problems().size();
            for (int k = 0; k < e.problems().size(); k++) {
                problem(matched ? member(path, members.get(k)) : path, e.problems().get(k).message());
            }
            return null;
        }
    }

    // ------------------------------------------------------------------ boundaries

    /** A GeoJSON Polygon or MultiPolygon; null (with problems) if it cannot be read. */
    private Boundary readBoundary(JsonNode node, String path) {
        String shape = "a GeoJSON geometry {\"type\": \"Polygon\", \"coordinates\": [[[longitude, latitude], ...]]}"
                + " or {\"type\": \"MultiPolygon\", \"coordinates\": [[[[longitude, latitude], ...]], ...]}";
        if (!node.isObject()) {
            problem(path, "expected " + shape + ", found " + describe(node));
            return null;
        }
        Obj o = new Obj(node, path, "a boundary", BOUNDARY_MEMBERS);
        String type = o.string("type", true, "give \"Polygon\" or \"MultiPolygon\"");
        JsonNode coordinates = o.array("coordinates", true, "give the rings of the boundary: " + shape);
        if (type != null && !type.equals(POLYGON) && !type.equals(MULTI_POLYGON)) {
            problem(member(path, "type"), "boundary type '" + excerpt(type) + "' is not supported" + didYouMean(type,
                    List.of(POLYGON, MULTI_POLYGON)) + "; an area's boundary is a \"Polygon\" or a \"MultiPolygon\"");
            return null;
        }
        if (type == null || coordinates == null) {
            return null;
        }
        String coordinatesPath = member(path, "coordinates");
        List<Polygon> polygons = new ArrayList<>();
        if (type.equals(POLYGON)) {
            Polygon p = readPolygon(coordinates, coordinatesPath);
            if (p != null) {
                polygons.add(p);
            }
        } else if (coordinates.isEmpty()) {
            problem(coordinatesPath, "the MultiPolygon has no polygons; give at least one, or leave the boundary out");
        } else {
            for (int i = 0; i < coordinates.size(); i++) {
                Polygon p = readPolygon(coordinates.get(i), element(coordinatesPath, i));
                if (p != null) {
                    polygons.add(p);
                }
            }
        }
        return o.ok() ? new Boundary(polygons) : null;
    }

    /** A polygon: an array of rings, the exterior first, then the holes. */
    private Polygon readPolygon(JsonNode node, String path) {
        if (!node.isArray()) {
            problem(path, "expected a polygon, an array of rings (the outline first, then any holes), found "
                    + describe(node));
            return null;
        }
        if (node.isEmpty()) {
            problem(path, "the polygon has no rings; give its outline as [[longitude, latitude], ...], closed");
            return null;
        }
        List<Ring> rings = new ArrayList<>(node.size());
        for (int r = 0; r < node.size(); r++) {
            Ring ring = readRing(node.get(r), element(path, r));
            if (ring != null) {
                rings.add(ring);
            }
        }
        return rings.size() < node.size() ? null : new Polygon(rings.get(0), rings.subList(1, rings.size()));
    }

    /** A ring: an array of [longitude, latitude] positions, closed. */
    private Ring readRing(JsonNode node, String path) {
        if (!node.isArray()) {
            problem(path, "expected a ring, an array of positions [longitude, latitude], found " + describe(node));
            return null;
        }
        double[] lonLat = new double[node.size() * 2];
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            JsonNode position = node.get(i);
            String at = element(path, i);
            if (!position.isArray() || position.size() != 2 || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                problem(at, "expected a position [longitude, latitude] (two numbers, WGS-84 degrees), found "
                        + (position.isArray() ? "an array of " + position.size() + (position.size() == 2
                        ? " that are not both numbers" : " values") : describe(position))
                        + (position.isArray() && position.size() == 3 ? "; altitude is not supported, leave it out" : ""));
                ok = false;
                continue;
            }
            lonLat[2 * i] = position.get(0).doubleValue();
            lonLat[2 * i + 1] = position.get(1).doubleValue();
        }
        if (!ok) {
            return null;
        }
        List<Problem> found = Ring.check(lonLat);
        for (Problem p : found) {
            problem(path + p.where(), p.message());
        }
        return found.isEmpty() ? Ring.of(lonLat) : null;
    }

    /**
     * Builds the tree. Codes used twice are reported here, at both places in the file, and only the
     * first area with a code goes into the tree, so that every problem {@link GridTree#of} reports
     * names exactly one area of the file.
     */
    private GridTree buildTree(LevelScheme scheme, List<Area> areas) {
        Map<String, Integer> first = new HashMap<>();
        List<Area> unique = new ArrayList<>(areas.size());
        List<Map.Entry<Integer, Problem>> found = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            Area a = areas.get(i);
            Integer prev = first.putIfAbsent(a.code(), i);
            if (prev == null) {
                unique.add(a);
            } else {
                found.add(Map.entry(i, new Problem(member(element(AREAS, i), "code"), "code '" + a.code()
                        + "' is already used by " + element(AREAS, prev) + " ('" + areas.get(prev).name() + "'); area"
                        + " codes must be unique, renumber one of the two or remove the repeated entry")));
            }
        }
        GridTree tree = null;
        try {
            tree = GridTree.of(scheme, unique);
        } catch (InvalidInputException e) {
            for (Problem p : e.problems()) {
                Integer i = first.get(p.where());
                if (i == null) {
                    found.add(Map.entry(Integer.MAX_VALUE, new Problem(AREAS, p.toString())));
                } else {
                    found.add(Map.entry(i, treeProblem(i, p.message(), areas, first, scheme)));
                }
            }
        }
        found.sort(Map.Entry.comparingByKey()); // stable: keeps the order of one area's problems
        for (Map.Entry<Integer, Problem> f : found) {
            problems.add(f.getValue());
        }
        return found.isEmpty() ? tree : null;
    }

    /**
     * Attaches a problem {@link GridTree#of} reported for area {@code i} to the member at fault:
     * {@code parent} for a parent that is missing, on a cycle, or at a level that cannot hold the
     * area; else {@code code} (a code that does not extend its ancestor's).
     */
    private static Problem treeProblem(int i, String message, List<Area> areas, Map<String, Integer> first,
            LevelScheme scheme) {
        String path = element(AREAS, i);
        Area a = areas.get(i);
        String text = "area '" + a.code() + "': " + message;
        if (a.parentCode() == null) {
            return new Problem(path, text);
        }
        Integer p = first.get(a.parentCode());
        if (p == null) {
            return new Problem(member(path, "parent"), text);
        }
        List<Integer> cycle = cycleThrough(i, areas, first);
        if (!cycle.isEmpty()) {
            StringBuilder sb = new StringBuilder(text).append(" (in the file: ");
            for (int c : cycle) {
                sb.append(element(AREAS, c)).append(" -> ");
            }
            sb.append(element(AREAS, i)).append(')');
            return new Problem(member(path, "parent"), sb.toString());
        }
        int child = a.level().index();
        int parent = areas.get(p).level().index();
        if (child <= parent) {
            return new Problem(member(path, "parent"), text);
        }
        for (int l = parent + 1; l < child; l++) {
            if (!scheme.levels().get(l).skippable()) {
                return new Problem(member(path, "parent"), text);
            }
        }
        return new Problem(member(path, "code"), text);
    }

    /** The areas on the cycle of parent links through {@code i}, starting at {@code i}; empty if none. */
    private static List<Integer> cycleThrough(int i, List<Area> areas, Map<String, Integer> first) {
        List<Integer> path = new ArrayList<>();
        Integer x = i;
        for (int steps = 0; x != null && steps <= areas.size(); steps++) {
            path.add(x);
            String pc = areas.get(x).parentCode();
            x = pc == null ? null : first.get(pc);
            if (x != null && x == i) {
                return path;
            }
        }
        return List.of();
    }

    // ------------------------------------------------------------------ staff

    /** The assignments in file order, or null if any could not be read. */
    private List<StaffAssignment> readStaff(JsonNode array) {
        if (array == null) {
            return List.of();
        }
        int before = problems.size();
        boolean unresolved = false;
        List<StaffAssignment> staff = new ArrayList<>(array.size());
        for (int j = 0; j < array.size(); j++) {
            JsonNode node = array.get(j);
            String path = element(STAFF, j);
            if (!node.isObject()) {
                problem(path, "expected a staff assignment {\"person\", \"area\", \"role\", \"networks\"}, found "
                        + describe(node));
                continue;
            }
            StaffAssignment a = readAssignment(node, path);
            if (a == null) {
                unresolved = true;
            } else {
                staff.add(a);
            }
        }
        return unresolved || problems.size() > before ? null : staff;
    }

    private StaffAssignment readAssignment(JsonNode node, String path) {
        Obj o = new Obj(node, path, "a staff assignment", STAFF_MEMBERS);
        String person = o.string("person", true, "give the host's opaque id of the person, e.g. \"P-0001\"");
        if (person != null && person.isBlank()) {
            problem(member(path, "person"), "the person id is blank; give the host's opaque id of the person, e.g."
                    + " \"P-0001\" (never a name, phone or ID number)");
        }
        String area = o.string("area", true, "give the code of the area where the person serves");
        String roleName = o.string("role", true, "give the role, one of " + String.join(", ", ROLES));
        StaffRole role = null;
        if (roleName != null) {
            if (ROLES.contains(roleName)) {
                role = StaffRole.valueOf(roleName);
            } else {
                problem(member(path, "role"), "unknown role '" + excerpt(roleName) + "'" + didYouMean(roleName, ROLES)
                        + "; use one of " + String.join(", ", ROLES));
            }
        }
        JsonNode list = o.array("networks", true, "list the keys of the networks the person serves, e.g. [\"safety\"]");
        Set<Network> served = new LinkedHashSet<>();
        boolean unresolved = false;
        if (list != null) {
            String listPath = member(path, "networks");
            if (list.isEmpty()) {
                problem(listPath, "the list is empty; a person serves at least one network, e.g. [\"safety\"]");
            }
            for (int k = 0; k < list.size(); k++) {
                JsonNode n = list.get(k);
                String np = element(listPath, k);
                if (!n.isTextual()) {
                    problem(np, "expected a network key (a string), found " + describe(n));
                    continue;
                }
                String key = n.textValue();
                Network network = networks.get(key);
                if (network == null) {
                    if (brokenNetworks.contains(key)) {
                        unresolved = true; // its declaration is reported already
                    } else {
                        problem(np, unknownNetwork(key));
                    }
                } else if (!served.add(network)) {
                    problem(np, "network '" + excerpt(key) + "' is listed twice; list each network once");
                }
            }
        }
        if (!o.ok() || unresolved) {
            return null;
        }
        try {
            return new StaffAssignment(person, area, role, served);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problem(path, p.message()));
            return null;
        }
    }

    private String unknownNetwork(String key) {
        StringBuilder sb = new StringBuilder("unknown network '").append(excerpt(key)).append('\'')
                .append(didYouMean(key, networks.keySet())).append("; the standard networks are ")
                .append(quoted(Network.standard().stream().map(Network::key).toList()));
        if (!customNetworks.isEmpty()) {
            sb.append(", the file declares ").append(quoted(customNetworks.stream().map(Network::key).toList()));
        }
        return sb.append("; declare any other network in ").append(NETWORKS).append(" as {\"key\", \"name\",")
                .append(" \"localName\"}").toString();
    }

    private Staffing buildStaffing(GridTree tree, List<StaffAssignment> staff) {
        try {
            return Staffing.of(tree, staff);
        } catch (InvalidInputException e) {
            for (Problem p : e.problems()) {
                Matcher m = ASSIGNMENT.matcher(p.where());
                if (m.matches() && Integer.parseInt(m.group(1)) < staff.size()) {
                    int j = Integer.parseInt(m.group(1));
                    String path = element(STAFF, j);
                    problem(m.group(2) != null ? member(path, "area") : path,
                            p.message().replace("assignments[", STAFF + "["));
                } else {
                    problem(STAFF, p.toString());
                }
            }
            return null;
        }
    }

    // ------------------------------------------------------------------ members of an object

    /** What kind of JSON value this is, without the value: {@code a number}, {@code an array}, ... */
    static String describeKind(JsonNode n) {
        return n.isTextual() ? "a string" : n.isNumber() ? "a number" : n.isBoolean() ? "a boolean"
                : n.isNull() ? "null" : n.isArray() ? "an array" : n.isObject() ? "an object" : n.getNodeType().toString();
    }

    /** What a JSON value is, for a message: {@code a number (12)}, {@code an array}, ... */
    static String describe(JsonNode n) {
        if (n.isTextual()) {
            String t = n.textValue();
            return "a string (\"" + excerpt(t) + "\")";
        }
        if (n.isNumber()) {
            return "a number (" + excerpt(n.asText()) + ")";
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isNull()) {
            return "null";
        }
        return n.isArray() ? "an array" : n.isObject() ? "an object" : n.getNodeType().toString();
    }

    /**
     * One JSON object being read: reports its unknown members when created, and the type of each
     * member read. {@link #ok()} tells whether any problem was reported since it was created.
     */
    private final class Obj {
        private final JsonNode node;
        private final String path;
        private final int before;

        Obj(JsonNode node, String path, String what, List<String> allowed) {
            this.node = node;
            this.path = path;
            this.before = problems.size();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    problem(member(path, name), "unknown member '" + excerpt(name) + "'" + didYouMean(name, allowed) + "; "
                            + what + " has only " + quoted(allowed));
                }
            }
        }

        boolean ok() {
            return problems.size() == before;
        }

        /** A string member; null if absent or null (a problem if required). */
        String string(String name, boolean required, String fix) {
            JsonNode v = present(name, required, fix);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                // a person's id may be a phone number: say what kind of value it is, never the value
                String found = PERSON.equals(name) ? describeKind(v) : describe(v);
                problem(member(path, name), "expected a string, found " + found + "; " + fix
                        + (v.isNumber() ? " (in quotes: codes and keys are text)" : ""));
                return null;
            }
            return v.textValue();
        }

        /** An integer member; null if absent or null (a problem if required). */
        Integer integer(String name, boolean required, String fix) {
            JsonNode v = present(name, required, fix);
            if (v == null) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                problem(member(path, name), "expected a whole number, found " + describe(v) + "; " + fix);
                return null;
            }
            return v.intValue();
        }

        /** A boolean member that defaults to false. */
        boolean bool(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return false;
            }
            if (!v.isBoolean()) {
                problem(member(path, name), "expected true or false, found " + describe(v) + "; leave " + name
                        + " out for false");
                return false;
            }
            return v.booleanValue();
        }

        /** An array member; null if absent or null (a problem if required). */
        JsonNode array(String name, boolean required, String fix) {
            JsonNode v = present(name, required, fix);
            if (v == null) {
                return null;
            }
            if (!v.isArray()) {
                problem(member(path, name), "expected an array, found " + describe(v) + (fix.isEmpty() ? "" : "; " + fix));
                return null;
            }
            return v;
        }

        private JsonNode present(String name, boolean required, String fix) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(member(path, name), (v == null ? "missing" : "null") + "; " + fix);
                }
                return null;
            }
            return v;
        }
    }

    private static final class LevelDraft {
        final String path;
        final String key;
        final String name;
        final String localName;
        final int segmentDigits;
        final int codeLength;
        final boolean skippable;
        final boolean grid;
        final boolean overlay;
        final List<ClassDraft> classes = new ArrayList<>();

        LevelDraft(String path, String key, String name, String localName, Integer segmentDigits, Integer codeLength,
                boolean skippable, boolean grid, boolean overlay) {
            this.path = path;
            this.key = key;
            this.name = name;
            this.localName = localName;
            this.segmentDigits = segmentDigits == null ? 0 : segmentDigits;
            this.codeLength = codeLength == null ? 0 : codeLength;
            this.skippable = skippable;
            this.grid = grid;
            this.overlay = overlay;
        }
    }

    private record ClassDraft(int min, int max, String name, String localName) {
    }
}
