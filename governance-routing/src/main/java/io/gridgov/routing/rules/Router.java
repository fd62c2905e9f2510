package io.gridgov.routing.rules;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.time.WarningLevel;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A compiled {@link RuleSet}: decides who is responsible for a case, at which level it should be
 * resolved, where it escalates to, which department a whistle reaches, where a dispute is mediated and how
 * a community deliberates. Made by {@link RuleSet#compile()}.
 *
 * <h2>How it decides</h2>
 * The responsibility list is an index keyed by (category, area): the category's index in the taxonomy and
 * the area's node number in the grid tree, packed into one {@code long} in an open-addressing table. A
 * decision walks the case's area and its ancestors (most specific first) and, for each, the case's
 * category and its ancestors (most specific first), probing the table: the first entry whose conditions
 * hold wins (within one key, entries are ordered by rank, highest first). Keys for which the rule set has
 * no entry at all (an area or a category no entry names) are skipped without a probe. A decision costs a
 * few hash look-ups and one allocation (the {@link Decision}). The first area of the walk that has any entry
 * is the case's own list, remembered for the {@linkplain Decision#fallback() fallback}. The explanation's
 * steps are built only when asked, from a few numbers, without a probe for keys no entry names.
 *
 * <p>Immutable and thread-safe.
 */
public final class Router {
    private static final CaseKind[] KINDS = CaseKind.values();
    private static final Priority[] PRIORITIES = Priority.values();
    /** {@link Decision}'s dispatch field for a route. */
    static final int NOT_A_DISPATCH = -1;
    /** {@link Decision}'s dispatch field for a whistle from a level no dispatch rule starts at. */
    static final int NO_DISPATCH_RULE = -2;
    /** {@link #find}'s answer when it finds neither an entry nor a list. */
    private static final long NOTHING_FOUND = -1L;

    private final RuleSet rules;
    private final GridTree tree;
    private final CategoryTaxonomy taxonomy;

    // ---- responsibility list
    private final LongIntTable index;
    /** Bucket {@code b} holds the entries {@code order[bucketStart[b]] .. order[bucketStart[b + 1] - 1]}. */
    private final int[] bucketStart;
    /** Entry numbers grouped by bucket, highest rank first, then in the order added. */
    private final int[] order;
    private final int[] kindMask;
    private final int[] priorityMask;
    private final int[] entryCategory;
    private final int[] entryArea;
    private final Level[] entryLevel;
    private final Owner.Organisation[] mains;
    /** One bit per area node: whether any entry names that area (whether the area publishes a list). */
    private final long[] areaHasEntries;
    /** Per category: whether any entry names it. */
    private final boolean[] categoryHasEntries;
    /** Per category: the category and its ancestors that some entry names, nearest first. */
    private final int[][] categoryChain;

    // ---- handling levels and cycles
    /** Per (category, priority): the handling rule that decides, or -1. */
    private final int[] handlingRule;
    private final Level[] handlingLevel;
    /** Per level index: its cycle, or null. */
    private final Cycle[] cycleOfLevel;
    /** Per level index: the dispatch rule starting there, or -1. */
    private final int[] dispatchFrom;

    private final Ladders ladders;
    private final Mediations mediations;
    /** Per category: the deliberation rule of the most specific category that has one, or -1. */
    private final int[] deliberationOf;

    Router(RuleSet rules) {
        this.rules = rules;
        this.tree = rules.tree();
        this.taxonomy = rules.taxonomy();
        List<Entry> entries = rules.entries();
        int n = entries.size();
        kindMask = new int[n];
        priorityMask = new int[n];
        entryCategory = new int[n];
        entryArea = new int[n];
        entryLevel = new Level[n];
        mains = new Owner.Organisation[n];
        areaHasEntries = new long[(tree.size() + 63) >>> 6];
        categoryHasEntries = new boolean[taxonomy.size()];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            entryCategory[i] = taxonomy.indexOf(e.category());
            entryArea[i] = tree.indexOf(e.area());
            kindMask[i] = mask(e.kinds().isEmpty() ? List.of(KINDS) : e.kinds());
            priorityMask[i] = mask(e.priorities().isEmpty() ? List.of(PRIORITIES) : e.priorities());
            entryLevel[i] = e.handlingLevel() == null ? null : tree.scheme().level(e.handlingLevel());
            mains[i] = new Owner.Organisation(e.main());
            areaHasEntries[entryArea[i] >>> 6] |= 1L << entryArea[i];
            categoryHasEntries[entryCategory[i]] = true;
        }
        // Group the entries by key: sort their numbers by (key, rank descending, number).
        Integer[] byKey = new Integer[n];
        for (int i = 0; i < n; i++) {
            byKey[i] = i;
        }
        Arrays.sort(byKey, Comparator.<Integer>comparingLong(i -> RuleSet.key(entryCategory[i], entryArea[i]))
                .thenComparing(i -> -entries.get(i).rank()).thenComparing(i -> i));
        order = new int[n];
        int[] starts = new int[n + 1];
        int buckets = 0;
        index = new LongIntTable(n);
        long previous = -1;
        for (int k = 0; k < n; k++) {
            int i = byKey[k];
            order[k] = i;
            long key = RuleSet.key(entryCategory[i], entryArea[i]);
            if (key != previous) {
                index.put(key, buckets);
                starts[buckets++] = k;
                previous = key;
            }
        }
        starts[buckets] = n;
        bucketStart = Arrays.copyOf(starts, buckets + 1);
        categoryChain = new int[taxonomy.size()][];
        for (int c = 0; c < taxonomy.size(); c++) {
            int length = 0;
            for (int x = c; x >= 0; x = taxonomy.parentIndex(x)) {
                length += categoryHasEntries[x] ? 1 : 0;
            }
            int[] chain = new int[length];
            length = 0;
            for (int x = c; x >= 0; x = taxonomy.parentIndex(x)) {
                if (categoryHasEntries[x]) {
                    chain[length++] = x;
                }
            }
            categoryChain[c] = chain;
        }

        List<Level> levels = tree.scheme().levels();
        cycleOfLevel = new Cycle[levels.size()];
        rules.cycles().forEach((key, cycle) -> cycleOfLevel[tree.scheme().level(key).index()] = cycle);
        dispatchFrom = new int[levels.size()];
        Arrays.fill(dispatchFrom, -1);
        for (int r = 0; r < rules.dispatchRules().size(); r++) {
            dispatchFrom[tree.scheme().level(rules.dispatchRules().get(r).from()).index()] = r;
        }
        handlingRule = new int[taxonomy.size() * PRIORITIES.length];
        handlingLevel = new Level[rules.handlingRules().size()];
        for (int r = 0; r < handlingLevel.length; r++) {
            handlingLevel[r] = tree.scheme().level(rules.handlingRules().get(r).level());
        }
        ladders = new Ladders(rules);
        mediations = new Mediations(rules);
        deliberationOf = new int[taxonomy.size()];
        Map<String, Integer> deliberationByCode = new HashMap<>();
        for (int r = 0; r < rules.deliberationRules().size(); r++) {
            deliberationByCode.put(rules.deliberationRules().get(r).category(), r);
        }
        for (int c = 0; c < taxonomy.size(); c++) {
            deliberationOf[c] = -1;
            for (int x = c; x >= 0; x = taxonomy.parentIndex(x)) {
                Integer r = deliberationByCode.get(taxonomy.category(x).code());
                if (r != null) {
                    deliberationOf[c] = r;
                    break;
                }
            }
        }
        for (int c = 0; c < taxonomy.size(); c++) {
            for (Priority p : PRIORITIES) {
                handlingRule[c * PRIORITIES.length + p.ordinal()] = resolveHandling(c, p);
            }
        }
    }

    /** The rule set this router was compiled from. */
    public RuleSet ruleSet() {
        return rules;
    }

    // ------------------------------------------------------------------ responsibility

    /**
     * Who is responsible for a case, by the responsibility list (see {@link RuleSet} for the precedence).
     * With no entry covering the case, the territory owns it: the office of the case's own area.
     *
     * @param category the case's category code
     * @param area     the code of the case's area, at any level
     * @param kind     the case's kind
     * @param priority the case's priority
     * @return the decision; it explains itself
     * @throws NotFoundException    if the category is not in the taxonomy or the area not in the tree
     * @throws NullPointerException if an argument is {@code null}
     */
    public Decision route(String category, String area, CaseKind kind, Priority priority) {
        int c = requireCategory(category);
        int a = requireArea(area);
        return decide(c, a, Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(priority, "priority"),
                a, a, levelIndex(a), NOT_A_DISPATCH);
    }

    /**
     * Who is responsible for a case at its current level: as {@link #route(String, String, CaseKind,
     * Priority)}, but when no entry covers the case the territory that owns it is the office of the case's
     * area at {@code currentLevel} (the enclosing area at that level, or the case's own area if it lies
     * above that level).
     *
     * @param category     the case's category code
     * @param area         the code of the case's area
     * @param kind         the case's kind
     * @param priority     the case's priority
     * @param currentLevel the key of the level the case is handled at now, e.g. {@code "township"}
     * @return the decision
     * @throws NotFoundException    if a code or the level is unknown
     * @throws NullPointerException if an argument is {@code null}
     */
    public Decision route(String category, String area, CaseKind kind, Priority priority, String currentLevel) {
        int c = requireCategory(category);
        int a = requireArea(area);
        int level = tree.scheme().level(Objects.requireNonNull(currentLevel, "currentLevel")).index();
        return decide(c, a, Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(priority, "priority"),
                a, a, level, NOT_A_DISPATCH);
    }

    /**
     * Who is responsible for a case, from its category, location, kind, priority and current level.
     *
     * @param c the case
     * @return the decision
     * @throws NotFoundException if the case's category, area or level is not in this rule set's taxonomy,
     *                           tree or scheme
     */
    public Decision route(Case c) {
        return route(c.category(), c.location().areaCode(), c.kind(), c.priority(), c.level());
    }

    /**
     * "The street blows the whistle, departments report": the department the responsibility list names for
     * the case's category at the enclosing area of the dispatch rule's upper level. The walk starts at that
     * area (e.g. the district) and follows the same precedence as {@link #route(String, String, CaseKind,
     * Priority)}; with no entry there, the territory of that area (e.g. the district centre) owns the case.
     * With no dispatch rule starting at {@code fromLevel}, the territory at {@code fromLevel} keeps it, and
     * the decision says so.
     *
     * @param category  the case's category code
     * @param area      the code of the case's area
     * @param kind      the case's kind
     * @param priority  the case's priority
     * @param fromLevel the key of the level that blows the whistle, e.g. {@code "township"}
     * @return the decision; {@link Decision#isDispatch()} is true
     * @throws NotFoundException    if a code or the level is unknown
     * @throws NullPointerException if an argument is {@code null}
     */
    public Decision dispatch(String category, String area, CaseKind kind, Priority priority, String fromLevel) {
        int c = requireCategory(category);
        int a = requireArea(area);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(priority, "priority");
        int from = tree.scheme().level(Objects.requireNonNull(fromLevel, "fromLevel")).index();
        int rule = dispatchFrom[from];
        if (rule < 0) {
            return decide(c, a, kind, priority, -1, a, from, NO_DISPATCH_RULE);
        }
        int to = tree.scheme().level(rules.dispatchRules().get(rule).to()).index();
        int start = climb(a, to);
        return decide(c, a, kind, priority, start, start, to, rule);
    }

    /**
     * A whistle for a case from its current level: {@link #dispatch(String, String, CaseKind, Priority,
     * String)} with the case's category, area, kind, priority and level.
     *
     * @param c the case
     * @return the decision
     * @throws NotFoundException if the case's category, area or level is unknown here
     */
    public Decision dispatch(Case c) {
        return dispatch(c.category(), c.location().areaCode(), c.kind(), c.priority(), c.level());
    }

    /** The walk in the documented order; {@code start} is where it begins, {@code home} where the territory is. */
    Decision decide(int category, int area, CaseKind kind, Priority priority, int start, int home, int homeLevel,
            int dispatch) {
        long found = start < 0 ? NOTHING_FOUND : find(category, start, kind, priority);
        return new Decision(this, category, area, kind, priority, start, home, homeLevel, dispatch, (int) found,
                (int) (found >> 32));
    }

    /**
     * The first entry in precedence order covering (category, area) whose conditions hold, or -1, in the low
     * 32 bits; in the high 32 bits the case's own list: the first area of the walk that has any entry (a
     * list), or -1 when none has one or the walk stopped before looking (no entry names the category).
     */
    private long find(int category, int area, CaseKind kind, Priority priority) {
        int[] chain = categoryChain[category];
        if (chain.length == 0) {
            return NOTHING_FOUND;
        }
        int kindBit = 1 << kind.ordinal();
        int priorityBit = 1 << priority.ordinal();
        int ownList = -1;
        for (int a = area; a >= 0; a = tree.parent(a)) {
            if ((areaHasEntries[a >>> 6] & (1L << a)) == 0) {
                continue;
            }
            if (ownList < 0) {
                ownList = a;
            }
            for (int c : chain) {
                int b = index.get(RuleSet.key(c, a));
                if (b < 0) {
                    continue;
                }
                for (int k = bucketStart[b], end = bucketStart[b + 1]; k < end; k++) {
                    int e = order[k];
                    if ((kindMask[e] & kindBit) != 0 && (priorityMask[e] & priorityBit) != 0) {
                        return (long) ownList << 32 | e;
                    }
                }
            }
        }
        return (long) ownList << 32 | 0xFFFF_FFFFL;
    }

    /**
     * The bucket of (category, area) for {@link #bucketStart}/{@link #bucketEnd}/{@link #orderAt}, or -1; keys
     * whose area or category no entry names answer -1 without a probe.
     */
    int bucketOf(int category, int area) {
        if ((areaHasEntries[area >>> 6] & (1L << area)) == 0 || !categoryHasEntries[category]) {
            return -1;
        }
        return index.get(RuleSet.key(category, area));
    }

    int bucketStart(int bucket) {
        return bucketStart[bucket];
    }

    int bucketEnd(int bucket) {
        return bucketStart[bucket + 1];
    }

    /** The entry number at position {@code k} of the entries grouped by bucket. */
    int orderAt(int k) {
        return order[k];
    }

    /** The entry numbers at (category, area), highest rank first; empty if none. */
    int[] bucket(int category, int area) {
        int b = index.get(RuleSet.key(category, area));
        return b < 0 ? new int[0] : Arrays.copyOfRange(order, bucketStart[b], bucketStart[b + 1]);
    }

    boolean applies(int entry, CaseKind kind, Priority priority) {
        return (kindMask[entry] & (1 << kind.ordinal())) != 0 && (priorityMask[entry] & (1 << priority.ordinal())) != 0;
    }

    Owner.Organisation main(int entry) {
        return mains[entry];
    }

    int entryArea(int entry) {
        return entryArea[entry];
    }

    int entryCategory(int entry) {
        return entryCategory[entry];
    }

    Level entryLevel(int entry) {
        return entryLevel[entry];
    }

    // ------------------------------------------------------------------ handling levels

    /**
     * The level that should resolve cases of a category and priority by the handling-level rules alone
     * (an entry's own handling level is in its {@link Decision}): the most specific category's rule for the
     * priority, else its rule for every priority, else the parent category's, up to the root.
     *
     * @param category a category code
     * @param priority a priority
     * @return the level, or empty if no rule covers the category
     * @throws NotFoundException if the category is not in the taxonomy
     */
    public java.util.Optional<Level> handlingLevel(String category, Priority priority) {
        int r = handlingRule(requireCategory(category), Objects.requireNonNull(priority, "priority"));
        return r < 0 ? java.util.Optional.empty() : java.util.Optional.of(handlingLevel[r]);
    }

    /**
     * The cycle a level belongs to, as the rule set declares it.
     *
     * @param level a level of the tree's scheme
     * @return the cycle, or empty if the rule set gives that level none
     */
    public java.util.Optional<Cycle> cycle(Level level) {
        Objects.requireNonNull(level, "level");
        return level.index() < cycleOfLevel.length && tree.scheme().contains(level)
                ? java.util.Optional.ofNullable(cycleOfLevel[level.index()]) : java.util.Optional.empty();
    }

    int handlingRule(int category, Priority priority) {
        return handlingRule[category * PRIORITIES.length + priority.ordinal()];
    }

    Level handlingRuleLevel(int rule) {
        return handlingLevel[rule];
    }

    Cycle cycleOf(Level level) {
        return cycleOfLevel[level.index()];
    }

    private int resolveHandling(int category, Priority priority) {
        List<HandlingRule> list = rules.handlingRules();
        for (int c = category; c >= 0; c = taxonomy.parentIndex(c)) {
            String code = taxonomy.category(c).code();
            int any = -1;
            for (int r = 0; r < list.size(); r++) {
                HandlingRule rule = list.get(r);
                if (rule.category().equals(code)) {
                    if (rule.priority() == priority) {
                        return r;
                    }
                    if (rule.priority() == null) {
                        any = r;
                    }
                }
            }
            if (any >= 0) {
                return any;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ escalation

    /**
     * Where a case goes when it cannot be resolved at its level or its time runs out. The ladder of the
     * case's most specific category applies (else the default ladder); the case climbs to the next rung
     * above its current level that its area has an enclosing area at. A skip rule that holds (emergency
     * priority, a listed category, returned often enough, a red warning) takes it higher at once; of several,
     * the one reaching highest wins (the first listed, on a tie). With no ladder, or at the top of its
     * ladder, the case does not climb and the territory at its current level keeps it.
     *
     * @param category     the case's category code
     * @param area         the code of the case's area
     * @param priority     the case's priority
     * @param currentLevel the key of the level the case is at now
     * @param returns      how many times the case has been returned (0 or more)
     * @param warning      the warning level of its current time limit
     * @return the escalation; it explains itself
     * @throws NotFoundException        if a code or the level is unknown
     * @throws InvalidInputException   ({@link ErrorCode#INVALID_INPUT}) if {@code returns} is negative
     * @throws NullPointerException     if an argument is {@code null}
     */
    public Escalation escalate(String category, String area, Priority priority, String currentLevel, int returns,
            WarningLevel warning) {
        int c = requireCategory(category);
        int a = requireArea(area);
        Level current = tree.scheme().level(Objects.requireNonNull(currentLevel, "currentLevel"));
        if (returns < 0) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "returns",
                    "returns is " + returns + "; give the number of times the case was returned, 0 or more");
        }
        return ladders.escalate(this, c, a, Objects.requireNonNull(priority, "priority"), current, returns,
                Objects.requireNonNull(warning, "warning"));
    }

    /**
     * Where a case goes when it escalates: {@link #escalate(String, String, Priority, String, int,
     * WarningLevel)} with the case's category, area, priority, level and returns.
     *
     * @param c       the case
     * @param warning the warning level of its current time limit
     * @return the escalation
     * @throws NotFoundException if the case's category, area or level is unknown here
     */
    public Escalation escalate(Case c, WarningLevel warning) {
        return escalate(c.category(), c.location().areaCode(), c.priority(), c.level(), c.returns(), warning);
    }

    // ------------------------------------------------------------------ mediation and deliberation

    /**
     * Where a dispute is mediated (see {@link MediationRule} for the precedence), and where it goes when
     * mediation fails. With no rule applying, the people's mediation committee of the dispute's area takes
     * it.
     *
     * @param domain the dispute's domain
     * @param amount the amount in dispute ({@link Money#ZERO} if none)
     * @param flags  the dispute's flags; may be empty
     * @param area   the code of the dispute's area
     * @return the decision; it explains itself
     * @throws NotFoundException    if the area is not in the tree
     * @throws NullPointerException if an argument is {@code null}
     */
    public MediationDecision mediate(DisputeDomain domain, Money amount, Set<DisputeFlag> flags, String area) {
        int a = requireArea(area);
        return mediations.mediate(tree, Objects.requireNonNull(domain, "domain"), Objects.requireNonNull(amount,
                "amount"), Set.copyOf(Objects.requireNonNull(flags, "flags")), a);
    }

    /**
     * How a community deliberates matters of a category: the rule of the category, else of its nearest
     * ancestor that has one.
     *
     * @param category a category code
     * @return the decision; its mode is empty when no rule covers the category
     * @throws NotFoundException if the category is not in the taxonomy
     */
    public DeliberationDecision deliberation(String category) {
        int c = requireCategory(category);
        int r = deliberationOf[c];
        String en = Wording.englishCategory(taxonomy, c);
        String zh = Wording.chineseCategory(taxonomy, c);
        if (r < 0) {
            return new DeliberationDecision(null, -1, new Sentences(en + ": no deliberation rule covers this category.",
                    zh + "：没有适用的议事规则。"));
        }
        DeliberationRule rule = rules.deliberationRules().get(r);
        String via = rule.category().equals(taxonomy.category(c).code()) ? "" : " (by its category " + rule.category() + ")";
        String viaZh = rule.category().equals(taxonomy.category(c).code()) ? "" : "（按上级类别" + rule.category() + "）";
        return new DeliberationDecision(rule, r, new Sentences(en + ": " + rule.mode().english() + ", by deliberation["
                + r + "]" + via + ".", zh + "：" + rule.mode().chinese() + "，依据deliberation[" + r + "]" + viaZh + "。"));
    }

    // ------------------------------------------------------------------ shared

    GridTree tree() {
        return tree;
    }

    CategoryTaxonomy taxonomy() {
        return taxonomy;
    }

    int levelIndex(int node) {
        return tree.level(node).index();
    }

    /** The area at {@code level} enclosing {@code node}; {@code node} itself if it lies at or above it. */
    int climb(int node, int level) {
        int x = node;
        while (levelIndex(x) > level && tree.parent(x) >= 0) {
            x = tree.parent(x); // if the path skips that level, this stops at the nearest area above it
        }
        return x;
    }

    int requireCategory(String code) {
        int c = taxonomy.indexOf(Objects.requireNonNull(code, "category"));
        if (c < 0) {
            throw new NotFoundException("no category '" + Wording.echo(code) + "' in taxonomy '" + taxonomy.id()
                    + "' of rule set '" + rules.id() + "'; route cases filed under a category of that taxonomy");
        }
        return c;
    }

    int requireArea(String code) {
        int a = tree.indexOf(Objects.requireNonNull(code, "area"));
        if (a < 0) {
            throw new NotFoundException("no area '" + Wording.echo(code) + "' in the grid tree of rule set '"
                    + rules.id() + "' (" + tree.size() + " areas); route cases located in that tree, or re-home"
                    + " the case after a re-division");
        }
        return a;
    }

    private static <E extends Enum<E>> int mask(Iterable<E> values) {
        int m = 0;
        for (E e : values) {
            m |= 1 << e.ordinal();
        }
        return m;
    }

    /** Renders as {@code Router[zhangzhou-2022, 10126 entries]}. */
    @Override
    public String toString() {
        return "Router[" + rules.id() + ", " + order.length + (order.length == 1 ? " entry]" : " entries]");
    }
}
