package io.gridgov.core.mediation;

import io.gridgov.core.cases.CaseId;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.time.Countdown;
import io.gridgov.core.time.WarningLevel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A dispute on its way through mediation: who the parties are, what it is about, which committee and
 * mediators have it, its clocks, the agreement, the court's confirmation, the outcome. An immutable
 * snapshot; {@link MediationLifecycle#apply} returns the next one with the events that led to it. The
 * version rises by exactly one per accepted command, starting at 1 when the dispute is applied for.
 *
 * <p>There is no fee anywhere: mediation is free.
 *
 * <p>{@link #toString()} shows the tracking number, state, version, category, domain and area; never the
 * parties or what anyone wrote (the accessors give them, as personal data types that mask themselves).
 *
 * <p>Immutable and thread-safe.
 */
public final class Dispute {
    private final DisputeId id;
    private final String trackingNumber;
    private final CaseId caseId;
    private final DisputeId divertedFrom;
    private final DisputeId divertedTo;
    private final MediationCategory category;
    private final DisputeDomain domain;
    private final CourtProcedure procedure;
    private final List<Party> parties;
    private final String areaCode;
    private final String committee;
    private final List<Mediator> mediators;
    private final Money amountInDispute;
    private final FreeText matter;
    private final PriorProceeding prior;
    private final Instant appliedAt;
    private final Instant acceptedAt;
    private final DisputeState state;
    private final Set<String> refusedBy;
    private final MediationLimit limit;
    private final Countdown mediationClock;
    private final WarningLevel warning;
    private final Countdown confirmationWindow;
    private final MediationAgreement agreement;
    private final Instant agreedAt;
    private final Instant concludedAt;
    private final String court;
    private final FailureReason failureReason;
    private final DeclineReason declineReason;
    private final List<Route> routesOffered;
    private final List<Route> routesTaken;
    private final DisputeOutcome outcome;
    private final int extensions;
    private final int appraisals;
    private final int rounds;
    private final long version;
    private final Instant updatedAt;

    Dispute(Draft d) {
        this.id = d.id;
        this.trackingNumber = d.trackingNumber;
        this.caseId = d.caseId;
        this.divertedFrom = d.divertedFrom;
        this.divertedTo = d.divertedTo;
        this.category = d.category;
        this.domain = d.domain;
        this.procedure = d.procedure;
        this.parties = d.parties;
        this.areaCode = d.areaCode;
        this.committee = d.committee;
        this.mediators = d.mediators;
        this.amountInDispute = d.amountInDispute;
        this.matter = d.matter;
        this.prior = d.prior;
        this.appliedAt = d.appliedAt;
        this.acceptedAt = d.acceptedAt;
        this.state = d.state;
        this.refusedBy = d.refusedBy;
        this.limit = d.limit;
        this.mediationClock = d.mediationClock;
        this.warning = d.warning;
        this.confirmationWindow = d.confirmationWindow;
        this.agreement = d.agreement;
        this.agreedAt = d.agreedAt;
        this.concludedAt = d.concludedAt;
        this.court = d.court;
        this.failureReason = d.failureReason;
        this.declineReason = d.declineReason;
        this.routesOffered = d.routesOffered;
        this.routesTaken = d.routesTaken;
        this.outcome = d.outcome;
        this.extensions = d.extensions;
        this.appraisals = d.appraisals;
        this.rounds = d.rounds;
        this.version = d.version;
        this.updatedAt = d.updatedAt;
    }

    /** The dispute's identity. */
    public DisputeId id() {
        return id;
    }

    /** The human-readable tracking number. */
    public String trackingNumber() {
        return trackingNumber;
    }

    /** The case of kind DISPUTE it was opened from, if any; its outcome is reported back to that case. */
    public Optional<CaseId> caseId() {
        return Optional.ofNullable(caseId);
    }

    /** The dispute this one was diverted from, if any. */
    public Optional<DisputeId> divertedFrom() {
        return Optional.ofNullable(divertedFrom);
    }

    /** The dispute this one was diverted to, once {@link DisputeState#DIVERTED}. */
    public Optional<DisputeId> divertedTo() {
        return Optional.ofNullable(divertedTo);
    }

    /** Its mediation category. */
    public MediationCategory category() {
        return category;
    }

    /** What it is about. */
    public DisputeDomain domain() {
        return domain;
    }

    /** The court procedure, {@link CourtProcedure#NONE} unless it is a judicial mediation. */
    public CourtProcedure procedure() {
        return procedure;
    }

    /** The parties: applicants first, then respondents, each in the order applied with. */
    public List<Party> parties() {
        return parties;
    }

    /** Whether someone is a party, by their party id. */
    public boolean isParty(String partyId) {
        for (Party p : parties) {
            if (p.partyId().equals(partyId)) {
                return true;
            }
        }
        return false;
    }

    /** The code of the grid area where the dispute arose: scopes and statistics by area use it. */
    public String areaCode() {
        return areaCode;
    }

    /** The organisation that has it: a mediation committee, a court, a police traffic unit. */
    public String committee() {
        return committee;
    }

    /** The people assigned to mediate, the lead first; empty until assigned. */
    public List<Mediator> mediators() {
        return mediators;
    }

    /** Whether a person is assigned to mediate it. */
    public boolean isMediator(String personId) {
        for (Mediator m : mediators) {
            if (m.personId().equals(personId)) {
                return true;
            }
        }
        return false;
    }

    /** The amount in dispute, {@link Money#ZERO} if none was given. */
    public Money amountInDispute() {
        return amountInDispute;
    }

    /** What the applicant said the dispute is about. */
    public FreeText matter() {
        return matter;
    }

    /** Whether another authority already took it up, as the application says. */
    public PriorProceeding prior() {
        return prior;
    }

    /** When it was applied for. */
    public Instant appliedAt() {
        return appliedAt;
    }

    /** When it was accepted, if it was. */
    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    /** Where it is now. */
    public DisputeState state() {
        return state;
    }

    /** The party ids of the parties who expressly refused mediation before it was accepted. */
    public Set<String> refusedBy() {
        return refusedBy;
    }

    /** The mediation's time limit, once its clock has started. */
    public Optional<MediationLimit> limit() {
        return Optional.ofNullable(limit);
    }

    /** The mediation's clock, once started. */
    public Optional<Countdown> mediationClock() {
        return Optional.ofNullable(mediationClock);
    }

    /** The highest warning level recorded for the mediation's clock ({@link WarningLevel#NORMAL} if none). */
    public WarningLevel warningRaised() {
        return warning == null ? WarningLevel.NORMAL : warning;
    }

    /** The window for applying for judicial confirmation, once an agreement took effect. */
    public Optional<Countdown> confirmationWindow() {
        return Optional.ofNullable(confirmationWindow);
    }

    /** The agreement, once reached (cleared if the parties mediate again after a refused confirmation). */
    public Optional<MediationAgreement> agreement() {
        return Optional.ofNullable(agreement);
    }

    /** When an agreement was first reached and took effect, if ever. */
    public Optional<Instant> agreedAt() {
        return Optional.ofNullable(agreedAt);
    }

    /**
     * When the mediation first concluded after it was accepted: an agreement, a failure or a termination.
     * The success rate counts a dispute as concluded from then on.
     */
    public Optional<Instant> concludedAt() {
        return Optional.ofNullable(concludedAt);
    }

    /** Whether the mediation concluded with an agreement ({@link #agreedAt()} is set). */
    public boolean isAgreementReached() {
        return agreedAt != null;
    }

    /** The court asked to confirm the agreement, once requested. */
    public Optional<String> court() {
        return Optional.ofNullable(court);
    }

    /** Why the mediation failed, if it did. */
    public Optional<FailureReason> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    /** Why it was declined, if it was. */
    public Optional<DeclineReason> declineReason() {
        return Optional.ofNullable(declineReason);
    }

    /** The routes offered to the parties when it was declined, failed, terminated or not confirmed. */
    public List<Route> routesOffered() {
        return routesOffered;
    }

    /** The routes the parties took, as recorded when it was closed. */
    public List<Route> routesTaken() {
        return routesTaken;
    }

    /** How it ended, once {@link DisputeState#CLOSED} or {@link DisputeState#DIVERTED}. */
    public Optional<DisputeOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** How many extensions the parties agreed to. */
    public int extensions() {
        return extensions;
    }

    /** How many expert appraisals paused it. */
    public int appraisals() {
        return appraisals;
    }

    /** How many times it was mediated again after a court refused to confirm an agreement. */
    public int rounds() {
        return rounds;
    }

    /** The version: 1 when applied for, plus one per accepted command. */
    public long version() {
        return version;
    }

    /** When it last changed. */
    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * Rebuilds a dispute from its stored parts ({@link #toParts()}), for a store reading a snapshot back.
     * The parts are checked against everything the lifecycle guarantees of the disputes it produces (see
     * docs/mediation.md, "Restoring a dispute"): a version of 1 or more; the ids, parties and mediators;
     * the procedure fitting the category; which parts the state implies (acceptance, the agreement, the
     * court, the reasons, the routes, the outcome, the dispute diverted to); the mediation clock and the
     * confirmation window (running, paused exactly while suspended for an appraisal, finished once
     * concluded; no instant after the last change); counters of 0 or more that add up to no more commands
     * than the version counts. A dispute that passes is one the lifecycle accepts commands on exactly as on
     * the dispute it was stored from.
     *
     * @param parts the parts
     * @return the dispute, equal to the one the parts were taken from
     * @throws InvalidInputException ({@link io.gridgov.core.ErrorCode#INVALID_INPUT}) listing every problem
     *                               at once, each under the name of its part (e.g.
     *                               {@code mediationClock.deadline}, {@code parties[1].partyId}); personal
     *                               data is never repeated
     */
    public static Dispute restore(Parts parts) {
        return DisputeRestore.restore(parts);
    }

    /**
     * The parts of this dispute, for storage; {@link #restore(Parts)} rebuilds an equal dispute from them.
     *
     * @return the parts
     */
    public Parts toParts() {
        return new Parts(id, trackingNumber, caseId, divertedFrom, divertedTo, category, domain, procedure, parties,
                areaCode, committee, mediators, amountInDispute, matter, prior, appliedAt, acceptedAt, state, refusedBy,
                limit, mediationClock, warning, confirmationWindow, agreement, agreedAt, concludedAt, court,
                failureReason, declineReason, routesOffered, routesTaken, outcome, extensions, appraisals, rounds,
                version, updatedAt);
    }

    /**
     * Everything a dispute holds, as stored: what {@link Dispute#toParts()} returns and
     * {@link Dispute#restore} checks. A plain carrier: it checks nothing itself (it only copies the
     * collections it is given), so a store can read a broken row into it and get every problem from
     * {@code restore}. Parts that are optional on the dispute are {@code null} when absent.
     *
     * <p>The personal data inside (the parties' names, the matter, the agreement's texts) is the real
     * value: a store holds it as such and must protect it (docs/personal-data.md). {@code toString()}
     * shows it masked, like the types themselves.
     *
     * @param id                 the dispute id
     * @param trackingNumber     the tracking number (an identifier)
     * @param caseId             the case it was opened from, or {@code null}
     * @param divertedFrom       the dispute it was diverted from, or {@code null}
     * @param divertedTo         the dispute it was diverted to; exactly when DIVERTED
     * @param category           the mediation category
     * @param domain             the domain
     * @param procedure          the court procedure (NONE unless JUDICIAL)
     * @param parties            the parties, applicants first
     * @param areaCode           the grid area's code
     * @param committee          the organisation that has it
     * @param mediators          the assigned mediators, the lead first (empty until assigned)
     * @param amountInDispute    the amount in dispute
     * @param matter             what it is about
     * @param prior              whether another authority took it up
     * @param appliedAt          when it was applied for
     * @param acceptedAt         when it was accepted, or {@code null}
     * @param state              the state
     * @param refusedBy          the party ids of parties who refused mediation (empty when none)
     * @param limit              the mediation's time limit, or {@code null} before its clock started
     * @param mediationClock     the mediation's clock, or {@code null} before it started
     * @param warning            the highest warning recorded for the mediation clock, or {@code null} (or
     *                           {@link WarningLevel#NORMAL}) for none
     * @param confirmationWindow the window for judicial confirmation, or {@code null}
     * @param agreement          the agreement, or {@code null}
     * @param agreedAt           when an agreement was first reached, or {@code null}
     * @param concludedAt        when the mediation first concluded after acceptance, or {@code null}
     * @param court              the court asked to confirm, or {@code null}
     * @param failureReason      why it failed, or {@code null}
     * @param declineReason      why it was declined, or {@code null}
     * @param routesOffered      the routes offered (empty when none)
     * @param routesTaken        the routes taken (empty when none)
     * @param outcome            how it ended, or {@code null}
     * @param extensions         how many extensions
     * @param appraisals         how many appraisals
     * @param rounds             how many rounds of mediation after a refused confirmation
     * @param version            the version, 1 or more
     * @param updatedAt          when it last changed
     */
    public record Parts(DisputeId id, String trackingNumber, CaseId caseId, DisputeId divertedFrom,
            DisputeId divertedTo, MediationCategory category, DisputeDomain domain, CourtProcedure procedure,
            List<Party> parties, String areaCode, String committee, List<Mediator> mediators, Money amountInDispute,
            FreeText matter, PriorProceeding prior, Instant appliedAt, Instant acceptedAt, DisputeState state,
            Set<String> refusedBy, MediationLimit limit, Countdown mediationClock, WarningLevel warning,
            Countdown confirmationWindow, MediationAgreement agreement, Instant agreedAt, Instant concludedAt,
            String court, FailureReason failureReason, DeclineReason declineReason, List<Route> routesOffered,
            List<Route> routesTaken, DisputeOutcome outcome, int extensions, int appraisals, int rounds, long version,
            Instant updatedAt) {
        /** Copies the collections (a {@code null} collection stays {@code null}, for {@code restore} to report). */
        public Parts {
            parties = copy(parties);
            mediators = copy(mediators);
            routesOffered = copy(routesOffered);
            routesTaken = copy(routesTaken);
            refusedBy = refusedBy == null ? null
                    : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(refusedBy));
        }

        private static <T> List<T> copy(List<T> list) {
            return list == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
        }
    }

    Draft draft() {
        return new Draft(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dispute x && id.equals(x.id) && trackingNumber.equals(x.trackingNumber)
                && Objects.equals(caseId, x.caseId) && Objects.equals(divertedFrom, x.divertedFrom)
                && Objects.equals(divertedTo, x.divertedTo) && category == x.category && domain.equals(x.domain)
                && procedure == x.procedure && parties.equals(x.parties) && areaCode.equals(x.areaCode)
                && committee.equals(x.committee) && mediators.equals(x.mediators)
                && amountInDispute.equals(x.amountInDispute) && matter.equals(x.matter) && prior == x.prior
                && appliedAt.equals(x.appliedAt) && Objects.equals(acceptedAt, x.acceptedAt) && state == x.state
                && refusedBy.equals(x.refusedBy) && Objects.equals(limit, x.limit)
                && Objects.equals(mediationClock, x.mediationClock) && warning == x.warning
                && Objects.equals(confirmationWindow, x.confirmationWindow) && Objects.equals(agreement, x.agreement)
                && Objects.equals(agreedAt, x.agreedAt) && Objects.equals(concludedAt, x.concludedAt)
                && Objects.equals(court, x.court) && failureReason == x.failureReason
                && declineReason == x.declineReason && routesOffered.equals(x.routesOffered)
                && routesTaken.equals(x.routesTaken) && outcome == x.outcome && extensions == x.extensions
                && appraisals == x.appraisals && rounds == x.rounds && version == x.version
                && updatedAt.equals(x.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, state, updatedAt);
    }

    /** Renders as e.g. {@code Dispute[CD-20250301-0007, MEDIATING, v4, INDUSTRY_PROFESSIONAL/medical, area 430702001001]}. */
    @Override
    public String toString() {
        return "Dispute[" + trackingNumber + ", " + state + ", v" + version + ", " + category + "/" + domain + ", area "
                + areaCode + "]";
    }

    /** The mutable form the lifecycle builds the next snapshot in. */
    static final class Draft {
        DisputeId id;
        String trackingNumber;
        CaseId caseId;
        DisputeId divertedFrom;
        DisputeId divertedTo;
        MediationCategory category;
        DisputeDomain domain;
        CourtProcedure procedure;
        List<Party> parties;
        String areaCode;
        String committee;
        List<Mediator> mediators = List.of();
        Money amountInDispute;
        FreeText matter;
        PriorProceeding prior;
        Instant appliedAt;
        Instant acceptedAt;
        DisputeState state;
        Set<String> refusedBy = Set.of();
        MediationLimit limit;
        Countdown mediationClock;
        WarningLevel warning;
        Countdown confirmationWindow;
        MediationAgreement agreement;
        Instant agreedAt;
        Instant concludedAt;
        String court;
        FailureReason failureReason;
        DeclineReason declineReason;
        List<Route> routesOffered = List.of();
        List<Route> routesTaken = List.of();
        DisputeOutcome outcome;
        int extensions;
        int appraisals;
        int rounds;
        long version;
        Instant updatedAt;

        Draft() {
        }

        private Draft(Dispute x) {
            id = x.id;
            trackingNumber = x.trackingNumber;
            caseId = x.caseId;
            divertedFrom = x.divertedFrom;
            divertedTo = x.divertedTo;
            category = x.category;
            domain = x.domain;
            procedure = x.procedure;
            parties = x.parties;
            areaCode = x.areaCode;
            committee = x.committee;
            mediators = x.mediators;
            amountInDispute = x.amountInDispute;
            matter = x.matter;
            prior = x.prior;
            appliedAt = x.appliedAt;
            acceptedAt = x.acceptedAt;
            state = x.state;
            refusedBy = x.refusedBy;
            limit = x.limit;
            mediationClock = x.mediationClock;
            warning = x.warning;
            confirmationWindow = x.confirmationWindow;
            agreement = x.agreement;
            agreedAt = x.agreedAt;
            concludedAt = x.concludedAt;
            court = x.court;
            failureReason = x.failureReason;
            declineReason = x.declineReason;
            routesOffered = x.routesOffered;
            routesTaken = x.routesTaken;
            outcome = x.outcome;
            extensions = x.extensions;
            appraisals = x.appraisals;
            rounds = x.rounds;
            version = x.version;
            updatedAt = x.updatedAt;
        }

        Dispute build() {
            return new Dispute(this);
        }
    }
}
