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
