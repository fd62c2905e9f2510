package io.gridgov.spi.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.cases.Stage;
import io.gridgov.core.cases.TimeLimitPolicy;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.mediation.CourtProcedure;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.MediationLimit;
import io.gridgov.core.mediation.MediationTimeLimits;
import io.gridgov.core.time.HolidaySchedule;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.core.time.TimeWindow;
import io.gridgov.core.time.WorkCalendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden files of the data-file formats: checked-in texts that must equal what the codecs write,
 * byte for byte, and read back into the values they were written from. A change to a JSON form breaks
 * this test on purpose.
 *
 * <p>After an intended change to a form, regenerate the files from the repository root with
 * <pre>
 * ./mvnw -o -q -pl governance-spi -am verify -Dtest='DataFileGoldenTest' \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dgridgov.golden.write=true
 * </pre>
 * and review the diff before committing it: it is the change every reader of those files will see.
 */
@DisplayName("The golden data files")
class DataFileGoldenTest {
    private static final String DIR = "golden/";

    /**
     * One golden file: its name, its codec, the value it holds, and what of a value equality compares
     * (the value itself, or for a {@link WorkCalendar}, which has no {@code equals}, its parts).
     */
    record Golden<T>(String name, DataFileCodec<T> codec, Supplier<T> value, Function<T, Object> content) {
        Golden(String name, DataFileCodec<T> codec, Supplier<T> value) {
            this(name, codec, value, v -> v);
        }

        Object contentOf(String json) {
            return content.apply(codec.parse(json));
        }

        Object expected() {
            return content.apply(value.get());
        }

        String written() {
            return codec.toJson(value.get());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Golden<?>> goldens() {
        return Stream.of(
                new Golden<>("taxonomy-urban-and-social.json", DataFileCodec.taxonomy(), CategoryTaxonomy::urbanAndSocial),
                new Golden<>("taxonomy-two-roots.json", DataFileCodec.taxonomy(), DataFileGoldenTest::twoRoots),
                new Golden<>("calendar-china-2025.json", DataFileCodec.calendar(),
                        () -> WorkCalendar.china(List.of(HolidaySchedule.china2025())), DataFileGoldenTest::content),
                new Golden<>("calendar-urumqi-hours.json", DataFileCodec.calendar(), DataFileGoldenTest::urumqi,
                        DataFileGoldenTest::content),
                new Golden<>("time-limits-standard.json", DataFileCodec.timeLimits(), TimeLimitsFile::standard),
                new Golden<>("time-limits-city.json", DataFileCodec.timeLimits(List.of(twoRoots()), List.of()),
                        DataFileGoldenTest::city));
    }

    static Stream<Arguments> cases() {
        return goldens().map(Arguments::of);
    }

    /** With -Dgridgov.golden.write=true, rewrites the checked-in golden files first (see the class comment). */
    @BeforeAll
    static void regenerateIfAsked() throws IOException {
        if (Boolean.getBoolean("gridgov.golden.write")) {
            // the checked-in source, and the copy on the test class path that this run reads
            Path source = Path.of(System.getProperty("basedir", "."), "src/test/resources/io/gridgov/spi/json", DIR);
            Path copy = Path.of(URI.create(DataFileGoldenTest.class.getResource(".").toString())).resolve(DIR);
            for (Path dir : List.of(source, copy)) {
                Files.createDirectories(dir);
                for (Golden<?> g : goldens().toList()) {
                    Files.writeString(dir.resolve(g.name()), g.written(), StandardCharsets.UTF_8);
                }
            }
        }
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = DataFileGoldenTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as("golden file " + name + " (regenerate with -Dgridgov.golden.write=true)").isNotNull();
            return in.readAllBytes();
        }
    }

    static String text(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("is exactly what the codec writes for its value")
    void writtenExactly(Golden<?> g) throws IOException {
        assertThat(g.written()).isEqualTo(text(g.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("reads back into an equal value")
    void readsBack(Golden<?> g) throws IOException {
        assertThat(g.contentOf(text(g.name()))).isEqualTo(g.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("round-trips byte for byte through a stream")
    void roundTripsBytes(Golden<?> g) throws IOException {
        assertThat(rewrite(g.codec(), bytes(g.name()))).isEqualTo(bytes(g.name()));
    }

    private static <T> byte[] rewrite(DataFileCodec<T> codec, byte[] in) throws IOException {
        T value = codec.read(new java.io.ByteArrayInputStream(in));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(value, out);
        return out.toByteArray();
    }

    /** What makes two calendars equal: {@link WorkCalendar} has no {@code equals} of its own. */
    static Object content(WorkCalendar c) {
        return List.of(c.zone(), c.officeHours(), c.schedules());
    }

    /** A small taxonomy with two roots where one code starts with the other's ({@code B}, {@code B1}). */
    static CategoryTaxonomy twoRoots() {
        return CategoryTaxonomy.builder("city-x")
                .add("S", null, "社会治理", "social governance")
                .add("S01", "S", "邻里纠纷", "neighbourhood dispute")
                .add("S0101", "S01", "噪音扰民", "noise nuisance")
                .add("S0102", "S01", "漏水渗水", "water leaking into a neighbour's home")
                .add("B", null, "建筑", "buildings")
                .add("B1", null, "\"老旧\"小区 \\ 改造", "old-estate renovation, with \"quotes\" and a backslash")
                .build();
    }

    /** A calendar in another zone with its own office hours (the 2025 schedule). */
    static WorkCalendar urumqi() {
        return WorkCalendar.of(ZoneId.of("Asia/Urumqi"), List.of(
                new TimeWindow(LocalTime.of(10, 0), LocalTime.of(14, 0)),
                new TimeWindow(LocalTime.of(15, 30), LocalTime.of(19, 30))), List.of(HolidaySchedule.china2025()));
    }

    /** A city's own limits: by category, priority and level, and a mediation domain of its own. */
    static TimeLimitsFile city() {
        TimeLimitPolicy.Builder b = TimeLimitPolicy.builder(twoRoots(), LevelScheme.longshanStreet());
        for (Stage s : Stage.values()) {
            b.limit(s, TimeLimitPolicy.Selector.all(), TimeLimit.workingDays(s == Stage.HANDLE ? 10 : 1));
        }
        b.limit(Stage.HANDLE, TimeLimitPolicy.Selector.all().category("S01"), TimeLimit.workingDays(5));
        b.limit(Stage.HANDLE, TimeLimitPolicy.Selector.all().category("S0101").priority(Priority.URGENT),
                TimeLimit.naturalHours(12));
        b.limit(Stage.HANDLE, TimeLimitPolicy.Selector.all().category("S01").level("grid"), TimeLimit.workingHours(16));
        b.limit(Stage.DISPATCH, TimeLimitPolicy.Selector.all().priority(Priority.EMERGENCY), TimeLimit.naturalHours(1));
        b.limit(Stage.VERIFY, TimeLimitPolicy.Selector.all().level("street"), TimeLimit.calendarDays(3));
        MediationTimeLimits mediation = MediationTimeLimits.builder()
                .otherwise(new MediationLimit(TimeLimit.calendarMonths(1), MediationLimit.Start.ACCEPTANCE, true,
                        MediationLimit.Expiry.WARNS))
                .confirmationWindow(TimeLimit.calendarDays(30))
                .limit(MediationTimeLimits.Selector.any().domain(DisputeDomain.of("tourism")),
                        new MediationLimit(TimeLimit.calendarDays(7), MediationLimit.Start.APPLICATION, false,
                                MediationLimit.Expiry.FAILS))
                .limit(MediationTimeLimits.Selector.any().category(MediationCategory.JUDICIAL)
                                .procedure(CourtProcedure.SUMMARY),
                        new MediationLimit(TimeLimit.calendarDays(7), MediationLimit.Start.ACCEPTANCE, true,
                                MediationLimit.Expiry.FAILS))
                .applicationWindow(MediationTimeLimits.Selector.any().domain(DisputeDomain.of("tourism")),
                        TimeLimit.calendarMonths(2))
                .build();
        return TimeLimitsFile.of(b.build(), mediation);
    }
}
