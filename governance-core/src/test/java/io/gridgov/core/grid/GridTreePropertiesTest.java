package io.gridgov.core.grid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of {@link GridTree} checked against their naive definitions (parent walks over a plain
 * map) on random trees of random shapes: bushy, deep chains, stars, forests, with a skippable level
 * and an overlay level. Seeds run from small trees to large, so the first failure reported is on a
 * small tree; the seed in the test name reproduces it.
 */
class GridTreePropertiesTest {
    /** Seven levels; "c" may be skipped, "d" is a skippable overlay with a one-digit segment. */
    static final LevelScheme SCHEME = LevelScheme.builder("prop", "property test scheme")
            .level("a", "a", "a", 2, 2)
            .level("b", "b", "b", 2, 4)
            .level("c", "c", "c", 2, 6).skippable()
            .level("d", "d", "d", 1, 7).skippable().overlay()
            .level("e", "e", "e", 2, 8)
            .level("f", "f", "f", 2, 10).grid()
            .level("g", "g", "g", 2, 12)
            .build();

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    /** A random tree and its naive model. */
    static final class Model {
        final List<Area> areas = new ArrayList<>();
        final Map<String, String> parentOf = new HashMap<>();
        final Map<String, Integer> levelOf = new HashMap<>();
        final Map<String, List<String>> childrenOf = new HashMap<>();

        Model(long seed) {
            Random rnd = new Random(seed);
            int size = 1 + (int) (seed * 2) + rnd.nextInt(5);
            int shape = rnd.nextInt(4); // 0 uniform parent, 1 latest (chains), 2 first few (stars), 3 mixed
            int roots = 1 + rnd.nextInt(3);
            List<String> codes = new ArrayList<>();
            Map<String, Integer> nextSegment = new HashMap<>();
            for (int r = 0; r < roots && codes.size() < size; r++) {
                add(codes, null, 0, String.format("%02d", 11 + r * 7));
            }
            int attempts = 0;
            while (codes.size() < size && attempts++ < size * 20) {
                String parent = switch (shape) {
                    case 0 -> codes.get(rnd.nextInt(codes.size()));
                    case 1 -> codes.get(codes.size() - 1 - rnd.nextInt(Math.min(2, codes.size())));
                    case 2 -> codes.get(rnd.nextInt(Math.min(3, codes.size())));
                    default -> rnd.nextBoolean() ? codes.get(rnd.nextInt(codes.size())) : codes.get(codes.size() - 1);
                };
                int pl = levelOf.get(parent);
                if (pl >= 6) {
                    continue;
                }
                int cl = pl + 1;
                // skip the skippable levels sometimes: b -> e skips c and d, c -> e skips d
                if (pl == 1 && rnd.nextInt(3) == 0) {
                    cl = 4;
                } else if (pl == 2 && rnd.nextInt(3) == 0) {
                    cl = 4;
                }
                Level level = SCHEME.levels().get(cl);
                StringBuilder code = new StringBuilder(chainPrefix(parent));
                while (code.length() < level.segmentStart()) {
                    code.append('0'); // a skipped level's digits: zeros, which no area of that level has
                }
                // segments are unique per code prefix and level (an overlay's children share its chain's space)
                int seg = nextSegment.merge(code + "/" + cl, 1 + rnd.nextInt(3), Integer::sum);
                if (seg >= Math.pow(10, level.segmentDigits())) {
                    continue;
                }
                code.append(String.format("%0" + level.segmentDigits() + "d", seg));
                while (code.length() < level.codeLength()) {
                    code.append('0');
                }
                add(codes, parent, cl, code.toString());
            }
        }

        private String chainPrefix(String code) {
            String x = code;
            while (SCHEME.levels().get(levelOf.get(x)).overlay()) {
                x = parentOf.get(x);
            }
            return x.substring(0, SCHEME.levels().get(levelOf.get(x)).significantDigits());
        }

        private void add(List<String> codes, String parent, int level, String code) {
            Level l = SCHEME.levels().get(level);
            areas.add(new Area(code, "n" + code, l, l.gridLevel() ? GridKind.values()[code.length() % 5] : null, parent));
            codes.add(code);
            parentOf.put(code, parent);
            levelOf.put(code, level);
            childrenOf.put(code, new ArrayList<>());
            if (parent != null) {
                childrenOf.get(parent).add(code);
            }
        }

        boolean naiveIsAncestor(String a, String b) {
            for (String x = parentOf.get(b); x != null; x = parentOf.get(x)) {
                if (x.equals(a)) {
                    return true;
                }
            }
            return false;
        }

        String naiveLca(String a, String b) {
            Set<String> up = new HashSet<>();
            for (String x = a; x != null; x = parentOf.get(x)) {
                up.add(x);
            }
            for (String y = b; y != null; y = parentOf.get(y)) {
                if (up.contains(y)) {
                    return y;
                }
            }
            return null;
        }

        String naiveAncestorAt(String a, int level) {
            for (String x = a; x != null; x = parentOf.get(x)) {
                if (levelOf.get(x) == level) {
                    return x;
                }
            }
            return null;
        }

        Set<String> naiveSubtree(String a) {
            Set<String> out = new HashSet<>();
            List<String> todo = new ArrayList<>(List.of(a));
            while (!todo.isEmpty()) {
                String x = todo.remove(todo.size() - 1);
                out.add(x);
                todo.addAll(childrenOf.get(x));
            }
            return out;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void queriesAgreeWithTheirNaiveDefinitions(long seed) {
        Model m = new Model(seed);
        List<Area> shuffled = new ArrayList<>(m.areas);
        Collections.shuffle(shuffled, new Random(seed));
        GridTree tree = GridTree.of(SCHEME, shuffled);
        List<String> codes = m.areas.stream().map(Area::code).toList();
        Random rnd = new Random(~seed);

        assertThat(tree.size()).isEqualTo(codes.size());
        for (String c : codes) {
            int n = tree.indexOf(c);
            assertThat(n).as("indexOf %s", c).isNotNegative();
            assertThat(tree.code(n)).isEqualTo(c);
            String p = m.parentOf.get(c);
            assertThat(tree.parent(n) < 0 ? null : tree.code(tree.parent(n))).as("parent of %s", c).isEqualTo(p);
            assertThat(tree.children(c)).extracting(Area::code).as("children of %s", c)
                    .containsExactlyElementsOf(m.childrenOf.get(c).stream().sorted().toList());
            Set<String> sub = m.naiveSubtree(c);
            assertThat(tree.subtreeEnd(n) - n).as("subtree size of %s", c).isEqualTo(sub.size());
            assertThat(tree.subtree(c).map(Area::code).toList()).containsExactlyInAnyOrderElementsOf(sub);
            for (int level = 0; level < SCHEME.levels().size(); level++) {
                int got = tree.ancestorAt(n, SCHEME.levels().get(level));
                assertThat(got < 0 ? null : tree.code(got)).as("ancestorAt(%s, %d)", c, level)
                        .isEqualTo(m.naiveAncestorAt(c, level));
            }
            List<String> path = new ArrayList<>();
            for (String x = c; x != null; x = m.parentOf.get(x)) {
                path.add(x);
            }
            assertThat(tree.pathToRoot(c)).extracting(Area::code).containsExactlyElementsOf(path);
        }
        int pairs = Math.min(codes.size() * codes.size(), 600);
        for (int i = 0; i < pairs; i++) {
            String a = codes.get(rnd.nextInt(codes.size()));
            // half the time pick b inside a's subtree so that true answers are common
            List<String> inside = new ArrayList<>(m.naiveSubtree(a));
            inside.sort(Comparator.naturalOrder());
            String b = rnd.nextBoolean() ? inside.get(rnd.nextInt(inside.size())) : codes.get(rnd.nextInt(codes.size()));
            assertThat(tree.isAncestor(a, b)).as("isAncestor(%s, %s)", a, b).isEqualTo(m.naiveIsAncestor(a, b));
            assertThat(tree.contains(a, b)).as("contains(%s, %s)", a, b)
                    .isEqualTo(a.equals(b) || m.naiveIsAncestor(a, b));
            String lca = tree.lca(a, b).map(Area::code).orElse(null);
            assertThat(lca).as("lca(%s, %s)", a, b).isEqualTo(m.naiveLca(a, b));
            assertThat(tree.lca(b, a).map(Area::code).orElse(null)).as("lca is symmetric").isEqualTo(lca);
        }
        for (Level level : SCHEME.levels()) {
            assertThat(tree.count(level)).isEqualTo((int) m.levelOf.values().stream().filter(l -> l == level.index()).count());
        }
        // pre-order: every parent comes before its children, and the whole tree round-trips
        assertThat(tree.areas().toList()).containsExactlyInAnyOrderElementsOf(m.areas);
        for (int i = 0; i < tree.size(); i++) {
            assertThat(tree.parent(i)).isLessThan(i);
        }
    }
}
