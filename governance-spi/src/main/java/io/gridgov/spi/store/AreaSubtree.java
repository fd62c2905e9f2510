package io.gridgov.spi.store;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * "Within this area" for a store query, in a form a store answers with index range scans and without
 * the grid tree: a set of code <em>prefixes</em> (an area code matches if it starts with one) and a set of
 * exact <em>codes</em>.
 *
 * <p>{@link #of(GridTree, String)} computes it from a tree. A child's code extends the significant digits
 * of its nearest non-overlay ancestor (see {@link Level}), so in the common case the whole subtree of an
 * area is one prefix, its significant digits: the subtree of township {@code 430703101} is every code
 * starting {@code 430703101}, and a relational store answers it with one B-tree range
 * ({@code area_code >= '430703101' AND area_code < '430703101:'}, or {@code LIKE '430703101%'} under a
 * binary collation). Where a prefix would also catch areas outside the subtree the area is listed by its
 * exact code instead and its children are looked at in turn: an overlay level (its children do not extend
 * its code), a skippable level (a node beside it might skip it and reuse its digits), a level above which
 * an overlay's codes are long enough to collide, or a tree with a root deeper than the level. The result
 * is therefore exact for every tree: a code of the tree matches if and only if it is in the subtree. A case
 * filed under a code the tree no longer holds (retired by a re-division) matches if it starts with one of
 * the prefixes, so stale codes below an area still show.
 *
 * <p>Immutable and thread-safe. Prefixes and codes are kept sorted, decimal digits only.
 */
public final class AreaSubtree {
    private final List<String> prefixes;
    private final List<String> codes;

    private AreaSubtree(Collection<String> prefixes, Collection<String> codes) {
        this.prefixes = List.copyOf(new TreeSet<>(prefixes));
        this.codes = List.copyOf(new TreeSet<>(codes));
    }

    /**
     * The subtree of an area: the area and everything below it.
     *
     * @param tree the grid tree
     * @param code the area's code
     * @return the prefixes and codes that select exactly that subtree
     * @throws io.gridgov.core.NotFoundException if the tree does not hold the code
     */
    public static AreaSubtree of(GridTree tree, String code) {
        Objects.requireNonNull(tree, "tree");
        int node = tree.require(Objects.requireNonNull(code, "code"));
        int deepestRoot = 0;
        for (Area root : tree.roots()) {
            deepestRoot = Math.max(deepestRoot, root.level().index());
        }
        List<Level> levels = tree.scheme().levels();
        List<String> prefixes = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        int end = tree.subtreeEnd(node);
        for (int i = node; i < end; ) {
            Level level = tree.level(i);
            if (prefixIsExact(level, levels, deepestRoot)) {
                prefixes.add(tree.code(i).substring(0, level.significantDigits()));
                i = tree.subtreeEnd(i);
            } else {
                codes.add(tree.code(i));
                i++;
            }
        }
        return new AreaSubtree(prefixes, codes);
    }

    /**
     * Every code starting with one of the prefixes, for a host that knows its codes (e.g. the national
     * statistical code without skipped levels: a county's subtree is its first six digits).
     *
     * @param prefixes one or more prefixes of decimal digits
     * @return the selection
     * @throws InvalidInputException if there is none, or one is empty or has other characters than digits
     */
    public static AreaSubtree ofPrefixes(Collection<String> prefixes) {
        Objects.requireNonNull(prefixes, "prefixes");
        if (prefixes.isEmpty()) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "prefixes", "no prefix given; give at least one");
        }
        for (String p : prefixes) {
            if (Objects.requireNonNull(p, "prefix").isEmpty() || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "prefixes", "prefix '" + p
                        + "' is not 1 or more decimal digits; area codes are digits only");
            }
        }
        return new AreaSubtree(prefixes, List.of());
    }

    /**
     * Whether the prefix of a node at {@code level} (its significant digits) selects its subtree and nothing
     * else, in any tree over the scheme whose roots are at or above {@code deepestRoot}. A node Y outside
     * the subtree of X whose code starts with X's significant digits would need: no ancestor at X's level
     * (X's level is skippable, or Y's root is deeper), or a code that is not the zero-padded significant
     * digits of a level above X (an overlay above X with codes as long as X's significant digits). Levels
     * above X pad with zeros where X's segment, which is never zero, stands.
     */
    private static boolean prefixIsExact(Level level, List<Level> levels, int deepestRoot) {
        if (level.overlay() || level.skippable() || level.index() < deepestRoot) {
            return false;
        }
        for (Level above : levels.subList(0, level.index())) {
            if (above.overlay() && above.codeLength() >= level.significantDigits()) {
                return false;
            }
        }
        return true;
    }

    /** The prefixes: a code starting with one of them matches. Sorted; may be empty. */
    public List<String> prefixes() {
        return prefixes;
    }

    /** The exact codes that match (areas whose prefix would catch too much). Sorted; may be empty. */
    public List<String> codes() {
        return codes;
    }

    /**
     * Whether an area code is selected.
     *
     * @param areaCode the code
     * @return true if it starts with one of the prefixes or is one of the codes
     */
    public boolean contains(String areaCode) {
        Objects.requireNonNull(areaCode, "areaCode");
        for (String p : prefixes) {
            if (areaCode.startsWith(p)) {
                return true;
            }
        }
        return codes.contains(areaCode);
    }

    /**
     * The exclusive upper bound of the range of codes starting with a prefix: the prefix followed by
     * {@code ':'}, the character after {@code '9'}. A store keeps codes in a sorted index and reads
     * {@code [prefix, upperBound(prefix))}.
     *
     * @param prefix a prefix of digits
     * @return {@code prefix + ":"}
     */
    public static String upperBound(String prefix) {
        return prefix + ':';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AreaSubtree s && prefixes.equals(s.prefixes) && codes.equals(s.codes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefixes, codes);
    }

    @Override
    public String toString() {
        return "AreaSubtree[prefixes " + prefixes + ", codes " + codes + "]";
    }
}
