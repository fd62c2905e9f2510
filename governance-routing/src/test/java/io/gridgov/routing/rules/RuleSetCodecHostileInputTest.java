package io.gridgov.routing.rules;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gridgov.core.ErrorCode;
import io.gridgov.core.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.gridgov.routing.rules.ZhangzhouWorld.KNOWN;
import static io.gridgov.routing.rules.ZhangzhouWorld.TAXONOMY;
import static io.gridgov.routing.rules.ZhangzhouWorld.TREE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Hostile rule-set files: whatever the bytes, the codec answers with a {@link RuleSetException} whose every
 * problem has a JSON path and a bounded message, never with a Jackson, null-pointer, class-cast, number-format
 * or out-of-memory error leaking out.
 */
@DisplayName("RuleSetCodec refuses hostile files with a typed exception, never a leak")
class RuleSetCodecHostileInputTest {
    private static final RuleSetCodec CODEC = new RuleSetCodec();
    private static final String HEAD = "{\"format\": \"gridgov.rules/1\", \"id\": \"h\"";
    private static final String ENTRY = "{\"category\": \"C0201\", \"area\": \"350602001\", \"kind\": \"BASIC_DUTY\","
            + " \"main\": \"nk-street\", \"timeLimit\": {\"amount\": 3, \"unit\": \"WORKING_DAYS\"}";

    private static RuleSetException refused(String json) {
        Throwable t = catchThrowable(() -> CODEC.parse(json, TREE, TAXONOMY, KNOWN));
        assertThat(t).as("parsing %s", json.length() > 200 ? json.substring(0, 200) + "..." : json)
                .isInstanceOf(RuleSetException.class);
        RuleSetException e = (RuleSetException) t;
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_RULE_SET);
        assertThat(e.problems()).isNotEmpty();
        for (Problem p : e.problems()) {
            assertThat(p.where()).as("a path").startsWith("$").hasSizeLessThan(200);
            assertThat(p.message().length()).as("the length of the message at %s", p.where()).isLessThan(1_000);
        }
        return e;
    }

    private static List<String> paths(String json) {
        return refused(json).problems().stream().map(Problem::where).toList();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", " \n\t ", "null", "true", "42", "\"rules\"", "[]", "[{}]", "{", "}", "{]",
            "\uFEFF", "\uFEFF\uFEFF{}", "{\"format\": NaN}", "{\"format\": Infinity}", "{\"format\": -Infinity}",
            "{'format': 'gridgov.rules/1'}", "{\"format\": \"gridgov.rules/1\",}", "// comment\n{}",
            "{\"format\": \"gridgov.rules/1\", \"id\": \"h\"} x", "\u0000", "{\"a\":\"\\uD800\"}"})
    @DisplayName("text that is not one JSON object is refused at $ or at the path reached")
    void notOneObject(String json) {
        refused(json);
    }

    @Test
    @DisplayName("deep nesting is refused as malformed, without a stack overflow")
    void deepNesting() {
        String deep = HEAD + ", \"entries\": [" + "[".repeat(100_000) + "]".repeat(100_000) + "]}";
        RuleSetException e = refused(deep);
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).message()).startsWith("the file exceeds a reading limit")
                .contains("nesting depth").endsWith("remove the extra nesting or the oversized value");
        String objects = HEAD + ", \"cycles\": " + "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000) + "}";
        assertThat(refused(objects).problems().get(0).message()).startsWith("the file exceeds a reading limit");
    }

    @Test
    @DisplayName("nesting within the limit but where values belong is a problem of shape at its path")
    void nestedValues() {
        assertThat(paths(HEAD + ", \"entries\": [[[[{}]]]], \"cycles\": {\"grid\": {\"x\": [1]}}}"))
                .containsExactly("$.entries[0]", "$.cycles.grid");
    }

    @Test
    @DisplayName("a member given twice, at any depth, names that member")
    void duplicateKeys() {
        assertThat(paths(HEAD + ", \"entries\": [" + ENTRY + ", \"area\": \"350602002\"}]}"))
                .containsExactly("$.entries[0].area");
        assertThat(paths(HEAD + ", \"cycles\": {\"grid\": \"MICRO\", \"grid\": \"SMALL\"}}"))
                .containsExactly("$.cycles.grid");
    }

    @Test
    @DisplayName("null in place of every member, element and section is reported where it stands")
    void nulls() {
        assertThat(paths("{\"format\": null, \"id\": null}")).containsExactly("$.format", "$.id");
        assertThat(paths(HEAD + ", \"entries\": [null], \"handlingLevels\": [null], \"cycles\": {\"grid\": null},"
                + " \"ladders\": [{\"rungs\": [\"grid\", null], \"skips\": [null]}], \"dispatch\": [null],"
                + " \"mediation\": [{\"category\": \"PEOPLES\", \"committee\": \"nk-mediation\", \"level\": \"township\","
                + " \"flags\": [null], \"diversions\": [null]}], \"deliberation\": [null]}"))
                .containsExactly("$.entries[0]", "$.handlingLevels[0]", "$.cycles.grid", "$.ladders[0].rungs[1]",
                        "$.ladders[0].skips[0]", "$.dispatch[0]", "$.mediation[0].flags[0]",
                        "$.mediation[0].diversions[0]", "$.deliberation[0]");
        assertThat(paths(HEAD + ", \"entries\": [{\"category\": null, \"area\": null, \"kinds\": [null],"
                + " \"priorities\": null, \"kind\": null, \"main\": null, \"cooperating\": [null], \"timeLimit\": null,"
                + " \"handlingLevel\": null, \"rank\": null}]}"))
                .containsExactly("$.entries[0].category", "$.entries[0].area", "$.entries[0].kinds[0]",
                        "$.entries[0].kind", "$.entries[0].main", "$.entries[0].cooperating[0]",
                        "$.entries[0].timeLimit");
    }

    @Test
    @DisplayName("a ladder whose rungs are null is told so, not only that it has too few rungs")
    void nullRungs() {
        RuleSetException e = refused(HEAD + ", \"ladders\": [{\"rungs\": null}]}");
        assertThat(e.problems()).extracting(Problem::where).containsExactly("$.ladders[0].rungs");
        assertThat(e.problems().get(0).message()).startsWith("null; list level keys bottom first");
    }

    @Test
    @DisplayName("huge, tiny and fractional numbers are out of range at their path, and their message stays short")
    void numbers() {
        assertThat(paths(HEAD + ", \"entries\": [" + ENTRY + ", \"rank\": 1e400}]}")).containsExactly("$.entries[0].rank");
        assertThat(paths(HEAD + ", \"entries\": [" + ENTRY + ", \"rank\": 99999999999999999999999999}]}"))
                .containsExactly("$.entries[0].rank");
        assertThat(paths(HEAD + ", \"entries\": [" + ENTRY + ", \"rank\": 2147483648}]}"))
                .containsExactly("$.entries[0].rank");
        assertThat(paths(HEAD + ", \"entries\": [{\"category\": \"C0201\", \"area\": \"350602001\", \"kind\":"
                + " \"BASIC_DUTY\", \"main\": \"nk-street\", \"timeLimit\": {\"amount\": 9223372036854775808,"
                + " \"unit\": \"WORKING_DAYS\"}}]}")).containsExactly("$.entries[0].timeLimit.amount");
        assertThat(paths(HEAD + ", \"entries\": [{\"category\": \"C0201\", \"area\": \"350602001\", \"kind\":"
                + " \"BASIC_DUTY\", \"main\": \"nk-street\", \"timeLimit\": {\"amount\": 9223372036854775807,"
                + " \"unit\": \"WORKING_DAYS\"}}]}")).containsExactly("$.entries[0].timeLimit.amount");
        String mediation = HEAD + ", \"mediation\": [{\"category\": \"PEOPLES\", \"committee\": \"nk-mediation\","
                + " \"level\": \"township\", \"minAmount\": ";
        for (String amount : List.of("1e2147483647", "1e-2147483647", "-0.01", "1.001", "1e13", "-1e2147483647")) {
            assertThat(paths(mediation + amount + "}]}")).as(amount).containsExactly("$.mediation[0].minAmount");
        }
        assertThat(paths(mediation + "0, \"maxAmount\": 0}]}")).containsExactly("$.mediation[0].maxAmount");
    }

    @Test
    @DisplayName("a count of returns beyond int is refused, not clamped")
    void returnedTimes() {
        String ladder = HEAD + ", \"ladders\": [{\"rungs\": [\"grid\", \"village\"], \"skips\": [{\"trigger\":"
                + " \"RETURNED_TIMES\", \"to\": \"village\", \"returnedTimes\": ";
        assertThat(paths(ladder + "3000000000}]}]}")).containsExactly("$.ladders[0].skips[0].returnedTimes");
        assertThat(paths(ladder + "-3000000000}]}]}")).containsExactly("$.ladders[0].skips[0].returnedTimes");
        assertThat(paths(ladder + "0}]}]}")).containsExactly("$.ladders[0].skips[0].returnedTimes");
    }

    @Test
    @DisplayName("a huge string is echoed only as an excerpt")
    void hugeStrings() {
        String big = "x".repeat(1_000_000);
        assertThat(paths("{\"format\": \"gridgov.rules/1\", \"id\": \"" + big + "\"}")).containsExactly("$.id");
        assertThat(paths(HEAD + ", \"" + big + "\": 1}")).hasSize(1);
        assertThat(paths(HEAD + ", \"entries\": [{\"category\": \"" + big + "\", \"area\": \"" + big + "\", \"kind\":"
                + " \"" + big + "\", \"main\": \"" + big + "\", \"cooperating\": [\"" + big + "\"], \"timeLimit\":"
                + " {\"amount\": 1, \"unit\": \"" + big + "\"}, \"handlingLevel\": \"" + big + "\"}]}"))
                .containsExactly("$.entries[0].kind", "$.entries[0].timeLimit.unit", "$.entries[0].category",
                        "$.entries[0].area", "$.entries[0].main", "$.entries[0].cooperating[0]",
                        "$.entries[0].handlingLevel");
    }

    @Test
    @DisplayName("a host mapper that allows NaN still gets NaN refused at its path")
    void lenientHostMapper() {
        RuleSetCodec lenient = new RuleSetCodec(JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build());
        String json = HEAD + ", \"mediation\": [{\"category\": \"PEOPLES\", \"committee\": \"nk-mediation\","
                + " \"level\": \"township\", \"minAmount\": NaN}]}";
        Throwable t = catchThrowable(() -> lenient.parse(json, TREE, TAXONOMY, KNOWN));
        assertThat(t).isInstanceOf(RuleSetException.class);
        assertThat(((RuleSetException) t).problems()).extracting(Problem::where).containsExactly("$.mediation[0].minAmount");
    }

    @Test
    @DisplayName("bytes that are not text, a BOM on every reading path, and a truncated stream")
    void bytes() throws IOException {
        byte[] invalid = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        Throwable t = catchThrowable(() -> CODEC.read(new ByteArrayInputStream(invalid), TREE, TAXONOMY, KNOWN));
        assertThat(t).isInstanceOf(RuleSetException.class);
        byte[] bom = ("\uFEFF" + HEAD + "}").getBytes(StandardCharsets.UTF_8);
        assertThat(CODEC.read(new ByteArrayInputStream(bom), TREE, TAXONOMY, KNOWN).id()).isEqualTo("h");
        assertThat(CODEC.read(new StringReader("\uFEFF" + HEAD + "}"), TREE, TAXONOMY, KNOWN).id()).isEqualTo("h");
        assertThat(CODEC.parse("\uFEFF" + HEAD + "}", TREE, TAXONOMY, KNOWN).id()).isEqualTo("h");
        Throwable truncated = catchThrowable(() -> CODEC.read(new ByteArrayInputStream(
                (HEAD + ", \"entries\": [" + ENTRY).getBytes(StandardCharsets.UTF_8)), TREE, TAXONOMY, KNOWN));
        assertThat(truncated).isInstanceOf(RuleSetException.class);
    }

    @Test
    @DisplayName("wrong types in every position are problems of shape, never a class-cast error")
    void wrongTypes() {
        assertThat(paths("{\"format\": [], \"id\": {}, \"entries\": {}, \"handlingLevels\": \"x\", \"cycles\": [],"
                + " \"ladders\": 1, \"dispatch\": true, \"mediation\": null, \"deliberation\": 0.5}"))
                .containsExactly("$.format", "$.id", "$.entries", "$.handlingLevels", "$.cycles", "$.ladders",
                        "$.dispatch", "$.deliberation");
        assertThat(paths(HEAD + ", \"entries\": [{\"category\": 1, \"area\": [], \"kinds\": \"HAZARD\","
                + " \"priorities\": {}, \"kind\": 3, \"main\": false, \"cooperating\": \"x\", \"timeLimit\": 3,"
                + " \"handlingLevel\": 1.5, \"rank\": \"high\"}]}"))
                .containsExactly("$.entries[0].category", "$.entries[0].area", "$.entries[0].kinds",
                        "$.entries[0].priorities", "$.entries[0].kind", "$.entries[0].main", "$.entries[0].cooperating",
                        "$.entries[0].timeLimit", "$.entries[0].handlingLevel", "$.entries[0].rank");
        assertThat(paths(HEAD + ", \"ladders\": [{\"category\": 1, \"rungs\": \"grid\", \"skips\": {}}]}"))
                .containsExactly("$.ladders[0].category", "$.ladders[0].rungs", "$.ladders[0].skips");
        assertThat(paths(HEAD + ", \"mediation\": [{\"domain\": 1, \"minAmount\": \"5\", \"maxAmount\": true,"
                + " \"flags\": \"MANY_PARTIES\", \"category\": [], \"committee\": 1, \"level\": {}, \"diversions\": {},"
                + " \"rank\": 1.5}]}"))
                .containsExactly("$.mediation[0].domain", "$.mediation[0].minAmount", "$.mediation[0].maxAmount",
                        "$.mediation[0].flags", "$.mediation[0].category", "$.mediation[0].committee",
                        "$.mediation[0].level", "$.mediation[0].diversions", "$.mediation[0].rank");
    }

    @Test
    @DisplayName("empty codes and level keys are unknown codes, not crashes")
    void emptyCodes() {
        assertThat(paths(HEAD + ", \"entries\": [{\"category\": \"\", \"area\": \"\", \"kind\": \"BASIC_DUTY\","
                + " \"main\": \"\", \"timeLimit\": {\"amount\": 1, \"unit\": \"WORKING_DAYS\"}, \"handlingLevel\": \"\"}],"
                + " \"cycles\": {\"\": \"MICRO\"}, \"dispatch\": [{\"from\": \"\", \"to\": \"\"}]}"))
                .containsExactly("$.entries[0].category", "$.entries[0].area", "$.entries[0].main",
                        "$.entries[0].handlingLevel", "$.cycles['']", "$.dispatch[0].from", "$.dispatch[0].to");
    }
}
