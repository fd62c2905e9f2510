package io.gridgov.benchmarks;

import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.Level;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The peer of {@link io.gridgov.core.grid.GridTree}: the object tree platforms write by hand, one
 * {@link Node} per area with a parent pointer and an {@code ArrayList} of children, and a
 * {@code HashMap} from code to node. Its queries are the obvious ones: a look-up is
 * {@code map.get(code)}, {@link #isAncestor} walks parent pointers, {@link #lcaByPathSet} collects one
 * path into a {@code HashSet}, {@link #lcaByDepth} (the better hand-written version) lifts the deeper
 * node to the other's depth and climbs both, {@link #ancestorAt} walks up.
 *
 * <p>It keeps the same information as {@code GridTree} (code, name, level, grid kind, parent,
 * children) and nothing more. Building it validates nothing and sorts nothing: children stay in input
 * order; a missing parent is the only error. So its build time is a lower bound for a real loader.
 *
 * <p>Not thread-safe while being built; safe for concurrent readers afterwards (published through
 * final fields).
 */
public final class NaiveTree {

    /** One area: the classic mutable node. */
    public static final class Node {
        final String code;
        final String name;
        final Level level;
        final GridKind kind;
        Node parent;
        final List<Node> children = new ArrayList<>();

        Node(String code, String name, Level level, GridKind kind) {
            this.code = code;
            this.name = name;
            this.level = level;
            this.kind = kind;
        }

        /** The area code. */
        public String code() {
            return code;
        }

        /** The display name. */
        public String name() {
            return name;
        }

        /** The level. */
        public Level level() {
            return level;
        }

        /** The parent, or {@code null} for a top area. */
        public Node parent() {
            return parent;
        }

        /** The children, in input order (live, do not modify). */
        public List<Node> children() {
            return children;
        }

        @Override
        public String toString() {
            return code + " " + name;
        }
    }

    private final Map<String, Node> byCode;
    private final List<Node> roots;

    private NaiveTree(Map<String, Node> byCode, List<Node> roots) {
        this.byCode = byCode;
        this.roots = roots;
    }

    /**
     * Builds the tree: one pass creates the nodes, a second links each to its parent.
     *
     * @param areas the areas, in any order
     * @return the tree
     * @throws IllegalArgumentException if a parent code is not among the areas
     */
    public static NaiveTree of(Collection<Area> areas) {
        Map<String, Node> byCode = new HashMap<>();
        for (Area a : areas) {
            byCode.put(a.code(), new Node(a.code(), a.name(), a.level(), a.gridKind()));
        }
        List<Node> roots = new ArrayList<>();
        for (Area a : areas) {
            Node node = byCode.get(a.code());
            if (a.parentCode() == null) {
                roots.add(node);
            } else {
                Node parent = byCode.get(a.parentCode());
                if (parent == null) {
                    throw new IllegalArgumentException("parent '" + a.parentCode() + "' of " + a.code() + " is missing");
                }
                node.parent = parent;
                parent.children.add(node);
            }
        }
        return new NaiveTree(byCode, roots);
    }

    /** The number of nodes. */
    public int size() {
        return byCode.size();
    }

    /** The top nodes. */
    public List<Node> roots() {
        return roots;
    }

    /** The node with a code, or {@code null}. */
    public Node find(String code) {
        return byCode.get(code);
    }

    /** Whether {@code ancestor} is a proper ancestor of {@code node}: walks up from {@code node}. */
    public boolean isAncestor(Node ancestor, Node node) {
        for (Node x = node.parent; x != null; x = x.parent) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lowest common ancestor (a node itself if it contains the other), or {@code null} under
     * different top nodes: puts {@code a}'s path to the top in a set, then walks up from {@code b}.
     */
    public Node lcaByPathSet(Node a, Node b) {
        Set<Node> path = new HashSet<>();
        for (Node x = a; x != null; x = x.parent) {
            path.add(x);
        }
        for (Node y = b; y != null; y = y.parent) {
            if (path.contains(y)) {
                return y;
            }
        }
        return null;
    }

    /**
     * The lowest common ancestor without allocating: measures both depths, lifts the deeper node,
     * then climbs both until they meet.
     */
    public Node lcaByDepth(Node a, Node b) {
        int da = depth(a);
        int db = depth(b);
        Node x = a;
        Node y = b;
        for (; da > db; da--) {
            x = x.parent;
        }
        for (; db > da; db--) {
            y = y.parent;
        }
        while (x != y) {
            x = x.parent;
            y = y.parent;
        }
        return x;
    }

    private static int depth(Node n) {
        int d = 0;
        for (Node x = n.parent; x != null; x = x.parent) {
            d++;
        }
        return d;
    }

    /** The ancestor of {@code node} (or the node itself) at {@code level}, or {@code null}: walks up. */
    public Node ancestorAt(Node node, Level level) {
        int target = level.index();
        Node x = node;
        while (x != null && x.level.index() > target) {
            x = x.parent;
        }
        return x != null && x.level.index() == target ? x : null;
    }
}
