package io.gridgov.core.mediation;

import io.gridgov.core.cases.CaseId;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.core.time.WarningLevel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something that happened to a dispute: the audit trail. Every accepted command emits exactly one event
 * (the transition table lists which); each says which dispute, its version after the command, when,
 * who, which command, and what changed and why. Texts are {@link FreeText} and parties appear by their
 * party ids, so {@code toString()} never shows names or what people wrote.
 *
 * <p>All events are immutable records. Only {@link Applied} and {@link AgreementReached} have components that may be
 * {@code null}, as their documentation says.
 */
public sealed interface DisputeEvent permits
        DisputeEvent.Applied, DisputeEvent.Transferred, DisputeEvent.Refused, DisputeEvent.Accepted, DisputeEvent.Declined, DisputeEvent.MediatorsAssigned, DisputeEvent.SuspendedForAppraisal, DisputeEvent.Resumed, DisputeEvent.Extended, DisputeEvent.AgreementReached, DisputeEvent.Failed, DisputeEvent.Withdrawn, DisputeEvent.ConfirmationRequested, DisputeEvent.Confirmed, DisputeEvent.ConfirmationRefused, DisputeEvent.Remediated, DisputeEvent.PerformanceRecorded, DisputeEvent.Diverted, DisputeEvent.Closed, DisputeEvent.WarningRaised {
    /** The dispute. */
    DisputeId disputeId();

    /** The dispute's version after the command that caused the event. */
    long version();

    /** When it happened (the {@code now} the command was applied with). */
    Instant at();

    /** Who caused it. */
    Actor by();

    /** The command that caused it. */
    CommandId commandId();

    /**
     * Emitted when a dispute was applied for (申请), or opened by a diversion.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param category its category
     * @param domain its domain
     * @param procedure its court procedure
     * @param areaCode where it arose
     * @param committee who received it
     * @param parties how many parties
     * @param caseId the case it was opened from, or null
     * @param divertedFrom the dispute it was diverted from, or null
     * @param deadline the mediation deadline, if its clock starts at the application (labour disputes); otherwise null
     */
    record Applied(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, MediationCategory category, DisputeDomain domain, CourtProcedure procedure, String areaCode, String committee, int parties, CaseId caseId, DisputeId divertedFrom, Instant deadline) implements DisputeEvent {
        /** Rejects {@code null}s where not allowed. */
        public Applied {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(procedure, "procedure");
            Objects.requireNonNull(areaCode, "areaCode");
            Objects.requireNonNull(committee, "committee");
        }
    }

    /**
     * Emitted when an application was transferred to another committee or category.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param fromCommittee who had it
     * @param toCommittee who has it now
     * @param fromCategory the category before
     * @param toCategory the category now
     * @param reason why
     */
    record Transferred(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, String fromCommittee, String toCommittee, MediationCategory fromCategory, MediationCategory toCategory, FreeText reason) implements DisputeEvent {
        /** Rejects {@code null}s. */
        public Transferred {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(fromCommittee, "fromCommittee");
            Objects.requireNonNull(toCommittee, "toCommittee");
            Objects.requireNonNull(fromCategory, "fromCategory");
            Objects.requireNonNull(toCategory, "toCategory");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Emitted when a party expressly refused mediation.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param partyId who refused
     * @param reason what they said
     */
    record Refused(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, String partyId, FreeText reason) implements DisputeEvent {
        /** Rejects {@code null}s. */
        public Refused {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(partyId, "partyId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Emitted when a dispute was accepted (受理).
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param limit the mediation's time limit
     * @param deadline the mediation deadline
     */
    record Accepted(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, MediationLimit limit, Instant deadline) implements DisputeEvent {
        /** Rejects {@code null}s. */
        public Accepted {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when a dispute was declined (不予受理).
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param reason why
     * @param routes the routes offered
     * @param explanation the explanation given
     */
    record Declined(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, DeclineReason reason, List<Route> routes, FreeText explanation) implements DisputeEvent {
        /** Rejects {@code null}s and copies the lists. */
        public Declined {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(reason, "reason");
            routes = List.copyOf(Objects.requireNonNull(routes, "routes"));
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /**
     * Emitted when mediators were assigned (the mediation starts) or replaced.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param mediators who mediates, the lead first
     */
    record MediatorsAssigned(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, List<Mediator> mediators) implements DisputeEvent {
        /** Rejects {@code null}s and copies the lists. */
        public MediatorsAssigned {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            mediators = List.copyOf(Objects.requireNonNull(mediators, "mediators"));
        }
    }

    /**
     * Emitted when the mediation paused for an expert appraisal.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param appraisal what is appraised
     */
    record SuspendedForAppraisal(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, FreeText appraisal) implements DisputeEvent {
        /** Rejects {@code null}s. */
        public SuspendedForAppraisal {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(appraisal, "appraisal");
        }
    }

    /**
     * Emitted when the mediation resumed after an appraisal.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param deadline the deadline, carried forward by the time the appraisal took
     */
    record Resumed(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, Instant deadline) implements DisputeEvent {
        /** Rejects {@code null}s. */
        public Resumed {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when the parties agreed to extend the time limit.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param extra how much longer
     * @param consentingParties the parties who consented
     * @param reason why
     * @param deadline the new deadline
     */
    record Extended(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, TimeLimit extra, List<String> consentingParties, FreeText reason, Instant deadline) implements DisputeEvent {
        /** Rejects {@code null}s and copies the lists. */
        public Extended {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(extra, "extra");
            consentingParties = List.copyOf(Objects.requireNonNull(consentingParties, "consentingParties"));
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when the parties signed an agreement; it takes effect now.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param agreement the agreement
     * @param confirmationDeadline the end of the window for applying for judicial confirmation, or {@code null} for a
     *                             court's mediation in a lawsuit, which needs no confirmation
     */
    record AgreementReached(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, MediationAgreement agreement, Instant confirmationDeadline) implements DisputeEvent {
        /** Rejects {@code null}s. */
        public AgreementReached {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(agreement, "agreement");
        }
    }

    /**
     * Emitted when the mediation failed (调解不成): declared by the mediator, left by a party after the limit, or expired.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param reason why
     * @param routes the routes offered
     * @param remark what was said
     */
    record Failed(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, FailureReason reason, List<Route> routes, FreeText remark) implements DisputeEvent {
        /** Rejects {@code null}s and copies the lists. */
        public Failed {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(reason, "reason");
            routes = List.copyOf(Objects.requireNonNull(routes, "routes"));
            Objects.requireNonNull(remark, "remark");
        }
    }

    /**
     * Emitted when a party ended the mediation or withdrew the application (终止).
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param partyId who withdrew
     * @param reason what they said
     * @param routes the routes offered
     */
    record Withdrawn(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, String partyId, FreeText reason, List<Route> routes) implements DisputeEvent {
        /** Rejects {@code null}s and copies the lists. */
        public Withdrawn {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(partyId, "partyId");
            Objects.requireNonNull(reason, "reason");
            routes = List.copyOf(Objects.requireNonNull(routes, "routes"));
        }
    }

    /**
     * Emitted when the parties jointly applied for judicial confirmation.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param court the court
     * @param jointApplicants the parties applying
     */
    record ConfirmationRequested(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, String court, List<String> jointApplicants) implements DisputeEvent {
        /** Rejects {@code null}s and copies the lists. */
        public ConfirmationRequested {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(court, "court");
            jointApplicants = List.copyOf(Objects.requireNonNull(jointApplicants, "jointApplicants"));
        }
    }

    /**
     * Emitted when the court confirmed the agreement.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param court the court
     * @param ruling the ruling
     */
    record Confirmed(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, String court, FreeText ruling) implements DisputeEvent {
        /** Rejects {@code null}s. */
        public Confirmed {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(court, "court");
            Objects.requireNonNull(ruling, "ruling");
        }
    }

    /**
     * Emitted when the court refused to confirm the agreement.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param court the court
     * @param reason why
     * @param routes the routes offered
     */
    record ConfirmationRefused(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, String court, FreeText reason, List<Route> routes) implements DisputeEvent {
        /** Rejects {@code null}s and copies the lists. */
        public ConfirmationRefused {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(court, "court");
            Objects.requireNonNull(reason, "reason");
            routes = List.copyOf(Objects.requireNonNull(routes, "routes"));
        }
    }

    /**
     * Emitted when the parties mediate again after a refused confirmation.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param reason why
     * @param round which round this is (1 for the first re-mediation)
     * @param deadline the new mediation deadline
     */
    record Remediated(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, FreeText reason, int round, Instant deadline) implements DisputeEvent {
        /** Rejects {@code null}s. */
        public Remediated {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * Emitted when the agreement was recorded as performed.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param remark how
     */
    record PerformanceRecorded(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, FreeText remark) implements DisputeEvent {
        /** Rejects {@code null}s. */
        public PerformanceRecorded {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(remark, "remark");
        }
    }

    /**
     * Emitted when the dispute went on as a new dispute in another category or committee.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param to the new dispute
     * @param toTrackingNumber its tracking number
     * @param toCategory its category
     * @param toCommittee who has it
     * @param reason why
     */
    record Diverted(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, DisputeId to, String toTrackingNumber, MediationCategory toCategory, String toCommittee, FreeText reason) implements DisputeEvent {
        /** Rejects {@code null}s. */
        public Diverted {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(toTrackingNumber, "toTrackingNumber");
            Objects.requireNonNull(toCategory, "toCategory");
            Objects.requireNonNull(toCommittee, "toCommittee");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Emitted when the dispute was closed (结案).
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param outcome how it ended
     * @param routesTaken where the parties went
     * @param remark a closing remark
     */
    record Closed(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, DisputeOutcome outcome, List<Route> routesTaken, FreeText remark) implements DisputeEvent {
        /** Rejects {@code null}s and copies the lists. */
        public Closed {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(outcome, "outcome");
            routesTaken = List.copyOf(Objects.requireNonNull(routesTaken, "routesTaken"));
            Objects.requireNonNull(remark, "remark");
        }
    }

    /**
     * Emitted when the overdue sweep recorded a rise of the mediation's warning level.
     *
     * @param disputeId the dispute
     * @param version the dispute's version after the command
     * @param at when
     * @param by who
     * @param commandId the command that caused it
     * @param level the level now
     * @param deadline the deadline
     */
    record WarningRaised(DisputeId disputeId, long version, Instant at, Actor by, CommandId commandId, WarningLevel level, Instant deadline) implements DisputeEvent {
        /** Rejects {@code null}s. */
        public WarningRaised {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(commandId, "commandId");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(deadline, "deadline");
        }
    }
}
