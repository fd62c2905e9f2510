package io.gridgov.benchmarks;

import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommandType;
import io.gridgov.core.cases.CaseLifecycle;
import io.gridgov.core.cases.CaseState;
import io.gridgov.core.cases.Transition;
import io.gridgov.core.lifecycle.TransitionTable;

import com.github.oxo42.stateless4j.StateMachineConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.configurers.ExternalTransitionConfigurer;
import reactor.core.publisher.Mono;

import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

import static io.gridgov.core.cases.CaseCommandType.DISPATCH;
import static io.gridgov.core.cases.CaseCommandType.EVALUATE;
import static io.gridgov.core.cases.CaseCommandType.FEED_BACK;
import static io.gridgov.core.cases.CaseCommandType.REGISTER;
import static io.gridgov.core.cases.CaseCommandType.SIGN_FOR;
import static io.gridgov.core.cases.CaseCommandType.VERIFY_PASS;
import static io.gridgov.core.cases.CaseState.CLOSED;
import static io.gridgov.core.cases.CaseState.DISPATCHED;
import static io.gridgov.core.cases.CaseState.EVALUATED;
import static io.gridgov.core.cases.CaseState.HANDLED;
import static io.gridgov.core.cases.CaseState.IN_PROGRESS;
import static io.gridgov.core.cases.CaseState.REGISTERED;
import static io.gridgov.core.cases.CaseState.REPORTED;

/**
 * The case lifecycle, from a resident's report to the evaluation, against the state machines a platform
 * would otherwise write or pick, in the same run.
 *
 * <p>The full loop is gridgov's {@link CaseLifecycle}: {@code report}, then register, dispatch (a main
 * handler and a cooperating one), sign for, feed back, verify (pass) and evaluate, each with every
 * check the lifecycle makes (time order, the table, the actor's area scope and permit, guards, content
 * against the grid and the taxonomy), the stage clocks' deadlines over the 2025 work calendar, the new
 * immutable case and its event; one op is the seven commands on a fresh case ({@link CaseFixture}).
 * It runs without and with Bean Validation (Hibernate Validator on the report and every command), and
 * one command alone (sign for, on the same dispatched case: {@code apply} is pure).
 *
 * <p>The bare lifecycle is the seven states REPORTED → REGISTERED → DISPATCHED → IN_PROGRESS → HANDLED →
 * CLOSED → EVALUATED driven by the six commands, with nothing else: no actor, no time, no data. One op
 * is one whole bare lifecycle, on the same enums for every peer:
 * <ul>
 * <li>a hand-written enum switch (the limit);</li>
 * <li>gridgov's table look-up: {@code table.rule(state, command)}, then the rule's target;</li>
 * <li>stateless4j: one {@code StateMachineConfig} built once, a new {@code StateMachine} per case;</li>
 * <li>Spring Statemachine: a machine built per case with {@code StateMachineBuilder} (no Spring
 *     context), started, and sent each event as a message, waiting for its result.</li>
 * </ul>
 * The start state and the commands are read from a {@link State} object, so the compiler cannot fold a
 * bare lifecycle into a constant; every op returns its result to JMH.
 *
 * <p>The warm-up is longer than the grid benchmarks' (5 × 3 s): Spring Statemachine and Hibernate
 * Validator reach their steady speed only after about 10 s of running; with 3 × 2 s their first
 * measured iterations were two to three times slower than the last.
 *
 * <p>Run (from the repository root, after {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests}):
 * <pre>{@code
 * java -jar examples/benchmarks/target/benchmarks.jar CaseLifecycleBenchmark
 * java -jar examples/benchmarks/target/benchmarks.jar CaseLifecycleBenchmark -bm avgt -tu ns
 * java -jar examples/benchmarks/target/benchmarks.jar CaseLifecycleBenchmark -f 1 -wi 1 -i 1 -w 1s -r 1s
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
public class CaseLifecycleBenchmark {

    /** The six commands of the bare lifecycle, in order. */
    static final CaseCommandType[] BARE_COMMANDS = {REGISTER, DISPATCH, SIGN_FOR, FEED_BACK, VERIFY_PASS, EVALUATE};
    /** The state each of {@link #BARE_COMMANDS} leads to, in order. */
    static final CaseState[] BARE_TARGETS = {REGISTERED, DISPATCHED, IN_PROGRESS, HANDLED, CLOSED, EVALUATED};

    /** The world, the lifecycles and a dispatched case for the single command. */
    @State(Scope.Benchmark)
    public static class Full {
        CaseFixture fixture;
        /** The case after register and dispatch, for {@link #signFor}. */
        Case dispatched;

        /** Builds the world and checks that the loop ends evaluated, at version 7. */
        @Setup
        public void setUp() {
            fixture = CaseFixture.create();
            dispatched = fixture.after(2);
            Case end = fixture.after(fixture.commands.length);
            if (end.state() != EVALUATED || end.version() != 7 || dispatched.state() != DISPATCHED) {
                throw new IllegalStateException("the loop ends " + end.state() + " at version " + end.version());
            }
        }
    }

    /** The bare lifecycle's input and the peers' configurations, built once. */
    @State(Scope.Benchmark)
    public static class Bare {
        /** Where every bare lifecycle starts (a field, so that it is not a constant). */
        CaseState start = REPORTED;
        /** {@link #BARE_COMMANDS}, copied into a field for the same reason. */
        CaseCommandType[] commands = BARE_COMMANDS.clone();
        TransitionTable<CaseState, CaseCommandType> table;
        StateMachineConfig<CaseState, CaseCommandType> stateless4j;

        /** Builds the table reference and stateless4j's shared configuration. */
        @Setup
        public void setUp() {
            table = CaseLifecycle.table();
            stateless4j = new StateMachineConfig<>();
            CaseState from = REPORTED;
            for (int i = 0; i < BARE_COMMANDS.length; i++) {
                stateless4j.configure(from).permit(BARE_COMMANDS[i], BARE_TARGETS[i]);
                from = BARE_TARGETS[i];
            }
        }
    }

    /** gridgov, full loop: report and six commands, every check, deadlines and events; no validator. */
    @Benchmark
    public Case gridgovFullLifecycle(Full f, Blackhole bh) {
        return fullLoop(f.fixture.lifecycle, f.fixture, bh);
    }

    /** gridgov, full loop as above, with Hibernate Validator run on the report and every command. */
    @Benchmark
    public Case gridgovFullLifecycleValidated(Full f, Blackhole bh) {
        return fullLoop(f.fixture.validated, f.fixture, bh);
    }

    /** gridgov, one command with every check: sign for, on a dispatched case; no validator. */
    @Benchmark
    public Transition gridgovSignFor(Full f) {
        return f.fixture.lifecycle.apply(f.dispatched, f.fixture.commands[2], f.fixture.times[3]);
    }

    /** gridgov, bare: the transition table's look-up and the rule's target, nothing else. */
    @Benchmark
    public CaseState gridgovTableBare(Bare b) {
        CaseState s = b.start;
        for (CaseCommandType c : b.commands) {
            s = b.table.rule(s, c).orElseThrow().target().next(s, null);
        }
        return s;
    }

    /** The limit: a hand-written enum switch doing only the state changes. */
    @Benchmark
    public CaseState enumSwitchBare(Bare b) {
        CaseState s = b.start;
        for (CaseCommandType c : b.commands) {
            s = enumSwitch(s, c);
        }
        return s;
    }

    /** stateless4j: shared configuration, a new machine per case, {@code fire} per command. */
    @Benchmark
    public CaseState stateless4jBare(Bare b) {
        var m = new com.github.oxo42.stateless4j.StateMachine<>(b.start, b.stateless4j);
        for (CaseCommandType c : b.commands) {
            m.fire(c);
        }
        return m.getState();
    }

    /** Spring Statemachine: a machine built per case, started, each event sent as a message. */
    @Benchmark
    public CaseState springStatemachineBare(Bare b) throws Exception {
        StateMachine<CaseState, CaseCommandType> m = springMachine(b.start);
        m.startReactively().block();
        for (CaseCommandType c : b.commands) {
            m.sendEvent(Mono.just(MessageBuilder.withPayload(c).build())).blockLast();
        }
        return m.getState().getId();
    }

    /** The report, then the six commands on the case it creates; each transition's events go to {@code bh}. */
    static Case fullLoop(CaseLifecycle lifecycle, CaseFixture f, Blackhole bh) {
        Transition t = lifecycle.report(f.report, f.times[0]);
        bh.consume(t.events());
        Case c = t.next();
        for (int i = 0; i < f.commands.length; i++) {
            t = lifecycle.apply(c, f.commands[i], f.times[i + 1]);
            bh.consume(t.events());
            c = t.next();
        }
        return c;
    }

    /** The bare state changes, written by hand. */
    static CaseState enumSwitch(CaseState s, CaseCommandType c) {
        switch (s) {
            case REPORTED:
                if (c == REGISTER) {
                    return REGISTERED;
                }
                break;
            case REGISTERED:
                if (c == DISPATCH) {
                    return DISPATCHED;
                }
                break;
            case DISPATCHED:
                if (c == SIGN_FOR) {
                    return IN_PROGRESS;
                }
                break;
            case IN_PROGRESS:
                if (c == FEED_BACK) {
                    return HANDLED;
                }
                break;
            case HANDLED:
                if (c == VERIFY_PASS) {
                    return CLOSED;
                }
                break;
            case CLOSED:
                if (c == EVALUATE) {
                    return EVALUATED;
                }
                break;
            default:
                break;
        }
        throw new IllegalStateException(c + " is not allowed in " + s);
    }

    /** A Spring state machine of the seven states, not started, as a platform builds one per case. */
    static StateMachine<CaseState, CaseCommandType> springMachine(CaseState initial) throws Exception {
        StateMachineBuilder.Builder<CaseState, CaseCommandType> builder = StateMachineBuilder.builder();
        builder.configureConfiguration().withConfiguration().autoStartup(false);
        builder.configureStates().withStates().initial(initial)
                .states(EnumSet.of(REPORTED, REGISTERED, DISPATCHED, IN_PROGRESS, HANDLED, CLOSED, EVALUATED));
        ExternalTransitionConfigurer<CaseState, CaseCommandType> t = builder.configureTransitions().withExternal();
        CaseState from = REPORTED;
        for (int i = 0; i < BARE_COMMANDS.length; i++) {
            t.source(from).target(BARE_TARGETS[i]).event(BARE_COMMANDS[i]);
            from = BARE_TARGETS[i];
            if (i + 1 < BARE_COMMANDS.length) {
                t = t.and().withExternal();
            }
        }
        return builder.build();
    }
}
