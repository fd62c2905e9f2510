package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.Problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An immutable snapshot of a grid hierarchy: every area from the top of the tree down to grids and
 * buildings, built once from a list of {@link Area}s and validated as a whole.
 *
 * <h2>Two ways to ask</h2>
 * The code-based methods ({@link #find(String)}, {@link #isAncestor(String, String)},
 * {@link #lca(String, String)}, ...) are the convenient API and return {@link Area} values. Hot paths
 * (routing, authorisation of an actor's area scope, statistics over millions of cases) use <em>node
 * numbers</em>: {@link #indexOf(String)} turns a code into a number once, and the {@code int}
 * overloads answer without allocating. Node numbers are valid only for this tree.
 *
 * <h2>How it is stored</h2>
 * Areas are numbered in depth-first pre-order (siblings in ascending code order), so the subtree of
 * node {@code n} is exactly the numbers {@code [n, subtreeEnd(n))}: {@link #isAncestor(int, int)} is
 * two comparisons (an Euler-tour enter/exit test) and a subtree is a range. The tree is kept as
 * parallel arrays (parent, subtree end, level, kind, name) and one hash table holding each code as
 * two {@code long}s, not as one object per area, so the national tree of about 5.6 million areas fits in a few hundred megabytes
 * (see {@code docs/BENCHMARKS.md}).
 * Queries never walk the tree: a look-up by code is one hash probe; {@link #lca(int, int)} and
 * {@link #ancestorAt(int, Level)} climb at most the number of levels in the scheme.
 *
 * <p>Immutable and thread-safe.
 */
public final class GridTree {
    private static final byte NO_KIND = -1;
    private static final GridKind[] KINDS = GridKind.values();

    private final LevelScheme scheme;
    private final int size;
    /** The slot of each node's code in {@link #index}: codes are stored once, in the table. */
    private final int[] slot;
    private final int[] parent;
    private final int[] end;
    private final byte[] level;
    private final byte[] kind;
    private final String[] names;
    private final CodeIndex index;
    private final int[] roots;
    private final int[] levelCounts;
    private final int[] kindCounts;

    private GridTree(LevelScheme scheme, int size, CodeIndex index, int[] slot, int[] parent, int[] end,
            byte[] level, byte[] kind, String[] names, int[] roots) {
        this.scheme = scheme;
        this.size = size;
        this.index = index;
        this.slot = slot;
        this.parent = parent;
        this.end = end;
        this.level = level;
        this.kind = kind;
        this.names = names;
        this.roots = roots;
        this.levelCounts = new int[scheme.levels().size()];
        this.kindCounts = new int[KINDS.length];
        for (int i = 0; i < size; i++) {
            levelCounts[level[i]]++;
            if (kind[i] != NO_KIND) {
                kindCounts[kind[i]]++;
            }
        }
    }

    /**
     * Builds and validates a tree. Every problem is collected and reported at once: a code used
     * twice, a parent that is not in the input, a cycle of parent links, a child whose level is not
     * below its parent's or that skips a level the scheme requires, a code that does not extend its
     * parent's, a level from another scheme. The input may come in any order.
     *
     * @param scheme the level scheme every area's level belongs to
     * @param areas  the areas; the collection is copied
     * @return the tree
     * @throws InvalidInputException ({@link ErrorCode#INVALID_GRID_TREE}) listing every problem, each
     *                               with the offending code
     */
    public static GridTree of(LevelScheme scheme, Collection<Area> areas) {
        Objects.requireNonNull(scheme, "scheme");
        return new TreeBuilder(scheme, areas.toArray(new Area[0])).build();
    }

    /** The level scheme of every area in this tree. */
    public LevelScheme scheme() {
        return scheme;
    }

    /** The number of areas. */
    public int size() {
        return size;
    }

    // ---------------------------------------------------------------- node numbers (hot paths)

    /**
     * The node number of an area code.
     *
     * @param code an area code; any text is accepted
     * @return the node number, or -1 if no area has that code
     */
    public int indexOf(String code) {
        return index.find(Objects.requireNonNull(code, "code"));
    }

    /**
     * The node number of an area code that must exist.
     *
     * @param code an area code
     * @return the node number
     * @throws NotFoundException if no area has that code
     */
    public int require(String code) {
        int n = indexOf(code);
        if (n < 0) {
            throw new NotFoundException("no area with code '" + code + "' in this grid tree (scheme " + scheme.key()
                    + ", " + size + " areas); check the code, or load the grid file that contains it");
        }
        return n;
    }

    /** The code of node {@code node}. */
    public String code(int node) {
        checkNode(node);
        return CodeKeys.decode(index.hi(slot[node]), index.lo(slot[node]));
    }

    /** The display name of node {@code node}. */
    public String name(int node) {
        checkNode(node);
        return names[node];
    }

    /** The level of node {@code node}. */
    public Level level(int node) {
        checkNode(node);
        return scheme.levels().get(level[node]);
    }

    /** The parent of node {@code node}, or -1 for a top area. */
    public int parent(int node) {
        checkNode(node);
        return parent[node];
    }

    /**
     * The end of node {@code node}'s subtree: the subtree is the node numbers
     * {@code [node, subtreeEnd(node))}, the node itself first, in pre-order.
     */
    public int subtreeEnd(int node) {
        checkNode(node);
        return end[node];
    }

    /** Whether {@code ancestor} is a proper ancestor of {@code node} (not the node itself). O(1). */
    public boolean isAncestor(int ancestor, int node) {
        checkNode(ancestor);
        checkNode(node);
        return ancestor < node && node < end[ancestor];
    }

    /** Whether {@code node} is {@code area} or lies inside it. O(1). */
    public boolean contains(int area, int node) {
        checkNode(area);
        checkNode(node);
        return area <= node && node < end[area];
    }

    /**
     * The lowest common ancestor of two nodes: the smallest area containing both (a node itself if it
     * contains the other). Climbs from {@code a} at most the number of levels in the scheme.
     *
     * @return the node number, or -1 if the nodes lie under different top areas
     */
    public int lca(int a, int b) {
        checkNode(a);
        checkNode(b);
        int x = a;
        while (x >= 0 && !(x <= b && b < end[x])) {
            x = parent[x];
        }
        return x;
    }

    /**
     * The ancestor of {@code node} (or the node itself) at {@code atLevel}.
     *
     * @return the node number, or -1 if the path to the top has no area at that level
     */
    public int ancestorAt(int node, Level atLevel) {
        checkNode(node);
        checkLevel(atLevel);
        int target = atLevel.index();
        int x = node;
        while (x >= 0 && level[x] > target) {
            x = parent[x];
        }
        return x >= 0 && level[x] == target ? x : -1;
    }

    /** The children of {@code node}, in ascending code order. */
    public IntStream children(int node) {
        checkNode(node);
        IntStream.Builder b = IntStream.builder();
        for (int c = node + 1; c < end[node]; c = end[c]) {
            b.add(c);
        }
        return b.build();
    }

    /** The node and every area below it, in pre-order. */
    public IntStream subtree(int node) {
        checkNode(node);
        return IntStream.range(node, end[node]);
    }

    /** The area of a node number, as a value. */
    public Area area(int node) {
        checkNode(node);
        int p = parent[node];
        return new Area(code(node), names[node], scheme.levels().get(level[node]),
                kind[node] == NO_KIND ? null : KINDS[kind[node]], p < 0 ? null : code(p));
    }

    // ---------------------------------------------------------------- codes (convenience)

    /**
     * The area with a code, if any.
     *
     * @param code an area code; any text is accepted
     * @return the area or empty
     */
    public Optional<Area> find(String code) {
        int n = indexOf(code);
        return n < 0 ? Optional.empty() : Optional.of(area(n));
    }

    /**
     * The area with a code that must exist.
     *
     * @throws NotFoundException if no area has that code
     */
    public Area area(String code) {
        return area(require(code));
    }

    /**
     * The parent area of a code, or empty for a top area.
     *
     * @throws NotFoundException if no area has that code
     */
    public Optional<Area> parent(String code) {
        int p = parent[require(code)];
        return p < 0 ? Optional.empty() : Optional.of(area(p));
    }

    /**
     * The children of an area, in ascending code order.
     *
     * @throws NotFoundException if no area has that code
     */
    public List<Area> children(String code) {
        return children(require(code)).mapToObj(this::area).toList();
    }

    /**
     * The path from an area up to its top area: the area itself first, the top area last.
     *
     * @throws NotFoundException if no area has that code
     */
    public List<Area> pathToRoot(String code) {
        List<Area> path = new ArrayList<>(scheme.levels().size());
        for (int x = require(code); x >= 0; x = parent[x]) {
            path.add(area(x));
        }
        return List.copyOf(path);
    }

    /**
     * Whether {@code ancestor} is a proper ancestor of {@code code}.
     *
     * @throws NotFoundException if either code is unknown
     */
    public boolean isAncestor(String ancestor, String code) {
        return isAncestor(require(ancestor), require(code));
    }

    /**
     * Whether {@code code} is {@code area} or lies inside it: the test behind an actor's area scope.
     *
     * @throws NotFoundException if either code is unknown
     */
    public boolean contains(String area, String code) {
        return contains(require(area), require(code));
    }

    /**
     * The lowest common ancestor of two areas: where they meet, e.g. the street two communities share.
     *
     * @return the area, or empty if they lie under different top areas
     * @throws NotFoundException if either code is unknown
     */
    public Optional<Area> lca(String a, String b) {
        int n = lca(require(a), require(b));
        return n < 0 ? Optional.empty() : Optional.of(area(n));
    }

    /**
     * The ancestor of an area (or the area itself) at a level, e.g. the street of a grid.
     *
     * @return the area, or empty if the path to the top has no area at that level
     * @throws NotFoundException if the code is unknown
     */
    public Optional<Area> ancestorAt(String code, Level atLevel) {
        int n = ancestorAt(require(code), atLevel);
        return n < 0 ? Optional.empty() : Optional.of(area(n));
    }

    /**
     * The area and every area below it, in pre-order.
     *
     * @throws NotFoundException if the code is unknown
     */
    public Stream<Area> subtree(String code) {
        return subtree(require(code)).mapToObj(this::area);
    }

    /** The top areas (those without a parent), in ascending code order. */
    public List<Area> roots() {
        return IntStream.of(roots).mapToObj(this::area).toList();
    }

    /** Every area, in pre-order: a parent always before its children. */
    public Stream<Area> areas() {
        return IntStream.range(0, size).mapToObj(this::area);
    }

    /**
     * The class of an area's own code segment, e.g. {@code street} or {@code town} for a township,
     * {@code residents' committee} or {@code villagers' committee} for a village.
     *
     * @throws NotFoundException if the code is unknown
     */
    public Optional<SegmentClass> segmentClass(String code) {
        int n = require(code);
        Level l = scheme.levels().get(level[n]);
        return l.classify(Long.parseLong(code, l.segmentStart(), l.significantDigits(), 10));
    }

    // ---------------------------------------------------------------- counts

    /** The number of areas at a level in the whole tree. O(1). */
    public int count(Level atLevel) {
        checkLevel(atLevel);
        return levelCounts[atLevel.index()];
    }

    /** The number of grids of a kind in the whole tree. O(1). */
    public int count(GridKind gridKind) {
        return kindCounts[Objects.requireNonNull(gridKind, "gridKind").ordinal()];
    }

    /**
     * The number of areas at a level inside an area (the area included). A scan of the subtree's
     * contiguous range.
     *
     * @throws NotFoundException if the code is unknown
     */
    public int count(String within, Level atLevel) {
        checkLevel(atLevel);
        int n = require(within);
        byte target = (byte) atLevel.index();
        int count = 0;
        for (int i = n, e = end[n]; i < e; i++) {
            if (level[i] == target) {
                count++;
            }
        }
        return count;
    }

    /**
     * The number of grids of a kind inside an area. A scan of the subtree's contiguous range.
     *
     * @throws NotFoundException if the code is unknown
     */
    public int count(String within, GridKind gridKind) {
        byte target = (byte) Objects.requireNonNull(gridKind, "gridKind").ordinal();
        int n = require(within);
        int count = 0;
        for (int i = n, e = end[n]; i < e; i++) {
            if (kind[i] == target) {
                count++;
            }
        }
        return count;
    }

    /** Renders as {@code GridTree[scheme=..., areas=N, roots=[...]]}; lists at most a few roots. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("GridTree[scheme=").append(scheme.key()).append(", areas=").append(size)
                .append(", roots=[");
        for (int i = 0; i < Math.min(3, roots.length); i++) {
            sb.append(i == 0 ? "" : ", ").append(code(roots[i]));
        }
        return sb.append(roots.length > 3 ? ", ...]]" : "]]").toString();
    }

    private void checkNode(int node) {
        if (node < 0 || node >= size) {
            throw new IndexOutOfBoundsException("node " + node + " is not in this tree of " + size
                    + " areas; node numbers come from indexOf() or require() on the same tree");
        }
    }

    private void checkLevel(Level atLevel) {
        if (!scheme.contains(Objects.requireNonNull(atLevel, "atLevel"))) {
            throw new IllegalArgumentException("level " + atLevel + " is not a level of scheme " + scheme.key()
                    + "; take it from tree.scheme().level(key)");
        }
    }

    /** Validates the input and lays it out in pre-order. Single use. */
    private static final class TreeBuilder {
        private final LevelScheme scheme;
        private final Area[] in;
        private final int n;
        private final long[] keys;
        private final byte[] levelOf;
        private final boolean[] overlayLevel;
        private final int[] parentOf;
        private final boolean[] excluded;
        private final List<Problem> problems = new ArrayList<>();

        TreeBuilder(LevelScheme scheme, Area[] in) {
            this.scheme = scheme;
            this.in = in;
            this.n = in.length;
            this.keys = new long[2 * n];
            this.levelOf = new byte[n];
            this.overlayLevel = new boolean[scheme.levels().size()];
            scheme.levels().forEach(l -> overlayLevel[l.index()] = l.overlay());
            this.parentOf = new int[n];
            this.excluded = new boolean[n];
        }

        GridTree build() {
            CodeIndex byCode = new CodeIndex(n);
            List<Level> levels = scheme.levels();
            for (int i = 0; i < n; i++) {
                Area a = in[i];
                if (a == null) {
                    throw new NullPointerException("areas contains null at position " + i);
                }
                Level l = a.level();
                if (!(l.index() < levels.size() && (levels.get(l.index()) == l || levels.get(l.index()).equals(l)))) {
                    problems.add(new Problem(a.code(), "level " + l + " belongs to scheme '" + l.scheme()
                            + "', not to this tree's scheme '" + scheme.key() + "'; take levels from scheme.level(key)"));
                    excluded[i] = true;
                }
                levelOf[i] = (byte) l.index();
                CodeKeys.encode(a.code(), keys, 2 * i);
                int first = byCode.putIfAbsent(keys[2 * i], keys[2 * i + 1], i);
                if (first >= 0) {
                    problems.add(new Problem(a.code(), "code used twice: by '" + in[first].name() + "' and by '"
                            + a.name() + "'; area codes must be unique, renumber one of them"));
                    excluded[i] = true;
                }
            }
            for (int i = 0; i < n; i++) {
                String pc = in[i].parentCode();
                if (pc == null) {
                    parentOf[i] = -1;
                } else {
                    int p = byCode.find(pc);
                    parentOf[i] = p;
                    if (p < 0) {
                        problems.add(new Problem(in[i].code(), "parent '" + pc + "' is not in the input; add that"
                                + " area, or correct the parent code"));
                        excluded[i] = true;
                    }
                }
            }
            findCycles();
            for (int i = 0; i < n; i++) {
                if (!excluded[i] && parentOf[i] >= 0 && !excluded[parentOf[i]]) {
                    checkAgainstParent(i, parentOf[i]);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(ErrorCode.INVALID_GRID_TREE, "the areas do not form a valid grid tree"
                        + " for scheme '" + scheme.key() + "'", problems);
            }
            return layOut(byCode);
        }

        /** Reports each cycle of parent links once, as a path. */
        private void findCycles() {
            byte[] state = new byte[n]; // 0 new, 1 on the current path, 2 settled
            for (int start = 0; start < n; start++) {
                int x = start;
                while (x >= 0 && state[x] == 0) {
                    state[x] = 1;
                    x = parentOf[x];
                }
                if (x >= 0 && state[x] == 1) {
                    StringBuilder path = new StringBuilder(in[x].code());
                    int y = parentOf[x];
                    while (y != x) {
                        path.append(" -> ").append(in[y].code());
                        excluded[y] = true;
                        y = parentOf[y];
                    }
                    excluded[x] = true;
                    path.append(" -> ").append(in[x].code());
                    problems.add(new Problem(in[x].code(), "cycle of parent links: " + path
                            + "; a parent must enclose its child, break the cycle by correcting one parent"));
                }
                for (int y = start; y >= 0 && state[y] == 1; y = parentOf[y]) {
                    state[y] = 2;
                }
            }
        }

        /**
         * Checks a child against its parent. The common, valid case reads only arrays (level bytes and
         * encoded codes); the {@code Area} objects are touched only to word a problem.
         */
        private void checkAgainstParent(int i, int p) {
            int cl = levelOf[i];
            int pl = levelOf[p];
            if (cl <= pl) {
                Area child = in[i];
                problems.add(new Problem(child.code(), "level " + child.level() + " cannot sit below " + in[p].code()
                        + " at level " + in[p].level() + "; a child's level must be deeper than its parent's"
                        + " (scheme levels, top first: " + scheme.levelKeys() + ")"));
                return;
            }
            if (cl > pl + 1) {
                List<Level> skipped = scheme.requiredBetween(in[p].level(), in[i].level());
                if (!skipped.isEmpty()) {
                    problems.add(new Problem(in[i].code(), "level " + in[i].level() + " cannot sit directly below "
                            + in[p].code() + " at level " + in[p].level() + ": it would skip " + skipped + ", which"
                            + " the scheme requires; set the parent to an area at level "
                            + skipped.get(skipped.size() - 1) + " or fix the level"));
                    return;
                }
            }
            int chain = p;
            int guard = 0;
            while (chain >= 0 && !excluded[chain] && overlayLevel[levelOf[chain]] && guard++ < n) {
                chain = parentOf[chain];
            }
            if (chain < 0 || excluded[chain]) {
                return; // no chain ancestor to check against, or one already reported
            }
            int digits = scheme.levels().get(levelOf[chain]).significantDigits();
            if (!CodeKeys.samePrefix(keys[2 * i], keys[2 * i + 1], keys[2 * chain], keys[2 * chain + 1], digits)) {
                Area anc = in[chain];
                String prefix = anc.code().substring(0, digits);
                problems.add(new Problem(in[i].code(), "code does not extend the code of " + anc.code() + " (level "
                        + anc.level() + "): its first " + digits + " digits must be " + prefix
                        + "; renumber the area under " + prefix + " or correct its parent"));
            }
        }

        private GridTree layOut(CodeIndex byCode) {
            // Siblings in code order: visit nodes sorted by code, appending each to its parent's list.
            int[] byKey = IntSorts.sortedIndices(n,
                    (a, b) -> CodeKeys.compare(keys[2 * a], keys[2 * a + 1], keys[2 * b], keys[2 * b + 1]));
            int[] childStart = new int[n + 2];
            int rootCount = 0;
            for (int i = 0; i < n; i++) {
                if (parentOf[i] < 0) {
                    rootCount++;
                } else {
                    childStart[parentOf[i] + 2]++;
                }
            }
            for (int i = 0; i < n; i++) {
                childStart[i + 2] += childStart[i + 1];
            }
            int[] childList = new int[n];
            int[] rootList = new int[rootCount];
            int r = 0;
            for (int k = 0; k < n; k++) {
                int i = byKey[k];
                if (parentOf[i] < 0) {
                    rootList[r++] = i;
                } else {
                    childList[childStart[parentOf[i] + 1]++] = i;
                }
            }
            // childStart[p] .. childStart[p + 1] now spans p's children.
            int[] order = new int[n];
            int[] newOf = new int[n];
            int[] stack = new int[n];
            int sp = 0;
            int next = 0;
            for (int k = rootCount - 1; k >= 0; k--) {
                stack[sp++] = rootList[k];
            }
            while (sp > 0) {
                int i = stack[--sp];
                newOf[i] = next;
                order[next++] = i;
                for (int c = childStart[i + 1] - 1; c >= childStart[i]; c--) {
                    stack[sp++] = childList[c];
                }
            }
            int[] parent = new int[n];
            int[] end = new int[n];
            byte[] level = new byte[n];
            byte[] kind = new byte[n];
            String[] names = new String[n];
            // Names repeat a lot (第1网格, 1号楼, 新村社区): keep one String per distinct name. Presized,
            // since growing the map was the largest single cost of building the national tree.
            Map<String, String> distinctNames = new HashMap<>(Math.max(16, n + n / 3));
            for (int k = 0; k < n; k++) {
                int i = order[k];
                Area a = in[i];
                parent[k] = parentOf[i] < 0 ? -1 : newOf[parentOf[i]];
                level[k] = levelOf[i];
                kind[k] = a.gridKind() == null ? NO_KIND : (byte) a.gridKind().ordinal();
                names[k] = distinctNames.computeIfAbsent(a.name(), s -> s);
                end[k] = 1; // subtree size for now
            }
            for (int k = n - 1; k > 0; k--) {
                if (parent[k] >= 0) {
                    end[parent[k]] += end[k];
                }
            }
            for (int k = 0; k < n; k++) {
                end[k] += k;
            }
            int[] roots = new int[rootCount];
            for (int k = 0; k < rootCount; k++) {
                roots[k] = newOf[rootList[k]];
            }
            int[] slot = byCode.renumber(newOf);
            return new GridTree(scheme, n, byCode, slot, parent, end, level, kind, names, roots);
        }
    }
}
