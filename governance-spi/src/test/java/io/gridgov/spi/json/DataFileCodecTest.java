package io.gridgov.spi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.cases.Stage;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.MediationLimit;
import io.gridgov.core.time.HolidaySchedule;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.core.time.WorkCalendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The data-file codecs")
class DataFileCodecTest {
    private static final DataFileCodec<CategoryTaxonomy> TAXONOMY = DataFileCodec.taxonomy();
    private static final DataFileCodec<WorkCalendar> CALENDAR = DataFileCodec.calendar();
    private static final DataFileCodec<TimeLimitsFile> LIMITS = DataFileCodec.timeLimits();

    /** Every problem of a file the codec must reject, with the codec's code and summary checked. */
    static List<Problem> problems(DataFileCodec<?> codec, String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> codec.parse(json));
        assertThat(e).as("the file is rejected").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA_FILE);
        assertThat(e.getMessage()).startsWith("GOV-015: a ").contains("file is invalid (format " + codec.format() + ")");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.where()).startsWith("$"));
        return e.problems();
    }

    /** The problems by path, the messages at one path joined. */
    static Map<String, String> byPath(List<Problem> problems) {
        return problems.stream().collect(Collectors.groupingBy(Problem::where, java.util.LinkedHashMap::new,
                Collectors.mapping(Problem::message, Collectors.joining(" | "))));
    }

    static String taxonomy(String... categories) {
        return "{\"format\": \"gridgov.taxonomy/1\", \"id\": \"t\", \"categories\": [\n" + String.join(",\n", categories)
                + "\n]}";
    }

    static String category(String code, String parent, String name) {
        return "{\"code\": \"" + code + "\"" + (parent == null ? "" : ", \"parent\": \"" + parent + "\"") + ", \"name\": \""
                + name + "\", \"englishName\": \"e\"}";
    }

    static String calendar(String officeHours, String... years) {
        return "{\"format\": \"gridgov.calendar/1\", \"zone\": \"Asia/Shanghai\", \"officeHours\": " + officeHours
                + ", \"years\": [" + String.join(", ", years) + "]}";
    }

    static String year(int year, String holidays, String worked) {
        return "{\"year\": " + year + ", \"holidays\": " + holidays + ", \"adjustedWorkingDays\": " + worked + "}";
    }

    @Nested
    @DisplayName("share the text handling")
    class Text {
        @Test
        @DisplayName("reading bytes, characters with a byte order mark, and strings alike")
        void sources() throws IOException {
            String json = DataFileGoldenTest.text("taxonomy-two-roots.json");
            CategoryTaxonomy expected = DataFileGoldenTest.twoRoots();
            assertThat(TAXONOMY.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(expected);
            assertThat(TAXONOMY.read(new StringReader("\uFEFF" + json))).isEqualTo(expected);
            assertThat(TAXONOMY.parse("\uFEFF" + json)).isEqualTo(expected);
        }

        @Test
        @DisplayName("writing the canonical layout whatever the host mapper's features")
        void hostMapper() {
            JsonMapper escaping = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
            CategoryTaxonomy t = CategoryTaxonomy.urbanAndSocial();
            assertThat(TAXONOMY.withMapper(escaping).toJson(t)).isEqualTo(TAXONOMY.toJson(t));
            assertThat(TAXONOMY.withMapper(escaping).format()).isEqualTo(DataFileCodec.TAXONOMY);
        }

        @Test
        @DisplayName("reporting malformed JSON with its line, column and path")
        void malformed() {
            List<Problem> p = problems(TAXONOMY, "{\"format\": \"gridgov.taxonomy/1\",\n \"id\": \"t\",\n \"categories\": [{\"code\": }]}");
            assertThat(p).singleElement().satisfies(x -> {
                assertThat(x.where()).isEqualTo("$.categories[0].code");
                assertThat(x.message()).startsWith("malformed JSON at line 3");
            });
        }

        @Test
        @DisplayName("refusing a member given twice, and content after the object")
        void duplicatesAndTrailing() {
            assertThat(problems(TAXONOMY, "{\"id\": \"a\", \"id\": \"b\"}").get(0).message())
                    .contains("a member may appear only once");
            assertThat(problems(CALENDAR, CALENDAR.toJson(DataFileGoldenTest.urumqi()) + "{}").get(0).message())
                    .contains("holds exactly one JSON object");
        }

        @Test
        @DisplayName("refusing an empty file, a file that is not an object, and another format")
        void wrongShape() {
            assertThat(problems(TAXONOMY, "").get(0).message()).contains("the file is empty");
            assertThat(problems(TAXONOMY, "[1]").get(0).message()).startsWith("expected a taxonomy file {");
            String grid = TAXONOMY.toJson(DataFileGoldenTest.twoRoots()).replace("gridgov.taxonomy/1", "gridgov.grid/1");
            assertThat(byPath(problems(TAXONOMY, grid))).containsEntry("$.format",
                    "format 'gridgov.grid/1' is not supported; this version reads 'gridgov.taxonomy/1'; is this a"
                            + " taxonomy file?");
            String future = grid.replace("gridgov.grid/1", "gridgov.taxonomy/2");
            assertThat(byPath(problems(TAXONOMY, future)).get("$.format")).contains("convert the file");
        }

        @Test
        @DisplayName("cutting a long offending value to 40 characters")
        void longValues() {
            String huge = "Z".repeat(5000);
            List<Problem> p = problems(TAXONOMY, taxonomy(category("S", null, "n"), category("S1", huge, "n")));
            assertThat(p).singleElement().satisfies(x -> {
                assertThat(x.where()).isEqualTo("$.categories[1].parent");
                assertThat(x.message()).hasSizeLessThan(300).doesNotContain("Z".repeat(41));
            });
            assertThat(problems(CALENDAR, "{\"format\": \"gridgov.calendar/1\", \"zone\": \"" + huge + "\"}").toString())
                    .hasSizeLessThan(1000);
        }
    }

    @Nested
    @DisplayName("read a taxonomy file")
    class Taxonomies {
        @Test
        @DisplayName("with categories in any order")
        void anyOrder() {
            CategoryTaxonomy t = TAXONOMY.parse(taxonomy(category("S0101", "S01", "c"), category("S01", "S", "b"),
                    category("S", null, "a")));
            assertThat(t.categories()).extracting(c -> c.code()).containsExactly("S", "S01", "S0101");
        }

        @Test
        @DisplayName("reporting every problem, each at its member")
        void everyProblem() {
            List<Problem> p = problems(TAXONOMY, taxonomy(
                    category("S", null, "社会治理"),
                    "{\"code\": \"S01\", \"parent\": \"S\", \"name\": \"邻里\", \"englishName\": \"n\", \"colour\": \"red\"}",
                    category("s02", "S", "x"),
                    category("S03", "S", " "),
                    category("S01", "S", "dup"),
                    category("S0401", "S04", "x"),
                    category("T01", "S", "x"),
                    category("S0201", "s02", "child of a bad code"),
                    "{\"code\": 5, \"name\": \"x\", \"englishName\": \"y\"}",
                    "{\"code\": \"S05\", \"parent\": \"S\"}",
                    "\"S06\""));
            Map<String, String> m = byPath(p);
            assertThat(m.keySet()).containsExactly("$.categories[1].colour", "$.categories[2].code",
                    "$.categories[3].name", "$.categories[8].code", "$.categories[9].name",
                    "$.categories[9].englishName", "$.categories[10]", "$.categories[4].code",
                    "$.categories[5].parent", "$.categories[6].parent");
            assertThat(m.get("$.categories[1].colour")).contains("unknown member 'colour'");
            assertThat(m.get("$.categories[2].code")).contains("'s' at position 1");
            assertThat(m.get("$.categories[3].name")).contains("the name is blank");
            assertThat(m.get("$.categories[4].code")).contains("code used twice: by '邻里' and by 'dup'");
            assertThat(m.get("$.categories[5].parent")).contains("parent 'S04' is not in the taxonomy");
            assertThat(m.get("$.categories[6].parent")).contains("does not extend its parent's code S");
            assertThat(m.get("$.categories[8].code")).contains("expected a string, found a number (5)");
            assertThat(m.get("$.categories[9].name")).startsWith("missing");
            assertThat(m.get("$.categories[10]")).contains("expected a category {");
        }

        @Test
        @DisplayName("refusing parent links that would form a cycle, since a parent's code is shorter")
        void cycle() {
            Map<String, String> m = byPath(problems(TAXONOMY, taxonomy(category("A", "AB", "a"), category("AB", "A", "b"))));
            assertThat(m).containsOnlyKeys("$.categories[0].parent");
        }

        @Test
        @DisplayName("refusing a code used three times at each later use")
        void thrice() {
            Map<String, String> m = byPath(problems(TAXONOMY, taxonomy(category("A", null, "a"), category("A", null, "b"),
                    category("A", null, "c"))));
            assertThat(m).containsOnlyKeys("$.categories[1].code", "$.categories[2].code");
        }

        @Test
        @DisplayName("refusing a missing id, a blank id and an empty list")
        void topLevel() {
            assertThat(byPath(problems(TAXONOMY, "{\"format\": \"gridgov.taxonomy/1\", \"categories\": []}")))
                    .containsOnlyKeys("$.id", "$.categories");
            assertThat(byPath(problems(TAXONOMY, "{\"format\": \"gridgov.taxonomy/1\", \"id\": \" \", \"categories\": ["
                    + category("A", null, "a") + "]}"))).containsOnlyKeys("$.id");
            assertThat(byPath(problems(TAXONOMY, "{\"format\": \"gridgov.taxonomy/1\", \"id\": \"t\"}")))
                    .containsOnlyKeys("$.categories");
        }
    }

    @Nested
    @DisplayName("read a calendar file")
    class Calendars {
        @Test
        @DisplayName("with several years in any order, dates and ranges")
        void severalYears() {
            WorkCalendar c = CALENDAR.parse(calendar("[\"08:30-17:00\"]",
                    year(2026, "[\"2026-01-01\"]", "[]"),
                    year(2025, "[\"2025-01-01\", \"2025-10-01/2025-10-08\"]", "[\"2025-10-11\"]")));
            assertThat(c.years()).containsExactly(2025, 2026);
            assertThat(c.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
            assertThat(c.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
            assertThat(c.isWorkingDay(LocalDate.of(2026, 1, 2))).isTrue();
            assertThat(c.schedules().get(0).holidays()).hasSize(9);
        }

        @Test
        @DisplayName("reporting bad members, zones, windows and dates at their paths")
        void members() {
            Map<String, String> m = byPath(problems(CALENDAR, "{\"format\": \"gridgov.calendar/1\", \"zone\":"
                    + " \"Asia/Shangai\", \"officeHours\": [\"9-12\", \"12:00-09:00\", 9], \"years\": ["
                    + year(2025, "[\"2025-02-30\", \"2025-10-01/2025-10-08\", \"2025-10-03\", \"2025-10-09/2025-10-08\","
                            + " \"2025-01-01/2026-03-01\"]", "\"none\"") + ", {\"year\": \"2025\"}]}"));
            assertThat(m.keySet()).containsExactly("$.zone", "$.officeHours[0]", "$.officeHours[1]",
                    "$.officeHours[2]", "$.years[0].holidays[0]", "$.years[0].holidays[2]", "$.years[0].holidays[3]",
                    "$.years[0].holidays[4]", "$.years[0].adjustedWorkingDays", "$.years[1].year",
                    "$.years[1].holidays", "$.years[1].adjustedWorkingDays");
            assertThat(m.get("$.zone")).contains("'Asia/Shangai' is not a time zone");
            assertThat(m.get("$.officeHours[0]")).contains("'9-12' is not a window");
            assertThat(m.get("$.officeHours[1]")).contains("a window ends after it starts");
            assertThat(m.get("$.years[0].holidays[0]")).contains("'2025-02-30' is not a date");
            assertThat(m.get("$.years[0].holidays[2]")).contains("2025-10-03 is listed already, at $.years[0].holidays[1]");
            assertThat(m.get("$.years[0].holidays[3]")).contains("ends before it starts");
            assertThat(m.get("$.years[0].holidays[4]")).contains("longer than a year");
            assertThat(m.get("$.years[1].year")).contains("expected a whole number");
        }

        @Test
        @DisplayName("reporting the schedule's own rules at the entry holding the day")
        void scheduleRules() {
            Map<String, String> m = byPath(problems(CALENDAR, calendar("[\"09:00-12:00\"]",
                    year(2025, "[\"2025-10-01/2025-10-08\", \"2026-01-01\"]", "[\"2025-09-28\", \"2025-10-04\","
                            + " \"2025-10-13\"]"))));
            assertThat(m).containsOnlyKeys("$.years[0].holidays[0]", "$.years[0].holidays[1]",
                    "$.years[0].adjustedWorkingDays[2]");
            assertThat(m.get("$.years[0].holidays[0]")).contains("2025-10-04 is listed both as a holiday and as an"
                    + " adjusted working day");
            assertThat(m.get("$.years[0].holidays[1]")).contains("2026-01-01 is not in 2025");
            assertThat(m.get("$.years[0].adjustedWorkingDays[2]")).contains("2025-10-13 is a MONDAY");
        }

        @Test
        @DisplayName("reporting a year given twice, a year out of range, overlapping hours and no years")
        void calendarRules() {
            assertThat(byPath(problems(CALENDAR, calendar("[\"09:00-12:00\", \"11:00-13:00\"]", year(2025, "[]", "[]"),
                    year(2025, "[]", "[]"))))).containsOnlyKeys("$.officeHours[1]", "$.years[1].year");
            assertThat(byPath(problems(CALENDAR, calendar("[\"09:00-12:00\"]", year(1800, "[]", "[]")))))
                    .containsOnlyKeys("$.years[0].year");
            assertThat(byPath(problems(CALENDAR, calendar("[]")))).containsOnlyKeys("$.officeHours", "$.years");
        }
    }

    @Nested
    @DisplayName("read a time-limits file")
    class TimeLimits {
        private static final String DEFAULTS = "{\"stage\": \"REGISTER\", \"limit\": {\"amount\": 1, \"unit\": \"WORKING_DAYS\"}},"
                + " {\"stage\": \"DISPATCH\", \"limit\": {\"amount\": 1, \"unit\": \"WORKING_DAYS\"}},"
                + " {\"stage\": \"SIGN_FOR\", \"limit\": {\"amount\": 1, \"unit\": \"WORKING_DAYS\"}},"
                + " {\"stage\": \"VERIFY\", \"limit\": {\"amount\": 1, \"unit\": \"WORKING_DAYS\"}}";

        static String cases(String taxonomy, String scheme, String... rules) {
            return "{\"format\": \"gridgov.time-limits/1\", \"cases\": {\"taxonomy\": \"" + taxonomy + "\", \"scheme\": \""
                    + scheme + "\", \"limits\": [" + String.join(", ", rules) + "]}}";
        }

        static String mediation(String... rules) {
            return "{\"format\": \"gridgov.time-limits/1\", \"mediation\": {\"otherwise\": {\"limit\": {\"amount\": 1,"
                    + " \"unit\": \"CALENDAR_MONTHS\"}, \"start\": \"ACCEPTANCE\", \"extendable\": true, \"expiry\":"
                    + " \"WARNS\"}, \"confirmationWindow\": {\"amount\": 30, \"unit\": \"CALENDAR_DAYS\"}, \"limits\": ["
                    + String.join(", ", rules) + "]}}";
        }

        static String rule(String selector, int amount) {
            return "{" + selector + ", \"limit\": {\"amount\": " + amount + ", \"unit\": \"CALENDAR_DAYS\"}, \"start\":"
                    + " \"ACCEPTANCE\", \"extendable\": false, \"expiry\": \"FAILS\"}";
        }

        @Test
        @DisplayName("with only a case policy, or only mediation")
        void oneSection() {
            TimeLimitsFile cases = LIMITS.parse(cases("cn-urban-social", "cn-national", DEFAULTS,
                    "{\"stage\": \"HANDLE\", \"limit\": {\"amount\": 5, \"unit\": \"WORKING_DAYS\"}}",
                    "{\"stage\": \"HANDLE\", \"category\": \"C02\", \"priority\": \"URGENT\", \"level\": \"township\","
                            + " \"limit\": {\"amount\": 2, \"unit\": \"NATURAL_DAYS\"}}"));
            assertThat(cases.mediation()).isEmpty();
            assertThat(cases.cases().orElseThrow().limit(Stage.HANDLE, "C0201", Priority.URGENT, "township"))
                    .isEqualTo(TimeLimit.naturalDays(2));
            TimeLimitsFile mediation = LIMITS.parse(mediation(rule("\"domain\": \"tourism\"", 7)));
            assertThat(mediation.cases()).isEmpty();
            assertThat(mediation.mediation().orElseThrow().limitFor(MediationCategory.PEOPLES, DisputeDomain.of("tourism"),
                    io.gridgov.core.mediation.CourtProcedure.NONE).limit()).isEqualTo(TimeLimit.calendarDays(7));
            assertThat(LIMITS.parse(LIMITS.toJson(mediation))).isEqualTo(mediation);
        }

        @Test
        @DisplayName("refusing a file with neither section")
        void neither() {
            assertThat(byPath(problems(LIMITS, "{\"format\": \"gridgov.time-limits/1\"}")).get("$"))
                    .contains("neither \"cases\" nor \"mediation\"");
        }

        @Test
        @DisplayName("naming a taxonomy and a scheme the codec knows, with a hint for a typo")
        void references() {
            Map<String, String> m = byPath(problems(LIMITS, cases("cn-urban-socail", "changde", DEFAULTS)));
            assertThat(m).containsOnlyKeys("$.cases.taxonomy", "$.cases.scheme", "$.cases.limits");
            assertThat(m.get("$.cases.taxonomy")).contains("did you mean 'cn-urban-social'?");
            assertThat(m.get("$.cases.scheme")).contains("the codec knows 'cn-longshan', 'cn-national'");
            assertThat(m.get("$.cases.limits")).contains("no default limit for stage HANDLE");
            String custom = cases("city-x", "cn-longshan", DEFAULTS, "{\"stage\": \"HANDLE\", \"category\": \"B1\","
                    + " \"limit\": {\"amount\": 5, \"unit\": \"WORKING_DAYS\"}}",
                    "{\"stage\": \"HANDLE\", \"limit\": {\"amount\": 5, \"unit\": \"WORKING_DAYS\"}}");
            assertThat(byPath(problems(LIMITS, custom))).containsOnlyKeys("$.cases.taxonomy");
            assertThat(DataFileCodec.timeLimits(List.of(DataFileGoldenTest.twoRoots()), List.of()).parse(custom)
                    .cases().orElseThrow().taxonomy().id()).isEqualTo("city-x");
        }

        @Test
        @DisplayName("reporting bad rules, duplicates and limits out of range at their paths")
        void caseRules() {
            Map<String, String> m = byPath(problems(LIMITS, cases("cn-urban-social", "cn-national", DEFAULTS,
                    "{\"stage\": \"HANDEL\", \"limit\": {\"amount\": 5, \"unit\": \"WORKING_DAYS\"}}",
                    "{\"stage\": \"HANDLE\", \"category\": \"Z99\", \"level\": \"town\", \"limit\": {\"amount\": 0, \"unit\": \"DAYS\"}}",
                    "{\"stage\": \"HANDLE\", \"priority\": \"HIGH\", \"limit\": {\"amount\": 4000, \"unit\": \"WORKING_DAYS\"}}",
                    "{\"stage\": \"VERIFY\", \"limit\": {\"amount\": 2, \"unit\": \"WORKING_DAYS\"}}")));
            assertThat(m.keySet()).containsExactly("$.cases.limits[4].stage", "$.cases.limits[5].category",
                    "$.cases.limits[5].level", "$.cases.limits[5].limit.unit", "$.cases.limits[6].priority",
                    "$.cases.limits[6].limit.amount", "$.cases.limits[7]", "$.cases.limits");
            assertThat(m.get("$.cases.limits[4].stage")).contains("unknown stage 'HANDEL' (did you mean 'HANDLE'?)");
            assertThat(m.get("$.cases.limits[5].category")).contains("'Z99' is not in taxonomy 'cn-urban-social'");
            assertThat(m.get("$.cases.limits[5].level")).contains("level 'town' is not in scheme 'cn-national'");
            assertThat(m.get("$.cases.limits[6].limit.amount")).contains("the amount is 4000 WORKING_DAYS; give 1 to 3650");
            assertThat(m.get("$.cases.limits[7]")).contains("the same stage and selector as $.cases.limits[3]");
            assertThat(m.get("$.cases.limits")).contains("no default limit for stage HANDLE");
        }

        @Test
        @DisplayName("refusing a non-positive limit at its amount")
        void nonPositive() {
            Map<String, String> m = byPath(problems(LIMITS, mediation(rule("\"domain\": \"tourism\"", 0),
                    rule("\"domain\": \"consumer\"", -3))));
            assertThat(m).containsOnlyKeys("$.mediation.limits[0].limit.amount", "$.mediation.limits[1].limit.amount");
            assertThat(m.get("$.mediation.limits[1].limit.amount")).contains("the amount is -3");
        }

        @Test
        @DisplayName("reporting overlapping and contradictory mediation rules")
        void mediationRules() {
            Map<String, String> m = byPath(problems(LIMITS, mediation(
                    rule("\"domain\": \"tourism\"", 7),
                    rule("\"domain\": \"tourism\"", 9),
                    rule("\"category\": \"PEOPLES\", \"procedure\": \"SUMMARY\"", 7),
                    "{\"limit\": {\"amount\": 1, \"unit\": \"CALENDAR_DAYS\"}, \"start\": \"ACCEPTANCE\","
                            + " \"extendable\": \"yes\", \"expiry\": \"FAILS\"}",
                    rule("\"domain\": \"Tourism!\"", 7),
                    rule("\"category\": \"PEOPLE\"", 7))));
            assertThat(m.keySet()).containsExactly("$.mediation.limits[1]", "$.mediation.limits[3]",
                    "$.mediation.limits[3].extendable", "$.mediation.limits[4].domain", "$.mediation.limits[5].category");
            assertThat(m.get("$.mediation.limits[1]")).contains("the same selector [domain=tourism] as $.mediation.limits[0]");
            assertThat(m.get("$.mediation.limits[3]")).contains("names no category, domain or procedure");
            assertThat(m.get("$.mediation.limits[5].category")).contains("did you mean 'PEOPLES'?");
            // the core's own rule, once the file's are met
            assertThat(byPath(problems(LIMITS, mediation(rule("\"category\": \"PEOPLES\", \"procedure\": \"SUMMARY\"", 7)))))
                    .containsOnlyKeys("$.mediation.limits[0]")
                    .hasEntrySatisfying("$.mediation.limits[0]", s -> assertThat(s).contains("only ever set on JUDICIAL"));
        }

        @Test
        @DisplayName("refusing a mediation section without its fallback or confirmation window")
        void mediationRequired() {
            assertThat(byPath(problems(LIMITS, "{\"format\": \"gridgov.time-limits/1\", \"mediation\": {}}")))
                    .containsOnlyKeys("$.mediation.otherwise", "$.mediation.confirmationWindow");
        }

        @Test
        @DisplayName("giving back the limits the standard policy gives")
        void standard() throws IOException {
            TimeLimitsFile f = LIMITS.parse(DataFileGoldenTest.text("time-limits-standard.json"));
            assertThat(f.mediation().orElseThrow().limitFor(MediationCategory.PEOPLES, DisputeDomain.LABOUR,
                    io.gridgov.core.mediation.CourtProcedure.NONE)).isEqualTo(new MediationLimit(TimeLimit.calendarDays(15),
                    MediationLimit.Start.APPLICATION, false, MediationLimit.Expiry.PARTIES_MAY_LEAVE));
            assertThat(f.cases().orElseThrow().scheme()).isEqualTo(LevelScheme.chinaNational());
            assertThat(f).isEqualTo(TimeLimitsFile.standard()).hasSameHashCodeAs(TimeLimitsFile.standard());
            assertThat(f.toString()).startsWith("TimeLimitsFile[cases=TimeLimitPolicy[cn-urban-social");
        }
    }

    @Test
    @DisplayName("a calendar keeps the 2025 schedule exactly")
    void china2025() throws IOException {
        WorkCalendar c = CALENDAR.parse(DataFileGoldenTest.text("calendar-china-2025.json"));
        assertThat(c.schedules()).containsExactly(HolidaySchedule.china2025());
        assertThat(c.zone()).isEqualTo(WorkCalendar.CHINA);
        assertThat(c.officeHours()).isEqualTo(WorkCalendar.DEFAULT_OFFICE_HOURS);
    }
}
