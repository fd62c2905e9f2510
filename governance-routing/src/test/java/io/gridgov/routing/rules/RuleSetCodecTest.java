package io.gridgov.routing.rules;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.mediation.Route;
import io.gridgov.core.time.TimeLimit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.gridgov.routing.rules.ZhangzhouWorld.KNOWN;
import static io.gridgov.routing.rules.ZhangzhouWorld.TAXONOMY;
import static io.gridgov.routing.rules.ZhangzhouWorld.TREE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("RuleSetCodec reads and writes rule-set files")
class RuleSetCodecTest {
    private static final RuleSetCodec CODEC = new RuleSetCodec();

    /** The checked-in sample: every section and every optional member. */
    static String sample() {
        try (InputStream in = RuleSetCodecTest.class.getResourceAsStream("sample.rules.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleSet parse(String json) {
        return CODEC.parse(json, TREE, TAXONOMY, KNOWN);
    }

    /** Asserts that two rule sets hold the same rules (RuleSet has no equals of its own). */
    static void assertSameRules(RuleSet actual, RuleSet expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.tree()).isSameAs(expected.tree());
        assertThat(actual.taxonomy()).isEqualTo(expected.taxonomy());
        assertThat(actual.entries()).isEqualTo(expected.entries());
        assertThat(actual.handlingRules()).isEqualTo(expected.handlingRules());
        assertThat(actual.cycles()).isEqualTo(expected.cycles());
        assertThat(actual.ladders()).isEqualTo(expected.ladders());
        assertThat(actual.dispatchRules()).isEqualTo(expected.dispatchRules());
        assertThat(actual.mediationRules()).isEqualTo(expected.mediationRules());
        assertThat(actual.deliberationRules()).isEqualTo(expected.deliberationRules());
    }

    @Nested
    @DisplayName("round trip")
    class RoundTrip {
        @Test
        @DisplayName("the sample file is canonical: read and written again, it gives the same bytes")
        void golden() throws IOException {
            String text = sample();
            RuleSet rules = parse(text);
            assertThat(CODEC.toJson(rules)).isEqualTo(text);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CODEC.write(rules, bytes);
            assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }

        @Test
        @DisplayName("the sample holds what it says, value by value")
        void values() {
            RuleSet rules = parse(sample());
            assertThat(rules.id()).isEqualTo("zz-sample");
            assertThat(rules.entries()).hasSize(5);
            assertThat(rules.entries().get(2)).isEqualTo(Entry.of("C0201", ZhangzhouWorld.NANKENG, EntryKind.BASIC_DUTY,
                    "nk-street", TimeLimit.naturalHours(4)).withKinds(io.gridgov.core.cases.CaseKind.ALERT,
                    io.gridgov.core.cases.CaseKind.HAZARD).withPriorities(Priority.EMERGENCY, Priority.URGENT)
                    .withRank(10));
            assertThat(rules.handlingRules().get(1)).isEqualTo(new HandlingRule("S01", Priority.EMERGENCY, "township"));
            assertThat(rules.cycles()).containsExactly(java.util.Map.entry("county", Cycle.LARGE),
                    java.util.Map.entry("township", Cycle.SMALL), java.util.Map.entry("village", Cycle.SMALL),
                    java.util.Map.entry("grid", Cycle.MICRO));
            assertThat(rules.ladders().get(0).skips()).containsExactly(SkipRule.emergency("county"),
                    SkipRule.returned(2, "township"), SkipRule.redWarning("township"));
            assertThat(rules.mediationRules().get(0)).isEqualTo(MediationRule.of(DisputeDomain.NEIGHBOURHOOD,
                    MediationCategory.PEOPLES, "nk-mediation", "township").withDiversions(
                    Diversion.mediation(MediationCategory.PEOPLES, "xc-people-mediation"), Diversion.to(Route.LITIGATION)));
            assertThat(rules.mediationRules().get(3).minAmount()).isEqualTo(new Money(50));
            assertThat(rules.mediationRules().get(3).maxAmount()).isEqualTo(new Money(9_999));
            assertThat(rules.deliberationRules()).extracting(DeliberationRule::mode)
                    .containsExactly(DeliberationMode.values());
        }

        @Test
        @DisplayName("a rule set built in Java reads back equal, and its text is stable")
        void built() {
            RuleSet rules = ZhangzhouWorld.builder()
                    .cycle("grid", Cycle.MICRO).cycle("county", Cycle.LARGE)
                    .entry(Entry.of("E", "350600", EntryKind.BASIC_DUTY, "xc-urban", TimeLimit.workingDays(1)))
                    .mediation(MediationRule.of(null, MediationCategory.PEOPLES, "nk-mediation", "township")
                            .withAmounts(Money.yuan(1), new Money(123_456)))
                    .build();
            String text = CODEC.toJson(rules);
            RuleSet back = parse(text);
            assertSameRules(back, rules);
            assertThat(CODEC.toJson(back)).isEqualTo(text);
            assertThat(text).contains("\"cycles\": {\n    \"county\": \"LARGE\",\n    \"grid\": \"MICRO\"\n  }")
                    .contains("\"minAmount\": 1, \"maxAmount\": 1234.56");
        }

        @Test
        @DisplayName("the example in docs/routing.md reads, and is canonical")
        void documented() throws IOException {
            String doc = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("basedir", "."), "..",
                    "docs", "routing.md"));
            int section = doc.indexOf("## Rule-set files");
            int start = doc.indexOf("```json\n", section) + "```json\n".length();
            String example = doc.substring(start, doc.indexOf("```\n", start));
            RuleSet rules = parse(example);
            assertThat(rules.entries()).hasSize(2);
            assertThat(CODEC.toJson(rules)).isEqualTo(example);
        }

        @Test
        @DisplayName("an empty rule set is its format and id")
        void empty() {
            RuleSet rules = ZhangzhouWorld.builder().build();
            assertThat(CODEC.toJson(rules)).isEqualTo("{\n  \"format\": \"gridgov.rules/1\",\n  \"id\": \"zz-test\"\n}\n");
        }

        @Test
        @DisplayName("bytes and characters read alike; a byte order mark is skipped")
        void streams() throws IOException {
            String text = sample();
            RuleSet fromBytes = CODEC.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), TREE,
                    TAXONOMY, KNOWN);
            RuleSet fromChars = CODEC.read(new StringReader("\uFEFF" + text), TREE, TAXONOMY, KNOWN);
            assertSameRules(fromBytes, parse(text));
            assertSameRules(fromChars, parse("\uFEFF" + text));
        }
    }

    /** A file with the given members after format and id. */
    private static String file(String members) {
        return "{\"format\": \"gridgov.rules/1\", \"id\": \"zz\"" + (members.isEmpty() ? "" : ", " + members) + "}";
    }

    private static final String ENTRY = "\"category\": \"C0201\", \"area\": \"350602001\", \"kind\": \"BASIC_DUTY\","
            + " \"main\": \"nk-street\", \"timeLimit\": {\"amount\": 3, \"unit\": \"WORKING_DAYS\"}";

    @Nested
    @DisplayName("every load error, with its exact path")
    class Errors {
        @Test
        @DisplayName("malformed JSON: the line, the column and the path so far")
        void malformed() {
            List<Problem> p = problems("{\"format\": \"gridgov.rules/1\",\n \"id\": }");
            assertThat(p).hasSize(1);
            assertThat(p.get(0).where()).isEqualTo("$.id");
            assertThat(p.get(0).message()).startsWith("malformed JSON at line 2, column 8: Unexpected character ('}'")
                    .endsWith("; fix the syntax there (often a missing comma, quote or bracket just before that point)");
        }

        @Test
        @DisplayName("a member given twice, and content after the object")
        void duplicateAndTrailing() {
            List<Problem> dup = problems("{\"format\": \"gridgov.rules/1\", \"id\": \"a\", \"id\": \"b\"}");
            assertThat(dup).extracting(Problem::where).containsExactly("$.id");
            assertThat(dup.get(0).message()).contains("Duplicate field 'id'")
                    .endsWith("a member may appear only once in an object; remove one");
            List<Problem> trailing = problems(file("") + " {}");
            assertThat(trailing.get(0).message()).endsWith("a rule-set file holds one JSON object; remove what follows it");
        }

        @Test
        @DisplayName("not an object, or nothing at all")
        void notAnObject() {
            assertThat(problems("[]")).containsExactly(new Problem("$", "expected a JSON object, found an array; a"
                    + " rule-set file is an object {\"format\": \"gridgov.rules/1\", \"id\": ..., \"entries\": [...]}"));
            assertThat(problems("  ").get(0).message()).startsWith("the file is empty; ");
        }

        @Test
        @DisplayName("the format and the id: missing, wrong, blank; unknown top-level members come first")
        void top() {
            assertThat(problems("{\"entrys\": [], \"format\": \"gridgov.rules/2\", \"id\": \" \"}")).containsExactly(
                    new Problem("$.entrys", "unknown member 'entrys'; a rule-set file has only format, id, entries,"
                            + " handlingLevels, cycles, ladders, dispatch, mediation, deliberation (check the spelling,"
                            + " or remove it)"),
                    new Problem("$.format", "format 'gridgov.rules/2' is not supported; this version reads"
                            + " 'gridgov.rules/1' only: convert the file, or read it with the gridgov version that wrote"
                            + " it"),
                    new Problem("$.id", "the rule set id ' ' is blank or longer than 64 characters; give a short stable"
                            + " id such as zhangzhou-2022"));
            assertThat(paths("{\"format\": 1}")).containsExactly("$.format", "$.id");
            assertThat(problems("{\"format\": 1}").get(0).message()).isEqualTo("expected a string, found a number (1);"
                    + " start the file with \"format\": \"gridgov.rules/1\"");
            assertThat(problems("{\"format\": \"gridgov.rules/1\"}")).containsExactly(new Problem("$.id", "missing;"
                    + " give the rule set a short stable id, e.g. \"zhangzhou-2022\""));
        }

        @Test
        @DisplayName("an entry's problems of shape, and the codes that could be read checked all the same")
        void entryShape() {
            List<Problem> p = problems(file("\"entries\": [{\"category\": \"NOPE\", \"area\": 350602001, \"kinds\":"
                    + " [\"HAZARD\", \"HAZARD\", \"FIRE\"], \"kind\": \"DUTY\", \"cooperating\": [\"ghost\", 7],"
                    + " \"timeLimit\": {\"amount\": 0, \"unit\": \"WORKING_DAYS\", \"note\": \"x\"}, \"rank\": 2000000,"
                    + " \"handlingLevel\": \"hamlet\", \"colour\": \"red\"}]"));
            assertThat(p).extracting(Problem::where).containsExactly(
                    "$.entries[0].colour",
                    "$.entries[0].area",
                    "$.entries[0].kinds[1]",
                    "$.entries[0].kinds[2]",
                    "$.entries[0].kind",
                    "$.entries[0].main",
                    "$.entries[0].cooperating[1]",
                    "$.entries[0].timeLimit.note",
                    "$.entries[0].timeLimit.amount",
                    "$.entries[0].rank",
                    "$.entries[0].category",
                    "$.entries[0].cooperating[0]",
                    "$.entries[0].handlingLevel");
            assertThat(p.get(1).message()).isEqualTo("expected a string, found a number (350602001); give the code of"
                    + " an area at any level, e.g. \"350603001\"");
            assertThat(p.get(2).message()).isEqualTo("'HAZARD' is listed twice; list it once");
            assertThat(p.get(3).message()).isEqualTo("unknown value 'FIRE'; use one of CONSULTATION, HELP, COMPLAINT,"
                    + " REPORT, SUGGESTION, HAZARD, DISPUTE, ALERT");
            assertThat(p.get(5).message()).isEqualTo("missing; give the id of the organisation with the main"
                    + " responsibility");
            assertThat(p.get(8).message()).isEqualTo("the amount is 0 WORKING_DAYS; give 1 to 3650");
            assertThat(p.get(9).message()).isEqualTo("rank 2000000 is out of range; give -1000000 to 1000000 (higher"
                    + " wins between rules at the same specificity)");
            assertThat(p.get(10).message()).startsWith("no category 'NOPE' in taxonomy 'cn-urban-social'");
            assertThat(p.get(11).message()).startsWith("organisation 'ghost' is not known");
        }

        @Test
        @DisplayName("the builder's problems carry JSON paths, and everything is sorted by where its rule stands")
        void builderProblems() {
            List<Problem> p = problems(file("\"entries\": [{" + ENTRY.replace("350602001", "350699") + "}, {"
                    + ENTRY + "}, {" + ENTRY + ", \"kinds\": 3}, {" + ENTRY + ", \"cooperating\": [\"xc-urban\"]}]"));
            assertThat(p).containsExactly(
                    new Problem("$.entries[0].area", "no area '350699' in the grid tree (cn-national, 10 areas); use"
                            + " the code of an area at any level, or load the grid file that holds it"),
                    new Problem("$.entries[2].kinds", "expected an array, found a number (3); list names such as"
                            + " [\"CONSULTATION\"], or leave it out for all"),
                    new Problem("$.entries[3]", "duplicates $.entries[1]: both are for C0201 at 350602001 with rank 0"
                            + " and have the same conditions (kinds any, priorities any); remove one, or give the one"
                            + " that should win a higher rank"));
        }

        @Test
        @DisplayName("a rule that is not an object, a section that is not an array")
        void notRules() {
            assertThat(problems(file("\"entries\": [\"C0201\"], \"handlingLevels\": {}, \"cycles\": []")))
                    .containsExactly(
                            new Problem("$.entries[0]", "expected an object, found a string (\"C0201\"); each rule is"
                                    + " an object {...}"),
                            new Problem("$.handlingLevels", "expected an array, found an object; list the rules as"
                                    + " [{...}, {...}]"),
                            new Problem("$.cycles", "expected an object, found an array; give each level's cycle as"
                                    + " {\"grid\": \"MICRO\", \"township\": \"SMALL\"}"));
        }

        @Test
        @DisplayName("handling levels, cycles, dispatch and deliberation")
        void levels() {
            assertThat(paths(file("\"handlingLevels\": [{\"category\": \"S01\", \"priority\": \"HIGH\", \"level\":"
                    + " \"moon\"}, {\"level\": \"village\"}], \"cycles\": {\"grid\": \"TINY\", \"moon\": \"SMALL\","
                    + " \"a b\": \"LARGE\"}, \"dispatch\": [{\"from\": \"township\", \"to\": \"grid\", \"via\": 1}],"
                    + " \"deliberation\": [{\"category\": \"S01\"}, {\"category\": \"S99\", \"mode\": \"ON_SITE\"}]")))
                    .containsExactly("$.handlingLevels[0].priority", "$.handlingLevels[0].level",
                            "$.handlingLevels[1].category", "$.cycles.grid", "$.cycles.moon", "$.cycles['a b']",
                            "$.dispatch[0].via", "$.dispatch[0].to", "$.deliberation[0].mode",
                            "$.deliberation[1].category");
        }

        @Test
        @DisplayName("ladders: a skip whose trigger is unknown is not checked further; a broken ladder is not compared")
        void ladders() {
            List<Problem> p = problems(file("\"ladders\": [{\"rungs\": [\"grid\", 5, \"village\"], \"skips\": [{"
                    + "\"trigger\": \"PANIC\", \"categories\": [\"NOPE\"], \"to\": \"moon\"}, {\"trigger\":"
                    + " \"RETURNED_TIMES\", \"returnedTimes\": \"two\", \"to\": \"moon\"}, 3]}, {\"category\": \"S04\"},"
                    + " {\"rungs\": [\"village\", \"grid\"]}]"));
            assertThat(p).extracting(Problem::where).containsExactly(
                    "$.ladders[0].rungs[1]",
                    "$.ladders[0].skips[0].trigger",
                    "$.ladders[0].skips[1].returnedTimes",
                    "$.ladders[0].skips[2]",
                    "$.ladders[0].skips[1].to",
                    "$.ladders[1].rungs",
                    "$.ladders[2].rungs[1]");
            assertThat(p.get(5).message()).isEqualTo("missing; list level keys bottom first, e.g. [\"grid\", \"village\","
                    + " \"township\"]");
            // ladders[0] could not be read whole, so ladders[2] is not compared with it: no duplicate reported
            assertThat(p.get(6).message()).startsWith("level 'grid' is not above the rung before it ('village')");
        }

        @Test
        @DisplayName("mediation: amounts, domains, flags, diversions and committees")
        void mediation() {
            List<Problem> p = problems(file("\"mediation\": [{\"domain\": \"Labour!\", \"minAmount\": 1.234,"
                    + " \"maxAmount\": -1, \"flags\": [\"LOUD\"], \"category\": \"PEOPLES\", \"committee\": \"ghost\","
                    + " \"level\": \"county\", \"diversions\": [{\"route\": \"PRAYER\", \"committee\": \"ghost\"},"
                    + " {\"route\": \"ARBITRATION\", \"committee\": \"xc-court\"}]}, {\"domain\": \"labour\","
                    + " \"minAmount\": 100, \"maxAmount\": 100, \"category\": \"JUDICIAL\", \"committee\": \"xc-court\","
                    + " \"level\": \"county\", \"rank\": 1.5}]"));
            assertThat(p).extracting(Problem::where).containsExactly(
                    "$.mediation[0].domain",
                    "$.mediation[0].minAmount",
                    "$.mediation[0].maxAmount",
                    "$.mediation[0].flags[0]",
                    "$.mediation[0].diversions[0].route",
                    "$.mediation[0].committee",
                    "$.mediation[0].diversions[1]",
                    "$.mediation[1].rank",
                    "$.mediation[1].maxAmount");
            assertThat(p.get(1).message()).isEqualTo("the amount 1.234 is not a yuan amount of 0 to 1000000000000 with"
                    + " at most two decimals; give an amount in yuan (at most two decimals) from 0 to 1000000000000, or"
                    + " leave it out for no bound");
            assertThat(p.get(6).message()).isEqualTo("a diversion to ARBITRATION leaves mediation; remove its category"
                    + " and committee, or make the route OTHER_MEDIATION");
            assertThat(p.get(8).message()).startsWith("the band [CNY 100.00, CNY 100.00) is empty");
        }
    }

    static List<Problem> problems(String json) {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> parse(json));
        assertThat(e).as("reading should have failed").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_RULE_SET);
        return e.problems();
    }

    static List<String> paths(String json) {
        return problems(json).stream().map(Problem::where).toList();
    }
}
