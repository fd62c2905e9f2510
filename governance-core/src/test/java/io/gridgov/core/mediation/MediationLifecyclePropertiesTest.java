package io.gridgov.core.mediation;

import io.gridgov.core.GovernanceException;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.lifecycle.AccessDeniedException;
import io.gridgov.core.lifecycle.IllegalTransitionException;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.lifecycle.Rule;
import io.gridgov.core.time.Countdown;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of {@link MediationLifecycle} that must hold for any sequence of commands: random walks
 * ({@link RandomDisputeWalk}) of up to 60 commands of every type, from any actor, at non-decreasing
 * times, each step checked against the transition table and the laws the lifecycle enforces. Seeds run
 * from short walks to long ones, so the first failure reported is on a short walk; the seed in the test
 * name reproduces it. Seeded JUnit tests rather than jqwik: see docs/decisions.md §5.
 */
class MediationLifecyclePropertiesTest {
    static final int SEEDS = 300;
    static final int MAX_LENGTH = 60;

    /** The states a rule can lead to, and the initial one. */
    static final Set<DisputeState> REACHABLE = reachable();

    static final Set<DisputeState> WITH_AGREEMENT = EnumSet.of(DisputeState.AGREED,
            DisputeState.CONFIRMATION_REQUESTED, DisputeState.CONFIRMED, DisputeState.CONFIRMATION_REFUSED,
            DisputeState.PERFORMED);
    static final Set<DisputeState> BEFORE_AGREEMENT = EnumSet.of(DisputeState.APPLIED, DisputeState.ACCEPTED,
            DisputeState.MEDIATING, DisputeState.SUSPENDED);
    static final Set<DisputeState> CLOCK_RUNS = EnumSet.of(DisputeState.APPLIED, DisputeState.ACCEPTED,
            DisputeState.MEDIATING);

    static IntStream seeds() {
        return IntStream.range(0, SEEDS);
    }

    /** Short walks first: 2 commands for seed 0, growing to 60 by seed 232. */
    static int lengthFor(long seed) {
        return (int) Math.min(MAX_LENGTH, 2 + seed / 4);
    }

    private static Set<DisputeState> reachable() {
        Set<DisputeState> s = EnumSet.of(MediationLifecycle.table().initialState());
        for (Rule<DisputeState, DisputeCommandType> r : MediationLifecycle.table().rules()) {
            s.add(r.target().next(r.from(), null));
        }
        return s;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("every step of a random walk keeps the lifecycle's invariants")
    void everyStepKeepsTheInvariants(long seed) {
        MediationLifecycle lifecycle = RandomDisputeWalk.lifecycleFor(seed);
        RandomDisputeWalk.run(seed, lifecycle, lengthFor(seed), new Invariants(lifecycle == RandomDisputeWalk.VALIDATING));
    }

    /*
     * Counts of accepted commands over the 300 walks when the weights were tuned: TRANSFER=43, REFUSE=62,
     * ACCEPT=190, DECLINE=58, ASSIGN=214, SUSPEND_FOR_APPRAISAL=63, RESUME=47, EXTEND=29, REACH_AGREEMENT=72,
     * FAIL=18, EXPIRE=20, WITHDRAW=125, REQUEST_CONFIRMATION=17, CONFIRM=5, REFUSE_CONFIRMATION=11,
     * REMEDIATE=5, RECORD_PERFORMANCE=28, DIVERT=78, CLOSE=202, RAISE_WARNING=32. The assertion's
     * description prints the current ones.
     */
    @Test
    @DisplayName("over all seeds the walks visit every state and get every command accepted")
    void theWalksReachEveryStateAndCommand() {
        Set<DisputeState> states = EnumSet.noneOf(DisputeState.class);
        Map<DisputeCommandType, Integer> accepted = new EnumMap<>(DisputeCommandType.class);
        for (long seed = 0; seed < SEEDS; seed++) {
            RandomDisputeWalk.Reach r = RandomDisputeWalk.run(seed, RandomDisputeWalk.lifecycleFor(seed), lengthFor(seed),
                    new RandomDisputeWalk.Listener() {
                        @Override
                        public void applied(DisputeApplication a, Instant now, DisputeTransition t, RuntimeException e) {
                        }

                        @Override
                        public void step(RandomDisputeWalk.Step s) {
                        }
                    });
            states.addAll(r.states());
            r.accepted().forEach((k, v) -> accepted.merge(k, v, Integer::sum));
        }
        String counts = accepted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        assertThat(states).as("states visited").containsExactlyInAnyOrder(DisputeState.values());
        assertThat(accepted.keySet()).as("commands accepted: %s", counts)
                .containsExactlyInAnyOrderElementsOf(RandomDisputeWalk.COMMANDS);
        assertThat(accepted.values()).as("each accepted several times: %s", counts).allMatch(n -> n >= 3);
    }

    /** Checks one walk, step by step. */
    static final class Invariants implements RandomDisputeWalk.Listener {
        private final boolean validating;

        Invariants(boolean validating) {
            this.validating = validating;
        }

        @Override
        public void applied(DisputeApplication a, Instant now, DisputeTransition t, RuntimeException refused) {
            if (refused != null) {
                assertThat(refused).as("a refused application: %s", a).isInstanceOfAny(InvalidInputException.class,
                        AccessDeniedException.class);
                return;
            }
            Dispute d = t.next();
            assertThat(d.state()).isEqualTo(DisputeState.APPLIED);
            assertThat(d.version()).isEqualTo(1);
            assertThat(d.id()).isEqualTo(a.disputeId());
            assertThat(t.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.Applied.class, e -> {
                assertThat(e.disputeId()).isEqualTo(a.disputeId());
                assertThat(e.version()).isEqualTo(1);
                assertThat(e.at()).isEqualTo(now);
                assertThat(e.commandId()).isEqualTo(a.id());
                assertThat(e.by()).isEqualTo(a.actor());
            });
            checkSnapshot(d, "the applied dispute");
        }

        @Override
        public void step(RandomDisputeWalk.Step s) {
            Dispute before = s.before();
            String where = s.toString();
            DisputeCommand cmd = s.command();
            DisputeCommandType type = cmd.type();
            Rule<DisputeState, DisputeCommandType> rule = MediationLifecycle.table().rule(before.state(), type).orElse(null);

            assertThat(before).as("%s: the dispute passed in is unchanged", where).isEqualTo(s.snapshot());

            boolean invalid = validating && !RandomDisputeWalk.VALIDATOR.validate(cmd).isEmpty();
            boolean early = s.now().isBefore(before.updatedAt());
            boolean inScope = RandomDisputeWalk.inScope(cmd.actor(), before.areaCode());
            if (!s.isAccepted()) {
                RuntimeException e = s.refused();
                assertThat(e).as("%s: only the lifecycle's own refusals escape", where)
                        .isInstanceOf(GovernanceException.class);
                if (invalid || early) {
                    assertThat(e).as("%s: invalid, or before the last change", where).isInstanceOf(InvalidInputException.class);
                } else if (!inScope) {
                    assertThat(e).as("%s: out of scope", where).isInstanceOf(AccessDeniedException.class);
                } else if (rule == null) {
                    assertThat(e).as("%s: not in the table", where).isInstanceOf(IllegalTransitionException.class);
                }
                return;
            }
            assertThat(invalid || early || !inScope || rule == null).as("%s: must have been refused", where).isFalse();

            DisputeTransition t = s.accepted();
            Dispute next = t.next();
            Instant now = s.now();

            assertThat(next.version()).as("%s: version", where).isEqualTo(before.version() + 1);
            assertThat(next.state()).as("%s: the rule's target", where).isEqualTo(rule.target().next(before.state(), null));
            assertThat(next.updatedAt()).as("%s: updatedAt", where).isEqualTo(now);
            assertThat(next.id()).as("%s: id", where).isEqualTo(before.id());
            assertThat(next.parties()).as("%s: parties", where).isEqualTo(before.parties());
            assertThat(next.appliedAt()).as("%s: appliedAt", where).isEqualTo(before.appliedAt());
            assertThat(rule.permits()).as("%s: the actor holds a permit of the row", where)
                    .anyMatch(p -> cmd.actor().hasRole(p.role()) && RandomDisputeWalk.holdsIgnoringContent(p, cmd.actor(),
                            before));

            assertThat(t.events()).as("%s: one event, the row's", where).singleElement()
                    .satisfies(e -> {
                        assertThat(e.getClass().getSimpleName()).isEqualTo(rule.events().get(0));
                        assertThat(e.disputeId()).isEqualTo(before.id());
                        assertThat(e.version()).isEqualTo(next.version());
                        assertThat(e.at()).isEqualTo(now);
                        assertThat(e.by()).isEqualTo(cmd.actor());
                        assertThat(e.commandId()).isEqualTo(cmd.id());
                    });

            // set once
            before.concludedAt().ifPresent(c -> assertThat(next.concludedAt()).as("%s: concludedAt is set once", where)
                    .contains(c));
            before.agreedAt().ifPresent(c -> assertThat(next.agreedAt()).as("%s: agreedAt is set once", where).contains(c));
            before.acceptedAt().ifPresent(c -> assertThat(next.acceptedAt()).as("%s: acceptedAt is set once", where)
                    .contains(c));
            assertThat(next.refusedBy()).as("%s: refusals are kept", where).containsAll(before.refusedBy());

            switch (type) {
                case ACCEPT -> {
                    assertThat(before.refusedBy()).as("%s: no party refused", where).isEmpty();
                    assertThat(before.category().isPeoplesMediation() && before.prior().isTakenUp())
                            .as("%s: a people's committee accepts nothing taken up elsewhere", where).isFalse();
                }
                case REQUEST_CONFIRMATION -> {
                    assertThat(before.category()).as("%s: not a court's own mediation", where)
                            .isNotEqualTo(MediationCategory.JUDICIAL);
                    assertThat(before.confirmationWindow().orElseThrow().isOverdueAt(now)).as("%s: within the window",
                            where).isFalse();
                    assertThat(((DisputeCommand.RequestConfirmation) cmd).jointApplicants()).as("%s: jointly", where)
                            .containsAll(ids(before));
                }
                case EXPIRE -> {
                    assertThat(before.limit().orElseThrow().expiry()).as("%s: expiry fails", where)
                            .isEqualTo(MediationLimit.Expiry.FAILS);
                    assertThat(before.mediationClock().orElseThrow().isOverdueAt(now)).as("%s: overdue", where).isTrue();
                }
                case FAIL -> {
                    if (!cmd.actor().hasRole(Role.MEDIATOR) || !before.isMediator(cmd.actor().personId())) {
                        assertThat(before.limit().orElseThrow().expiry()).as("%s: a party leaves only after a limit that"
                                + " lets it", where).isEqualTo(MediationLimit.Expiry.PARTIES_MAY_LEAVE);
                        assertThat(before.mediationClock().orElseThrow().isOverdueAt(now)).as("%s: overdue", where)
                                .isTrue();
                    }
                }
                case DIVERT -> {
                    var v = (DisputeCommand.Divert) cmd;
                    DisputeTransition o = t.opened().orElseThrow();
                    Dispute n = o.next();
                    assertThat(n.state()).as("%s: opened", where).isEqualTo(DisputeState.APPLIED);
                    assertThat(n.version()).isEqualTo(1);
                    assertThat(n.id()).isEqualTo(v.newDisputeId()).isNotEqualTo(before.id());
                    assertThat(n.divertedFrom()).contains(before.id());
                    assertThat(next.divertedTo()).contains(n.id());
                    assertThat(n.parties()).isEqualTo(before.parties());
                    assertThat(n.domain()).isEqualTo(before.domain());
                    assertThat(n.areaCode()).isEqualTo(before.areaCode());
                    assertThat(n.caseId()).isEqualTo(before.caseId());
                    assertThat(n.committee()).isEqualTo(v.toCommittee());
                    assertThat(n.category()).isEqualTo(v.toCategory());
                    assertThat(o.events()).singleElement().isInstanceOfSatisfying(DisputeEvent.Applied.class, e -> {
                        assertThat(e.disputeId()).isEqualTo(n.id());
                        assertThat(e.version()).isEqualTo(1);
                        assertThat(e.divertedFrom()).isEqualTo(before.id());
                        assertThat(e.at()).isEqualTo(now);
                        assertThat(e.commandId()).isEqualTo(cmd.id());
                    });
                    checkSnapshot(n, where + " (opened)");
                }
                default -> { }
            }
            if (type != DisputeCommandType.DIVERT) {
                assertThat(t.opened()).as("%s: only a diversion opens a dispute", where).isEmpty();
            }
            if (type == DisputeCommandType.REACH_AGREEMENT) {
                assertThat(next.agreedAt()).isPresent();
            }
            checkSnapshot(next, where);
        }

        private static Set<String> ids(Dispute d) {
            return d.parties().stream().map(Party::partyId).collect(Collectors.toSet());
        }

        /** What holds of any dispute. */
        static void checkSnapshot(Dispute d, String where) {
            DisputeState s = d.state();
            assertThat(REACHABLE).as("%s: a state a rule leads to", where).contains(s);
            assertThat(d.outcome().isPresent()).as("%s: an outcome exactly when CLOSED or DIVERTED", where)
                    .isEqualTo(s == DisputeState.CLOSED || s == DisputeState.DIVERTED);
            assertThat(d.divertedTo().isPresent()).as("%s: diverted to exactly when DIVERTED", where)
                    .isEqualTo(s == DisputeState.DIVERTED);
            if (d.concludedAt().isPresent()) {
                assertThat(d.acceptedAt()).as("%s: concluded only once accepted", where).isPresent();
            }
            if (WITH_AGREEMENT.contains(s)) {
                assertThat(d.agreement()).as("%s: an agreement", where).isPresent();
                assertThat(d.agreement().get().signedBy()).as("%s: signed by every party", where).containsAll(ids(d));
                assertThat(d.agreedAt()).as("%s: agreed", where).isPresent();
            }
            if (BEFORE_AGREEMENT.contains(s)) {
                assertThat(d.agreement()).as("%s: no agreement before one is reached (or after REMEDIATE)", where).isEmpty();
            }
            if (s == DisputeState.ACCEPTED || s == DisputeState.MEDIATING || s == DisputeState.SUSPENDED) {
                assertThat(d.mediationClock()).as("%s: the clock started by acceptance", where).isPresent();
                assertThat(d.acceptedAt()).as("%s: accepted", where).isPresent();
            }
            if (s == DisputeState.MEDIATING || s == DisputeState.SUSPENDED) {
                assertThat(d.mediators()).as("%s: mediators assigned", where).isNotEmpty();
            }
            d.mediationClock().ifPresent(k -> {
                assertThat(k.isPaused()).as("%s: paused exactly while SUSPENDED", where)
                        .isEqualTo(s == DisputeState.SUSPENDED);
                assertThat(k.isRunning()).as("%s: running exactly while applied, accepted or mediating", where)
                        .isEqualTo(CLOCK_RUNS.contains(s));
                assertThat(d.limit()).as("%s: a clock has its limit", where).isPresent();
                assertThat(k.deadline()).as("%s: deadline after start", where).isAfterOrEqualTo(k.started());
            });
            if (s == DisputeState.APPLIED) {
                d.limit().ifPresent(l -> assertThat(l.start()).as("%s: a clock in APPLIED starts at the application",
                        where).isEqualTo(MediationLimit.Start.APPLICATION));
            }
            if (d.domain().equals(DisputeDomain.LABOUR) && d.category() != MediationCategory.JUDICIAL
                    && d.routesOffered().contains(Route.LITIGATION)) {
                assertThat(d.routesOffered()).as("%s: a labour dispute goes to arbitration first", where)
                        .contains(Route.ARBITRATION);
            }
            assertThat(d.confirmationWindow().isPresent() && d.category() == MediationCategory.JUDICIAL)
                    .as("%s: no confirmation window for a court's own mediation", where).isFalse();
            Countdown w = d.confirmationWindow().orElse(null);
            if (w != null && s != DisputeState.AGREED) {
                assertThat(w.isFinished()).as("%s: the window is open only while AGREED", where).isTrue();
            }
        }
    }
}
