package io.gridgov.spi.store;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.Transition;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.mediation.DisputeTransition;
import io.gridgov.spi.conformance.KitWorld;
import io.gridgov.spi.notify.Notification;
import io.gridgov.spi.notify.NotificationId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Commits check that their parts belong together")
class CommitTest {
    static final CommandId REPORT = CommandId.of("report");
    static final Transition REPORTED = KitWorld.report("c-1", "TN-c-1", KitWorld.GRID, REPORT, KitWorld.T0);

    static Notification note(int i) {
        return new Notification(NotificationId.of(REPORTED.next().id(), REPORT, i), "person-1", "case.reported",
                Map.of(), KitWorld.T0);
    }

    @Test
    @DisplayName("a case commit from a transition expects the version before and carries the command id")
    void fromTransition() {
        CaseCommit c = CaseCommit.of(REPORTED, List.of(note(0)));
        assertThat(c.expectedVersion()).isZero();
        assertThat(c.commandId()).isEqualTo(REPORT);
        assertThat(c.toString()).doesNotContain("13812345678").contains("TN-c-1");
    }

    @Test
    @DisplayName("a wrong expected version, another command's events and a notification id used twice are all listed")
    void everyProblem() {
        assertThatThrownBy(() -> new CaseCommit(CommandId.of("other"), REPORTED.next(), 3, REPORTED.events(),
                List.of(note(0), note(0)))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_COMMIT);
                    assertThat(e.problems()).extracting(Problem::where).containsExactly("$.expectedVersion",
                            "$.events[0]", "notifications[1]");
                });
        assertThatThrownBy(() -> new CaseCommit(REPORT, REPORTED.next(), 0, List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(Problem::where).containsExactly("$.events"));
    }

    @Test
    @DisplayName("a diversion's commit holds the diverted dispute first and the opened one, expected version 0")
    void diversion() {
        DisputeTransition applied = KitWorld.apply("d-1", "TN-d-1", KitWorld.VILLAGE, KitWorld.WORKSTATION,
                CommandId.of("a"), KitWorld.T0);
        var d = applied.next();
        d = KitWorld.advance(d, CommandId.of("b"), KitWorld.T0.plusSeconds(60)).next();
        d = KitWorld.advance(d, CommandId.of("c"), KitWorld.T0.plusSeconds(120)).next();
        d = KitWorld.fail(d, CommandId.of("d"), KitWorld.T0.plusSeconds(180)).next();
        DisputeCommit commit = DisputeCommit.of(KitWorld.divert(d, "d-2", CommandId.of("e"),
                KitWorld.T0.plusSeconds(240)), List.of());
        assertThat(commit.changes()).hasSize(2);
        assertThat(commit.snapshot().id().value()).isEqualTo("d-1");
        assertThat(commit.changes().get(1).expectedVersion()).isZero();
        assertThat(commit.changes().get(0).expectedVersion()).isEqualTo(d.version());
        assertThatThrownBy(() -> new DisputeCommit(CommandId.of("e"), List.of(commit.changes().get(0),
                commit.changes().get(0)), List.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("appears twice");
    }
}
