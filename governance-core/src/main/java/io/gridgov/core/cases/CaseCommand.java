package io.gridgov.core.cases;

import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.ValidText;
import io.gridgov.core.time.TimeLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;

/**
 * A command on an existing case. Every command carries its {@link #id() id} (a store applies a command
 * id once) and its {@link #actor() actor}; {@link #type()} says which row of the transition table it
 * uses. The records are inbound data: their constructors reject {@code null}s and copy lists; the
 * content is checked by their Bean Validation constraints (the host or the engine runs a validator;
 * {@link CaseLifecycle.Builder#validator} makes the lifecycle run it) and then by the lifecycle.
 *
 * <p>Texts are {@link FreeText}: a command's {@code toString()} shows their length, never their words.
 */
public sealed interface CaseCommand permits
        CaseCommand.Register, CaseCommand.Reject, CaseCommand.Merge, CaseCommand.ResolveOnSpot, CaseCommand.Dispatch, CaseCommand.SignFor, CaseCommand.Return, CaseCommand.Escalate, CaseCommand.RequestExtension, CaseCommand.ApproveExtension, CaseCommand.DenyExtension, CaseCommand.Suspend, CaseCommand.Resume, CaseCommand.FeedBack, CaseCommand.VerifyPass, CaseCommand.VerifyFail, CaseCommand.ConcludeByMediation, CaseCommand.Evaluate, CaseCommand.RequestReopen, CaseCommand.ConfirmReopen, CaseCommand.DeclineReopen, CaseCommand.Withdraw, CaseCommand.Supervise, CaseCommand.Urge, CaseCommand.RaiseWarning {
    /** The command id. */
    CommandId id();

    /** Who issues the command. */
    Actor actor();

    /** Which kind of command this is. */
    CaseCommandType type();

    /**
     * Registers a reported case (立案), confirming what it is.
     *
     * @param id    the command id
     * @param actor who issues it
     * @param kind the confirmed kind
     * @param category the confirmed category code
     * @param priority the confirmed priority
     */
    record Register(CommandId id, @Valid Actor actor, CaseKind kind, @Pattern(regexp = "[A-Z0-9]{1,32}", message = "must be a category code of 1 to 32 characters A-Z 0-9") String category, Priority priority) implements CaseCommand {
        /** Rejects {@code null}s. */
        public Register {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(priority, "priority");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.REGISTER;
        }
    }

    /**
     * Rejects a reported case (不予受理).
     *
     * @param id    the command id
     * @param actor who issues it
     * @param reason why
     */
    record Reject(CommandId id, @Valid Actor actor, @ValidText FreeText reason) implements CaseCommand {
        /** Rejects {@code null}s. */
        public Reject {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.REJECT;
        }
    }

    /**
     * Merges a duplicate into the surviving case.
     *
     * @param id    the command id
     * @param actor who issues it
     * @param into the surviving case
     * @param remark a remark; may be empty
     */
    record Merge(CommandId id, @Valid Actor actor, CaseId into, @ValidText(allowBlank = true) FreeText remark) implements CaseCommand {
        /** Rejects {@code null}s. */
        public Merge {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(into, "into");
            Objects.requireNonNull(remark, "remark");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.MERGE;
        }
    }

    /**
     * Resolves a case on the spot (the micro cycle); the grid leader verifies.
     *
     * @param id    the command id
     * @param actor who issues it
     * @param result what was done
     * @param evidence references to photos or documents (ids or URIs)
     */
    record ResolveOnSpot(CommandId id, @Valid Actor actor, @ValidText(max = 2000) FreeText result, @Size(max = 20) List<@NotBlank @Size(max = 256) String> evidence) implements CaseCommand {
        /** Rejects {@code null}s. */
        public ResolveOnSpot {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(result, "result");
            evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.RESOLVE_ON_SPOT;
        }
    }

    /**
     * Dispatches a case to one main handling organisation and any cooperating ones (派遣).
     *
     * @param id    the command id
     * @param actor who issues it
     * @param mainHandler the main handling organisation
     * @param cooperating cooperating organisations; may be empty
     */
    record Dispatch(CommandId id, @Valid Actor actor, @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String mainHandler, @Size(max = 20) List<@Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String> cooperating) implements CaseCommand {
        /** Rejects {@code null}s. */
        public Dispatch {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(mainHandler, "mainHandler");
            cooperating = List.copyOf(Objects.requireNonNull(cooperating, "cooperating"));
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.DISPATCH;
        }
    }

    /**
     * Signs for a dispatched case (签收).
     *
     * @param id    the command id
     * @param actor who issues it
     */
    record SignFor(CommandId id, @Valid Actor actor) implements CaseCommand {
        /** Rejects {@code null}s. */
        public SignFor {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.SIGN_FOR;
        }
    }

    /**
     * Returns a case that is not ours to the dispatcher (退回); counted.
     *
     * @param id    the command id
     * @param actor who issues it
     * @param reason why it is not ours
     */
    record Return(CommandId id, @Valid Actor actor, @ValidText FreeText reason) implements CaseCommand {
        /** Rejects {@code null}s. */
        public Return {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.RETURN;
        }
    }

    /**
     * Escalates a case to the centre of a higher area (上报/提级).
     *
     * @param id    the command id
     * @param actor who issues it
     * @param toArea the area whose centre takes the case: the owning area's parent, or a higher ancestor when skipping levels
     * @param toOrganisation the organisation (centre) of that area
     * @param skipLevelAllowed whether the caller's policy allows skipping levels for this case (emergencies always may)
     * @param reason why, with a handling suggestion
     */
    record Escalate(CommandId id, @Valid Actor actor, @Pattern(regexp = "[0-9]{1,34}", message = "must be an area code of 1 to 34 digits") String toArea, @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String toOrganisation, boolean skipLevelAllowed, @ValidText FreeText reason) implements CaseCommand {
        /** Rejects {@code null}s. */
        public Escalate {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(toArea, "toArea");
            Objects.requireNonNull(toOrganisation, "toOrganisation");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.ESCALATE;
        }
    }

    /**
     * Asks for more time on the running stage (延期申请).
     *
     * @param id    the command id
     * @param actor who issues it
     * @param extra how much more
     * @param reason why
     */
    record RequestExtension(CommandId id, @Valid Actor actor, TimeLimit extra, @ValidText FreeText reason) implements CaseCommand {
        /** Rejects {@code null}s. */
        public RequestExtension {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(extra, "extra");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.REQUEST_EXTENSION;
        }
    }

    /**
     * Approves the pending extension; the deadline moves.
     *
     * @param id    the command id
     * @param actor who issues it
     */
    record ApproveExtension(CommandId id, @Valid Actor actor) implements CaseCommand {
        /** Rejects {@code null}s. */
        public ApproveExtension {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.APPROVE_EXTENSION;
        }
    }

    /**
     * Denies the pending extension.
     *
     * @param id    the command id
     * @param actor who issues it
     * @param reason why
     */
    record DenyExtension(CommandId id, @Valid Actor actor, @ValidText FreeText reason) implements CaseCommand {
        /** Rejects {@code null}s. */
        public DenyExtension {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.DENY_EXTENSION;
        }
    }

    /**
     * Suspends the case; the clock pauses.
     *
     * @param id    the command id
     * @param actor who issues it
     * @param suspensionReason what it waits for
     * @param reason details
     */
    record Suspend(CommandId id, @Valid Actor actor, SuspensionReason suspensionReason, @ValidText FreeText reason) implements CaseCommand {
        /** Rejects {@code null}s. */
        public Suspend {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(suspensionReason, "suspensionReason");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.SUSPEND;
        }
    }

    /**
     * Resumes a suspended case; the clock runs again.
     *
     * @param id    the command id
     * @param actor who issues it
     */
    record Resume(CommandId id, @Valid Actor actor) implements CaseCommand {
        /** Rejects {@code null}s. */
        public Resume {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.RESUME;
        }
    }

    /**
     * Feeds back the result of handling (反馈).
     *
     * @param id    the command id
     * @param actor who issues it
     * @param result what was done
     * @param evidence references to photos or documents (ids or URIs)
     */
    record FeedBack(CommandId id, @Valid Actor actor, @ValidText(max = 2000) FreeText result, @Size(max = 20) List<@NotBlank @Size(max = 256) String> evidence) implements CaseCommand {
        /** Rejects {@code null}s. */
        public FeedBack {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(result, "result");
            evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.FEED_BACK;
        }
    }

    /**
     * Verification passed: closes the case (结案).
     *
     * @param id    the command id
     * @param actor who issues it
     * @param outcome how it was closed
     * @param remark a remark; may be empty
     */
    record VerifyPass(CommandId id, @Valid Actor actor, ClosureOutcome outcome, @ValidText(allowBlank = true) FreeText remark) implements CaseCommand {
        /** Rejects {@code null}s. */
        public VerifyPass {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(remark, "remark");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.VERIFY_PASS;
        }
    }

    /**
     * Verification failed: back to handling, counted as rework.
     *
     * @param id    the command id
     * @param actor who issues it
     * @param reason what is still wrong
     */
    record VerifyFail(CommandId id, @Valid Actor actor, @ValidText FreeText reason) implements CaseCommand {
        /** Rejects {@code null}s. */
        public VerifyFail {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.VERIFY_FAIL;
        }
    }

    /**
     * Concludes a dispute case by the outcome of its mediation (调解结案): the mediation reported how the
     * dispute ended (an agreement performed, a failure diverted to another channel, ...), and the case
     * closes with that outcome, without verification. The dispute is named only by its tracking number:
     * the case side does not depend on the mediation package.
     *
     * @param id      the command id
     * @param actor   who issues it: the mediation committee handling the case, the owning centre, or the
     *                host's engine reporting the outcome back
     * @param dispute the dispute's tracking number, an identifier (not a phone or identity number)
     * @param outcome how the case is closed
     * @param summary how the mediation ended, in words
     */
    record ConcludeByMediation(CommandId id, @Valid Actor actor, @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String dispute, ClosureOutcome outcome, @ValidText FreeText summary) implements CaseCommand {
        /** Rejects {@code null}s. */
        public ConcludeByMediation {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(dispute, "dispute");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(summary, "summary");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.CONCLUDE_BY_MEDIATION;
        }
    }

    /**
     * Evaluates the handling of a closed case.
     *
     * @param id    the command id
     * @param actor who issues it
     * @param satisfaction how satisfied
     * @param comment what the reporter said; may be empty
     */
    record Evaluate(CommandId id, @Valid Actor actor, Satisfaction satisfaction, @ValidText(allowBlank = true) FreeText comment) implements CaseCommand {
        /** Rejects {@code null}s. */
        public Evaluate {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(satisfaction, "satisfaction");
            Objects.requireNonNull(comment, "comment");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.EVALUATE;
        }
    }

    /**
     * Asks to reopen after a dissatisfied evaluation.
     *
     * @param id    the command id
     * @param actor who issues it
     * @param reason why
     */
    record RequestReopen(CommandId id, @Valid Actor actor, @ValidText FreeText reason) implements CaseCommand {
        /** Rejects {@code null}s. */
        public RequestReopen {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.REQUEST_REOPEN;
        }
    }

    /**
     * Confirms the reopen request: back to handling.
     *
     * @param id    the command id
     * @param actor who issues it
     */
    record ConfirmReopen(CommandId id, @Valid Actor actor) implements CaseCommand {
        /** Rejects {@code null}s. */
        public ConfirmReopen {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.CONFIRM_REOPEN;
        }
    }

    /**
     * Declines the reopen request.
     *
     * @param id    the command id
     * @param actor who issues it
     * @param reason why
     */
    record DeclineReopen(CommandId id, @Valid Actor actor, @ValidText FreeText reason) implements CaseCommand {
        /** Rejects {@code null}s. */
        public DeclineReopen {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.DECLINE_REOPEN;
        }
    }

    /**
     * Withdraws the case (the reporter).
     *
     * @param id    the command id
     * @param actor who issues it
     * @param reason why; may be empty
     */
    record Withdraw(CommandId id, @Valid Actor actor, @ValidText(allowBlank = true) FreeText reason) implements CaseCommand {
        /** Rejects {@code null}s. */
        public Withdraw {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.WITHDRAW;
        }
    }

    /**
     * Supervises (督办) with a card; recorded, no state change.
     *
     * @param id    the command id
     * @param actor who issues it
     * @param card yellow or red
     * @param instruction what must happen
     */
    record Supervise(CommandId id, @Valid Actor actor, Card card, @ValidText FreeText instruction) implements CaseCommand {
        /** Rejects {@code null}s. */
        public Supervise {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(instruction, "instruction");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.SUPERVISE;
        }
    }

    /**
     * Urges (催办); recorded, no state change.
     *
     * @param id    the command id
     * @param actor who issues it
     * @param message what was said; may be empty
     */
    record Urge(CommandId id, @Valid Actor actor, @ValidText(allowBlank = true) FreeText message) implements CaseCommand {
        /** Rejects {@code null}s. */
        public Urge {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.URGE;
        }
    }

    /**
     * Records that the running stage's warning level rose (the overdue sweep).
     *
     * @param id    the command id
     * @param actor who issues it
     */
    record RaiseWarning(CommandId id, @Valid Actor actor) implements CaseCommand {
        /** Rejects {@code null}s. */
        public RaiseWarning {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public CaseCommandType type() {
            return CaseCommandType.RAISE_WARNING;
        }
    }
}
