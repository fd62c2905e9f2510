package io.gridgov.core.cases;

import io.gridgov.core.time.TimeLimit;

import java.time.Instant;
import java.util.List;

import static io.gridgov.core.cases.CaseFixtures.*;

/** Drives a fresh road case into any state, and builds a command of any type that the table allows there. */
final class CaseStates {
    /** Monday 3 March 2025, 09:00 in China. */
    static final Instant T0 = at(2025, 3, 3, 9, 0);

    private CaseStates() {
    }

    static Instant minutes(long m) {
        return T0.plusSeconds(60 * m);
    }

    /**
     * A case in a state, prepared so that {@code next} passes its guards where it can (a case that a
     * mediation is to conclude is registered as a dispute).
     */
    static Case in(CaseState state, CaseCommandType next) {
        Case c = LIFECYCLE.report(roadReport("c-" + state.ordinal() + "-" + next.ordinal()), T0).next();
        CaseKind kind = next == CaseCommandType.CONCLUDE_BY_MEDIATION ? CaseKind.DISPUTE : CaseKind.HELP;
        return switch (state) {
            case REPORTED -> c;
            case REGISTERED -> registered(c);
            case DISPATCHED -> dispatched(c);
            case IN_PROGRESS -> {
                Case p = inProgress(c, kind);
                if (next == CaseCommandType.APPROVE_EXTENSION || next == CaseCommandType.DENY_EXTENSION) {
                    p = step(p, new CaseCommand.RequestExtension(cid(), HIGHWAY_HANDLER, TimeLimit.workingDays(5),
                            text("等材料")), minutes(5));
                }
                yield p;
            }
            case HANDLED -> handled(c);
            case CLOSED -> closed(c);
            case EVALUATED -> {
                Case e = step(closed(c), new CaseCommand.Evaluate(cid(), RESIDENT, Satisfaction.DISSATISFIED,
                        text("还有坑")), minutes(10));
                if (next == CaseCommandType.CONFIRM_REOPEN || next == CaseCommandType.DECLINE_REOPEN) {
                    e = step(e, new CaseCommand.RequestReopen(cid(), RESIDENT, text("没修好")), minutes(11));
                }
                yield e;
            }
            case REJECTED -> step(c, new CaseCommand.Reject(cid(), TOWN_DISPATCHER, text("不属实")), minutes(1));
            case MERGED -> step(c, new CaseCommand.Merge(cid(), TOWN_DISPATCHER, CaseId.of("survivor"), text("")),
                    minutes(1));
            case WITHDRAWN -> step(c, new CaseCommand.Withdraw(cid(), RESIDENT, text("")), minutes(1));
            case SUSPENDED -> step(inProgress(c, kind), new CaseCommand.Suspend(cid(), TOWN_DISPATCHER,
                    SuspensionReason.WEATHER, text("雨季")), minutes(5));
        };
    }

    static Case registered(Case c) {
        return registered(c, CaseKind.HELP);
    }

    /** Registered as a kind, in the road category. */
    static Case registered(Case c, CaseKind kind) {
        return step(c, new CaseCommand.Register(cid(), TOWN_DISPATCHER, kind, "C0201", Priority.ROUTINE), minutes(1));
    }

    static Case dispatched(Case c) {
        return dispatched(c, CaseKind.HELP);
    }

    static Case dispatched(Case c, CaseKind kind) {
        return step(registered(c, kind), new CaseCommand.Dispatch(cid(), TOWN_DISPATCHER, HIGHWAY, List.of(WATER)),
                minutes(2));
    }

    static Case inProgress(Case c) {
        return inProgress(c, CaseKind.HELP);
    }

    static Case inProgress(Case c, CaseKind kind) {
        return step(dispatched(c, kind), new CaseCommand.SignFor(cid(), HIGHWAY_HANDLER), minutes(3));
    }

    static Case handled(Case c) {
        return step(inProgress(c), new CaseCommand.FeedBack(cid(), HIGHWAY_HANDLER, text("已修复"), List.of("photo-1")),
                minutes(6));
    }

    static Case closed(Case c) {
        return step(handled(c), new CaseCommand.VerifyPass(cid(), TOWN_DISPATCHER, ClosureOutcome.RESOLVED, text("")),
                minutes(8));
    }

    /** A command of a type, from an actor the table allows for a case prepared by {@link #in}. */
    static CaseCommand command(CaseCommandType type) {
        return switch (type) {
            case REGISTER -> new CaseCommand.Register(cid(), TOWN_DISPATCHER, CaseKind.HELP, "C0201", Priority.URGENT);
            case REJECT -> new CaseCommand.Reject(cid(), TOWN_DISPATCHER, text("重复"));
            case MERGE -> new CaseCommand.Merge(cid(), TOWN_DISPATCHER, CaseId.of("survivor"), text(""));
            case RESOLVE_ON_SPOT -> new CaseCommand.ResolveOnSpot(cid(), GRID_MEMBER, text("填平"), List.of());
            case DISPATCH -> new CaseCommand.Dispatch(cid(), TOWN_DISPATCHER, HIGHWAY, List.of());
            case SIGN_FOR -> new CaseCommand.SignFor(cid(), HIGHWAY_HANDLER);
            case RETURN -> new CaseCommand.Return(cid(), HIGHWAY_HANDLER, text("不归我们管"));
            case ESCALATE -> new CaseCommand.Escalate(cid(), TOWN_DISPATCHER, DINGCHENG, DISTRICT_CENTRE, false,
                    text("镇里修不了"));
            case REQUEST_EXTENSION -> new CaseCommand.RequestExtension(cid(), HIGHWAY_HANDLER, TimeLimit.workingDays(5),
                    text("等材料"));
            case APPROVE_EXTENSION -> new CaseCommand.ApproveExtension(cid(), TOWN_DISPATCHER);
            case DENY_EXTENSION -> new CaseCommand.DenyExtension(cid(), TOWN_DISPATCHER, text("不批"));
            case SUSPEND -> new CaseCommand.Suspend(cid(), TOWN_DISPATCHER, SuspensionReason.COURT, text("诉讼中"));
            case RESUME -> new CaseCommand.Resume(cid(), TOWN_DISPATCHER);
            case FEED_BACK -> new CaseCommand.FeedBack(cid(), HIGHWAY_HANDLER, text("已修复"), List.of());
            case VERIFY_PASS -> new CaseCommand.VerifyPass(cid(), TOWN_DISPATCHER, ClosureOutcome.RESOLVED, text(""));
            case VERIFY_FAIL -> new CaseCommand.VerifyFail(cid(), TOWN_DISPATCHER, text("没修好"));
            case CONCLUDE_BY_MEDIATION -> new CaseCommand.ConcludeByMediation(cid(), SYSTEM, "TJ-2025-0001",
                    ClosureOutcome.RESOLVED, text("达成调解协议并已履行"));
            case EVALUATE -> new CaseCommand.Evaluate(cid(), RESIDENT, Satisfaction.SATISFIED, text(""));
            case REQUEST_REOPEN -> new CaseCommand.RequestReopen(cid(), RESIDENT, text("没修好"));
            case CONFIRM_REOPEN -> new CaseCommand.ConfirmReopen(cid(), TOWN_DISPATCHER);
            case DECLINE_REOPEN -> new CaseCommand.DeclineReopen(cid(), TOWN_DISPATCHER, text("已修好"));
            case WITHDRAW -> new CaseCommand.Withdraw(cid(), RESIDENT, text(""));
            case SUPERVISE -> new CaseCommand.Supervise(cid(), SUPERVISOR, Card.YELLOW, text("抓紧"));
            case URGE -> new CaseCommand.Urge(cid(), RESIDENT, text(""));
            case RAISE_WARNING -> new CaseCommand.RaiseWarning(cid(), SYSTEM);
            case REPORT -> throw new IllegalArgumentException("REPORT creates a case");
        };
    }
}
