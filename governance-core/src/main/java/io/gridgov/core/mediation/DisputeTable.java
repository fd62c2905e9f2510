package io.gridgov.core.mediation;

import io.gridgov.core.lifecycle.Condition;
import io.gridgov.core.lifecycle.Permit;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.lifecycle.Rule;
import io.gridgov.core.lifecycle.Target;
import io.gridgov.core.lifecycle.TransitionTable;

import java.util.EnumSet;
import java.util.List;

import static io.gridgov.core.mediation.DisputeCommandType.ACCEPT;
import static io.gridgov.core.mediation.DisputeCommandType.APPLY;
import static io.gridgov.core.mediation.DisputeCommandType.ASSIGN;
import static io.gridgov.core.mediation.DisputeCommandType.CLOSE;
import static io.gridgov.core.mediation.DisputeCommandType.CONFIRM;
import static io.gridgov.core.mediation.DisputeCommandType.DECLINE;
import static io.gridgov.core.mediation.DisputeCommandType.DIVERT;
import static io.gridgov.core.mediation.DisputeCommandType.EXPIRE;
import static io.gridgov.core.mediation.DisputeCommandType.EXTEND;
import static io.gridgov.core.mediation.DisputeCommandType.FAIL;
import static io.gridgov.core.mediation.DisputeCommandType.RAISE_WARNING;
import static io.gridgov.core.mediation.DisputeCommandType.REACH_AGREEMENT;
import static io.gridgov.core.mediation.DisputeCommandType.RECORD_PERFORMANCE;
import static io.gridgov.core.mediation.DisputeCommandType.REFUSE;
import static io.gridgov.core.mediation.DisputeCommandType.REFUSE_CONFIRMATION;
import static io.gridgov.core.mediation.DisputeCommandType.REMEDIATE;
import static io.gridgov.core.mediation.DisputeCommandType.REQUEST_CONFIRMATION;
import static io.gridgov.core.mediation.DisputeCommandType.RESUME;
import static io.gridgov.core.mediation.DisputeCommandType.SUSPEND_FOR_APPRAISAL;
import static io.gridgov.core.mediation.DisputeCommandType.TRANSFER;
import static io.gridgov.core.mediation.DisputeCommandType.WITHDRAW;
import static io.gridgov.core.mediation.DisputeState.ACCEPTED;
import static io.gridgov.core.mediation.DisputeState.AGREED;
import static io.gridgov.core.mediation.DisputeState.APPLIED;
import static io.gridgov.core.mediation.DisputeState.CLOSED;
import static io.gridgov.core.mediation.DisputeState.CONFIRMATION_REFUSED;
import static io.gridgov.core.mediation.DisputeState.CONFIRMATION_REQUESTED;
import static io.gridgov.core.mediation.DisputeState.CONFIRMED;
import static io.gridgov.core.mediation.DisputeState.DECLINED;
import static io.gridgov.core.mediation.DisputeState.DIVERTED;
import static io.gridgov.core.mediation.DisputeState.FAILED;
import static io.gridgov.core.mediation.DisputeState.MEDIATING;
import static io.gridgov.core.mediation.DisputeState.PERFORMED;
import static io.gridgov.core.mediation.DisputeState.SUSPENDED;
import static io.gridgov.core.mediation.DisputeState.TERMINATED;

/** The dispute lifecycle's transition table: the one place that says what is allowed. */
final class DisputeTable {
    /** Who may apply (the creating command has no "from" state, so it is not a row). */
    static final List<Permit> APPLY_PERMITS = List.of(p(Role.RESIDENT, DisputeParty.APPLICANT),
            p(Role.MEDIATOR, DisputeParty.RECEIVING), p(Role.DISPATCHER, DisputeParty.IN_SCOPE),
            p(Role.JUDGE, DisputeParty.IN_SCOPE));

    static final TransitionTable<DisputeState, DisputeCommandType> TABLE = build();

    private DisputeTable() {
    }

    private static TransitionTable<DisputeState, DisputeCommandType> build() {
        List<Permit> committee = List.of(p(Role.MEDIATOR, DisputeParty.COMMITTEE));
        List<Permit> assigned = List.of(p(Role.MEDIATOR, DisputeParty.ASSIGNED));
        List<Permit> court = List.of(p(Role.JUDGE, DisputeParty.COURT));
        List<Permit> partyOrCommittee = List.of(p(Role.RESIDENT, DisputeParty.NAMED_PARTY),
                p(Role.MEDIATOR, DisputeParty.COMMITTEE));
        List<Permit> closers = List.of(p(Role.MEDIATOR, DisputeParty.COMMITTEE), p(Role.DISPATCHER, DisputeParty.IN_SCOPE));
        List<Permit> system = List.of(p(Role.SYSTEM, DisputeParty.IN_SCOPE));
        List<Condition> none = List.of();
        TransitionTable.Builder<DisputeState, DisputeCommandType> b =
                TransitionTable.builder(DisputeState.class, DisputeCommandType.class, APPLIED, APPLY);

        b.add(row(APPLIED, TRANSFER, List.of(p(Role.MEDIATOR, DisputeParty.COMMITTEE),
                p(Role.DISPATCHER, DisputeParty.COMMITTEE)), List.of(DisputeGuard.ELSEWHERE), Target.stay(), "Transferred"));
        b.add(row(APPLIED, REFUSE, partyOrCommittee, List.of(DisputeGuard.NOT_ALREADY_REFUSED), Target.stay(), "Refused"));
        b.add(row(APPLIED, ACCEPT, committee, List.of(DisputeGuard.NO_REFUSAL, DisputeGuard.NOT_TAKEN_UP),
                Target.to(ACCEPTED), "Accepted"));
        b.add(row(APPLIED, DECLINE, committee, none, Target.to(DECLINED), "Declined"));
        b.add(row(ACCEPTED, ASSIGN, committee, none, Target.to(MEDIATING), "MediatorsAssigned"));
        b.add(EnumSet.of(MEDIATING, SUSPENDED), ASSIGN, committee, none, Target.stay(), List.of("MediatorsAssigned"));
        b.add(row(MEDIATING, SUSPEND_FOR_APPRAISAL, assigned, none, Target.to(SUSPENDED), "SuspendedForAppraisal"));
        b.add(row(SUSPENDED, RESUME, assigned, none, Target.to(MEDIATING), "Resumed"));
        b.add(EnumSet.of(MEDIATING, SUSPENDED), EXTEND, assigned,
                List.of(DisputeGuard.EXTENDABLE, DisputeGuard.ALL_CONSENT), Target.stay(), List.of("Extended"));
        b.add(row(MEDIATING, REACH_AGREEMENT, assigned, List.of(DisputeGuard.ALL_SIGNED), Target.to(AGREED),
                "AgreementReached"));
        b.add(EnumSet.of(APPLIED, ACCEPTED), FAIL, List.of(p(Role.RESIDENT, DisputeParty.PARTY_AFTER_LIMIT)), none,
                Target.to(FAILED), List.of("Failed"));
        b.add(EnumSet.of(MEDIATING, SUSPENDED), FAIL, List.of(p(Role.MEDIATOR, DisputeParty.ASSIGNED),
                p(Role.RESIDENT, DisputeParty.PARTY_AFTER_LIMIT)), none, Target.to(FAILED), List.of("Failed"));
        b.add(EnumSet.of(APPLIED, ACCEPTED, MEDIATING), EXPIRE, system, List.of(DisputeGuard.EXPIRED_FAILS),
                Target.to(FAILED), List.of("Failed"));
        b.add(EnumSet.of(APPLIED, ACCEPTED, MEDIATING, SUSPENDED), WITHDRAW, partyOrCommittee, none,
                Target.to(TERMINATED), List.of("Withdrawn"));
        b.add(row(AGREED, REQUEST_CONFIRMATION, List.of(p(Role.RESIDENT, DisputeParty.PARTY),
                p(Role.MEDIATOR, DisputeParty.COMMITTEE)), List.of(DisputeGuard.NOT_JUDICIAL, DisputeGuard.WITHIN_WINDOW,
                DisputeGuard.JOINT), Target.to(CONFIRMATION_REQUESTED), "ConfirmationRequested"));
        b.add(row(CONFIRMATION_REQUESTED, CONFIRM, court, none, Target.to(CONFIRMED), "Confirmed"));
        b.add(row(CONFIRMATION_REQUESTED, REFUSE_CONFIRMATION, court, none, Target.to(CONFIRMATION_REFUSED),
                "ConfirmationRefused"));
        b.add(row(CONFIRMATION_REFUSED, REMEDIATE, committee, none, Target.to(MEDIATING), "Remediated"));
        b.add(EnumSet.of(AGREED, CONFIRMED), RECORD_PERFORMANCE, List.of(p(Role.MEDIATOR, DisputeParty.COMMITTEE),
                p(Role.RESIDENT, DisputeParty.PARTY)), none, Target.to(PERFORMED), List.of("PerformanceRecorded"));
        b.add(EnumSet.of(DECLINED, FAILED, TERMINATED, CONFIRMATION_REFUSED), DIVERT, closers,
                List.of(DisputeGuard.ELSEWHERE), Target.to(DIVERTED), List.of("Diverted"));
        b.add(EnumSet.of(DECLINED, FAILED, TERMINATED, CONFIRMATION_REFUSED, PERFORMED), CLOSE, closers, none,
                Target.to(CLOSED), List.of("Closed"));
        b.add(row(AGREED, CLOSE, closers, List.of(DisputeGuard.SUED), Target.to(CLOSED), "Closed"));
        b.add(row(CONFIRMED, CLOSE, closers, List.of(DisputeGuard.ENFORCED), Target.to(CLOSED), "Closed"));
        b.add(EnumSet.of(APPLIED, ACCEPTED, MEDIATING), RAISE_WARNING, system, List.of(DisputeGuard.WARNING_ROSE),
                Target.stay(), List.of("WarningRaised"));
        return b.build();
    }

    private static Permit p(Role role, DisputeParty party) {
        return new Permit(role, party);
    }

    private static Rule<DisputeState, DisputeCommandType> row(DisputeState from, DisputeCommandType command,
            List<Permit> permits, List<Condition> guards, Target<DisputeState> target, String event) {
        return new Rule<>(from, command, permits, guards, target, List.of(event));
    }
}
