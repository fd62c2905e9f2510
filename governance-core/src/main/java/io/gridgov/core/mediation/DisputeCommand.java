package io.gridgov.core.mediation;

import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.ValidText;
import io.gridgov.core.time.TimeLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;

/**
 * A command on an existing dispute. Every command carries its {@link #id() id} (a store applies a command
 * id once) and its {@link #actor() actor}; {@link #type()} says which column of the transition table it
 * uses. The records are inbound data: their constructors reject {@code null}s and copy lists; the content
 * is checked by their Bean Validation constraints and then by the lifecycle.
 *
 * <p>Texts are {@link io.gridgov.core.personal.FreeText}: a command's {@code toString()} shows their
 * length, never their words.
 */
public sealed interface DisputeCommand permits
        DisputeCommand.Transfer, DisputeCommand.Refuse, DisputeCommand.Accept, DisputeCommand.Decline, DisputeCommand.Assign, DisputeCommand.SuspendForAppraisal, DisputeCommand.Resume, DisputeCommand.Extend, DisputeCommand.ReachAgreement, DisputeCommand.Fail, DisputeCommand.Expire, DisputeCommand.Withdraw, DisputeCommand.RequestConfirmation, DisputeCommand.Confirm, DisputeCommand.RefuseConfirmation, DisputeCommand.Remediate, DisputeCommand.RecordPerformance, DisputeCommand.Divert, DisputeCommand.Close, DisputeCommand.RaiseWarning {
    /** The command id. */
    CommandId id();

    /** Who issues the command. */
    Actor actor();

    /** Which kind of command this is. */
    DisputeCommandType type();

    /**
     * Transfers the application to another committee, and possibly another category (the one-stop transfer platform: the guidance centre hands a medical dispute to the medical-dispute workstation). The time limit follows the new category: a limit counted from the application (labour) runs from the original application, whichever committee received it; any other starts at acceptance.
     *
     * @param id the command id
     * @param actor who issues it
     * @param toCommittee the organisation that takes it over
     * @param toCategory its category there (may be the same)
     * @param reason why
     */
    record Transfer(CommandId id, @Valid Actor actor, @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String toCommittee, MediationCategory toCategory, @ValidText FreeText reason) implements DisputeCommand {
        /** Rejects {@code null}s. */
        public Transfer {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(toCommittee, "toCommittee");
            Objects.requireNonNull(toCategory, "toCategory");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.TRANSFER;
        }
    }

    /**
     * Records that a party expressly refuses mediation (a party for itself, or the committee's mediator recording what the party said). The committee may then not accept it.
     *
     * @param id the command id
     * @param actor who issues it
     * @param partyId the party who refuses
     * @param reason what the party said
     */
    record Refuse(CommandId id, @Valid Actor actor, @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String partyId, @ValidText(allowBlank = true) FreeText reason) implements DisputeCommand {
        /** Rejects {@code null}s. */
        public Refuse {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(partyId, "partyId");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.REFUSE;
        }
    }

    /**
     * Accepts the dispute (受理).
     *
     * @param id the command id
     * @param actor who issues it
     */
    record Accept(CommandId id, @Valid Actor actor) implements DisputeCommand {
        /** Rejects {@code null}s. */
        public Accept {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.ACCEPT;
        }
    }

    /**
     * Declines the dispute (不予受理), telling the parties where they can go.
     *
     * @param id the command id
     * @param actor who issues it
     * @param reason why
     * @param routes the routes offered; may be empty
     * @param explanation the explanation given to the parties
     */
    record Decline(CommandId id, @Valid Actor actor, DeclineReason reason, List<Route> routes, @ValidText FreeText explanation) implements DisputeCommand {
        /** Rejects {@code null}s and copies the lists. */
        public Decline {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
            routes = List.copyOf(Objects.requireNonNull(routes, "routes"));
            Objects.requireNonNull(explanation, "explanation");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.DECLINE;
        }
    }

    /**
     * Assigns the people who mediate, the lead first; at least one of kind MEDIATOR. Starts the mediation, or replaces the team during it.
     *
     * @param id the command id
     * @param actor who issues it
     * @param mediators who mediates
     */
    record Assign(CommandId id, @Valid Actor actor, @NotEmpty List<@Valid Mediator> mediators) implements DisputeCommand {
        /** Rejects {@code null}s and copies the lists. */
        public Assign {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            mediators = List.copyOf(Objects.requireNonNull(mediators, "mediators"));
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.ASSIGN;
        }
    }

    /**
     * Pauses the mediation for an expert appraisal (鉴定); the time it takes does not count against the limit.
     *
     * @param id the command id
     * @param actor who issues it
     * @param appraisal what is appraised, by whom
     */
    record SuspendForAppraisal(CommandId id, @Valid Actor actor, @ValidText FreeText appraisal) implements DisputeCommand {
        /** Rejects {@code null}s. */
        public SuspendForAppraisal {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(appraisal, "appraisal");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.SUSPEND_FOR_APPRAISAL;
        }
    }

    /**
     * Resumes the mediation after the appraisal.
     *
     * @param id the command id
     * @param actor who issues it
     */
    record Resume(CommandId id, @Valid Actor actor) implements DisputeCommand {
        /** Rejects {@code null}s. */
        public Resume {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.RESUME;
        }
    }

    /**
     * Extends the mediation's time limit, with the consent of every party, where the limit allows it.
     *
     * @param id the command id
     * @param actor who issues it
     * @param extra how much longer
     * @param consentingParties the party ids of the parties who consented; every party
     * @param reason why
     */
    record Extend(CommandId id, @Valid Actor actor, TimeLimit extra, @NotEmpty List<@Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String> consentingParties, @ValidText FreeText reason) implements DisputeCommand {
        /** Rejects {@code null}s and copies the lists. */
        public Extend {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(extra, "extra");
            consentingParties = List.copyOf(Objects.requireNonNull(consentingParties, "consentingParties"));
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.EXTEND;
        }
    }

    /**
     * Records the agreement every party signed; it takes effect now.
     *
     * @param id the command id
     * @param actor who issues it
     * @param agreement the agreement
     */
    record ReachAgreement(CommandId id, @Valid Actor actor, @Valid MediationAgreement agreement) implements DisputeCommand {
        /** Rejects {@code null}s. */
        public ReachAgreement {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(agreement, "agreement");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.REACH_AGREEMENT;
        }
    }

    /**
     * Records that the mediation failed: by the mediator, or by a party leaving after a limit whose expiry lets the parties leave (labour: to arbitration).
     *
     * @param id the command id
     * @param actor who issues it
     * @param routes the routes offered; empty for the law's default routes for the domain
     * @param reason why
     */
    record Fail(CommandId id, @Valid Actor actor, List<Route> routes, @ValidText FreeText reason) implements DisputeCommand {
        /** Rejects {@code null}s and copies the lists. */
        public Fail {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            routes = List.copyOf(Objects.requireNonNull(routes, "routes"));
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.FAIL;
        }
    }

    /**
     * The system ends a mediation whose time limit expired where the law deems that a failure.
     *
     * @param id the command id
     * @param actor who issues it
     */
    record Expire(CommandId id, @Valid Actor actor) implements DisputeCommand {
        /** Rejects {@code null}s. */
        public Expire {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.EXPIRE;
        }
    }

    /**
     * A party ends the mediation, or withdraws the application (a party for itself, or the committee's mediator recording it).
     *
     * @param id the command id
     * @param actor who issues it
     * @param partyId the party who withdraws
     * @param reason what the party said
     */
    record Withdraw(CommandId id, @Valid Actor actor, @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String partyId, @ValidText(allowBlank = true) FreeText reason) implements DisputeCommand {
        /** Rejects {@code null}s. */
        public Withdraw {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(partyId, "partyId");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.WITHDRAW;
        }
    }

    /**
     * The parties jointly apply to a court to confirm the agreement (申请司法确认), within the window.
     *
     * @param id the command id
     * @param actor who issues it
     * @param court the court applied to
     * @param jointApplicants the party ids of the parties applying; every party
     */
    record RequestConfirmation(CommandId id, @Valid Actor actor, @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String court, @NotEmpty List<@Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String> jointApplicants) implements DisputeCommand {
        /** Rejects {@code null}s and copies the lists. */
        public RequestConfirmation {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(court, "court");
            jointApplicants = List.copyOf(Objects.requireNonNull(jointApplicants, "jointApplicants"));
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.REQUEST_CONFIRMATION;
        }
    }

    /**
     * The court confirms the agreement.
     *
     * @param id the command id
     * @param actor who issues it
     * @param ruling the ruling's reference or summary
     */
    record Confirm(CommandId id, @Valid Actor actor, @ValidText(allowBlank = true) FreeText ruling) implements DisputeCommand {
        /** Rejects {@code null}s. */
        public Confirm {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(ruling, "ruling");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.CONFIRM;
        }
    }

    /**
     * The court refuses to confirm the agreement.
     *
     * @param id the command id
     * @param actor who issues it
     * @param reason why
     */
    record RefuseConfirmation(CommandId id, @Valid Actor actor, @ValidText FreeText reason) implements DisputeCommand {
        /** Rejects {@code null}s. */
        public RefuseConfirmation {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.REFUSE_CONFIRMATION;
        }
    }

    /**
     * Mediates again after a refused confirmation, to change the agreement or reach a new one (People's Mediation Law art. 33).
     *
     * @param id the command id
     * @param actor who issues it
     * @param reason why
     */
    record Remediate(CommandId id, @Valid Actor actor, @ValidText FreeText reason) implements DisputeCommand {
        /** Rejects {@code null}s. */
        public Remediate {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.REMEDIATE;
        }
    }

    /**
     * Records that the agreement was performed (after a return visit, or as the obligee says).
     *
     * @param id the command id
     * @param actor who issues it
     * @param remark how it was performed
     */
    record RecordPerformance(CommandId id, @Valid Actor actor, @ValidText(allowBlank = true) FreeText remark) implements DisputeCommand {
        /** Rejects {@code null}s. */
        public RecordPerformance {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(remark, "remark");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.RECORD_PERFORMANCE;
        }
    }

    /**
     * Sends the dispute on to another category or committee as a new dispute, linked to this one; the new dispute starts APPLIED with the same parties, domain, matter, area and amount.
     *
     * @param id the command id
     * @param actor who issues it
     * @param newDisputeId the id the host chose for the new dispute
     * @param newTrackingNumber the new dispute's tracking number
     * @param toCategory the new dispute's category
     * @param toProcedure its court procedure (NONE unless JUDICIAL)
     * @param toCommittee the organisation that receives it
     * @param reason why
     */
    record Divert(CommandId id, @Valid Actor actor, DisputeId newDisputeId, @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String newTrackingNumber, MediationCategory toCategory, CourtProcedure toProcedure, @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String toCommittee, @ValidText FreeText reason) implements DisputeCommand {
        /** Rejects {@code null}s. */
        public Divert {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(newDisputeId, "newDisputeId");
            Objects.requireNonNull(newTrackingNumber, "newTrackingNumber");
            Objects.requireNonNull(toCategory, "toCategory");
            Objects.requireNonNull(toProcedure, "toProcedure");
            Objects.requireNonNull(toCommittee, "toCommittee");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.DIVERT;
        }
    }

    /**
     * Closes the dispute, recording the routes the parties took, if known.
     *
     * @param id the command id
     * @param actor who issues it
     * @param routesTaken where the parties went; may be empty
     * @param remark a closing remark
     */
    record Close(CommandId id, @Valid Actor actor, List<Route> routesTaken, @ValidText(allowBlank = true) FreeText remark) implements DisputeCommand {
        /** Rejects {@code null}s and copies the lists. */
        public Close {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            routesTaken = List.copyOf(Objects.requireNonNull(routesTaken, "routesTaken"));
            Objects.requireNonNull(remark, "remark");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.CLOSE;
        }
    }

    /**
     * The overdue sweep records that the mediation's warning level rose.
     *
     * @param id the command id
     * @param actor who issues it
     */
    record RaiseWarning(CommandId id, @Valid Actor actor) implements DisputeCommand {
        /** Rejects {@code null}s. */
        public RaiseWarning {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public DisputeCommandType type() {
            return DisputeCommandType.RAISE_WARNING;
        }
    }
}
