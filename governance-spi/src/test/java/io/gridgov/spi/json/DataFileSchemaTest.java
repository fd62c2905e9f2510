package io.gridgov.spi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.cases.Stage;
import io.gridgov.core.mediation.CourtProcedure;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.MediationLimit;
import io.gridgov.core.time.TimeLimit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The JSON Schemas of the data files")
class DataFileSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path DOCS = Path.of(System.getProperty("basedir", "."), "..", "docs");

    static JsonNode schema(String name) {
        try {
            return JSON.readTree(Files.readString(DOCS.resolve("schemas").resolve(name)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DOCS.resolve("schemas").resolve(name).toAbsolutePath().normalize(), e);
        }
    }

    static List<String> errors(String schema, String json) throws IOException {
        return new MiniSchema(schema(schema)).validate(JSON.readTree(json));
    }

    static boolean codecAccepts(DataFileCodec<?> codec, String json) {
        Throwable t = catchThrowable(() -> codec.parse(json));
        assertThat(t).as("the codec throws nothing but InvalidInputException").satisfiesAnyOf(
                x -> assertThat(x).isNull(), x -> assertThat(x).isInstanceOf(InvalidInputException.class));
        return t == null;
    }

    /** The first ```json block of a doc that is a file of the format; the codec must write it back unchanged. */
    static String docExample(String doc, String format) throws IOException {
        String text = Files.readString(DOCS.resolve(doc));
        int at = text.indexOf("\"format\": \"" + format + "\"");
        assertThat(at).as("an example of " + format + " in docs/" + doc).isPositive();
        int start = text.lastIndexOf("```json\n", at) + "```json\n".length();
        return text.substring(start, text.indexOf("```", start));
    }

    private static List<String> enumOf(JsonNode schema, String pointer) {
        List<String> out = new ArrayList<>();
        schema.at(pointer).forEach(n -> out.add(n.textValue()));
        return out;
    }

    private static <E extends Enum<E>> String[] names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"taxonomy.schema.json=gridgov.taxonomy/1", "calendar.schema.json=gridgov.calendar/1",
        "time-limits.schema.json=gridgov.time-limits/1"})
    @DisplayName("are draft 2020-12 schemas of the current formats")
    void draft(String schemaAndFormat) {
        String[] parts = schemaAndFormat.split("=");
        JsonNode s = schema(parts[0]);
        assertThat(s.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(s.at("/properties/format/const").textValue()).isEqualTo(parts[1]);
        assertThat(List.of(DataFileCodec.TAXONOMY, DataFileCodec.CALENDAR, DataFileCodec.TIME_LIMITS)).contains(parts[1]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"taxonomy-urban-and-social.json", "taxonomy-two-roots.json", "calendar-china-2025.json",
        "calendar-urumqi-hours.json", "time-limits-standard.json", "time-limits-city.json"})
    @DisplayName("accept the golden files")
    void goldens(String name) throws IOException {
        String schema = name.substring(0, name.lastIndexOf('-')).replace("-urban-and", "").replace("-two", "")
                .replace("-china", "").replace("-urumqi", "") + ".schema.json";
        assertThat(errors(schema, DataFileGoldenTest.text(name))).isEmpty();
    }

    @Test
    @DisplayName("accept the examples in the docs, which the codecs write back unchanged")
    void docExamples() throws IOException {
        String taxonomy = docExample("taxonomy.md", DataFileCodec.TAXONOMY);
        assertThat(errors("taxonomy.schema.json", taxonomy)).isEmpty();
        assertThat(DataFileCodec.taxonomy().toJson(DataFileCodec.taxonomy().parse(taxonomy))).isEqualTo(taxonomy);
        String calendar = docExample("time.md", DataFileCodec.CALENDAR);
        assertThat(errors("calendar.schema.json", calendar)).isEmpty();
        assertThat(DataFileCodec.calendar().toJson(DataFileCodec.calendar().parse(calendar))).isEqualTo(calendar);
        String limits = docExample("time.md", DataFileCodec.TIME_LIMITS);
        assertThat(errors("time-limits.schema.json", limits)).isEmpty();
        assertThat(DataFileCodec.timeLimits().toJson(DataFileCodec.timeLimits().parse(limits))).isEqualTo(limits);
    }

    @Test
    @DisplayName("name the same constants as the code")
    void constants() {
        JsonNode s = schema("time-limits.schema.json");
        assertThat(enumOf(s, "/$defs/timeLimit/properties/unit/enum")).containsExactly(names(TimeLimit.Unit.class));
        assertThat(enumOf(s, "/$defs/caseRule/properties/stage/enum")).containsExactly(names(Stage.class));
        assertThat(enumOf(s, "/$defs/caseRule/properties/priority/enum")).containsExactly(names(Priority.class));
        assertThat(enumOf(s, "/$defs/mediationCategory/enum")).containsExactly(names(MediationCategory.class));
        assertThat(enumOf(s, "/$defs/procedure/enum")).containsExactly(names(CourtProcedure.class));
        assertThat(enumOf(s, "/$defs/start/enum")).containsExactly(names(MediationLimit.Start.class));
        assertThat(enumOf(s, "/$defs/expiry/enum")).containsExactly(names(MediationLimit.Expiry.class));
        assertThat(s.at("/$defs/cases/properties/limits/minItems").intValue()).isEqualTo(Stage.values().length);
    }

    @Nested
    @DisplayName("agree with the codec on")
    class Agreement {
        private static final String CAT = "{\"code\": \"S\", \"name\": \"社会治理\", \"englishName\": \"social governance\"}";

        private void both(String schema, DataFileCodec<?> codec, boolean valid, String json) throws IOException {
            assertThat(errors(schema, json)).as("schema on " + json).matches(e -> e.isEmpty() == valid);
            assertThat(codecAccepts(codec, json)).as("codec on " + json).isEqualTo(valid);
        }

        private String taxonomy(String categories) {
            return "{\"format\": \"gridgov.taxonomy/1\", \"id\": \"t\", \"categories\": [" + categories + "]}";
        }

        @Test
        @DisplayName("taxonomy files")
        void taxonomies() throws IOException {
            DataFileCodec<?> c = DataFileCodec.taxonomy();
            String s = "taxonomy.schema.json";
            both(s, c, true, taxonomy(CAT));
            both(s, c, true, taxonomy(CAT + ", {\"code\": \"S01\", \"parent\": \"S\", \"name\": \"邻里\", \"englishName\": \"n\"}"));
            both(s, c, false, taxonomy(""));
            both(s, c, false, taxonomy(CAT.replace("\"S\"", "\"s\"")));
            both(s, c, false, taxonomy(CAT.replace("\"S\"", "\"S-1\"")));
            both(s, c, false, taxonomy(CAT.replace("\"社会治理\"", "\"  \"")));
            both(s, c, false, taxonomy(CAT.replace("\"社会治理\"", "\"" + "名".repeat(101) + "\"")));
            both(s, c, false, taxonomy(CAT.replace("}", ", \"colour\": \"red\"}")));
            both(s, c, false, taxonomy(CAT.replace(", \"englishName\": \"social governance\"", "")));
            both(s, c, false, taxonomy(CAT).replace("\"t\"", "\"" + "x".repeat(65) + "\""));
            both(s, c, false, taxonomy(CAT).replace("gridgov.taxonomy/1", "gridgov.taxonomy/2"));
            both(s, c, false, taxonomy(CAT).replace("\"id\": \"t\", ", ""));
        }

        @Test
        @DisplayName("calendar files")
        void calendars() throws IOException {
            DataFileCodec<?> c = DataFileCodec.calendar();
            String s = "calendar.schema.json";
            String good = DataFileGoldenTest.text("calendar-china-2025.json");
            both(s, c, true, good);
            both(s, c, true, good.replace("\"Asia/Shanghai\"", "\"+08:00\""));
            both(s, c, true, good.replace("\"2025-01-01\", ", ""));
            both(s, c, false, good.replace("\"Asia/Shanghai\"", "\"\""));
            both(s, c, false, good.replace("\"09:00-12:00\"", "\"9:00-12:00\""));
            both(s, c, false, good.replace("\"09:00-12:00\", \"13:30-17:30\"", ""));
            both(s, c, false, good.replace("\"2025-01-01\"", "\"2025-13-01\""));
            both(s, c, false, good.replace("\"2025-01-01\"", "\"2025/01/01\""));
            both(s, c, false, good.replace("\"2025-01-01\"", "20250101"));
            both(s, c, false, good.replace("\"year\": 2025", "\"year\": 1900"));
            both(s, c, false, good.replace("\"year\": 2025", "\"year\": \"2025\""));
            both(s, c, false, good.replace("\"adjustedWorkingDays\"", "\"workingDays\""));
            both(s, c, false, good.replace("\"zone\"", "\"timezone\""));
        }

        @Test
        @DisplayName("time-limits files")
        void timeLimits() throws IOException {
            DataFileCodec<?> c = DataFileCodec.timeLimits();
            String s = "time-limits.schema.json";
            String good = DataFileGoldenTest.text("time-limits-standard.json");
            both(s, c, true, good);
            both(s, c, true, good.replace("\"WORKING_HOURS\"}}", "\"NATURAL_HOURS\"}}"));
            both(s, c, false, "{\"format\": \"gridgov.time-limits/1\"}");
            both(s, c, false, good.replace("{\"amount\": 2, \"unit\": \"WORKING_HOURS\"}", "{\"amount\": 0, \"unit\": \"WORKING_HOURS\"}"));
            both(s, c, false, good.replace("{\"amount\": 2, \"unit\": \"WORKING_HOURS\"}", "{\"amount\": 3651, \"unit\": \"WORKING_HOURS\"}"));
            both(s, c, false, good.replace("{\"amount\": 2, \"unit\": \"WORKING_HOURS\"}", "{\"amount\": 2.5, \"unit\": \"WORKING_HOURS\"}"));
            both(s, c, false, good.replace("\"WORKING_HOURS\"}}", "\"HOURS\"}}"));
            both(s, c, false, good.replace("\"stage\": \"REGISTER\", \"priority\": \"URGENT\"", "\"stage\": \"REGISTER\", \"priority\": \"HIGH\""));
            both(s, c, false, good.replace("\"domain\": \"labour\"", "\"domain\": \"Labour\""));
            both(s, c, false, good.replace("\"extendable\": false", "\"extendable\": \"no\""));
            both(s, c, false, good.replace("\"start\": \"APPLICATION\"", "\"start\": \"RECEIPT\""));
            both(s, c, false, good.replace("\"category\": \"PRE_LITIGATION\", ", ""));
            both(s, c, false, good.replace("\"confirmationWindow\"", "\"confirmation\""));
        }
    }
}
