package io.gridgov.routing.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.Route;
import io.gridgov.core.time.TimeLimit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The JSON Schema of rule-set files agrees with the codec")
class RuleSetSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA = Path.of(System.getProperty("basedir", "."), "..", "docs", "schemas",
            "rule-set.schema.json");

    private final JsonNode schema = read(SCHEMA);
    private final SchemaCheck check = new SchemaCheck(schema);

    private static JsonNode read(Path path) {
        try {
            return JSON.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path.toAbsolutePath().normalize(), e);
        }
    }

    private static JsonNode sample() {
        try {
            return JSON.readTree(RuleSetCodecTest.sample());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("the sample file, which uses every member, is valid")
    void sampleIsValid() {
        assertThat(check.violations(sample())).isEmpty();
    }

    @Test
    @DisplayName("what the writer writes is valid")
    void writerOutputIsValid() throws IOException {
        RuleSet rules = RuleSetCodecTest.parse(RuleSetCodecTest.sample());
        assertThat(check.violations(JSON.readTree(new RuleSetCodec().toJson(rules)))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/entries/0|colour|\"red\"|$.entries[0].colour: not allowed",
            "/entries/0|kind|\"DUTY\"|$.entries[0].kind: not one of",
            "/entries/0/timeLimit|amount|0|$.entries[0].timeLimit.amount: minimum 1",
            "/entries/1|rank|1.5|$.entries[1].rank: not of type integer",
            "/ladders/0|rungs|[\"grid\"]|$.ladders[0].rungs: fewer than 2 items",
            "/mediation/0|domain|\"Labour\"|$.mediation[0].domain: does not match",
            "/mediation/1|maxAmount|-1|$.mediation[1].maxAmount: minimum 0",
            "/cycles|moon|\"HUGE\"|$.cycles.moon: not one of",
            "|format|\"gridgov.rules/2\"|$.format: not \"gridgov.rules/1\""})
    @DisplayName("a file the reader refuses for its shape is refused by the schema too")
    void refusals(String spec) throws IOException {
        String[] p = spec.split("\\|");
        JsonNode file = sample();
        ((ObjectNode) file.at(p[0])).set(p[1], JSON.readTree(p[2]));
        assertThat(check.violations(file)).anySatisfy(v -> assertThat(v).startsWith(p[3]));
    }

    @Test
    @DisplayName("a missing required member is refused")
    void required() {
        JsonNode file = sample();
        ((ObjectNode) file.at("/entries/0")).remove("main");
        assertThat(check.violations(file)).containsExactly("$.entries[0].main: required");
    }

    @Test
    @DisplayName("the enums name exactly the Java constants")
    void enums() {
        assertThat(names("/$defs/entry/properties/kinds/items/enum")).isEqualTo(names(CaseKind.values()));
        assertThat(names("/$defs/entry/properties/priorities/items/enum")).isEqualTo(names(Priority.values()));
        assertThat(names("/$defs/handlingRule/properties/priority/enum")).isEqualTo(names(Priority.values()));
        assertThat(names("/$defs/entry/properties/kind/enum")).isEqualTo(names(EntryKind.values()));
        assertThat(names("/$defs/timeLimit/properties/unit/enum")).isEqualTo(names(TimeLimit.Unit.values()));
        assertThat(names("/$defs/cycle/enum")).isEqualTo(names(Cycle.values()));
        assertThat(names("/$defs/skipRule/properties/trigger/enum")).isEqualTo(names(SkipRule.Trigger.values()));
        assertThat(names("/$defs/mediationCategory/enum")).isEqualTo(names(MediationCategory.values()));
        assertThat(names("/$defs/mediationRule/properties/flags/items/enum")).isEqualTo(names(DisputeFlag.values()));
        assertThat(names("/$defs/diversion/properties/route/enum")).isEqualTo(names(Route.values()));
        assertThat(names("/$defs/deliberationRule/properties/mode/enum")).isEqualTo(names(DeliberationMode.values()));
    }

    @Test
    @DisplayName("each object's members are the ones the sample uses, so the reader and the schema know the same")
    void members() {
        JsonNode file = sample();
        assertThat(members("/properties")).containsExactlyInAnyOrderElementsOf(fieldNames(file));
        assertThat(members("/$defs/entry/properties")).containsExactlyInAnyOrderElementsOf(
                union(file.get("entries")));
        assertThat(members("/$defs/mediationRule/properties")).containsExactlyInAnyOrderElementsOf(
                union(file.get("mediation")));
        assertThat(members("/$defs/ladder/properties")).containsExactlyInAnyOrderElementsOf(union(file.get("ladders")));
    }

    private List<String> names(String pointer) {
        return StreamSupport.stream(schema.at(pointer).spliterator(), false).map(JsonNode::textValue).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private List<String> members(String pointer) {
        return fieldNames(schema.at(pointer));
    }

    private static List<String> fieldNames(JsonNode object) {
        return StreamSupport.stream(object.properties().spliterator(), false).map(java.util.Map.Entry::getKey).toList();
    }

    private static List<String> union(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).flatMap(o -> fieldNames(o).stream()).distinct().toList();
    }
}
