package io.gridgov.spi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.grid.StaffRole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The JSON Schema of the grid file")
class GridFileSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA = Path.of(System.getProperty("basedir", "."), "..", "docs", "schemas",
            "grid-file.schema.json");

    private final JsonNode schema = readSchema();
    private final MiniSchema validator = new MiniSchema(schema);

    private static JsonNode readSchema() {
        try {
            return JSON.readTree(Files.readString(SCHEMA));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SCHEMA.toAbsolutePath().normalize(), e);
        }
    }

    private static JsonNode sample() throws IOException {
        return JSON.readTree(LongshanSampleTest.resourceText());
    }

    private static List<String> names(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    @DisplayName("is a draft 2020-12 schema for the current format")
    void draft() {
        assertThat(schema.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.at("/properties/format/const").textValue()).isEqualTo(GridFileCodec.FORMAT);
    }

    @Test
    @DisplayName("names the top-level shape the checked-in sample has")
    void sampleTopLevel() throws IOException {
        JsonNode sample = sample();
        List<String> members = names(sample.fieldNames());
        assertThat(schema.get("type").textValue()).isEqualTo("object");
        assertThat(names(schema.get("properties").fieldNames())).containsAll(members);
        for (JsonNode required : schema.get("required")) {
            assertThat(members).contains(required.textValue());
        }
        assertThat(sample.get("areas").isArray()).isTrue();
        assertThat(sample.get("staff").isArray()).isTrue();
    }

    @Test
    @DisplayName("accepts the checked-in sample in full")
    void sampleConforms() throws IOException {
        assertThat(validator.validate(sample())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"golden/longshan-small.grid.json", "golden/changde-custom-scheme.grid.json"})
    @DisplayName("accepts the golden files")
    void goldenConforms(String name) throws IOException {
        assertThat(validator.validate(JSON.readTree(GridFileCodecTest.resource(name)))).isEmpty();
    }

    @Test
    @DisplayName("accepts the example in docs/grid-file.md, which the codec writes back unchanged")
    void docExample() throws IOException {
        String doc = Files.readString(SCHEMA.getParent().getParent().resolve("grid-file.md"));
        int start = doc.indexOf("```json\n", doc.indexOf("## Example")) + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        assertThat(validator.validate(JSON.readTree(example))).isEmpty();
        assertThat(new GridFileCodec().toJson(new GridFileCodec().parse(example))).isEqualTo(example);
    }

    @Nested
    @DisplayName("agrees with the code on")
    class AgreesWithCode {
        @Test
        @DisplayName("the roles")
        void roles() {
            List<String> roles = new ArrayList<>();
            schema.at("/$defs/assignment/properties/role/enum").forEach(n -> roles.add(n.textValue()));
            assertThat(roles).containsExactly(Arrays.stream(StaffRole.values()).map(Enum::name).toArray(String[]::new));
        }

        @Test
        @DisplayName("the grid kinds")
        void kinds() {
            List<String> kinds = new ArrayList<>();
            schema.at("/$defs/area/properties/kind/enum").forEach(n -> kinds.add(n.isNull() ? null : n.textValue()));
            List<String> expected = new ArrayList<>(Arrays.stream(GridKind.values()).map(Enum::name).toList());
            expected.add(null);
            assertThat(kinds).isEqualTo(expected);
        }

        @Test
        @DisplayName("the presets")
        void presets() {
            List<String> presets = new ArrayList<>();
            schema.at("/$defs/presetKey/enum").forEach(n -> presets.add(n.textValue()));
            assertThat(presets).containsExactly(LevelScheme.chinaNational().key(), LevelScheme.longshanStreet().key());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "{\"code\": \"370402003\", \"name\": \"街道\", \"level\": \"street\", \"parnet\": \"1\"}",
            "{\"code\": 370402003, \"name\": \"街道\", \"level\": \"street\"}",
            "{\"code\": \"370402003\", \"name\": \"街道\"}",
            "{\"code\": \"370402003\", \"name\": \" \", \"level\": \"street\"}",
            "{\"code\": \"370402003\", \"name\": \"街道\", \"level\": \"street\", \"kind\": \"basic\"}",
            "{\"code\": \"370402003\", \"name\": \"街道\", \"level\": \"street\", \"boundary\": {\"type\": \"Polygon\","
                    + " \"coordinates\": [[[0, 0], [1, 0], [0, 0]]]}}",
            "{\"code\": \"370402003\", \"name\": \"街道\", \"level\": \"street\", \"boundary\": {\"type\": \"Polygon\","
                    + " \"coordinates\": [[[0, 0], [1, 0], [1, 91], [0, 0]]]}}",
            "{\"code\": \"370402003\", \"name\": \"街道\", \"level\": \"street\", \"boundary\": {\"type\": \"Polygon\","
                    + " \"coordinates\": [[[0, 0, 1], [1, 0], [1, 1], [0, 0]]]}}",
            "{\"code\": \"370402003\", \"name\": \"街道\", \"level\": \"street\", \"boundary\": {\"type\": \"Point\","
                    + " \"coordinates\": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}"
        })
        @DisplayName("an area both reject")
        void badArea(String area) throws IOException {
            String json = GridFileCodecTest.doc("\"cn-longshan\"", List.of(area));
            assertThat(validator.validate(JSON.readTree(json))).isNotEmpty();
            assertThatThrownBy(() -> new GridFileCodec().parse(json)).isInstanceOf(InvalidInputException.class);
        }
    }

}
