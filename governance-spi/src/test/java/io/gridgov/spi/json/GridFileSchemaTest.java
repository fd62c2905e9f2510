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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
            "{\"code\": \"370402003\", \"name\": \"街道\", \"level\": \"street\", \"kind\": \"basic\"}"
        })
        @DisplayName("an area both reject")
        void badArea(String area) throws IOException {
            String json = GridFileCodecTest.doc("\"cn-longshan\"", List.of(area));
            assertThat(validator.validate(JSON.readTree(json))).isNotEmpty();
            assertThatThrownBy(() -> new GridFileCodec().parse(json)).isInstanceOf(InvalidInputException.class);
        }
    }

    /**
     * A validator for the subset of JSON Schema 2020-12 that the grid-file schema uses. It throws on
     * any other keyword, so the schema cannot start using one this test does not check.
     */
    static final class MiniSchema {
        private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "$defs");
        private static final Set<String> KEYWORDS = Set.of("type", "required", "additionalProperties", "properties",
                "const", "enum", "oneOf", "$ref", "items", "pattern", "minimum", "maximum", "minItems", "uniqueItems");

        private final JsonNode root;

        MiniSchema(JsonNode root) {
            this.root = root;
        }

        List<String> validate(JsonNode instance) {
            List<String> errors = new ArrayList<>();
            check(root, instance, "$", errors);
            return errors;
        }

        private void check(JsonNode s, JsonNode v, String path, List<String> errors) {
            for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!KEYWORDS.contains(k) && !ANNOTATIONS.contains(k)) {
                    throw new IllegalStateException("the schema uses '" + k + "' at " + path
                            + ", which this test's validator does not check; extend MiniSchema");
                }
            }
            if (s.has("$ref")) {
                String ref = s.get("$ref").textValue();
                if (!ref.startsWith("#/$defs/")) {
                    throw new IllegalStateException("unsupported $ref " + ref);
                }
                check(root.get("$defs").get(ref.substring("#/$defs/".length())), v, path, errors);
            }
            if (s.has("type") && !typeMatches(s.get("type"), v)) {
                errors.add(path + ": expected type " + s.get("type") + ", found " + v.getNodeType());
                return;
            }
            if (s.has("const") && !s.get("const").equals(v)) {
                errors.add(path + ": expected " + s.get("const"));
            }
            if (s.has("enum")) {
                boolean found = false;
                for (JsonNode e : s.get("enum")) {
                    found |= e.equals(v);
                }
                if (!found) {
                    errors.add(path + ": " + v + " is not one of " + s.get("enum"));
                }
            }
            if (s.has("oneOf")) {
                int matches = 0;
                for (JsonNode sub : s.get("oneOf")) {
                    List<String> subErrors = new ArrayList<>();
                    check(sub, v, path, subErrors);
                    matches += subErrors.isEmpty() ? 1 : 0;
                }
                if (matches != 1) {
                    errors.add(path + ": matches " + matches + " of oneOf, not exactly 1");
                }
            }
            if (v.isTextual() && s.has("pattern") && !Pattern.compile(s.get("pattern").textValue()).matcher(v.textValue()).find()) {
                errors.add(path + ": '" + v.textValue() + "' does not match " + s.get("pattern").textValue());
            }
            if (v.isNumber()) {
                if (s.has("minimum") && v.decimalValue().compareTo(s.get("minimum").decimalValue()) < 0) {
                    errors.add(path + ": below " + s.get("minimum"));
                }
                if (s.has("maximum") && v.decimalValue().compareTo(s.get("maximum").decimalValue()) > 0) {
                    errors.add(path + ": above " + s.get("maximum"));
                }
            }
            if (v.isArray()) {
                if (s.has("minItems") && v.size() < s.get("minItems").intValue()) {
                    errors.add(path + ": fewer than " + s.get("minItems") + " items");
                }
                if (s.has("uniqueItems") && s.get("uniqueItems").booleanValue()) {
                    Set<JsonNode> seen = new HashSet<>();
                    for (JsonNode e : v) {
                        if (!seen.add(e)) {
                            errors.add(path + ": " + e + " appears twice");
                        }
                    }
                }
                if (s.has("items")) {
                    for (int i = 0; i < v.size(); i++) {
                        check(s.get("items"), v.get(i), path + "[" + i + "]", errors);
                    }
                }
            }
            if (v.isObject()) {
                if (s.has("required")) {
                    for (JsonNode r : s.get("required")) {
                        if (!v.has(r.textValue())) {
                            errors.add(path + ": missing " + r.textValue());
                        }
                    }
                }
                JsonNode props = s.get("properties");
                for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                    String name = it.next();
                    if (props != null && props.has(name)) {
                        check(props.get(name), v.get(name), path + "." + name, errors);
                    } else if (s.has("additionalProperties") && !s.get("additionalProperties").booleanValue()) {
                        errors.add(path + "." + name + ": not allowed");
                    }
                }
            }
        }

        private static boolean typeMatches(JsonNode type, JsonNode v) {
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (typeMatches(t, v)) {
                        return true;
                    }
                }
                return false;
            }
            return switch (type.textValue()) {
                case "object" -> v.isObject();
                case "array" -> v.isArray();
                case "string" -> v.isTextual();
                case "integer" -> v.isIntegralNumber();
                case "number" -> v.isNumber();
                case "boolean" -> v.isBoolean();
                case "null" -> v.isNull();
                default -> throw new IllegalStateException("unknown type " + type);
            };
        }
    }
}
