package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ordered levels of a city's grid hierarchy and the form of their area codes. Levels are data,
 * not code: cities differ (Changde counts city, county, township, village, grid; Longshan's street
 * counts street, cadre area, community, grid, building), so a scheme is configuration.
 *
 * <p>Two presets ship: {@link #chinaNational()}, the national statistical division extended by grids
 * and buildings, and {@link #longshanStreet()}, a street-led five-level linkage. Build others with
 * {@link #builder(String, String)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class LevelScheme {
    /** The longest area code a scheme may define. */
    public static final int MAX_CODE_LENGTH = 34;
    /** The most digits one level's segment may have. */
    public static final int MAX_SEGMENT_DIGITS = 9;

    private static final LevelScheme CHINA_NATIONAL = buildChinaNational();
    private static final LevelScheme LONGSHAN_STREET = buildLongshanStreet();

    private final String key;
    private final String name;
    private final List<Level> levels;
    private final Level gridLevel;

    private LevelScheme(String key, String name, List<Level> levels) {
        this.key = key;
        this.name = name;
        this.levels = List.copyOf(levels);
        this.gridLevel = levels.stream().filter(Level::gridLevel).findFirst().orElseThrow();
    }

    /**
     * The national scheme: province (省), prefecture (地), county/district (县/区), township/street
     * (乡镇/街道), village/community (村/社区), grid (网格), building (楼栋).
     *
     * <p>The first three levels use GB/T 2260 six-digit codes ({@code PP0000}, {@code PPCC00},
     * {@code PPCCDD}); a township has 9 digits (segment 001–099 street, 100–199 town, 200–399
     * township, 400–599 government-enterprise unit); a village or community 12 (001–199 residents'
     * committee, 200–399 villagers' committee); a grid 15 (a 3-digit sequence; Beijing's local
     * standard numbers grids west to east, north to south); a building 20 (00001–99999).
     *
     * @return the shared preset
     */
    public static LevelScheme chinaNational() {
        return CHINA_NATIONAL;
    }

    /**
     * Longshan Road Street's street-led five-level linkage: street (街道), the area of a street cadre
     * (片区, an optional overlay outside the statistical code), community (社区), grid (网格), building
     * (楼栋). Street codes are 9-digit township codes (the county's 6 digits are free); a cadre area
     * extends its street's code by 2 digits; communities, grids and buildings follow the national
     * form and extend the street's code even when they sit inside a cadre area.
     *
     * @return the shared preset
     */
    public static LevelScheme longshanStreet() {
        return LONGSHAN_STREET;
    }

    /**
     * A preset by key: {@code "cn-national"} or {@code "cn-longshan"}.
     *
     * @param key the preset's key
     * @return the preset
     * @throws NotFoundException if no preset has that key
     */
    public static LevelScheme preset(String key) {
        Objects.requireNonNull(key, "key");
        if (CHINA_NATIONAL.key.equals(key)) {
            return CHINA_NATIONAL;
        }
        if (LONGSHAN_STREET.key.equals(key)) {
            return LONGSHAN_STREET;
        }
        throw new NotFoundException("no level scheme preset '" + key + "'; presets are '" + CHINA_NATIONAL.key
                + "' and '" + LONGSHAN_STREET.key + "', or define the scheme's levels yourself");
    }

    /**
     * Starts a custom scheme.
     *
     * @param key  a stable identifier, e.g. {@code "changde"}
     * @param name a display name
     * @return a builder
     */
    public static Builder builder(String key, String name) {
        return new Builder(key, name);
    }

    /** The scheme's stable key. */
    public String key() {
        return key;
    }

    /**
     * The presets, in a fixed order: {@link #chinaNational()}, {@link #longshanStreet()}.
     *
     * @return the presets
     */
    public static List<LevelScheme> presets() {
        return List.of(CHINA_NATIONAL, LONGSHAN_STREET);
    }

    /** Digits a top-level code carries before its own segment (Longshan's streets: the county's 6). */
    public int rootPrefixDigits() {
        return levels.get(0).segmentStart();
    }

    /** The scheme's display name. */
    public String name() {
        return name;
    }

    /** The levels, top first. */
    public List<Level> levels() {
        return levels;
    }

    /** The level whose areas are grids. */
    public Level gridLevel() {
        return gridLevel;
    }

    /**
     * The level with a key.
     *
     * @param levelKey e.g. {@code "grid"}
     * @return the level
     * @throws NotFoundException naming the keys that exist
     */
    public Level level(String levelKey) {
        return findLevel(levelKey).orElseThrow(() -> new NotFoundException("level scheme '" + key
                + "' has no level '" + levelKey + "'; its levels are " + levelKeys()));
    }

    /**
     * The level with a key, if any.
     *
     * @param levelKey e.g. {@code "grid"}
     * @return the level or empty
     */
    public Optional<Level> findLevel(String levelKey) {
        Objects.requireNonNull(levelKey, "levelKey");
        for (Level l : levels) {
            if (l.key().equals(levelKey)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code level} is one of this scheme's levels. */
    public boolean contains(Level level) {
        return level.index() < levels.size() && levels.get(level.index()).equals(level);
    }

    /** The level keys, top first, for messages. */
    List<String> levelKeys() {
        return levels.stream().map(Level::key).toList();
    }

    /**
     * The levels strictly between {@code upper} and {@code lower} that may not be skipped, i.e. the
     * levels a child at {@code lower} would jump over if it sat directly below an area at {@code upper}.
     */
    List<Level> requiredBetween(Level upper, Level lower) {
        List<Level> out = new ArrayList<>();
        for (int i = upper.index() + 1; i < lower.index(); i++) {
            if (!levels.get(i).skippable()) {
                out.add(levels.get(i));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LevelScheme other && key.equals(other.key) && name.equals(other.name)
                && levels.equals(other.levels);
    }

    @Override
    public int hashCode() {
        return (key.hashCode() * 31 + name.hashCode()) * 31 + levels.hashCode();
    }

    /** Renders as {@code key [level, level, ...]}. */
    @Override
    public String toString() {
        return key + " " + levelKeys();
    }

    private static LevelScheme buildChinaNational() {
        return builder("cn-national", "China: national statistical division, grids and buildings")
                .level("province", "province", "省级", 2, 6)
                .segmentClass(11, 15, "province-level division (north)", "省级行政区（华北）")
                .segmentClass(21, 23, "province-level division (north-east)", "省级行政区（东北）")
                .segmentClass(31, 37, "province-level division (east)", "省级行政区（华东）")
                .segmentClass(41, 46, "province-level division (central south)", "省级行政区（中南）")
                .segmentClass(50, 54, "province-level division (south-west)", "省级行政区（西南）")
                .segmentClass(61, 65, "province-level division (north-west)", "省级行政区（西北）")
                .segmentClass(71, 71, "Taiwan", "台湾")
                .segmentClass(81, 82, "special administrative region", "特别行政区")
                .level("prefecture", "prefecture", "地级", 2, 6)
                .segmentClass(1, 20, "prefecture-level city or municipal districts", "地级市/市辖区")
                .segmentClass(21, 50, "prefecture, autonomous prefecture or league", "地区/自治州/盟")
                .segmentClass(51, 70, "prefecture-level city", "地级市")
                .segmentClass(90, 90, "county-level divisions directly under the province", "省直辖县级行政区划")
                .level("county", "county / district", "县/区", 2, 6)
                .segmentClass(1, 20, "district", "市辖区")
                .segmentClass(21, 80, "county or autonomous county", "县/自治县")
                .segmentClass(81, 99, "county-level city", "县级市")
                .level("township", "township / street", "乡镇/街道", 3, 9)
                .townshipClasses()
                .level("village", "village / community", "村/社区", 3, 12)
                .villageClasses()
                .level("grid", "grid", "网格", 3, 15).grid()
                .level("building", "building", "楼栋", 5, 20)
                .build();
    }

    private static LevelScheme buildLongshanStreet() {
        return builder("cn-longshan", "Longshan Road Street: street-led five-level linkage")
                .rootPrefixDigits(6)
                .level("street", "street", "街道", 3, 9)
                .townshipClasses()
                .level("area", "street cadre area", "片区", 2, 11).overlay().skippable()
                .level("community", "community", "社区", 3, 12)
                .villageClasses()
                .level("grid", "grid", "网格", 3, 15).grid()
                .level("building", "building", "楼栋", 5, 20)
                .build();
    }

    /**
     * Builds a {@link LevelScheme}. Levels are added top first with {@link #level}; the modifiers
     * ({@link #segmentClass}, {@link #skippable}, {@link #grid}, {@link #overlay}) apply to the level
     * added last. Not thread-safe; {@link #build()} validates everything and reports every problem.
     */
    public static final class Builder {
        private final String key;
        private final String name;
        private final List<LevelDraft> drafts = new ArrayList<>();
        private int rootPrefixDigits;

        private Builder(String key, String name) {
            this.key = Objects.requireNonNull(key, "key");
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Digits a top-level code carries before its own segment, not checked against a parent
         * (Longshan's streets carry their county's 6 digits). Default 0. Call before the first level.
         *
         * @param digits 0 or more
         * @return this builder
         */
        public Builder rootPrefixDigits(int digits) {
            if (digits < 0 || digits >= MAX_CODE_LENGTH) {
                throw InvalidInputException.of(ErrorCode.INVALID_LEVEL_SCHEME, "rootPrefixDigits", "it is " + digits
                        + "; use 0 to " + (MAX_CODE_LENGTH - 1));
            }
            if (!drafts.isEmpty()) {
                throw new IllegalStateException("rootPrefixDigits must be set before the first level is added");
            }
            this.rootPrefixDigits = digits;
            return this;
        }

        /**
         * Adds the next level down.
         *
         * @param levelKey      stable identifier used in data files
         * @param levelName     English name
         * @param localName     Chinese name
         * @param segmentDigits digits of the level's own segment, 1 to {@value #MAX_SEGMENT_DIGITS}
         * @param codeLength    total digits of a code at this level (segment end plus zero padding)
         * @return this builder
         */
        public Builder level(String levelKey, String levelName, String localName, int segmentDigits, int codeLength) {
            drafts.add(new LevelDraft(Objects.requireNonNull(levelKey, "levelKey"),
                    Objects.requireNonNull(levelName, "levelName"), Objects.requireNonNull(localName, "localName"),
                    segmentDigits, codeLength));
            return this;
        }

        /**
         * Adds an allowed segment range, with its meaning, to the last level.
         *
         * @param min       smallest segment value
         * @param max       largest segment value
         * @param className English name of the class
         * @param localName Chinese name of the class
         * @return this builder
         */
        public Builder segmentClass(int min, int max, String className, String localName) {
            last("segmentClass").classes.add(new SegmentClass(min, max, className, localName));
            return this;
        }

        /** Marks the last level as one a child may skip (sit directly below the level above it). */
        public Builder skippable() {
            last("skippable").skippable = true;
            return this;
        }

        /** Marks the last level as the grid level; a scheme has exactly one. */
        public Builder grid() {
            last("grid").grid = true;
            return this;
        }

        /** Marks the last level as a management overlay outside the code chain (see {@link Level}). */
        public Builder overlay() {
            last("overlay").overlay = true;
            return this;
        }

        Builder townshipClasses() {
            return segmentClass(1, 99, "street", "街道")
                    .segmentClass(100, 199, "town", "镇")
                    .segmentClass(200, 399, "township", "乡")
                    .segmentClass(400, 599, "government-enterprise unit", "政企合一单位");
        }

        Builder villageClasses() {
            return segmentClass(1, 199, "residents' committee", "居民委员会")
                    .segmentClass(200, 399, "villagers' committee", "村民委员会");
        }

        private LevelDraft last(String modifier) {
            if (drafts.isEmpty()) {
                throw new IllegalStateException(modifier + "() applies to the last level added; add a level first");
            }
            return drafts.get(drafts.size() - 1);
        }

        /**
         * Validates and builds the scheme.
         *
         * @return the scheme
         * @throws InvalidInputException ({@link ErrorCode#INVALID_LEVEL_SCHEME}) listing every problem
         */
        public LevelScheme build() {
            List<Problem> problems = new ArrayList<>();
            if (key.isBlank()) {
                problems.add(new Problem("key", "the scheme key is blank; give the scheme a stable key such as 'changde'"));
            }
            if (drafts.isEmpty()) {
                problems.add(new Problem(key, "the scheme has no levels; add them top first with level(...)"));
            }
            Set<String> keys = new HashSet<>();
            int grids = 0;
            int chain = rootPrefixDigits;
            List<Level> levels = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                LevelDraft d = drafts.get(i);
                String where = key + ".levels[" + i + "]";
                if (d.key.isBlank()) {
                    problems.add(new Problem(where, "the level key is blank; give every level a key such as 'grid'"));
                }
                if (!keys.add(d.key)) {
                    problems.add(new Problem(where, "level key '" + d.key + "' is used twice; level keys must be unique"));
                }
                if (d.grid) {
                    grids++;
                }
                if (d.overlay && i == 0) {
                    problems.add(new Problem(where, "the top level '" + d.key + "' cannot be an overlay; an overlay sits inside the code of the level above it"));
                }
                if (d.overlay && d.grid) {
                    problems.add(new Problem(where, "level '" + d.key + "' cannot be both the grid level and an overlay"));
                }
                int significant = chain + d.segmentDigits;
                try {
                    Level level = new Level(key, i, d.key, d.name, d.localName, d.segmentDigits, significant,
                            d.codeLength, d.classes, d.skippable, d.grid, d.overlay);
                    for (SegmentClass c : d.classes) {
                        if (Long.toString(c.max()).length() > d.segmentDigits) {
                            problems.add(new Problem(where, "segment class '" + c.name() + "' goes up to " + c.max()
                                    + ", more than " + d.segmentDigits + " digits hold"));
                        }
                    }
                    levels.add(level);
                } catch (InvalidInputException e) {
                    e.problems().forEach(p -> problems.add(new Problem(where, p.message())));
                }
                if (!d.overlay) {
                    chain = significant;
                }
            }
            for (Level overlay : levels) {
                for (Level other : levels) {
                    if (overlay.overlay() && other != overlay && other.segmentStart() == overlay.segmentStart()
                            && other.codeLength() == overlay.codeLength()) {
                        problems.add(new Problem(key + ".levels[" + overlay.index() + "]", "overlay level '"
                                + overlay.key() + "' and level '" + other.key() + "' would share one code space ("
                                + overlay.codeLength() + " digits after the same parent digits), so a code could not"
                                + " tell them apart; give the overlay another code length"));
                    }
                }
            }
            if (!drafts.isEmpty() && grids != 1) {
                problems.add(new Problem(key, "the scheme marks " + grids + " grid levels; mark exactly one with grid()"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(ErrorCode.INVALID_LEVEL_SCHEME,
                        "level scheme '" + key + "' is invalid", problems);
            }
            return new LevelScheme(key, name, levels);
        }

        private static final class LevelDraft {
            final String key;
            final String name;
            final String localName;
            final int segmentDigits;
            final int codeLength;
            final List<SegmentClass> classes = new ArrayList<>();
            boolean skippable;
            boolean grid;
            boolean overlay;

            LevelDraft(String key, String name, String localName, int segmentDigits, int codeLength) {
                this.key = key;
                this.name = name;
                this.localName = localName;
                this.segmentDigits = segmentDigits;
                this.codeLength = codeLength;
            }
        }
    }
}
