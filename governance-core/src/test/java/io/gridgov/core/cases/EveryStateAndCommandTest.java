package io.gridgov.core.cases;

import io.gridgov.core.lifecycle.IllegalTransitionException;
import io.gridgov.core.lifecycle.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.Optional;

import static io.gridgov.core.cases.CaseFixtures.LIFECYCLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Every (state, command) pair")
class EveryStateAndCommandTest {

    @DisplayName("is accepted into the table's next state, or refused naming the case, state, command and what is allowed")
    @ParameterizedTest(name = "{0}")
    @EnumSource(CaseState.class)
    void everyCommandInEveryState(CaseState state) {
        for (CaseCommandType type : CaseCommandType.values()) {
            if (type == CaseCommandType.REPORT) {
                continue;
            }
            Case c = CaseStates.in(state, type);
            assertThat(c.state()).isEqualTo(state);
            CaseCommand command = CaseStates.command(type);
            // A month later: late enough for any warning to have risen, after every preparation step.
            Instant now = CaseStates.minutes(60L * 24 * 30);
            Optional<Rule<CaseState, CaseCommandType>> rule = CaseLifecycle.table().rule(state, type);
            if (rule.isPresent()) {
                Transition t = LIFECYCLE.apply(c, command, now);
                assertThat(t.next().state()).as("%s in %s", type, state)
                        .isEqualTo(rule.get().target().next(state, c.suspendedFrom().orElse(null)));
                assertThat(t.next().version()).isEqualTo(c.version() + 1);
                assertThat(t.events()).extracting(e -> e.getClass().getSimpleName())
                        .containsExactlyElementsOf(rule.get().events());
            } else {
                String allowed = String.join(", ", CaseLifecycle.table().allowedIn(state).stream().map(Enum::name).toList());
                assertThatThrownBy(() -> LIFECYCLE.apply(c, command, now)).as("%s in %s", type, state)
                        .isInstanceOf(IllegalTransitionException.class)
                        .hasMessage("GOV-020: case " + c.trackingNumber() + " cannot take " + type + " while " + state
                                + "; allowed now: " + (allowed.isEmpty() ? "nothing (" + state + " is final)" : allowed))
                        .satisfies(e -> {
                            IllegalTransitionException x = (IllegalTransitionException) e;
                            assertThat(x.state()).isEqualTo(state.name());
                            assertThat(x.command()).isEqualTo(type.name());
                        });
            }
        }
    }

    @DisplayName("terminal states accept nothing and are exactly the table's states without rows")
    @ParameterizedTest(name = "{0}")
    @EnumSource(CaseState.class)
    void terminal(CaseState state) {
        assertThat(CaseLifecycle.table().allowedIn(state).isEmpty()).isEqualTo(state.isTerminal());
        assertThat(CaseLifecycle.table().terminalStates().contains(state)).isEqualTo(state.isTerminal());
    }

    @DisplayName("every command is allowed somewhere, and every state is reachable from REPORTED")
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CaseCommandType.class, names = "REPORT", mode = EnumSource.Mode.EXCLUDE)
    void everyCommandHasARow(CaseCommandType type) {
        assertThat(CaseLifecycle.table().rules()).anyMatch(r -> r.command() == type);
    }
}
