package io.gridgov.core.cases;

import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.core.time.WarningLevel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something that happened to a case: the audit trail. Every accepted command emits at least one event
 * (the transition table lists which); each says which case, its version after the command, when, who,
 * which command, and what changed and why. Texts are {@link FreeText}, so {@code toString()} never
 * shows what people wrote.
 *
 * <p>All events are immutable records.
 */
public sealed interface CaseEvent permits
        CaseEvent.Reported, CaseEvent.Registered, CaseEvent.Rejected, CaseEvent.Merged, CaseEvent.ResolvedOnSpot, CaseEvent.Dispatched, CaseEvent.SignedFor, CaseEvent.Returned, CaseEvent.Escalated, CaseEvent.ExtensionRequested, CaseEvent.ExtensionApproved, CaseEvent.ExtensionDenied, CaseEvent.Suspended, CaseEvent.Resumed, CaseEvent.FedBack, CaseEvent.Closed, CaseEvent.VerificationFailed, CaseEvent.ConcludedByMediation, CaseEvent.Evaluated, CaseEvent.ReopenRequested, CaseEvent.Reopened, CaseEvent.ReopenDeclined, CaseEvent.Withdrawn, CaseEvent.Supervised, CaseEvent.Urged, CaseEvent.WarningRaised {
    /** The case. */
    CaseId caseId();

    /** The case's version after the command that caused the event. */
    long version();

    /** When it happened (the {@code now} the command was applied with). */
    Instant at();

    /** Who caused it. */
    Actor by();

    /** The command that caused it. */
    CommandId commandId();

    /**
     * Emitted when a case was reported (上报).
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param kind its kind
     * @param category its category code
     * @param channel how it came in
     * @param priority its priority
     * @param areaCode where it is
     * @param owner the organisation that received it
     * @param deadline the registration deadline
     */
    record Reported(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, CaseKind kind, String category, Channel channel, Priority priority, String areaCode, String owner, Instant deadline) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Reported {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(areaCode, "areaCode");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when a case was registered (立案).
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param kind the confirmed kind
     * @param category the confirmed category
     * @param priority the confirmed priority
     * @param deadline the dispatch deadline
     */
    record Registered(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, CaseKind kind, String category, Priority priority, Instant deadline) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Registered {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when a case was rejected (不予受理).
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param reason why
     */
    record Rejected(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, FreeText reason) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Rejected {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Emitted when a duplicate was merged into a surviving case.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param into the surviving case
     * @param remark a remark
     */
    record Merged(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, CaseId into, FreeText remark) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Merged {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(into, "into");
            Objects.requireNonNull(remark, "remark");
        }
    }

    /**
     * Emitted when a grid member resolved a case on the spot.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param handler the grid member's organisation
     * @param result what was done
     * @param evidence evidence references
     * @param deadline the verification deadline
     */
    record ResolvedOnSpot(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, String handler, FreeText result, List<String> evidence, Instant deadline) implements CaseEvent {
        /** Rejects {@code null}s. */
        public ResolvedOnSpot {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(result, "result");
            evidence = List.copyOf(evidence);
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when a case was dispatched (派遣).
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param mainHandler the main handling organisation
     * @param cooperating cooperating organisations
     * @param deadline the sign-for deadline
     */
    record Dispatched(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, String mainHandler, List<String> cooperating, Instant deadline) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Dispatched {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(mainHandler, "mainHandler");
            cooperating = List.copyOf(cooperating);
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when the main handler signed for a case (签收).
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param deadline the handling deadline
     */
    record SignedFor(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, Instant deadline) implements CaseEvent {
        /** Rejects {@code null}s. */
        public SignedFor {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when the main handler returned a case to the dispatcher (退回).
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param handler the organisation that returned it
     * @param reason why it is not theirs
     * @param returns how many times the case has been returned
     * @param deadline the new dispatch deadline
     */
    record Returned(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, String handler, FreeText reason, int returns, Instant deadline) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Returned {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when a case went to the centre of a higher area.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param fromArea the area that owned it
     * @param fromOrganisation the organisation that owned it
     * @param toArea the area that owns it now
     * @param toOrganisation the organisation that owns it now
     * @param skippedLevels whether it skipped levels
     * @param reason why
     * @param deadline the new dispatch deadline
     */
    record Escalated(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, String fromArea, String fromOrganisation, String toArea, String toOrganisation, boolean skippedLevels, FreeText reason, Instant deadline) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Escalated {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(fromArea, "fromArea");
            Objects.requireNonNull(fromOrganisation, "fromOrganisation");
            Objects.requireNonNull(toArea, "toArea");
            Objects.requireNonNull(toOrganisation, "toOrganisation");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when more time was asked for.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param stage the running stage
     * @param extra how much
     * @param reason why
     */
    record ExtensionRequested(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, Stage stage, TimeLimit extra, FreeText reason) implements CaseEvent {
        /** Rejects {@code null}s. */
        public ExtensionRequested {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(extra, "extra");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Emitted when an extension was approved; the deadline moved.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param stage the stage
     * @param extra how much
     * @param deadline the new deadline
     */
    record ExtensionApproved(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, Stage stage, TimeLimit extra, Instant deadline) implements CaseEvent {
        /** Rejects {@code null}s. */
        public ExtensionApproved {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(extra, "extra");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when an extension was denied.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param stage the stage
     * @param reason why
     */
    record ExtensionDenied(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, Stage stage, FreeText reason) implements CaseEvent {
        /** Rejects {@code null}s. */
        public ExtensionDenied {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Emitted when a case was suspended; its clock paused.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param suspensionReason what it waits for
     * @param reason details
     * @param from the state it will resume to
     */
    record Suspended(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, SuspensionReason suspensionReason, FreeText reason, CaseState from) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Suspended {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(suspensionReason, "suspensionReason");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(from, "from");
        }
    }

    /**
     * Emitted when a suspended case resumed; its clock runs again.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param to the state it resumed to
     * @param stage the running stage
     * @param deadline the stage's deadline, carried forward by the pause
     */
    record Resumed(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, CaseState to, Stage stage, Instant deadline) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Resumed {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when the handler fed back a result (反馈).
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param result what was done
     * @param evidence evidence references
     * @param deadline the verification deadline
     */
    record FedBack(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, FreeText result, List<String> evidence, Instant deadline) implements CaseEvent {
        /** Rejects {@code null}s. */
        public FedBack {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(result, "result");
            evidence = List.copyOf(evidence);
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when verification passed; the case was closed (结案).
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param outcome how
     * @param remark a remark
     */
    record Closed(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, ClosureOutcome outcome, FreeText remark) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Closed {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(remark, "remark");
        }
    }

    /**
     * Emitted when verification failed; back to handling as rework.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param reason what is still wrong
     * @param reworks how many times the case has been sent back
     * @param deadline the new handling deadline
     */
    record VerificationFailed(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, FreeText reason, int reworks, Instant deadline) implements CaseEvent {
        /** Rejects {@code null}s. */
        public VerificationFailed {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when a dispute case was concluded by the outcome of its mediation (调解结案); the case was
     * closed without verification.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param dispute the dispute's tracking number
     * @param outcome how the case was closed
     * @param summary how the mediation ended
     */
    record ConcludedByMediation(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, String dispute, ClosureOutcome outcome, FreeText summary) implements CaseEvent {
        /** Rejects {@code null}s. */
        public ConcludedByMediation {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(dispute, "dispute");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(summary, "summary");
        }
    }

    /**
     * Emitted when the handling was evaluated.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param satisfaction how satisfied
     * @param comment what was said
     */
    record Evaluated(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, Satisfaction satisfaction, FreeText comment) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Evaluated {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(satisfaction, "satisfaction");
            Objects.requireNonNull(comment, "comment");
        }
    }

    /**
     * Emitted when a reopen was asked for after a dissatisfied evaluation.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param reason why
     */
    record ReopenRequested(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, FreeText reason) implements CaseEvent {
        /** Rejects {@code null}s. */
        public ReopenRequested {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Emitted when a reopen was confirmed; back to handling.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param reopens how many times the case has been reopened
     * @param deadline the new handling deadline
     */
    record Reopened(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, int reopens, Instant deadline) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Reopened {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when a reopen was declined.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param reason why
     */
    record ReopenDeclined(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, FreeText reason) implements CaseEvent {
        /** Rejects {@code null}s. */
        public ReopenDeclined {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Emitted when the reporter withdrew a case.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param reason why
     */
    record Withdrawn(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, FreeText reason) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Withdrawn {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Emitted when a supervisor issued a card (督办).
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param card yellow or red
     * @param instruction what must happen
     */
    record Supervised(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, Card card, FreeText instruction) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Supervised {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(instruction, "instruction");
        }
    }

    /**
     * Emitted when someone urged the handling (催办).
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param message what was said
     */
    record Urged(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, FreeText message) implements CaseEvent {
        /** Rejects {@code null}s. */
        public Urged {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Emitted when the running stage's warning level rose.
     *
     * @param caseId the case
     * @param version the case's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param stage the stage
     * @param level the new level
     * @param deadline the stage's deadline
     */
    record WarningRaised(CaseId caseId, long version, Instant at, Actor by, CommandId commandId, Stage stage, WarningLevel level, Instant deadline) implements CaseEvent {
        /** Rejects {@code null}s. */
        public WarningRaised {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(deadline, "deadline");
        }
    }
}
