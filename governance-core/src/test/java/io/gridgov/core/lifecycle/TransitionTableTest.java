package io.gridgov.core.lifecycle;

import io.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The generic transition table")
class TransitionTableTest {
    enum S { OPEN, PAUSED, DONE }

    enum C { CREATE, PAUSE, RESUME, FINISH, NOTE }

    enum Anyone implements Condition {
        ANYONE;

        @Override
        public String description() {
            return "anyone";
        }

        @Override
        public String label() {
            return "any";
        }
    }

    private static final List<Permit> ALL = List.of(new Permit(Role.HANDLER, Anyone.ANYONE));

    private static TransitionTable<S, C> table() {
        return TransitionTable.builder(S.class, C.class, S.OPEN, C.CREATE)
                .add(new Rule<>(S.OPEN, C.PAUSE, ALL, List.of(), Target.to(S.PAUSED), List.of("Paused")))
                .add(new Rule<>(S.PAUSED, C.RESUME, ALL, List.of(), Target.previous(), List.of("Resumed")))
                .add(Set.of(S.OPEN, S.PAUSED), C.NOTE, ALL, List.of(), Target.stay(), List.of("Noted"))
                .add(new Rule<>(S.OPEN, C.FINISH, ALL, List.of(), Target.to(S.DONE), List.of("Finished")))
                .build();
    }

    @Test
    @DisplayName("answers what each state allows, in command order, and which states are terminal")
    void lookups() {
        TransitionTable<S, C> t = table();
        assertThat(t.allowedIn(S.OPEN)).containsExactly(C.PAUSE, C.FINISH, C.NOTE);
        assertThat(t.allowedIn(S.DONE)).isEmpty();
        assertThat(t.terminalStates()).containsExactly(S.DONE);
        assertThat(t.rule(S.PAUSED, C.RESUME).orElseThrow().target().next(S.PAUSED, S.OPEN)).isEqualTo(S.OPEN);
        assertThat(t.rule(S.OPEN, C.NOTE).orElseThrow().target().next(S.OPEN, null)).isEqualTo(S.OPEN);
        assertThat(t.allows(S.DONE, C.NOTE)).isFalse();
    }

    @Test
    @DisplayName("draws state changes as arrows, resumes to every suspendable state, and stays as notes")
    void mermaid() {
        assertThat(table().toMermaid()).isEqualTo("""
                stateDiagram-v2
                    [*] --> OPEN : CREATE
                    OPEN --> PAUSED : PAUSE
                    PAUSED --> OPEN : RESUME (was OPEN)
                    OPEN --> DONE : FINISH
                    DONE --> [*]
                    note right of OPEN
                        stays: NOTE
                    end note
                    note right of PAUSED
                        stays: NOTE
                    end note
                """);
    }

    @Test
    @DisplayName("refuses a second row for the same state and command, a row without permits or events")
    void rejectsBadRows() {
        TransitionTable.Builder<S, C> b = TransitionTable.builder(S.class, C.class, S.OPEN, C.CREATE)
                .add(new Rule<>(S.OPEN, C.PAUSE, ALL, List.of(), Target.to(S.PAUSED), List.of("Paused")));
        assertThatThrownBy(() -> b.add(new Rule<>(S.OPEN, C.PAUSE, ALL, List.of(), Target.stay(), List.of("X"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one rule per state and command");
        assertThatThrownBy(() -> new Rule<>(S.OPEN, C.NOTE, List.of(), List.of(), Target.<S>stay(), List.of("X")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rule<>(S.OPEN, C.NOTE, ALL, List.of(), Target.<S>stay(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("identifiers: a bad one is refused without repeating it")
    void identifiers() {
        assertThat(Identifiers.isValid("ZZ-20220704-000123")).isTrue();
        assertThat(Identifiers.isValid("has space")).isFalse();
        assertThat(Identifiers.isValid("x".repeat(65))).isFalse();
        assertThatThrownBy(() -> CommandId.of("张三 13812345678")).isInstanceOf(InvalidInputException.class)
                .hasMessageNotContaining("13812345678").hasMessageContaining("of 14 characters is not valid");
    }
}
