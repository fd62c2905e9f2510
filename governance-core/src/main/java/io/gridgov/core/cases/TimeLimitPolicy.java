package io.gridgov.core.cases;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.grid.Level;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.time.TimeLimit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The time limit of each stage of a case, by category, priority and the level that owns the case. A
 * stage's deadline is computed from its limit when the stage starts.
 *
 * <p><b>Which limit applies.</b> Every stage has a default (a limit set for {@link Selector#all()}).
 * More specific limits may be set for a category (and with it every category below it in the taxonomy),
 * a priority, a level, or any combination. For a case, the most specific category wins (the case's own
 * category, then its parent, up to the root, then "any category"); for the same category, a limit for
 * the case's priority wins over one for any priority; then a limit for the case's level wins over one
 * for any level. Setting two limits for the same stage and selector is an error.
 *
 * <p>The policy is compiled when built: a look-up is two hash look-ups and an array read. Immutable and
 * thread-safe.
 */
public final class TimeLimitPolicy {
    private final CategoryTaxonomy taxonomy;
    private final LevelScheme scheme;
    private final Map<Key, TimeLimit> limits;
    /** Level key → slot; slot 0 is "any other level". */
    private final Map<String, Integer> levelSlots;
    /** [stage][category index][priority][level slot]. */
    private final TimeLimit[][][][] table;

    private TimeLimitPolicy(CategoryTaxonomy taxonomy, LevelScheme scheme, Map<Key, TimeLimit> limits) {
        this.taxonomy = taxonomy;
        this.scheme = scheme;
        this.limits = Map.copyOf(limits);
        Map<String, Integer> slots = new HashMap<>();
        for (Key k : limits.keySet()) {
            if (k.level != null) {
                slots.putIfAbsent(k.level, slots.size() + 1);
            }
        }
        this.levelSlots = Map.copyOf(slots);
        String[] levelOfSlot = new String[slots.size() + 1];
        slots.forEach((key, slot) -> levelOfSlot[slot] = key);
        Stage[] stages = Stage.values();
        Priority[] priorities = Priority.values();
        table = new TimeLimit[stages.length][taxonomy.size()][priorities.length][levelOfSlot.length];
        for (Stage s : stages) {
            for (int c = 0; c < taxonomy.size(); c++) {
                for (Priority p : priorities) {
                    for (int l = 0; l < levelOfSlot.length; l++) {
                        table[s.ordinal()][c][p.ordinal()][l] = resolve(s, c, p, levelOfSlot[l]);
                    }
                }
            }
        }
    }

    /** The walk in the documented order; used once per cell when compiling. */
    private TimeLimit resolve(Stage stage, int category, Priority priority, String level) {
        for (int c = category; ; c = taxonomy.parentIndex(c)) {
            String code = c < 0 ? null : taxonomy.category(c).code();
            for (Priority p : new Priority[] {priority, null}) {
                for (String l : level == null ? new String[] {null} : new String[] {level, null}) {
                    TimeLimit t = limits.get(new Key(stage, code, p, l));
                    if (t != null) {
                        return t;
                    }
                }
            }
            if (c < 0) {
                throw new IllegalStateException("no default limit for " + stage); // build() checks defaults
            }
        }
    }

    /**
     * Starts a policy over a taxonomy and a level scheme (categories and level keys are checked against them).
     *
     * @param taxonomy the category taxonomy
     * @param scheme   the level scheme
     * @return a builder
     */
    public static Builder builder(CategoryTaxonomy taxonomy, LevelScheme scheme) {
        return new Builder(taxonomy, scheme);
    }

    /**
     * A starting policy for a platform that has not set its own (illustrative; cities publish their own
     * limits and should set them):
     * <table>
     * <caption>Default limits</caption>
     * <tr><th>stage</th><th>routine</th><th>urgent</th><th>emergency</th></tr>
     * <tr><td>register</td><td>2 office hours</td><td>1 natural hour</td><td>1 natural hour</td></tr>
     * <tr><td>dispatch</td><td>4 office hours</td><td>2 natural hours</td><td>1 natural hour</td></tr>
     * <tr><td>sign for</td><td>1 working day</td><td>2 natural hours</td><td>1 natural hour</td></tr>
     * <tr><td>handle</td><td>15 working days</td><td>3 natural days</td><td>24 natural hours</td></tr>
     * <tr><td>verify</td><td>2 working days</td><td>1 working day</td><td>4 natural hours</td></tr>
     * </table>
     *
     * @param taxonomy the category taxonomy
     * @param scheme   the level scheme
     * @return the policy
     */
    public static TimeLimitPolicy standard(CategoryTaxonomy taxonomy, LevelScheme scheme) {
        Builder b = builder(taxonomy, scheme);
        b.limit(Stage.REGISTER, Selector.all(), TimeLimit.workingHours(2));
        b.limit(Stage.REGISTER, Selector.all().priority(Priority.URGENT), TimeLimit.naturalHours(1));
        b.limit(Stage.REGISTER, Selector.all().priority(Priority.EMERGENCY), TimeLimit.naturalHours(1));
        b.limit(Stage.DISPATCH, Selector.all(), TimeLimit.workingHours(4));
        b.limit(Stage.DISPATCH, Selector.all().priority(Priority.URGENT), TimeLimit.naturalHours(2));
        b.limit(Stage.DISPATCH, Selector.all().priority(Priority.EMERGENCY), TimeLimit.naturalHours(1));
        b.limit(Stage.SIGN_FOR, Selector.all(), TimeLimit.workingDays(1));
        b.limit(Stage.SIGN_FOR, Selector.all().priority(Priority.URGENT), TimeLimit.naturalHours(2));
        b.limit(Stage.SIGN_FOR, Selector.all().priority(Priority.EMERGENCY), TimeLimit.naturalHours(1));
        b.limit(Stage.HANDLE, Selector.all(), TimeLimit.workingDays(15));
        b.limit(Stage.HANDLE, Selector.all().priority(Priority.URGENT), TimeLimit.naturalDays(3));
        b.limit(Stage.HANDLE, Selector.all().priority(Priority.EMERGENCY), TimeLimit.naturalHours(24));
        b.limit(Stage.VERIFY, Selector.all(), TimeLimit.workingDays(2));
        b.limit(Stage.VERIFY, Selector.all().priority(Priority.URGENT), TimeLimit.workingDays(1));
        b.limit(Stage.VERIFY, Selector.all().priority(Priority.EMERGENCY), TimeLimit.naturalHours(4));
        return b.build();
    }

    /** The taxonomy the policy was built over. */
    public CategoryTaxonomy taxonomy() {
        return taxonomy;
    }

    /** The level scheme the policy was built over. */
    public LevelScheme scheme() {
        return scheme;
    }

    /**
     * The limit of a stage for a case.
     *
     * @param stage    the stage
     * @param category the case's category code
     * @param priority the case's priority
     * @param level    the key of the level owning the case
     * @return the limit that applies
     * @throws io.gridgov.core.NotFoundException if the category is not in the taxonomy
     */
    public TimeLimit limit(Stage stage, String category, Priority priority, String level) {
        int c = taxonomy.indexOf(category);
        if (c < 0) {
            taxonomy.require(category); // throws with the taxonomy's message
        }
        Integer slot = levelSlots.get(level);
        return table[stage.ordinal()][c][priority.ordinal()][slot == null ? 0 : slot];
    }

    /** Every limit set, by stage and selector, as given to the builder. */
    public Map<Stage, Map<Selector, TimeLimit>> limits() {
        Map<Stage, Map<Selector, TimeLimit>> out = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            Map<Selector, TimeLimit> m = new LinkedHashMap<>();
            limits.entrySet().stream().filter(e -> e.getKey().stage == s)
                    .sorted((a, b) -> a.getKey().selector().toString().compareTo(b.getKey().selector().toString()))
                    .forEach(e -> m.put(e.getKey().selector(), e.getValue()));
            out.put(s, Map.copyOf(m));
        }
        return Map.copyOf(out);
    }

    @Override
    public String toString() {
        return "TimeLimitPolicy[" + taxonomy.id() + ", " + limits.size() + " limits]";
    }

    private record Key(Stage stage, String category, Priority priority, String level) {
        Selector selector() {
            return new Selector(category, priority, level);
        }
    }

    /**
     * Which cases a limit is for: a category (and those below it), a priority, a level; each may be left
     * open ("any").
     */
    public static final class Selector {
        private static final Selector ALL = new Selector(null, null, null);
        private final String category;
        private final Priority priority;
        private final String level;

        private Selector(String category, Priority priority, String level) {
            this.category = category;
            this.priority = priority;
            this.level = level;
        }

        /** Every case. */
        public static Selector all() {
            return ALL;
        }

        /** This selector narrowed to a category and those below it. */
        public Selector category(String code) {
            return new Selector(Objects.requireNonNull(code, "code"), priority, level);
        }

        /** This selector narrowed to a priority. */
        public Selector priority(Priority p) {
            return new Selector(category, Objects.requireNonNull(p, "priority"), level);
        }

        /** This selector narrowed to the level owning the case (a level key such as {@code "street"}). */
        public Selector level(String levelKey) {
            return new Selector(category, priority, Objects.requireNonNull(levelKey, "levelKey"));
        }

        /** The category, if narrowed. */
        public Optional<String> categoryCode() {
            return Optional.ofNullable(category);
        }

        /** The priority, if narrowed. */
        public Optional<Priority> priorityValue() {
            return Optional.ofNullable(priority);
        }

        /** The level key, if narrowed. */
        public Optional<String> levelKey() {
            return Optional.ofNullable(level);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Selector s && Objects.equals(category, s.category) && priority == s.priority
                    && Objects.equals(level, s.level);
        }

        @Override
        public int hashCode() {
            return Objects.hash(category, priority, level);
        }

        /** Renders as e.g. {@code category=C02, priority=URGENT, level=any}. */
        @Override
        public String toString() {
            return "category=" + (category == null ? "any" : category) + ", priority="
                    + (priority == null ? "any" : priority) + ", level=" + (level == null ? "any" : level);
        }
    }

    /** Collects limits; {@link #build()} checks them all at once. Not thread-safe. */
    public static final class Builder {
        private final CategoryTaxonomy taxonomy;
        private final LevelScheme scheme;
        private final Map<Key, TimeLimit> limits = new LinkedHashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        private Builder(CategoryTaxonomy taxonomy, LevelScheme scheme) {
            this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
            this.scheme = Objects.requireNonNull(scheme, "scheme");
        }

        /**
         * Sets the limit of a stage for the cases a selector picks.
         *
         * @param stage    the stage
         * @param selector which cases
         * @param limit    the limit
         * @return this builder
         */
        public Builder limit(Stage stage, Selector selector, TimeLimit limit) {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(selector, "selector");
            Objects.requireNonNull(limit, "limit");
            String where = stage + " [" + selector + "]";
            if (selector.category != null && !taxonomy.contains(selector.category)) {
                problems.add(new Problem(where, "category '" + excerpt(selector.category) + "' is not in taxonomy '"
                        + taxonomy.id() + "'; use one of its codes"));
            }
            if (selector.level != null && scheme.findLevel(selector.level).isEmpty()) {
                problems.add(new Problem(where, "level '" + excerpt(selector.level) + "' is not in scheme '"
                        + scheme.key() + "'; use one of " + scheme.levels().stream().map(Level::key).toList()));
            }
            if (limits.putIfAbsent(new Key(stage, selector.category, selector.priority, selector.level), limit) != null) {
                problems.add(new Problem(where, "a limit for this stage and selector is already set; set each once"));
            }
            return this;
        }

        /**
         * Checks and compiles the policy.
         *
         * @return the policy
         * @throws InvalidInputException ({@link ErrorCode#INVALID_TIME_LIMIT_POLICY}) listing every problem:
         *                               unknown categories or levels, duplicates, stages without a default
         */
        public TimeLimitPolicy build() {
            List<Problem> all = new ArrayList<>(problems);
            for (Stage s : Stage.values()) {
                if (!limits.containsKey(new Key(s, null, null, null))) {
                    all.add(new Problem(s.toString(), "no default limit; set one with limit(Stage." + s
                            + ", Selector.all(), ...)"));
                }
            }
            if (!all.isEmpty()) {
                throw new InvalidInputException(ErrorCode.INVALID_TIME_LIMIT_POLICY, "time-limit policy over taxonomy '"
                        + taxonomy.id() + "' is invalid", all);
            }
            return new TimeLimitPolicy(taxonomy, scheme, limits);
        }

        private static String excerpt(String s) {
            return s.length() <= 40 ? s : s.substring(0, 40) + "...";
        }
    }
}
