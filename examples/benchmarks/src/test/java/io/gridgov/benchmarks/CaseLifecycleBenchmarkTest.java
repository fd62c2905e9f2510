package io.gridgov.benchmarks;

import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseEvent;
import io.gridgov.core.cases.CaseState;
import io.gridgov.core.cases.Transition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each benchmark body once: a broken benchmark (a refused command, a wrong end state) fails the build. */
@DisplayName("CaseLifecycleBenchmark's bodies")
class CaseLifecycleBenchmarkTest {
    private static final CaseLifecycleBenchmark BENCHMARK = new CaseLifecycleBenchmark();
    private static CaseLifecycleBenchmark.Full full;
    private static CaseLifecycleBenchmark.Bare bare;
    private static Blackhole blackhole;

    @BeforeAll
    static void setUp() {
        full = new CaseLifecycleBenchmark.Full();
        full.setUp();
        bare = new CaseLifecycleBenchmark.Bare();
        bare.setUp();
        blackhole = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    }

    @Test
    @DisplayName("the full loop ends evaluated at version 7, with or without the validator")
    void fullLoop() {
        for (Case c : List.of(BENCHMARK.gridgovFullLifecycle(full, blackhole),
                BENCHMARK.gridgovFullLifecycleValidated(full, blackhole))) {
            assertThat(c.state()).isEqualTo(CaseState.EVALUATED);
            assertThat(c.version()).isEqualTo(7);
            assertThat(c.mainHandler()).contains(CaseFixture.HIGHWAY);
            assertThat(c.cooperating()).containsExactly(CaseFixture.WATER);
        }
    }

    @Test
    @DisplayName("the full loop emits one event per command, each with a deadline where a stage starts")
    void events() {
        List<Object> events = new ArrayList<>();
        CaseFixture f = full.fixture;
        Transition t = f.lifecycle.report(f.report, f.times[0]);
        events.addAll(t.events());
        Case c = t.next();
        for (int i = 0; i < f.commands.length; i++) {
            t = f.lifecycle.apply(c, f.commands[i], f.times[i + 1]);
            events.addAll(t.events());
            c = t.next();
        }
        assertThat(events).hasSize(7).first().isInstanceOf(CaseEvent.Reported.class);
        assertThat(events.get(6)).isInstanceOf(CaseEvent.Evaluated.class);
    }

    @Test
    @DisplayName("sign for takes the dispatched case in progress, at version 4")
    void signFor() {
        Transition t = BENCHMARK.gridgovSignFor(full);
        assertThat(t.next().state()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(t.next().version()).isEqualTo(4);
        assertThat(full.dispatched.state()).isEqualTo(CaseState.DISPATCHED);
    }

    @Test
    @DisplayName("every bare lifecycle ends EVALUATED")
    void bare() throws Exception {
        assertThat(BENCHMARK.enumSwitchBare(bare)).isEqualTo(CaseState.EVALUATED);
        assertThat(BENCHMARK.gridgovTableBare(bare)).isEqualTo(CaseState.EVALUATED);
        assertThat(BENCHMARK.stateless4jBare(bare)).isEqualTo(CaseState.EVALUATED);
        assertThat(BENCHMARK.springStatemachineBare(bare)).isEqualTo(CaseState.EVALUATED);
    }

    @Test
    @DisplayName("the bare peers follow the same seven states: the enum switch refuses what the table refuses")
    void samePath() {
        CaseState s = CaseState.REPORTED;
        for (int i = 0; i < CaseLifecycleBenchmark.BARE_COMMANDS.length; i++) {
            CaseState next = CaseLifecycleBenchmark.enumSwitch(s, CaseLifecycleBenchmark.BARE_COMMANDS[i]);
            assertThat(next).isEqualTo(CaseLifecycleBenchmark.BARE_TARGETS[i]);
            assertThat(bare.table.rule(s, CaseLifecycleBenchmark.BARE_COMMANDS[i]).orElseThrow().target().state())
                    .isEqualTo(next);
            s = next;
        }
        assertThatThrownBy(() -> CaseLifecycleBenchmark.enumSwitch(CaseState.REPORTED,
                CaseLifecycleBenchmark.BARE_COMMANDS[1])).isInstanceOf(IllegalStateException.class);
    }
}
