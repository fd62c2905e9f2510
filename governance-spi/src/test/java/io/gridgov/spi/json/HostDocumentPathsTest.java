package io.gridgov.spi.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommand;
import io.gridgov.core.cases.CaseEvent;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeCommand;
import io.gridgov.core.mediation.DisputeEvent;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.time.TimeLimit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A problem's JSON path is its full path in the document being read, also when a host reads one of the
 * module's types inside a document of its own (a list, a map, a bean of its own) — not the path inside
 * the value alone. And every event and command type refuses a missing and an unknown field at its path.
 */
@DisplayName("JSON paths inside a host's own document")
class HostDocumentPathsTest {
    final ObjectMapper mapper = GovernanceJsonModule.newMapper();

    /** A host's own bean holding module types. */
    public static final class Envelope {
        public String label;
        public List<Money> amounts;
        public Case theCase;
    }

    /** The problems of a refused read, whether Jackson wrapped the exception or not. */
    static List<String> wheres(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InvalidInputException e) {
                return e.problems().stream().map(Problem::where).toList();
            }
        }
        throw new AssertionError("not refused with an InvalidInputException: " + t, t);
    }

    JavaType listOf(Class<?> type) {
        return mapper.getTypeFactory().constructCollectionType(List.class, type);
    }

    JavaType mapOfListsOf(Class<?> type) {
        return mapper.getTypeFactory().constructMapType(Map.class, mapper.getTypeFactory().constructType(String.class),
                listOf(type));
    }

    @Nested
    @DisplayName("a value of the wrong kind")
    class WrongKind {
        @Test
        @DisplayName("of every type the module registers is reported at its place in a host's list and map, text or tree")
        void everyRegisteredType() throws Exception {
            List<String> failures = new ArrayList<>();
            for (Class<?> type : GovernanceJsonModule.forms().registeredTypes()) {
                // true is of no type's form: each refuses it at the value's own path
                check(failures, type, "[true]", listOf(type), "$[0]");
                check(failures, type, "[null, true]", listOf(type), "$[1]");
                check(failures, type, "{\"a b\": [null, true]}", mapOfListsOf(type), "$['a b'][1]");
                check(failures, type, "{\"items\": [null, null, true]}", mapOfListsOf(type), "$.items[2]");
            }
            assertThat(failures).isEmpty();
        }

        private void check(List<String> failures, Class<?> type, String json, JavaType as, String expected)
                throws Exception {
            Throwable text = catchThrowable(() -> mapper.readerFor(as).readValue(json));
            Throwable tree = catchThrowable(() -> mapper.readerFor(as).readValue(mapper.readTree(json)));
            for (Throwable t : List.of(text == null ? new AssertionError("accepted") : text,
                    tree == null ? new AssertionError("accepted") : tree)) {
                List<String> wheres = t instanceof AssertionError ? List.of("(accepted)") : wheres(t);
                if (!wheres.equals(List.of(expected))) {
                    failures.add(type.getSimpleName() + " in " + json + ": " + wheres + ", expected " + expected);
                }
            }
        }
    }

    @Nested
    @DisplayName("a problem inside a value")
    class Inside {
        @Test
        @DisplayName("keeps the host's list index: a bad unit of a time limit is at $[1].unit")
        void timeLimitInAList() {
            Throwable t = catchThrowable(() -> mapper.readValue("[{\"amount\": 2, \"unit\": \"WORKING_HOURS\"},"
                    + " {\"amount\": 2, \"unit\": \"FORTNIGHTS\"}]", listOf(TimeLimit.class)));
            assertThat(wheres(t)).containsExactly("$[1].unit");
        }

        @Test
        @DisplayName("keeps the host's list index: a fraction of a fen is at $[0].fen")
        void moneyInAList() {
            Throwable t = catchThrowable(() -> mapper.readValue("[{\"fen\": 80.5}]", listOf(Money.class)));
            assertThat(wheres(t)).containsExactly("$[0].fen");
        }

        @Test
        @DisplayName("keeps the host bean's property names: $.amounts[1].cents and $.theCase.location.zip")
        void inAHostBean() {
            ObjectNode env = mapper.createObjectNode();
            env.put("label", "x");
            env.putArray("amounts").add(mapper.valueToTree(Money.yuan(1))).addObject().put("cents", 1);
            env.putNull("theCase");
            assertThat(wheres(catchThrowable(() -> mapper.treeToValue(env, Envelope.class))))
                    .containsExactly("$.amounts[1].cents", "$.amounts[1].fen");
            ObjectNode aCase = mapper.valueToTree(JsonWorld.roadCase().snapshots().get(5));
            ((ObjectNode) aCase.get("location")).put("zip", "415000");
            env.putArray("amounts");
            env.set("theCase", aCase);
            assertThat(wheres(catchThrowable(() -> mapper.readValue(mapper.writeValueAsString(env), Envelope.class))))
                    .containsExactly("$.theCase.location.zip");
        }

        @Test
        @DisplayName("at the top level is still at $ and below")
        void topLevel() {
            assertThat(wheres(catchThrowable(() -> mapper.readValue("{\"fen\": 80.5}", Money.class))))
                    .containsExactly("$.fen");
            assertThat(wheres(catchThrowable(() -> mapper.readValue("true", Money.class)))).containsExactly("$");
        }
    }

    @Test
    @DisplayName("the module leaves how the host's mapper reads its own strings and numbers alone")
    void hostScalars() throws Exception {
        Envelope e = mapper.readValue("{\"label\": 5, \"amounts\": [], \"theCase\": null}", Envelope.class);
        assertThat(e.label).isEqualTo("5"); // Jackson's own coercion, not the module's strict string form
        assertThat(GovernanceJsonModule.forms().registeredTypes()).doesNotContain(String.class, boolean.class,
                int.class, long.class, double.class, java.time.Instant.class, java.time.Duration.class,
                java.time.LocalDate.class);
    }

    @Nested
    @DisplayName("every event and command type of the golden files")
    class EveryType {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"every-case-event.json", "every-case-command.json", "every-dispute-event.json",
                "every-dispute-command.json", "cases.json", "disputes.json"})
        @DisplayName("refuses each missing field and an unknown field at its path in the host's array")
        void missingAndUnknownFields(String file) throws Exception {
            Class<?> type = switch (file) {
                case "every-case-event.json" -> CaseEvent.class;
                case "every-case-command.json" -> CaseCommand.class;
                case "every-dispute-event.json" -> DisputeEvent.class;
                case "every-dispute-command.json" -> DisputeCommand.class;
                case "cases.json" -> Case.class;
                default -> Dispute.class;
            };
            ArrayNode golden = (ArrayNode) mapper.readTree(GoldenFilesTest.read(file));
            assertThat(mapper.<List<?>>readValue(golden.toString(), listOf(type))).hasSize(golden.size());
            List<String> failures = new ArrayList<>();
            int checked = 0;
            for (int i = 0; i < golden.size(); i++) {
                List<String> fields = new ArrayList<>();
                golden.get(i).fieldNames().forEachRemaining(fields::add);
                for (String field : fields) {
                    if (field.equals("type")) {
                        continue; // the discriminator: a missing type is its own test
                    }
                    ArrayNode damaged = golden.deepCopy();
                    ((ObjectNode) damaged.get(i)).remove(field);
                    expect(failures, damaged, type, "$[" + i + "]." + field, "missing");
                    checked++;
                }
                ArrayNode damaged = golden.deepCopy();
                ((ObjectNode) damaged.get(i)).put("unexpectedField", 1);
                expect(failures, damaged, type, "$[" + i + "].unexpectedField", "unknown field");
            }
            assertThat(failures).isEmpty();
            assertThat(checked).as("fields checked in %s", file).isGreaterThan(golden.size());
        }

        private void expect(List<String> failures, JsonNode damaged, Class<?> type, String where, String says) {
            Throwable t = catchThrowable(() -> mapper.readValue(damaged.toString(), listOf(type)));
            if (t == null) {
                failures.add(where + ": accepted");
                return;
            }
            InvalidInputException e = null;
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof InvalidInputException x) {
                    e = x;
                }
            }
            if (e == null || e.problems().size() != 1 || !e.problems().get(0).where().equals(where)
                    || !e.problems().get(0).message().startsWith(says)) {
                failures.add(where + ": " + (e == null ? t : e.problems()));
            }
        }
    }
}
