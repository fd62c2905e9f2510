package io.gridgov.spi.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommand;
import io.gridgov.core.cases.CaseCommandType;
import io.gridgov.core.cases.CaseEvent;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeCommandType;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.time.Countdown;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("GovernanceJsonModule")
class GovernanceJsonModuleTest {
    final ObjectMapper mapper = GovernanceJsonModule.newMapper();
    final Case suspended = JsonWorld.roadCase().snapshots().get(5);

    ObjectNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    <T> InvalidInputException refusal(ObjectNode json, Class<T> type) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> mapper.treeToValue(json, type));
        assertThat(e).as("reading must be refused").isNotNull();
        return e;
    }

    static List<String> wheres(InvalidInputException e) {
        return e.problems().stream().map(Problem::where).toList();
    }

    @Nested
    @DisplayName("reading a case")
    class ReadingACase {
        @Test
        @DisplayName("gives back the case, personal data included, in its storage form")
        void roundTrips() throws Exception {
            String json = mapper.writeValueAsString(suspended);
            assertThat(json).contains("13812345678").contains("张三");
            assertThat(mapper.readValue(json, Case.class)).isEqualTo(suspended);
        }

        @Test
        @DisplayName("rejects a missing field with its JSON path")
        void missingField() {
            ObjectNode json = tree(suspended);
            ((ObjectNode) json.get("clocks").get("HANDLE")).remove("deadline");
            assertThat(wheres(refusal(json, Case.class))).containsExactly("$.clocks.HANDLE.deadline");
        }

        @Test
        @DisplayName("rejects an unknown field with its JSON path and a hint")
        void unknownField() {
            ObjectNode json = tree(suspended);
            json.put("trackingNumbr", "x");
            ((ObjectNode) json.get("location")).put("zip", "415000");
            InvalidInputException e = refusal(json, Case.class);
            assertThat(wheres(e)).containsExactly("$.trackingNumbr", "$.location.zip");
            assertThat(e.problems().get(0).message()).contains("did you mean 'trackingNumber'?");
        }

        @Test
        @DisplayName("rejects values of the wrong kind, a fraction for a count, an unknown enum constant, a bad instant")
        void wrongKinds() {
            ObjectNode json = tree(suspended);
            json.put("version", 6.5);
            json.put("state", "SUSPENDDE");
            json.put("updatedAt", "yesterday");
            json.putArray("reporter");
            InvalidInputException e = refusal(json, Case.class);
            assertThat(wheres(e)).containsExactlyInAnyOrder("$.version", "$.state", "$.updatedAt", "$.reporter");
            assertThat(e.getMessage()).contains("did you mean 'SUSPENDED'?");
        }

        @Test
        @DisplayName("rejects a case that breaks the lifecycle's invariants, under the JSON paths of the parts")
        void invariants() {
            ObjectNode json = tree(suspended);
            json.putNull("suspendedFrom");
            json.put("returns", -1);
            ((ObjectNode) json.get("clocks").get("HANDLE")).put("pausedAt", (String) null);
            InvalidInputException e = refusal(json, Case.class);
            assertThat(wheres(e)).contains("$.clocks.HANDLE.runningSince");
            json = tree(suspended);
            json.putNull("suspendedFrom");
            json.put("returns", -1);
            assertThat(wheres(refusal(json, Case.class))).contains("$.suspendedFrom", "$.returns");
        }

        @Test
        @DisplayName("never repeats personal data in its messages")
        void noPersonalDataInMessages() {
            ObjectNode json = tree(suspended);
            ((ObjectNode) json.get("reporter")).put("phone", "1381234567x");
            ((ObjectNode) json.get("reporter")).put("personId", "13812345678");
            json.put("owner", "110105199001011234");
            json.put("kind", "张三13812345678");
            InvalidInputException e = refusal(json, Case.class);
            assertThat(wheres(e)).contains("$.reporter.phone", "$.kind");
            assertThat(e.getMessage()).doesNotContain("1381234567").doesNotContain("张三")
                    .doesNotContain("110105199001011234");
            json = tree(suspended);
            json.put("owner", "110105199001011234");
            json.put("mainHandler", "13812345678");
            InvalidInputException ids = refusal(json, Case.class);
            assertThat(wheres(ids)).contains("$.mainHandler", "$.owner");
            assertThat(ids.getMessage()).doesNotContain("13812345678").doesNotContain("110105199001011234");
        }
    }

    @Nested
    @DisplayName("events and commands")
    class Polymorphic {
        @Test
        @DisplayName("carry their type first and are read back by it")
        void typed() throws Exception {
            CaseCommand c = JsonWorld.roadCase().commands().get(0);
            ObjectNode json = tree(c);
            assertThat(json.fieldNames().next()).isEqualTo("type");
            assertThat(json.get("type").textValue()).isEqualTo("REGISTER");
            assertThat(mapper.treeToValue(json, CaseCommand.class)).isEqualTo(c);
            assertThat(mapper.treeToValue(json, CaseCommand.Register.class)).isEqualTo(c);
        }

        @Test
        @DisplayName("reject a missing or unknown type")
        void badTypes() {
            CaseEvent e = JsonWorld.roadCase().events().get(0);
            ObjectNode json = tree(e);
            json.put("type", "Reportd");
            InvalidInputException x = refusal(json, CaseEvent.class);
            assertThat(wheres(x)).containsExactly("$.type");
            assertThat(x.getMessage()).contains("did you mean 'Reported'?");
            json.remove("type");
            assertThat(wheres(refusal(json, CaseEvent.class))).containsExactly("$.type");
        }

        @Test
        @DisplayName("name commands by their command types, every one of them")
        void commandNames() {
            Forms forms = GovernanceJsonModule.forms();
            assertThat(Arrays.stream(CaseCommandType.values()).map(Enum::name)
                    .filter(n -> !n.equals("REPORT")).toList()).containsExactlyInAnyOrderElementsOf(
                    ((DomainForms.SealedForm<?>) forms.form(CaseCommand.class)).forms().keySet());
            assertThat(Arrays.stream(DisputeCommandType.values()).map(Enum::name)
                    .filter(n -> !n.equals("APPLY")).toList()).containsExactlyInAnyOrderElementsOf(
                    ((DomainForms.SealedForm<?>) forms.form(io.gridgov.core.mediation.DisputeCommand.class)).forms().keySet());
        }
    }

    @Nested
    @DisplayName("values")
    class Values {
        @Test
        @DisplayName("money is an integer number of fen; a fraction is refused")
        void money() throws Exception {
            assertThat(mapper.writeValueAsString(Money.yuan(80_000))).isEqualTo("{\"fen\":8000000}");
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> mapper.readValue("{\"fen\":80.5}", Money.class));
            assertThat(wheres(e)).containsExactly("$.fen");
        }

        @Test
        @DisplayName("a countdown that breaks its invariants is refused with every problem")
        void countdown() {
            ObjectNode json = tree(suspended.clock(io.gridgov.core.cases.Stage.HANDLE).orElseThrow());
            json.put("deadline", "2020-01-01T00:00:00Z");
            json.put("used", "-PT1H");
            assertThat(wheres(refusal(json, Countdown.class))).containsExactly("$.deadline", "$.used");
        }

        @Test
        @DisplayName("a dispute diverted without the new dispute is refused at $.divertedTo")
        void dispute() {
            Dispute diverted = JsonWorld.divertedDispute().snapshots().get(2);
            ObjectNode json = tree(diverted);
            json.putNull("divertedTo");
            assertThat(wheres(refusal(json, Dispute.class))).containsExactly("$.divertedTo");
        }
    }
}
