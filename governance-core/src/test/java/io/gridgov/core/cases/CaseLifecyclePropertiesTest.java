package io.gridgov.core.cases;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.lifecycle.AccessDeniedException;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.lifecycle.IllegalTransitionException;
import io.gridgov.core.lifecycle.Permit;
import io.gridgov.core.lifecycle.Rule;
import io.gridgov.core.time.Countdown;
import io.gridgov.core.time.WarningLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of {@link CaseLifecycle} that must hold for any sequence of commands: random walks
 * ({@link RandomCaseWalk}) of up to 60 commands of every type, from any actor, at non-decreasing times,
 * each step checked against the transition table and the domain's rules: versions and events, the
 * table's target (and, apart from the table, the state each command's documentation promises), refusals
 * that change nothing and are typed, terminal states, separation of duties, stage clocks and counters.
 * Seeds run from short walks to long ones, so the first failure reported is on a short walk; the seed in
 * the test name reproduces it (and the step, command, actor and case are in the message). A separate test
 * checks that the walks, over all seeds, visit every state and get every command accepted. Seeded JUnit
 * tests rather than jqwik: see docs/decisions.md §5.
 */
class CaseLifecyclePropertiesTest {
    static final int SEEDS = 300;
    static final int MAX_LENGTH = 60;

    /** States where no stage clock runs or is paused. */
    static final Set<CaseState> NO_STAGE = EnumSet.of(CaseState.CLOSED, CaseState.EVALUATED, CaseState.REJECTED,
            CaseState.MERGED, CaseState.WITHDRAWN);

    /** The stage each command starts (or restarts), if it starts one. */
    static final Map<CaseCommandType, Stage> STARTS = Map.of(CaseCommandType.REGISTER, Stage.DISPATCH,
            CaseCommandType.RESOLVE_ON_SPOT, Stage.VERIFY, CaseCommandType.DISPATCH, Stage.SIGN_FOR,
            CaseCommandType.SIGN_FOR, Stage.HANDLE, CaseCommandType.RETURN, Stage.DISPATCH, CaseCommandType.ESCALATE,
            Stage.DISPATCH, CaseCommandType.FEED_BACK, Stage.VERIFY, CaseCommandType.VERIFY_FAIL, Stage.HANDLE,
            CaseCommandType.CONFIRM_REOPEN, Stage.HANDLE);

    static IntStream seeds() {
        return IntStream.range(0, SEEDS);
    }

    /** Short walks first: 2 commands for seed 0, growing to 60 by seed 232. */
    static int lengthFor(long seed) {
        return (int) Math.min(MAX_LENGTH, 2 + seed / 4);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("every step of a random walk keeps the lifecycle's invariants")
    void everyStepKeepsTheInvariants(long seed) {
        CaseLifecycle lifecycle = RandomCaseWalk.lifecycleFor(seed);
        RandomCaseWalk.run(seed, lifecycle, lengthFor(seed), new Invariants(lifecycle == RandomCaseWalk.VALIDATING));
    }

    @Test
    @DisplayName("over all seeds the walks visit every state and get every command accepted")
    void theWalksReachEveryStateAndCommand() {
        Set<CaseState> states = EnumSet.noneOf(CaseState.class);
        Set<CaseCommandType> accepted = EnumSet.noneOf(CaseCommandType.class);
        int[] refusedInTerminal = new int[1];
        for (long seed = 0; seed < SEEDS; seed++) {
            RandomCaseWalk.Reach r = RandomCaseWalk.run(seed, RandomCaseWalk.lifecycleFor(seed), lengthFor(seed),
                    new RandomCaseWalk.Listener() {
                        @Override
                        public void reported(CaseReport report, Instant now, Transition transition) {
                        }

                        @Override
                        public void step(RandomCaseWalk.Step s) {
                            if (s.before().state().isTerminal() && !s.isAccepted()) {
                                refusedInTerminal[0]++;
                            }
                        }
                    });
            states.addAll(r.states());
            accepted.addAll(r.accepted());
        }
        assertThat(states).as("states visited").containsExactlyInAnyOrder(CaseState.values());
        assertThat(accepted).as("commands accepted").containsExactlyInAnyOrderElementsOf(RandomCaseWalk.COMMANDS);
        assertThat(refusedInTerminal[0]).as("commands tried in terminal states").isGreaterThan(100);
    }

    /** Checks one walk, step by step; keeps what it needs of the walk so far. */
    static final class Invariants implements RandomCaseWalk.Listener {
        /** Whether the lifecycle runs Bean Validation first. */
        private final boolean validating;
        /** The state before the latest accepted suspension, as the walk saw it. */
        private CaseState suspendedFrom;

        Invariants(boolean validating) {
            this.validating = validating;
        }

        @Override
        public void reported(CaseReport report, Instant now, Transition t) {
            Case c = t.next();
            assertThat(c.state()).isEqualTo(CaseState.REPORTED);
            assertThat(c.version()).isEqualTo(1);
            assertThat(c.updatedAt()).isEqualTo(now);
            assertThat(t.events()).singleElement().satisfies(e -> {
                assertThat(e).isInstanceOf(CaseEvent.Reported.class);
                assertThat(e.version()).isEqualTo(1);
                assertThat(e.at()).isEqualTo(now);
                assertThat(e.by()).isEqualTo(report.actor());
                assertThat(e.commandId()).isEqualTo(report.id());
                assertThat(e.caseId()).isEqualTo(report.caseId());
            });
            assertThat(c.currentStage()).contains(Stage.REGISTER);
            checkSnapshot(c, "the reported case");
        }

        @Override
        public void step(RandomCaseWalk.Step s) {
            Case before = s.before();
            String where = s.toString();
            CaseCommand cmd = s.command();
            CaseCommandType type = cmd.type();
            Rule<CaseState, CaseCommandType> rule = CaseLifecycle.table().rule(before.state(), type).orElse(null);

            // the input is never changed, accepted or refused
            assertThat(before).as("%s: the case passed in is unchanged", where).isEqualTo(s.snapshot());

            // what must be refused, whoever's code decides it
            boolean invalid = validating && !RandomCaseWalk.VALIDATOR.validate(cmd).isEmpty();
            boolean early = s.now().isBefore(before.updatedAt());
            boolean mustRefuse = invalid || early || rule == null
                    || !RandomCaseWalk.inScope(cmd.actor(), before.location().areaCode())
                    || rule.permits().stream().noneMatch(p -> cmd.actor().hasRole(p.role()))
                    || before.state().isTerminal();
            if (mustRefuse) {
                assertThat(s.isAccepted()).as("%s: must be refused (not in the table, out of scope, no permitted role,"
                        + " invalid, before the last change, or terminal)", where).isFalse();
            }
            if (!s.isAccepted()) {
                assertThat(s.refused()).as("%s: only typed refusals escape", where).isInstanceOfAny(
                        IllegalTransitionException.class, AccessDeniedException.class, InvalidInputException.class,
                        NotFoundException.class);
                // the documented order: validation, time, scope, table
                boolean inScope = RandomCaseWalk.inScope(cmd.actor(), before.location().areaCode());
                if (invalid || early) {
                    assertThat(s.refused()).as("%s: an invalid command or a time before the last change", where)
                            .isInstanceOf(InvalidInputException.class);
                } else if (!inScope) {
                    assertThat(s.refused()).as("%s: an actor outside the case's area learns nothing about it", where)
                            .isInstanceOf(AccessDeniedException.class);
                } else if (rule == null) {
                    assertThat(s.refused()).as("%s: a command the state does not take", where)
                            .isInstanceOf(IllegalTransitionException.class);
                }
                return;
            }

            Transition t = s.accepted();
            Case next = t.next();
            Instant now = s.now();
            Actor by = cmd.actor();

            // version, time, identity
            assertThat(next.version()).as("%s: version", where).isEqualTo(before.version() + 1);
            assertThat(next.updatedAt()).as("%s: updatedAt", where).isEqualTo(now);
            assertThat(next.id()).as("%s: id", where).isEqualTo(before.id());
            assertThat(next.reportedAt()).as("%s: reportedAt", where).isEqualTo(before.reportedAt());

            // the events the row lists, stamped with the command
            assertThat(t.events()).as("%s: events", where).isNotEmpty();
            assertThat(t.events().stream().map(e -> e.getClass().getSimpleName()).toList()).as("%s: event types", where)
                    .containsExactlyElementsOf(rule.events());
            for (CaseEvent e : t.events()) {
                assertThat(e.version()).as("%s: %s.version", where, e).isEqualTo(next.version());
                assertThat(e.at()).as("%s: %s.at", where, e).isEqualTo(now);
                assertThat(e.by()).as("%s: %s.by", where, e).isEqualTo(by);
                assertThat(e.commandId()).as("%s: %s.commandId", where, e).isEqualTo(cmd.id());
                assertThat(e.caseId()).as("%s: %s.caseId", where, e).isEqualTo(before.id());
            }

            checkEventPayloads(t.events(), next, where);

            // the state the row names; resume goes back to where the walk suspended from
            assertThat(next.state()).as("%s: next state", where)
                    .isEqualTo(rule.target().next(before.state(), suspendedFrom));
            assertThat(next.state()).as("%s: the state the command leads to, restated apart from the table", where)
                    .isEqualTo(promised(type, before.state(), suspendedFrom));
            if (type == CaseCommandType.SUSPEND) {
                suspendedFrom = before.state();
            }
            assertThat(next.suspendedFrom()).as("%s: suspendedFrom", where)
                    .isEqualTo(next.state() == CaseState.SUSPENDED ? Optional.of(suspendedFrom)
                            : Optional.empty());

            // the actor was allowed: a permit whose role they hold and whose party they are (restated here)
            assertThat(rule.permits().stream().anyMatch(p -> by.hasRole(p.role()) && isParty(p, by, before)))
                    .as("%s: the actor holds a permit of the row %s", where, rule.permits()).isTrue();

            checkSeparationOfDuties(before, next, by, type, where);
            checkEscalation(before, next, cmd, where);
            checkMediation(before, next, cmd, now, where);
            checkClocks(before, next, type, now, where);
            checkCounters(before, next, type, where);
            checkSnapshot(next, where);
        }

        /** Where each command leads, from the states' and commands' documentation. */
        private static CaseState promised(CaseCommandType type, CaseState from, CaseState suspendedFrom) {
            return switch (type) {
                case REGISTER, RETURN, ESCALATE -> CaseState.REGISTERED;
                case REJECT -> CaseState.REJECTED;
                case MERGE -> CaseState.MERGED;
                case RESOLVE_ON_SPOT, FEED_BACK -> CaseState.HANDLED;
                case DISPATCH -> CaseState.DISPATCHED;
                case SIGN_FOR, VERIFY_FAIL, CONFIRM_REOPEN -> CaseState.IN_PROGRESS;
                case SUSPEND -> CaseState.SUSPENDED;
                case RESUME -> suspendedFrom;
                case VERIFY_PASS, CONCLUDE_BY_MEDIATION -> CaseState.CLOSED;
                case EVALUATE -> CaseState.EVALUATED;
                case WITHDRAW -> CaseState.WITHDRAWN;
                case REQUEST_EXTENSION, APPROVE_EXTENSION, DENY_EXTENSION, REQUEST_REOPEN, DECLINE_REOPEN, SUPERVISE, URGE,
                        RAISE_WARNING -> from;
                case REPORT -> throw new AssertionError("REPORT is not a command on a case");
            };
        }

        /** What events announce is what the case holds: the running stage's deadline, the counters, the level. */
        private static void checkEventPayloads(List<CaseEvent> events, Case next, String where) {
            for (CaseEvent e : events) {
                Instant deadline = deadlineOf(e);
                if (deadline != null) {
                    Stage s = next.currentStage().orElseThrow();
                    assertThat(deadline).as("%s: the deadline %s announces is the %s clock's", where, e, s)
                            .isEqualTo(next.clock(s).orElseThrow().deadline());
                }
                if (e instanceof CaseEvent.Returned r) {
                    assertThat(r.returns()).as("%s: returns in the event", where).isEqualTo(next.returns());
                } else if (e instanceof CaseEvent.VerificationFailed v) {
                    assertThat(v.reworks()).as("%s: reworks in the event", where).isEqualTo(next.reworks());
                } else if (e instanceof CaseEvent.ConcludedByMediation m) {
                    assertThat(next.outcome()).as("%s: the outcome in the event", where).contains(m.outcome());
                    assertThat(next.concludedByDispute()).as("%s: the dispute in the event", where).contains(m.dispute());
                } else if (e instanceof CaseEvent.Reopened r) {
                    assertThat(r.reopens()).as("%s: reopens in the event", where).isEqualTo(next.reopens());
                } else if (e instanceof CaseEvent.WarningRaised w) {
                    assertThat(next.warningRaised(w.stage())).as("%s: the level recorded", where).isEqualTo(w.level());
                    assertThat(w.level()).as("%s: a raised warning is above normal", where)
                            .isNotEqualTo(WarningLevel.NORMAL);
                }
            }
        }

        private static Instant deadlineOf(CaseEvent e) {
            if (e instanceof CaseEvent.Registered x) {
                return x.deadline();
            } else if (e instanceof CaseEvent.ResolvedOnSpot x) {
                return x.deadline();
            } else if (e instanceof CaseEvent.Dispatched x) {
                return x.deadline();
            } else if (e instanceof CaseEvent.SignedFor x) {
                return x.deadline();
            } else if (e instanceof CaseEvent.Returned x) {
                return x.deadline();
            } else if (e instanceof CaseEvent.Escalated x) {
                return x.deadline();
            } else if (e instanceof CaseEvent.ExtensionApproved x) {
                return x.deadline();
            } else if (e instanceof CaseEvent.Resumed x) {
                return x.deadline();
            } else if (e instanceof CaseEvent.FedBack x) {
                return x.deadline();
            } else if (e instanceof CaseEvent.VerificationFailed x) {
                return x.deadline();
            } else if (e instanceof CaseEvent.Reopened x) {
                return x.deadline();
            } else if (e instanceof CaseEvent.WarningRaised x) {
                return x.deadline();
            }
            return null;
        }

        /** Verification is by nobody who handled the case (the on-the-spot micro cycle excepted for the organisation). */
        private static void checkSeparationOfDuties(Case before, Case after, Actor by, CaseCommandType type,
                String where) {
            // The micro cycle's exception lasts only as long as the round of handling that began on the spot.
            if (type == CaseCommandType.DISPATCH || type == CaseCommandType.RETURN || type == CaseCommandType.ESCALATE) {
                assertThat(after.resolvedOnSpotBy()).as("%s: a new round of handling ends the micro cycle", where).isEmpty();
            }
            if (type != CaseCommandType.VERIFY_PASS && type != CaseCommandType.VERIFY_FAIL) {
                return;
            }
            assertThat(before.handledBy()).as("%s: the verifier is not the person who handled the case", where)
                    .isNotEqualTo(Optional.of(by.personId()));
            if (before.resolvedOnSpotBy().isPresent()) {
                assertThat(before.resolvedOnSpotBy().get()).as("%s: the verifier did not resolve it on the spot", where)
                        .isNotEqualTo(by.personId());
            } else {
                assertThat(before.mainHandler()).as("%s: the verifier's organisation is not the main handler", where)
                        .isNotEqualTo(Optional.of(by.organisation()));
                assertThat(before.cooperating()).as("%s: the verifier's organisation is not cooperating", where)
                        .doesNotContain(by.organisation());
            }
        }

        /** An accepted escalation goes up: to the parent, or higher for emergencies or where policy allows. */
        private static void checkEscalation(Case before, Case next, CaseCommand cmd, String where) {
            if (!(cmd instanceof CaseCommand.Escalate x)) {
                assertThat(next.ownerArea()).as("%s: only escalation moves the case", where).isEqualTo(before.ownerArea());
                assertThat(next.owner()).as("%s: only escalation changes the owner", where).isEqualTo(before.owner());
                return;
            }
            String from = before.ownerArea();
            assertThat(CaseFixtures.TREE.isAncestor(x.toArea(), from)).as("%s: %s is above %s", where, x.toArea(), from)
                    .isTrue();
            if (before.priority() != Priority.EMERGENCY && !x.skipLevelAllowed()) {
                assertThat(CaseFixtures.TREE.parent(from).orElseThrow().code()).as("%s: one level up", where)
                        .isEqualTo(x.toArea());
            }
            assertThat(next.ownerArea()).as("%s: owning area", where).isEqualTo(x.toArea());
            assertThat(next.owner()).as("%s: owner", where).isEqualTo(x.toOrganisation());
            assertThat(next.mainHandler()).as("%s: no handler after escalation", where).isEmpty();
        }

        /**
         * Only a dispute is concluded by its mediation, with a valid tracking number, which the case records
         * with the outcome; the stage's clock finishes now, or at its pause. Only a reopen forgets the dispute.
         */
        private static void checkMediation(Case before, Case next, CaseCommand cmd, Instant now, String where) {
            if (!(cmd instanceof CaseCommand.ConcludeByMediation x)) {
                assertThat(next.concludedByDispute()).as("%s: the dispute that concluded the case", where)
                        .isEqualTo(cmd.type() == CaseCommandType.CONFIRM_REOPEN ? Optional.empty()
                                : before.concludedByDispute());
                return;
            }
            assertThat(before.kind()).as("%s: only a dispute is concluded by a mediation", where)
                    .isEqualTo(CaseKind.DISPUTE);
            assertThat(Identifiers.isValid(x.dispute())).as("%s: the dispute's tracking number is valid", where).isTrue();
            assertThat(next.outcome()).as("%s: outcome", where).contains(x.outcome());
            assertThat(next.concludedByDispute()).as("%s: dispute", where).contains(x.dispute());
            Stage s = before.currentStage().orElseThrow();
            assertThat(next.clock(s)).as("%s: the %s clock finished now, or at its pause", where, s)
                    .contains(before.clock(s).orElseThrow().finish(now));
        }

        /**
         * Deadlines are never before their stage started; a stage-starting command starts its clock now; a
         * clock that is not restarted keeps its run: a running or paused clock's deadline never moves
         * earlier, and a finished one does not change at all.
         */
        private static void checkClocks(Case before, Case next, CaseCommandType type, Instant now, String where) {
            Stage started = STARTS.get(type);
            if (started != null) {
                assertThat(next.currentStage()).as("%s: the stage it starts", where).contains(started);
                Countdown k = next.clock(started).orElseThrow();
                assertThat(k.started()).as("%s: %s started now", where, started).isEqualTo(now);
                assertThat(k.isRunning()).as("%s: %s runs", where, started).isTrue();
            }
            for (Map.Entry<Stage, Countdown> e : before.clocks().entrySet()) {
                Stage stage = e.getKey();
                if (stage == started) {
                    continue;
                }
                Countdown was = e.getValue();
                Countdown is = next.clock(stage).orElse(null);
                assertThat(is).as("%s: the %s clock is kept", where, stage).isNotNull();
                assertThat(is.started()).as("%s: the %s clock is the same run", where, stage).isEqualTo(was.started());
                if (was.isFinished()) {
                    assertThat(is).as("%s: the finished %s clock is unchanged", where, stage).isEqualTo(was);
                } else {
                    assertThat(is.deadline()).as("%s: the %s deadline does not move earlier", where, stage)
                            .isAfterOrEqualTo(was.deadline());
                }
            }
        }

        /** Counters never decrease, and each rises by exactly one on its own command only. */
        private static void checkCounters(Case before, Case next, CaseCommandType type, String where) {
            counter(where, "returns", before.returns(), next.returns(), type == CaseCommandType.RETURN);
            counter(where, "reworks", before.reworks(), next.reworks(), type == CaseCommandType.VERIFY_FAIL);
            counter(where, "escalations", before.escalations(), next.escalations(), type == CaseCommandType.ESCALATE);
            counter(where, "extensions", before.extensions(), next.extensions(), type == CaseCommandType.APPROVE_EXTENSION);
            counter(where, "supervisions", before.supervisions(), next.supervisions(), type == CaseCommandType.SUPERVISE);
            counter(where, "urges", before.urges(), next.urges(), type == CaseCommandType.URGE);
            counter(where, "reopens", before.reopens(), next.reopens(), type == CaseCommandType.CONFIRM_REOPEN);
        }

        private static void counter(String where, String name, int before, int after, boolean rises) {
            assertThat(after).as("%s: %s", where, name).isEqualTo(rises ? before + 1 : before);
        }

        /** What holds of any case: the stage and its clocks agree with the state. */
        private static void checkSnapshot(Case c, String where) {
            assertThat(c.currentStage().isEmpty()).as("%s: no stage exactly when closed, evaluated or terminal (%s)",
                    where, c.state()).isEqualTo(NO_STAGE.contains(c.state()));
            for (Map.Entry<Stage, Countdown> e : c.clocks().entrySet()) {
                Countdown k = e.getValue();
                assertThat(k.deadline()).as("%s: the %s deadline is not before the stage started", where, e.getKey())
                        .isAfterOrEqualTo(k.started());
                boolean current = c.currentStage().equals(Optional.of(e.getKey()));
                assertThat(k.isFinished()).as("%s: only the current stage's clock (%s) is unfinished", where,
                        c.currentStage()).isEqualTo(!current);
                if (current) {
                    assertThat(k.isPaused()).as("%s: the clock is paused exactly while suspended", where)
                            .isEqualTo(c.state() == CaseState.SUSPENDED);
                }
            }
            c.currentStage().ifPresent(s -> assertThat(c.clock(s)).as("%s: the current stage has a clock", where)
                    .isPresent());
            assertThat(c.concludedByDispute().isEmpty() || c.outcome().isPresent()
                    && (c.state() == CaseState.CLOSED || c.state() == CaseState.EVALUATED))
                    .as("%s: a dispute concluded the case only while it is closed with an outcome", where).isTrue();
            assertThat(c.pendingExtension().isEmpty() || c.state() == CaseState.IN_PROGRESS
                    || c.state() == CaseState.SUSPENDED).as("%s: an extension is pending only while handling", where)
                    .isTrue();
        }

        /** The parties of the table, restated from their descriptions. */
        private static boolean isParty(Permit p, Actor a, Case c) {
            String org = a.organisation();
            String person = a.personId();
            boolean orgHandled = c.mainHandler().map(org::equals).orElse(false) || c.cooperating().contains(org);
            boolean personHandled = c.handledBy().map(person::equals).orElse(false)
                    || c.resolvedOnSpotBy().map(person::equals).orElse(false);
            return switch ((CaseParty) p.party()) {
                case IN_SCOPE -> true;
                case OWNER -> org.equals(c.owner());
                case MAIN_HANDLER -> c.mainHandler().map(org::equals).orElse(false);
                case OWNER_NOT_HANDLER -> org.equals(c.owner()) && !orgHandled && !personHandled;
                case NOT_HANDLER -> !orgHandled && !personHandled;
                case ON_SPOT_VERIFIER -> c.resolvedOnSpotBy().isPresent() && !personHandled;
                case REPORTER -> c.reporter().personId().map(person::equals).orElse(false);
            };
        }
    }
}
