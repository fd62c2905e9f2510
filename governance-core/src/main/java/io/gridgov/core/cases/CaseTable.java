package io.gridgov.core.cases;

import io.gridgov.core.lifecycle.Condition;
import io.gridgov.core.lifecycle.Permit;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.lifecycle.Rule;
import io.gridgov.core.lifecycle.Target;
import io.gridgov.core.lifecycle.TransitionTable;

import java.util.EnumSet;
import java.util.List;

import static io.gridgov.core.cases.CaseCommandType.APPROVE_EXTENSION;
import static io.gridgov.core.cases.CaseCommandType.CONCLUDE_BY_MEDIATION;
import static io.gridgov.core.cases.CaseCommandType.CONFIRM_REOPEN;
import static io.gridgov.core.cases.CaseCommandType.DECLINE_REOPEN;
import static io.gridgov.core.cases.CaseCommandType.DENY_EXTENSION;
import static io.gridgov.core.cases.CaseCommandType.DISPATCH;
import static io.gridgov.core.cases.CaseCommandType.ESCALATE;
import static io.gridgov.core.cases.CaseCommandType.EVALUATE;
import static io.gridgov.core.cases.CaseCommandType.FEED_BACK;
import static io.gridgov.core.cases.CaseCommandType.MERGE;
import static io.gridgov.core.cases.CaseCommandType.RAISE_WARNING;
import static io.gridgov.core.cases.CaseCommandType.REGISTER;
import static io.gridgov.core.cases.CaseCommandType.REJECT;
import static io.gridgov.core.cases.CaseCommandType.REPORT;
import static io.gridgov.core.cases.CaseCommandType.REQUEST_EXTENSION;
import static io.gridgov.core.cases.CaseCommandType.REQUEST_REOPEN;
import static io.gridgov.core.cases.CaseCommandType.RESOLVE_ON_SPOT;
import static io.gridgov.core.cases.CaseCommandType.RESUME;
import static io.gridgov.core.cases.CaseCommandType.RETURN;
import static io.gridgov.core.cases.CaseCommandType.SIGN_FOR;
import static io.gridgov.core.cases.CaseCommandType.SUPERVISE;
import static io.gridgov.core.cases.CaseCommandType.SUSPEND;
import static io.gridgov.core.cases.CaseCommandType.URGE;
import static io.gridgov.core.cases.CaseCommandType.VERIFY_FAIL;
import static io.gridgov.core.cases.CaseCommandType.VERIFY_PASS;
import static io.gridgov.core.cases.CaseCommandType.WITHDRAW;
import static io.gridgov.core.cases.CaseState.CLOSED;
import static io.gridgov.core.cases.CaseState.DISPATCHED;
import static io.gridgov.core.cases.CaseState.EVALUATED;
import static io.gridgov.core.cases.CaseState.HANDLED;
import static io.gridgov.core.cases.CaseState.IN_PROGRESS;
import static io.gridgov.core.cases.CaseState.MERGED;
import static io.gridgov.core.cases.CaseState.REGISTERED;
import static io.gridgov.core.cases.CaseState.REJECTED;
import static io.gridgov.core.cases.CaseState.REPORTED;
import static io.gridgov.core.cases.CaseState.SUSPENDED;
import static io.gridgov.core.cases.CaseState.WITHDRAWN;

/** The case lifecycle's transition table: the one place that says what is allowed. */
final class CaseTable {
    /** Who may report a case (the creating command has no "from" state, so it is not a row). */
    static final List<Permit> REPORT_PERMITS = List.of(p(Role.RESIDENT, CaseParty.IN_SCOPE),
            p(Role.GRID_MEMBER, CaseParty.IN_SCOPE), p(Role.GRID_LEADER, CaseParty.IN_SCOPE),
            p(Role.DISPATCHER, CaseParty.IN_SCOPE), p(Role.SYSTEM, CaseParty.IN_SCOPE));

    static final TransitionTable<CaseState, CaseCommandType> TABLE = build();

    private CaseTable() {
    }

    private static TransitionTable<CaseState, CaseCommandType> build() {
        List<Permit> owner = List.of(p(Role.DISPATCHER, CaseParty.OWNER));
        List<Permit> mainHandler = List.of(p(Role.HANDLER, CaseParty.MAIN_HANDLER));
        List<Condition> none = List.of();
        EnumSet<CaseState> open = EnumSet.of(REPORTED, REGISTERED, DISPATCHED, IN_PROGRESS, SUSPENDED);
        EnumSet<CaseState> suspendable = EnumSet.of(REGISTERED, DISPATCHED, IN_PROGRESS);
        EnumSet<CaseState> timed = EnumSet.of(REPORTED, REGISTERED, DISPATCHED, IN_PROGRESS, HANDLED);
        TransitionTable.Builder<CaseState, CaseCommandType> b =
                TransitionTable.builder(CaseState.class, CaseCommandType.class, REPORTED, REPORT);

        b.add(row(REPORTED, REGISTER, owner, none, Target.to(REGISTERED), "Registered"));
        b.add(EnumSet.of(REPORTED, REGISTERED), REJECT, owner, none, Target.to(REJECTED), List.of("Rejected"));
        b.add(EnumSet.of(REPORTED, REGISTERED), MERGE, owner, List.of(CaseGuard.OTHER_CASE), Target.to(MERGED),
                List.of("Merged"));
        b.add(EnumSet.of(REPORTED, REGISTERED), RESOLVE_ON_SPOT,
                List.of(p(Role.GRID_MEMBER, CaseParty.IN_SCOPE), p(Role.GRID_LEADER, CaseParty.IN_SCOPE)), none,
                Target.to(HANDLED), List.of("ResolvedOnSpot"));
        b.add(row(REGISTERED, DISPATCH, owner, none, Target.to(DISPATCHED), "Dispatched"));
        b.add(row(DISPATCHED, SIGN_FOR, mainHandler, none, Target.to(IN_PROGRESS), "SignedFor"));
        b.add(EnumSet.of(DISPATCHED, IN_PROGRESS), RETURN, mainHandler, none, Target.to(REGISTERED), List.of("Returned"));
        b.add(suspendable, ESCALATE, owner, List.of(CaseGuard.ESCALATION_TARGET), Target.to(REGISTERED),
                List.of("Escalated"));
        b.add(row(IN_PROGRESS, REQUEST_EXTENSION, mainHandler, List.of(CaseGuard.NO_PENDING_EXTENSION), Target.stay(),
                "ExtensionRequested"));
        b.add(row(IN_PROGRESS, APPROVE_EXTENSION, owner, List.of(CaseGuard.EXTENSION_PENDING), Target.stay(),
                "ExtensionApproved"));
        b.add(row(IN_PROGRESS, DENY_EXTENSION, owner, List.of(CaseGuard.EXTENSION_PENDING), Target.stay(),
                "ExtensionDenied"));
        b.add(suspendable, SUSPEND, owner, none, Target.to(SUSPENDED), List.of("Suspended"));
        b.add(row(SUSPENDED, RESUME, owner, none, Target.previous(), "Resumed"));
        b.add(row(IN_PROGRESS, FEED_BACK, List.of(p(Role.HANDLER, CaseParty.MAIN_HANDLER),
                p(Role.GRID_MEMBER, CaseParty.MAIN_HANDLER)), none, Target.to(HANDLED), "FedBack"));
        List<Permit> verifiers = List.of(p(Role.DISPATCHER, CaseParty.OWNER_NOT_HANDLER),
                p(Role.SUPERVISOR, CaseParty.NOT_HANDLER), p(Role.GRID_LEADER, CaseParty.ON_SPOT_VERIFIER));
        b.add(row(HANDLED, VERIFY_PASS, verifiers, none, Target.to(CLOSED), "Closed"));
        b.add(row(HANDLED, VERIFY_FAIL, verifiers, none, Target.to(IN_PROGRESS), "VerificationFailed"));
        // No verification: the mediation itself concluded the matter (docs/decisions.md §13).
        b.add(EnumSet.of(IN_PROGRESS, SUSPENDED), CONCLUDE_BY_MEDIATION, List.of(p(Role.HANDLER, CaseParty.MAIN_HANDLER),
                p(Role.DISPATCHER, CaseParty.OWNER), p(Role.SYSTEM, CaseParty.IN_SCOPE)), List.of(CaseGuard.DISPUTE_KIND),
                Target.to(CLOSED), List.of("ConcludedByMediation"));
        List<Permit> evaluators = List.of(p(Role.RESIDENT, CaseParty.REPORTER), p(Role.RETURN_VISITOR, CaseParty.IN_SCOPE));
        b.add(row(CLOSED, EVALUATE, evaluators, none, Target.to(EVALUATED), "Evaluated"));
        b.add(row(EVALUATED, REQUEST_REOPEN, evaluators, List.of(CaseGuard.REOPEN_ALLOWED), Target.stay(),
                "ReopenRequested"));
        b.add(row(EVALUATED, CONFIRM_REOPEN, owner, List.of(CaseGuard.REOPEN_PENDING), Target.to(IN_PROGRESS), "Reopened"));
        b.add(row(EVALUATED, DECLINE_REOPEN, owner, List.of(CaseGuard.REOPEN_PENDING), Target.stay(), "ReopenDeclined"));
        b.add(open, WITHDRAW, List.of(p(Role.RESIDENT, CaseParty.REPORTER)), none, Target.to(WITHDRAWN),
                List.of("Withdrawn"));
        b.add(EnumSet.of(REGISTERED, DISPATCHED, IN_PROGRESS, HANDLED, SUSPENDED), SUPERVISE,
                List.of(p(Role.SUPERVISOR, CaseParty.IN_SCOPE)), none, Target.stay(), List.of("Supervised"));
        b.add(EnumSet.of(REPORTED, REGISTERED, DISPATCHED, IN_PROGRESS, HANDLED, SUSPENDED), URGE,
                List.of(p(Role.RESIDENT, CaseParty.REPORTER), p(Role.DISPATCHER, CaseParty.IN_SCOPE),
                        p(Role.SUPERVISOR, CaseParty.IN_SCOPE)), none, Target.stay(), List.of("Urged"));
        b.add(timed, RAISE_WARNING, List.of(p(Role.SYSTEM, CaseParty.IN_SCOPE)), List.of(CaseGuard.WARNING_ROSE),
                Target.stay(), List.of("WarningRaised"));
        return b.build();
    }

    private static Permit p(Role role, CaseParty party) {
        return new Permit(role, party);
    }

    private static Rule<CaseState, CaseCommandType> row(CaseState from, CaseCommandType command, List<Permit> permits,
            List<Condition> guards, Target<CaseState> target, String event) {
        return new Rule<>(from, command, permits, guards, target, List.of(event));
    }
}
