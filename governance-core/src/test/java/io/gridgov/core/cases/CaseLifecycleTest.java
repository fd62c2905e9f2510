package io.gridgov.core.cases;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.lifecycle.AccessDeniedException;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.IllegalTransitionException;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.core.time.WarningLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.gridgov.core.cases.CaseFixtures.*;
import static io.gridgov.core.cases.CaseStates.T0;
import static io.gridgov.core.cases.CaseStates.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseLifecycleTest {

    private static Case reported() {
        return LIFECYCLE.report(roadReport("c-" + cid().value()), T0).next();
    }

    @Nested
    @DisplayName("Reporting")
    class Reporting {
        @Test
        @DisplayName("creates a REPORTED case at version 1, owned by the receiving centre, with the register clock running")
        void reportCreates() {
            Transition t = LIFECYCLE.report(roadReport("r1"), T0);
            Case c = t.next();
            assertThat(c.state()).isEqualTo(CaseState.REPORTED);
            assertThat(c.version()).isEqualTo(1);
            assertThat(c.owner()).isEqualTo(TOWN_CENTRE);
            assertThat(c.ownerArea()).isEqualTo(TOWN);
            assertThat(c.level()).isEqualTo("township");
            assertThat(c.currentStage()).contains(Stage.REGISTER);
            // 2 office hours from Monday 09:00: 11:00 the same day.
            assertThat(c.clock(Stage.REGISTER).orElseThrow().deadline()).isEqualTo(at(2025, 3, 3, 11, 0));
            assertThat(t.events()).singleElement().isInstanceOfSatisfying(CaseEvent.Reported.class, e -> {
                assertThat(e.version()).isEqualTo(1);
                assertThat(e.areaCode()).isEqualTo(GRID);
                assertThat(e.deadline()).isEqualTo(at(2025, 3, 3, 11, 0));
            });
        }

        @Test
        @DisplayName("lists every problem of a report that does not fit the grid and the taxonomy")
        void reportProblems() {
            CaseReport r = roadReport("r2");
            CaseReport bad = new CaseReport(r.id(), r.actor(), r.caseId(), r.trackingNumber(), r.kind(), "X99",
                    r.channel(), r.priority(), Location.inArea(GRID_W), r.reporter(), r.description(), TOWN_CENTRE, TOWN);
            assertThatThrownBy(() -> LIFECYCLE.report(bad, T0)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).extracting(p -> p.where())
                            .containsExactly("receivingArea", "category"));
        }

        @Test
        @DisplayName("refuses a reporter whose area scope does not contain the location")
        void reportOutsideScope() {
            CaseReport r = roadReport("r3");
            Actor elsewhere = Actor.of("gm-9", Role.GRID_MEMBER, "grid-w", GRID_W);
            CaseReport bad = new CaseReport(r.id(), elsewhere, r.caseId(), r.trackingNumber(), r.kind(), r.category(),
                    r.channel(), r.priority(), r.location(), r.reporter(), r.description(), TOWN_CENTRE, TOWN);
            assertThatThrownBy(() -> LIFECYCLE.report(bad, T0)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("outside the actor's area scope [" + GRID_W + "]");
        }
    }

    @Nested
    @DisplayName("Who may act")
    class WhoMayAct {
        @Test
        @DisplayName("a dispatcher of another organisation may not register, even inside its scope")
        void ownerOnly() {
            Case c = reported();
            Actor district = DISTRICT_DISPATCHER;
            assertThatThrownBy(() -> LIFECYCLE.apply(c, new CaseCommand.Register(cid(), district, CaseKind.HELP, "C0201",
                    Priority.ROUTINE), minutes(1)))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("GOV-021: actor dd-1 of dingcheng-centre [DISPATCHER] may not REGISTER case "
                            + c.trackingNumber() + ": it is not REGISTER in REPORTED is for DISPATCHER (the organisation"
                            + " owning the case); the case is owned by town-101-centre");
        }

        @Test
        @DisplayName("an actor outside its area scope is refused before anything else is looked at")
        void scope() {
            Case c = reported();
            assertThatThrownBy(() -> LIFECYCLE.apply(c, new CaseCommand.Register(cid(), TOWN_B_DISPATCHER, CaseKind.HELP,
                    "C0201", Priority.ROUTINE), minutes(1)))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("outside the actor's area scope");
        }

        @Test
        @DisplayName("only the main handling organisation signs for; a cooperating one may not")
        void mainHandlerOnly() {
            Case c = CaseStates.dispatched(reported());
            assertThatThrownBy(() -> LIFECYCLE.apply(c, new CaseCommand.SignFor(cid(), WATER_HANDLER), minutes(4)))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("handled by " + HIGHWAY);
            assertThat(LIFECYCLE.apply(c, new CaseCommand.SignFor(cid(), HIGHWAY_HANDLER), minutes(4)).next().state())
                    .isEqualTo(CaseState.IN_PROGRESS);
        }

        @Test
        @DisplayName("verification is never by the organisation that handled the case")
        void separationOfDuties() {
            Case handled = CaseStates.handled(reported());
            Actor highwayDispatcher = new Actor("hw-2", Set.of(Role.DISPATCHER, Role.SUPERVISOR), HIGHWAY, Set.of(DINGCHENG));
            assertThatThrownBy(() -> LIFECYCLE.apply(handled, new CaseCommand.VerifyPass(cid(), highwayDispatcher,
                    ClosureOutcome.RESOLVED, FreeText.empty()), minutes(9))).isInstanceOf(AccessDeniedException.class);
            // The same case, with the owning town centre itself as the main handler: it may not verify its own work.
            Case selfHandled = CaseStates.registered(reported());
            selfHandled = step(selfHandled, new CaseCommand.Dispatch(cid(), TOWN_DISPATCHER, TOWN_CENTRE, List.of()), minutes(2));
            Actor townHandler = Actor.of("th-1", Role.HANDLER, TOWN_CENTRE, TOWN);
            selfHandled = step(selfHandled, new CaseCommand.SignFor(cid(), townHandler), minutes(3));
            Case fed = step(selfHandled, new CaseCommand.FeedBack(cid(), townHandler, FreeText.of("好了"), List.of()),
                    minutes(4));
            assertThatThrownBy(() -> LIFECYCLE.apply(fed, new CaseCommand.VerifyPass(cid(), TOWN_DISPATCHER,
                    ClosureOutcome.RESOLVED, FreeText.empty()), minutes(5))).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("DISPATCHER (the organisation owning the case, if it did not handle the case itself)");
            // A supervisor from elsewhere may.
            assertThat(LIFECYCLE.apply(fed, new CaseCommand.VerifyPass(cid(), SUPERVISOR, ClosureOutcome.RESOLVED,
                    FreeText.empty()), minutes(5)).next().state()).isEqualTo(CaseState.CLOSED);
        }

        @Test
        @DisplayName("the micro cycle: a grid member resolves on the spot, the grid leader verifies, the member may not")
        void microCycle() {
            Case c = reported();
            Case resolved = step(c, new CaseCommand.ResolveOnSpot(cid(), GRID_MEMBER, FreeText.of("填平了"), List.of("p1")),
                    minutes(20));
            assertThat(resolved.state()).isEqualTo(CaseState.HANDLED);
            assertThat(resolved.resolvedOnSpotBy()).contains("gm-1");
            assertThat(resolved.currentStage()).contains(Stage.VERIFY);
            Actor memberAsLeader = new Actor("gm-1", Set.of(Role.GRID_MEMBER, Role.GRID_LEADER), GRID_STATION, Set.of(GRID));
            assertThatThrownBy(() -> LIFECYCLE.apply(resolved, new CaseCommand.VerifyPass(cid(), memberAsLeader,
                    ClosureOutcome.RESOLVED, FreeText.empty()), minutes(30))).isInstanceOf(AccessDeniedException.class);
            Case closed = step(resolved, new CaseCommand.VerifyPass(cid(), GRID_LEADER, ClosureOutcome.RESOLVED,
                    FreeText.empty()), minutes(30));
            assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
            assertThat(closed.currentStage()).isEmpty();
        }

        @Test
        @DisplayName("the micro cycle's exception ends when the case is returned, escalated or dispatched")
        void microCycleEnds() {
            Actor stationHandler = new Actor("gh-1", Set.of(Role.HANDLER), GRID_STATION, Set.of(GRID));
            Case c = step(reported(), new CaseCommand.ResolveOnSpot(cid(), GRID_MEMBER, FreeText.of("填了"), List.of()),
                    minutes(10));
            c = step(c, new CaseCommand.VerifyFail(cid(), GRID_LEADER, FreeText.of("还有坑")), minutes(20));
            c = step(c, new CaseCommand.Return(cid(), stationHandler, FreeText.of("修不了")), minutes(30));
            assertThat(c.resolvedOnSpotBy()).isEmpty();
            c = step(c, new CaseCommand.Dispatch(cid(), TOWN_DISPATCHER, GRID_STATION, List.of()), minutes(40));
            c = step(c, new CaseCommand.SignFor(cid(), stationHandler), minutes(50));
            Case fed = step(c, new CaseCommand.FeedBack(cid(), stationHandler, FreeText.of("好了"), List.of()), minutes(60));
            // Found by the property walk (seed 269): the grid station may not verify its own dispatched work.
            assertThatThrownBy(() -> LIFECYCLE.apply(fed, new CaseCommand.VerifyPass(cid(), GRID_LEADER,
                    ClosureOutcome.RESOLVED, FreeText.empty()), minutes(70))).isInstanceOf(AccessDeniedException.class);
            assertThat(step(fed, new CaseCommand.VerifyPass(cid(), TOWN_DISPATCHER, ClosureOutcome.RESOLVED,
                    FreeText.empty()), minutes(70)).state()).isEqualTo(CaseState.CLOSED);
        }

        @Test
        @DisplayName("a resident withdraws and evaluates only their own case; an anonymous case is evaluated by a return visit")
        void reporterOnly() {
            Case c = reported();
            assertThatThrownBy(() -> LIFECYCLE.apply(c, new CaseCommand.Withdraw(cid(), OTHER_RESIDENT, FreeText.empty()),
                    minutes(1))).isInstanceOf(AccessDeniedException.class);
            assertThat(step(c, new CaseCommand.Withdraw(cid(), RESIDENT, FreeText.empty()), minutes(1)).state())
                    .isEqualTo(CaseState.WITHDRAWN);
            CaseReport r = roadReport("anon");
            CaseReport anonymous = new CaseReport(r.id(), GRID_MEMBER, r.caseId(), r.trackingNumber(), r.kind(),
                    r.category(), Channel.GRID_PATROL, r.priority(), r.location(), Reporter.anonymous(), r.description(),
                    TOWN_CENTRE, TOWN);
            Case closed = CaseStates.closed(LIFECYCLE.report(anonymous, T0).next());
            assertThatThrownBy(() -> LIFECYCLE.apply(closed, new CaseCommand.Evaluate(cid(), RESIDENT,
                    Satisfaction.SATISFIED, FreeText.empty()), minutes(20))).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("its reporter has no account");
            assertThat(step(closed, new CaseCommand.Evaluate(cid(), RETURN_VISITOR, Satisfaction.SATISFIED,
                    FreeText.empty()), minutes(20)).state()).isEqualTo(CaseState.EVALUATED);
        }
    }

    @Nested
    @DisplayName("Guards")
    class Guards {
        @Test
        @DisplayName("escalation goes one level up; skipping needs EMERGENCY or the policy's say-so")
        void escalation() {
            Case c = CaseStates.registered(reported());
            assertThatThrownBy(() -> LIFECYCLE.apply(c, new CaseCommand.Escalate(cid(), TOWN_DISPATCHER, CHANGDE,
                    CITY_CENTRE, false, FreeText.of("急")), minutes(5)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("area 430700 skips levels above 430703101; escalate to the parent area 430703");
            assertThatThrownBy(() -> LIFECYCLE.apply(c, new CaseCommand.Escalate(cid(), TOWN_DISPATCHER, VILLAGE,
                    "v", false, FreeText.of("急")), minutes(5)))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("is not above the owning area");
            Transition skip = LIFECYCLE.apply(c, new CaseCommand.Escalate(cid(), TOWN_DISPATCHER, CHANGDE, CITY_CENTRE,
                    true, FreeText.of("急")), minutes(5));
            assertThat(skip.next().owner()).isEqualTo(CITY_CENTRE);
            assertThat(skip.next().level()).isEqualTo("prefecture");
            assertThat(skip.events()).singleElement().isInstanceOfSatisfying(CaseEvent.Escalated.class,
                    e -> assertThat(e.skippedLevels()).isTrue());
            Case up = step(c, new CaseCommand.Escalate(cid(), TOWN_DISPATCHER, DINGCHENG, DISTRICT_CENTRE, false,
                    FreeText.of("修不了")), minutes(5));
            assertThat(up.state()).isEqualTo(CaseState.REGISTERED);
            assertThat(up.escalations()).isEqualTo(1);
            assertThat(up.owner()).isEqualTo(DISTRICT_CENTRE);
            // The town no longer owns it: it may not dispatch any more.
            assertThatThrownBy(() -> LIFECYCLE.apply(up, new CaseCommand.Dispatch(cid(), TOWN_DISPATCHER, HIGHWAY,
                    List.of()), minutes(6))).isInstanceOf(AccessDeniedException.class);
        }

        @Test
        @DisplayName("a case filed under an area the tree no longer holds is not found, with how to re-home it")
        void foreignTree() {
            Case c = reported();
            io.gridgov.core.grid.GridTree other = io.gridgov.core.grid.GridTree.of(CN, TREE.areas()
                    .filter(a -> !a.code().startsWith(VILLAGE)).toList());
            CaseLifecycle elsewhere = CaseLifecycle.builder().grid(other).calendar(CALENDAR)
                    .timeLimits(LIFECYCLE.policy()).build();
            assertThatThrownBy(() -> elsewhere.apply(c, CaseStates.command(CaseCommandType.REGISTER), minutes(1)))
                    .isInstanceOf(io.gridgov.core.NotFoundException.class)
                    .hasMessageContaining("re-home open cases");
        }

        @Test
        @DisplayName("an extension re-arms a warning only if it lowered the level: a rise is recorded once")
        void extensionKeepsWarning() {
            Case c = CaseStates.inProgress(reported()); // handle deadline: end of Mon 24 March
            Case yellow = step(c, new CaseCommand.RaiseWarning(cid(), SYSTEM), at(2025, 3, 21, 12, 0));
            assertThat(yellow.warningRaised(Stage.HANDLE)).isEqualTo(WarningLevel.YELLOW);
            Case asked = step(yellow, new CaseCommand.RequestExtension(cid(), HIGHWAY_HANDLER, TimeLimit.naturalHours(1),
                    FreeText.of("再等一小时")), at(2025, 3, 21, 12, 5));
            Case approved = step(asked, new CaseCommand.ApproveExtension(cid(), TOWN_DISPATCHER), at(2025, 3, 21, 12, 10));
            assertThat(approved.warningRaised(Stage.HANDLE)).isEqualTo(WarningLevel.YELLOW);
            assertThatThrownBy(() -> LIFECYCLE.apply(approved, new CaseCommand.RaiseWarning(cid(), SYSTEM),
                    at(2025, 3, 21, 12, 20))).isInstanceOf(IllegalTransitionException.class);
            Case longer = step(step(yellow, new CaseCommand.RequestExtension(cid(), HIGHWAY_HANDLER,
                    TimeLimit.workingDays(15), FreeText.of("等材料")), at(2025, 3, 21, 12, 5)),
                    new CaseCommand.ApproveExtension(cid(), TOWN_DISPATCHER), at(2025, 3, 21, 12, 10));
            assertThat(longer.warningRaised(Stage.HANDLE)).isEqualTo(WarningLevel.NORMAL);
        }

        @Test
        @DisplayName("unknown codes and ids shaped like phone or identity numbers are refused without being repeated")
        void noEcho() {
            CaseReport r = roadReport("echo");
            CaseReport bad = new CaseReport(r.id(), r.actor(), r.caseId(), r.trackingNumber(), r.kind(), "13812345678",
                    r.channel(), r.priority(), Location.inArea("13912345678"), r.reporter(), r.description(),
                    TOWN_CENTRE, "110101199003071234");
            assertThatThrownBy(() -> LIFECYCLE.report(bad, T0)).isInstanceOf(InvalidInputException.class)
                    .hasMessageNotContaining("13812345678").hasMessageNotContaining("13912345678")
                    .hasMessageNotContaining("110101199003071234").hasMessageContaining("(11 digits) is not in the grid tree");
            Case c = reported();
            Actor phoneKeyed = Actor.of("13812345678", Role.DISPATCHER, TOWN_CENTRE, TOWN);
            assertThatThrownBy(() -> LIFECYCLE.apply(c, new CaseCommand.Urge(cid(), phoneKeyed, FreeText.empty()),
                    minutes(1)))
                    .isInstanceOf(InvalidInputException.class).hasMessageNotContaining("13812345678")
                    .hasMessageContaining("not a phone or identity number");
        }

        @Test
        @DisplayName("a case cannot be merged into itself")
        void mergeSelf() {
            Case c = reported();
            assertThatThrownBy(() -> LIFECYCLE.apply(c, new CaseCommand.Merge(cid(), TOWN_DISPATCHER, c.id(),
                    FreeText.empty()), minutes(1))).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("cannot be merged into itself");
        }

        @Test
        @DisplayName("a reopen needs a dissatisfied evaluation, once, and a dispatcher's confirmation")
        void reopen() {
            Case closed = CaseStates.closed(reported());
            Case satisfied = step(closed, new CaseCommand.Evaluate(cid(), RESIDENT, Satisfaction.SATISFIED,
                    FreeText.empty()), minutes(10));
            assertThatThrownBy(() -> LIFECYCLE.apply(satisfied, new CaseCommand.RequestReopen(cid(), RESIDENT,
                    FreeText.of("x")), minutes(11))).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("only a DISSATISFIED evaluation");
            Case unhappy = step(closed, new CaseCommand.Evaluate(cid(), RESIDENT, Satisfaction.DISSATISFIED,
                    FreeText.empty()), minutes(10));
            Case asked = step(unhappy, new CaseCommand.RequestReopen(cid(), RESIDENT, FreeText.of("没修好")), minutes(11));
            assertThat(asked.state()).isEqualTo(CaseState.EVALUATED);
            assertThat(asked.isReopenRequested()).isTrue();
            Case declined = step(asked, new CaseCommand.DeclineReopen(cid(), TOWN_DISPATCHER, FreeText.of("已修好")),
                    minutes(12));
            assertThatThrownBy(() -> LIFECYCLE.apply(declined, new CaseCommand.RequestReopen(cid(), RESIDENT,
                    FreeText.of("x")), minutes(13))).hasMessageContaining("already asked for");
            Case reopened = step(asked, new CaseCommand.ConfirmReopen(cid(), TOWN_DISPATCHER), minutes(12));
            assertThat(reopened.state()).isEqualTo(CaseState.IN_PROGRESS);
            assertThat(reopened.reopens()).isEqualTo(1);
            assertThat(reopened.currentStage()).contains(Stage.HANDLE);
        }

        @Test
        @DisplayName("a warning is raised once per level as the stage's time runs out")
        void warnings() {
            Case c = reported(); // register stage: 2 office hours from 09:00, deadline 11:00
            assertThatThrownBy(() -> LIFECYCLE.apply(c, new CaseCommand.RaiseWarning(cid(), SYSTEM), minutes(60)))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("the warning level is NORMAL");
            Case yellow = step(c, new CaseCommand.RaiseWarning(cid(), SYSTEM), minutes(100));
            assertThat(yellow.warningRaised(Stage.REGISTER)).isEqualTo(WarningLevel.YELLOW);
            assertThatThrownBy(() -> LIFECYCLE.apply(yellow, new CaseCommand.RaiseWarning(cid(), SYSTEM), minutes(110)))
                    .hasMessageContaining("already recorded YELLOW");
            Transition red = LIFECYCLE.apply(yellow, new CaseCommand.RaiseWarning(cid(), SYSTEM), minutes(120));
            assertThat(red.events()).singleElement().isInstanceOfSatisfying(CaseEvent.WarningRaised.class,
                    e -> assertThat(e.level()).isEqualTo(WarningLevel.RED));
        }
    }

    @Nested
    @DisplayName("Time")
    class Time {
        @Test
        @DisplayName("suspension pauses the handling clock; resuming carries the deadline forward by the pause")
        void suspension() {
            Case c = CaseStates.inProgress(reported()); // handle: 15 working days from Mon 3 Mar 09:03
            Instant deadline = c.clock(Stage.HANDLE).orElseThrow().deadline();
            assertThat(deadline).isEqualTo(at(2025, 3, 25, 0, 0)); // end of Mon 24 Mar
            Instant suspendAt = at(2025, 3, 5, 9, 0); // Wednesday
            Case s = step(c, new CaseCommand.Suspend(cid(), TOWN_DISPATCHER, SuspensionReason.WEATHER, FreeText.of("雨")),
                    suspendAt);
            assertThat(s.state()).isEqualTo(CaseState.SUSPENDED);
            assertThat(LIFECYCLE.warningAt(s, at(2025, 6, 1, 0, 0))).isEqualTo(WarningLevel.NORMAL);
            // Resume a week later, Wednesday 12 March 09:00: five working days were paused.
            Case r = step(s, new CaseCommand.Resume(cid(), TOWN_DISPATCHER), at(2025, 3, 12, 9, 0));
            assertThat(r.state()).isEqualTo(CaseState.IN_PROGRESS);
            assertThat(r.clock(Stage.HANDLE).orElseThrow().deadline()).isEqualTo(at(2025, 4, 1, 0, 0));
        }

        @Test
        @DisplayName("an approved extension moves the deadline; a denied one does not")
        void extension() {
            Case c = CaseStates.inProgress(reported());
            Case asked = step(c, new CaseCommand.RequestExtension(cid(), HIGHWAY_HANDLER, TimeLimit.workingDays(5),
                    FreeText.of("等沥青")), minutes(30));
            assertThatThrownBy(() -> LIFECYCLE.apply(asked, new CaseCommand.RequestExtension(cid(), HIGHWAY_HANDLER,
                    TimeLimit.workingDays(1), FreeText.of("x")), minutes(31))).hasMessageContaining("already pending");
            Case approved = step(asked, new CaseCommand.ApproveExtension(cid(), TOWN_DISPATCHER), minutes(40));
            assertThat(approved.clock(Stage.HANDLE).orElseThrow().deadline()).isEqualTo(at(2025, 4, 1, 0, 0));
            assertThat(approved.extensions()).isEqualTo(1);
            assertThat(approved.pendingExtension()).isEmpty();
            Case denied = step(asked, new CaseCommand.DenyExtension(cid(), TOWN_DISPATCHER, FreeText.of("不批")), minutes(40));
            assertThat(denied.clock(Stage.HANDLE)).isEqualTo(c.clock(Stage.HANDLE));
        }

        @Test
        @DisplayName("a command dated before the case's last change is refused")
        void timeOrder() {
            Case c = CaseStates.registered(reported());
            assertThatThrownBy(() -> LIFECYCLE.apply(c, CaseStates.command(CaseCommandType.DISPATCH),
                    T0.minus(Duration.ofHours(1)))).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("apply commands in time order");
        }
    }

    @Nested
    @DisplayName("Counting")
    class Counting {
        @Test
        @DisplayName("returns, reworks and supervision are counted; a return goes back to the dispatcher")
        void counters() {
            Case c = CaseStates.dispatched(reported());
            Case back = step(c, new CaseCommand.Return(cid(), HIGHWAY_HANDLER, FreeText.of("不是我们的")), minutes(10));
            assertThat(back.state()).isEqualTo(CaseState.REGISTERED);
            assertThat(back.returns()).isEqualTo(1);
            assertThat(back.mainHandler()).isEmpty();
            assertThat(back.currentStage()).contains(Stage.DISPATCH);
            Case handled = CaseStates.handled(reported());
            Case rework = step(handled, new CaseCommand.VerifyFail(cid(), TOWN_DISPATCHER, FreeText.of("还有坑")), minutes(9));
            assertThat(rework.state()).isEqualTo(CaseState.IN_PROGRESS);
            assertThat(rework.reworks()).isEqualTo(1);
            Case carded = step(rework, new CaseCommand.Supervise(cid(), SUPERVISOR, Card.RED, FreeText.of("限期")), minutes(10));
            assertThat(carded.state()).isEqualTo(CaseState.IN_PROGRESS);
            assertThat(carded.supervisions()).isEqualTo(1);
        }

        @Test
        @DisplayName("a dispatch listing the main handler among the cooperating ones is refused with every problem")
        void dispatchProblems() {
            Case c = CaseStates.registered(reported());
            assertThatThrownBy(() -> LIFECYCLE.apply(c, new CaseCommand.Dispatch(cid(), TOWN_DISPATCHER, HIGHWAY,
                    List.of(WATER, HIGHWAY, WATER)), minutes(5))).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).extracting(p -> p.where())
                            .containsExactly("cooperating[1]", "cooperating[2]"));
        }
    }
}
