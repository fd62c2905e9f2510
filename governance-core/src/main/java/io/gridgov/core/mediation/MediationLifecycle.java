package io.gridgov.core.mediation;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommand;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CaseState;
import io.gridgov.core.cases.ClosureOutcome;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.lifecycle.AccessDeniedException;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Condition;
import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.lifecycle.IllegalTransitionException;
import io.gridgov.core.lifecycle.LifecycleChecks;
import io.gridgov.core.lifecycle.Permit;
import io.gridgov.core.lifecycle.Rule;
import io.gridgov.core.lifecycle.TransitionTable;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.time.Countdown;
import io.gridgov.core.time.WarningLevel;
import io.gridgov.core.time.WorkCalendar;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The dispute lifecycle: a pure function from a dispute, a command and the time to the next dispute and
 * its events, or a typed refusal. Built once over a grid tree, a work calendar and the mediation time
 * limits; reads no clock and does no I/O. It shares its machinery with the case lifecycle: the
 * {@link TransitionTable}, {@link Actor}s and {@link io.gridgov.core.lifecycle.Role}s, command ids, the
 * refusals and the stage clocks ({@link Countdown}).
 *
 * <p>For every command, in this order: the command is validated if a validator was given; {@code now}
 * must not be before the dispute's last change; the actor's ids must be valid and the dispute's area
 * inside the actor's scope ({@link AccessDeniedException}); the {@link #table() table} must allow the
 * command in the state ({@link IllegalTransitionException}); the actor must hold one of the row's permits
 * ({@link AccessDeniedException}); the row's guards must hold ({@link IllegalTransitionException} saying
 * which); the content must be consistent ({@link InvalidInputException}); then the change is applied. A
 * refused command changes nothing.
 *
 * <p>What the table enforces from the People's Mediation Law (2010) and the other laws:
 * <ul>
 * <li>voluntariness: once a party expressly refuses, the committee may not accept; any party may end the
 *     mediation at any time ({@link DisputeCommandType#WITHDRAW});</li>
 * <li>a people's (or industry) mediation committee declines what a court, the police or an
 *     administrative body has accepted or decided;</li>
 * <li>an agreement takes effect when every party has signed it;</li>
 * <li>judicial confirmation is applied for jointly by every party within the window (30 days from the
 *     agreement taking effect); later, the request is refused saying so; a court's mediation in a lawsuit
 *     needs none;</li>
 * <li>the time limits of {@link MediationTimeLimits}: an appraisal pauses the clock; an extension needs
 *     every party's consent and a limit that allows it; an expiry the law deems a failure is ended by the
 *     system's {@link DisputeCommandType#EXPIRE}; after a labour dispute's 15 days any party may leave for
 *     arbitration;</li>
 * <li>a labour dispute is never sent to a court before arbitration (Labour Dispute Mediation and
 *     Arbitration Law art. 5): a route list with litigation but not arbitration is refused;</li>
 * <li>there is no fee anywhere.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class MediationLifecycle {
    private static final Set<CaseState> CASE_STATES_THAT_OPEN = EnumSet.of(CaseState.REGISTERED,
            CaseState.DISPATCHED, CaseState.IN_PROGRESS, CaseState.SUSPENDED);

    private final GridTree grid;
    private final WorkCalendar calendar;
    private final MediationTimeLimits limits;
    private final double yellowShare;
    private final Validator validator;

    private MediationLifecycle(Builder b) {
        this.grid = b.grid;
        this.calendar = b.calendar;
        this.limits = b.limits;
        this.yellowShare = b.yellowShare;
        this.validator = b.validator;
    }

    /** Starts a lifecycle. */
    public static Builder builder() {
        return new Builder();
    }

    /** The transition table: every state, the commands it accepts, who may issue them, guards, targets, events. */
    public static TransitionTable<DisputeState, DisputeCommandType> table() {
        return DisputeTable.TABLE;
    }

    /** Who may apply for mediation (the creating command is not a row of the table). */
    public static List<Permit> applyPermits() {
        return DisputeTable.APPLY_PERMITS;
    }

    /**
     * The routes the law opens when a mediation in a category and domain does not settle a dispute: a
     * labour dispute goes to arbitration; a court's own mediation or a pre-litigation one goes back to the
     * court; a medical dispute to the health administration or a court; a traffic accident to a court;
     * anything else to another mediation body or a court. Used when a command offers no routes.
     */
    public static List<Route> defaultRoutes(MediationCategory category, DisputeDomain domain) {
        if (category == MediationCategory.JUDICIAL || category == MediationCategory.PRE_LITIGATION) {
            return List.of(Route.LITIGATION);
        }
        if (domain.equals(DisputeDomain.LABOUR)) {
            return List.of(Route.ARBITRATION);
        }
        if (domain.equals(DisputeDomain.MEDICAL)) {
            return List.of(Route.ADMINISTRATIVE_HANDLING, Route.LITIGATION);
        }
        if (domain.equals(DisputeDomain.TRAFFIC)) {
            return List.of(Route.LITIGATION);
        }
        return List.of(Route.OTHER_MEDIATION, Route.LITIGATION);
    }

    /** The grid tree. */
    public GridTree grid() {
        return grid;
    }

    /** The work calendar. */
    public WorkCalendar calendar() {
        return calendar;
    }

    /** The time limits. */
    public MediationTimeLimits limits() {
        return limits;
    }

    /** The commands the dispute's state accepts (to someone, if their guards hold). */
    public List<DisputeCommandType> allowedNow(Dispute d) {
        return DisputeTable.TABLE.allowedIn(Objects.requireNonNull(d, "dispute").state());
    }

    /**
     * Creates a dispute from an application.
     *
     * @param application the application
     * @param now         when it is applied
     * @return the new dispute (state {@link DisputeState#APPLIED}, version 1) and a {@link DisputeEvent.Applied}
     * @throws InvalidInputException if the application breaks its constraints, names an unknown area, lacks
     *                               an applicant or a respondent, repeats a party, has a court procedure
     *                               that does not fit its category, or comes after its application window
     * @throws AccessDeniedException if the actor may not apply here
     */
    public DisputeTransition apply(DisputeApplication application, Instant now) {
        return open(application, null, now);
    }

    /**
     * Opens a dispute from a case of kind {@link CaseKind#DISPUTE}: the dispute records the case, whose
     * outcome it reports back ({@link #reportBack}).
     *
     * @param c           the case; of kind DISPUTE, registered and not yet closed
     * @param application the application
     * @param now         when it is applied
     * @return the new dispute and its event
     * @throws InvalidInputException as for {@link #apply}, and if the case is not a registered, open dispute
     *                               case, or its location is outside the dispute's area
     * @throws AccessDeniedException if the actor may not apply here
     */
    public DisputeTransition openFromCase(Case c, DisputeApplication application, Instant now) {
        Objects.requireNonNull(c, "case");
        Objects.requireNonNull(application, "application");
        List<Problem> problems = new ArrayList<>();
        if (c.kind() != CaseKind.DISPUTE) {
            problems.add(new Problem("case.kind", "case " + c.trackingNumber() + " is of kind " + c.kind()
                    + "; only a case of kind DISPUTE opens a mediation (register it as DISPUTE first)"));
        }
        if (!CASE_STATES_THAT_OPEN.contains(c.state())) {
            problems.add(new Problem("case.state", "case " + c.trackingNumber() + " is " + c.state()
                    + "; a mediation opens from a case that is " + CASE_STATES_THAT_OPEN.stream().sorted().toList()));
        }
        int location = grid.indexOf(c.location().areaCode());
        int area = grid.indexOf(application.areaCode());
        if (location >= 0 && area >= 0 && !grid.contains(area, location)) {
            problems.add(new Problem("areaCode", "area " + application.areaCode() + " does not contain the case's location "
                    + c.location().areaCode() + "; file the dispute where the case is"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "dispute " + application.disputeId()
                    + " cannot be opened from case " + c.trackingNumber(), problems);
        }
        return open(application, c, now);
    }

    /**
     * The command that reports a concluded dispute's outcome back to the case it was opened from and closes
     * that case: {@link ClosureOutcome#RESOLVED} when the agreement was performed,
     * {@link ClosureOutcome#NOT_RESOLVABLE} otherwise (the routes the parties were offered and took are in
     * the summary). Apply it to the case with {@link io.gridgov.core.cases.CaseLifecycle#apply}.
     *
     * @param d     the dispute; {@link DisputeState#CLOSED} and opened from a case
     * @param actor who reports it back (the host's engine as {@link io.gridgov.core.lifecycle.Role#SYSTEM},
     *              or the committee's handler)
     * @param id    the command id
     * @return the case command
     * @throws InvalidInputException if the dispute was not opened from a case, is not closed, or was
     *                               diverted (report back the outcome of the dispute it was diverted to)
     */
    public static CaseCommand.ConcludeByMediation reportBack(Dispute d, Actor actor, CommandId id) {
        Objects.requireNonNull(d, "dispute");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        if (d.caseId().isEmpty()) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "dispute", "dispute " + d.trackingNumber()
                    + " was not opened from a case; there is nothing to report back to");
        }
        if (d.state() == DisputeState.DIVERTED) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "dispute", "dispute " + d.trackingNumber()
                    + " was diverted to " + d.divertedTo().orElseThrow() + "; report back the outcome of that dispute,"
                    + " which carries the same case");
        }
        if (d.state() != DisputeState.CLOSED) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "dispute", "dispute " + d.trackingNumber() + " is "
                    + d.state() + "; report back once it is CLOSED");
        }
        DisputeOutcome outcome = d.outcome().orElseThrow();
        StringBuilder summary = new StringBuilder("mediation ").append(d.trackingNumber()).append(" (")
                .append(d.category()).append(", ").append(d.domain()).append("): ").append(outcome);
        if (!d.routesOffered().isEmpty()) {
            summary.append("; routes offered: ").append(d.routesOffered());
        }
        if (!d.routesTaken().isEmpty()) {
            summary.append("; routes taken: ").append(d.routesTaken());
        }
        return new CaseCommand.ConcludeByMediation(id, actor, d.trackingNumber(),
                outcome.isSettled() ? ClosureOutcome.RESOLVED : ClosureOutcome.NOT_RESOLVABLE,
                FreeText.of(summary.toString()));
    }

    private DisputeTransition open(DisputeApplication a, Case from, Instant now) {
        Objects.requireNonNull(a, "application");
        Objects.requireNonNull(now, "now");
        LifecycleChecks.validate(validator, a);
        List<Problem> problems = new ArrayList<>();
        LifecycleChecks.checkIdentifier(a.trackingNumber(), "trackingNumber", problems);
        LifecycleChecks.checkIdentifier(a.committee(), "committee", problems);
        int area = grid.indexOf(a.areaCode());
        if (area < 0) {
            problems.add(new Problem("areaCode", LifecycleChecks.unknownArea(a.areaCode()) + "; give the grid area where the dispute arose"));
        }
        checkParties(a.parties(), problems);
        checkProcedure(a.category(), a.procedure(), "procedure", problems);
        limits.applicationWindow(a.category(), a.domain(), a.procedure()).ifPresent(w -> {
            if (a.basisReceivedOn() == null) {
                problems.add(new Problem("basisReceivedOn", "a mediation in category " + a.category() + " of a " + a.domain()
                        + " dispute must be applied for within " + w + " of receiving the decision it rests on (a"
                        + " traffic accident determination); give the day it was received"));
            } else {
                Instant opened = a.basisReceivedOn().atStartOfDay(calendar.zone()).toInstant();
                Instant closes = w.deadline(opened, calendar);
                if (!now.isBefore(closes)) {
                    problems.add(new Problem("basisReceivedOn", "the application comes after its window: a mediation in category " + a.category()
                            + " of a " + a.domain() + " dispute must be applied for within " + w + " of receiving"
                            + " the decision it rests on (received " + a.basisReceivedOn() + ", the window closed at " + closes
                            + "); the parties may go to court instead"));
                } else if (now.isBefore(opened)) {
                    problems.add(new Problem("basisReceivedOn", "the decision is said to be received on "
                            + a.basisReceivedOn() + ", after the application at " + now + "; give the day it was received"));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "application for dispute " + a.disputeId()
                    + " cannot be accepted", problems);
        }
        String subject = "dispute " + a.trackingNumber();
        Actor actor = a.actor();
        LifecycleChecks.requireValidActor(actor);
        if (!LifecycleChecks.inScope(grid, actor, area)) {
            throw outOfScope(actor, area, subject, DisputeCommandType.APPLY);
        }
        boolean permitted = false;
        for (Permit p : DisputeTable.APPLY_PERMITS) {
            if (actor.hasRole(p.role()) && switch ((DisputeParty) p.party()) {
                case APPLICANT -> a.parties().stream().anyMatch(x -> x.side() == PartySide.APPLICANT
                        && x.partyId().equals(actor.personId()));
                case RECEIVING -> actor.organisation().equals(a.committee());
                default -> true;
            }) {
                permitted = true;
                break;
            }
        }
        if (!permitted) {
            throw new AccessDeniedException(actor, subject, DisputeCommandType.APPLY, "applying is for "
                    + LifecycleChecks.describe(DisputeTable.APPLY_PERMITS));
        }
        Dispute.Draft d = new Dispute.Draft();
        d.id = a.disputeId();
        d.trackingNumber = a.trackingNumber();
        d.caseId = from == null ? null : from.id();
        d.category = a.category();
        d.domain = a.domain();
        d.procedure = a.procedure();
        d.parties = ordered(a.parties());
        d.areaCode = a.areaCode();
        d.committee = a.committee();
        d.amountInDispute = a.amountInDispute();
        d.matter = a.matter();
        d.prior = a.prior();
        d.appliedAt = now;
        d.state = DisputeState.APPLIED;
        d.version = 1;
        d.updatedAt = now;
        startIfFromApplication(d, now);
        DisputeEvent e = new DisputeEvent.Applied(d.id, 1, now, actor, a.id(), d.category, d.domain, d.procedure,
                d.areaCode, d.committee, d.parties.size(), d.caseId, null, deadlineOrNull(d));
        return new DisputeTransition(d.build(), List.of(e), null);
    }

    /**
     * Applies a command to a dispute.
     *
     * @param d       the dispute
     * @param command the command
     * @param now     when it is applied; not before the dispute's last change
     * @return the next dispute (version plus one) and its event; for a diversion also the opened dispute
     * @throws InvalidInputException      if the command breaks its constraints, {@code now} is before the
     *                                    dispute's last change, or its content is inconsistent
     * @throws IllegalTransitionException if the state does not accept the command or a guard fails
     * @throws AccessDeniedException      if the actor may not issue it
     * @throws NotFoundException          if the dispute's area is not in this lifecycle's grid tree
     */
    public DisputeTransition apply(Dispute d, DisputeCommand command, Instant now) {
        Objects.requireNonNull(d, "dispute");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(now, "now");
        LifecycleChecks.validate(validator, command);
        if (now.isBefore(d.updatedAt())) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "now", "command " + command.id() + " is applied at "
                    + now + ", before dispute " + d.trackingNumber() + " last changed at " + d.updatedAt()
                    + "; apply commands in time order with the time they happen");
        }
        DisputeCommandType type = command.type();
        Actor actor = command.actor();
        LifecycleChecks.requireValidActor(actor);
        int area = grid.indexOf(d.areaCode());
        if (area < 0) {
            throw new NotFoundException("dispute " + d.trackingNumber() + " is filed under area " + d.areaCode()
                    + ", which this lifecycle's grid tree does not hold; after a re-division, re-home open disputes to"
                    + " their successor areas before acting on them");
        }
        if (!LifecycleChecks.inScope(grid, actor, area)) {
            throw outOfScope(actor, area, subject(d), type);
        }
        Rule<DisputeState, DisputeCommandType> rule = DisputeTable.TABLE.rule(d.state(), type).orElseThrow(
                () -> new IllegalTransitionException(subject(d), d.state(), type, null, allowedNow(d)));
        requirePermit(rule, actor, d, command, now);
        for (Condition g : rule.guards()) {
            String failure = failure((DisputeGuard) g, d, command, now);
            if (failure != null) {
                throw new IllegalTransitionException(subject(d), d.state(), type, failure, allowedNow(d));
            }
        }
        checkContent(d, command, now);
        Dispute.Draft x = d.draft();
        x.state = rule.target().next(d.state(), null);
        x.version = d.version() + 1;
        x.updatedAt = now;
        DisputeTransition opened = null;
        DisputeEvent e;
        if (command instanceof DisputeCommand.Divert v) {
            opened = divert(d, v, now);
            x.divertedTo = v.newDisputeId();
            x.outcome = DisputeOutcome.DIVERTED;
            e = new DisputeEvent.Diverted(x.id, x.version, now, actor, v.id(), v.newDisputeId(), v.newTrackingNumber(),
                    v.toCategory(), v.toCommittee(), v.reason());
        } else {
            e = effect(x, d, command, now);
        }
        return new DisputeTransition(x.build(), List.of(e), opened);
    }

    /**
     * The warning level of the mediation's clock at an instant: normal, yellow once the configured share of
     * the limit is used, red when overdue. A paused clock keeps the level it paused at; a dispute whose
     * clock has not started or has finished is {@link WarningLevel#NORMAL}.
     */
    public WarningLevel warningAt(Dispute d, Instant now) {
        Objects.requireNonNull(now, "now");
        Countdown k = Objects.requireNonNull(d, "dispute").mediationClock().orElse(null);
        if (k == null || k.isFinished()) {
            return WarningLevel.NORMAL;
        }
        return k.warningAt(now, calendar, yellowShare);
    }

    private DisputeEvent effect(Dispute.Draft x, Dispute d, DisputeCommand command, Instant now) {
        Actor by = command.actor();
        CommandId id = command.id();
        long v = x.version;
        DisputeId did = x.id;
        return switch (command.type()) {
            case TRANSFER -> {
                var t = (DisputeCommand.Transfer) command;
                x.committee = t.toCommittee();
                x.category = t.toCategory();
                // Not yet accepted, so any clock started at the application: re-derive it under the new category.
                x.limit = null;
                x.mediationClock = null;
                x.warning = null;
                startIfFromApplication(x, d.appliedAt());
                yield new DisputeEvent.Transferred(did, v, now, by, id, d.committee(), t.toCommittee(), d.category(),
                        t.toCategory(), t.reason());
            }
            case REFUSE -> {
                var r = (DisputeCommand.Refuse) command;
                Set<String> refused = new LinkedHashSet<>(d.refusedBy());
                refused.add(r.partyId());
                x.refusedBy = Set.copyOf(refused);
                yield new DisputeEvent.Refused(did, v, now, by, id, r.partyId(), r.reason());
            }
            case ACCEPT -> {
                var a = (DisputeCommand.Accept) command;
                x.acceptedAt = now;
                if (x.mediationClock == null) {
                    startClock(x, limits.limitFor(x.category, x.domain, x.procedure), now);
                }
                yield new DisputeEvent.Accepted(did, v, now, by, id, x.limit, x.mediationClock.deadline());
            }
            case DECLINE -> {
                var r = (DisputeCommand.Decline) command;
                finishClock(x, now);
                x.declineReason = r.reason();
                x.routesOffered = r.routes().isEmpty() ? defaultRoutes(x.category, x.domain) : r.routes();
                yield new DisputeEvent.Declined(did, v, now, by, id, r.reason(), x.routesOffered, r.explanation());
            }
            case ASSIGN -> {
                var a = (DisputeCommand.Assign) command;
                x.mediators = a.mediators();
                yield new DisputeEvent.MediatorsAssigned(did, v, now, by, id, a.mediators());
            }
            case SUSPEND_FOR_APPRAISAL -> {
                var s = (DisputeCommand.SuspendForAppraisal) command;
                x.mediationClock = x.mediationClock.pause(now, calendar);
                x.appraisals++;
                yield new DisputeEvent.SuspendedForAppraisal(did, v, now, by, id, s.appraisal());
            }
            case RESUME -> {
                var r = (DisputeCommand.Resume) command;
                x.mediationClock = x.mediationClock.resume(now, calendar);
                yield new DisputeEvent.Resumed(did, v, now, by, id, x.mediationClock.deadline());
            }
            case EXTEND -> {
                var t = (DisputeCommand.Extend) command;
                Countdown k = x.mediationClock.extend(t.extra(), calendar);
                WarningLevel had = d.warningRaised();
                WarningLevel level = k.warningAt(now, calendar, yellowShare);
                x.mediationClock = k;
                if (level.compareTo(had) < 0) {
                    x.warning = level == WarningLevel.NORMAL ? null : level; // re-armed only as far as it was lowered
                }
                x.extensions++;
                yield new DisputeEvent.Extended(did, v, now, by, id, t.extra(), t.consentingParties(), t.reason(),
                        k.deadline());
            }
            case REACH_AGREEMENT -> {
                var r = (DisputeCommand.ReachAgreement) command;
                finishClock(x, now);
                x.agreement = r.agreement();
                if (x.agreedAt == null) {
                    x.agreedAt = now;
                }
                conclude(x, now);
                Instant window = null;
                if (x.category != MediationCategory.JUDICIAL) {
                    x.confirmationWindow = Countdown.start(limits.confirmationWindow(), now, calendar);
                    window = x.confirmationWindow.deadline();
                }
                yield new DisputeEvent.AgreementReached(did, v, now, by, id, r.agreement(), window);
            }
            case FAIL -> {
                var f = (DisputeCommand.Fail) command;
                FailureReason reason = permitHeld(d, by, command, now) == DisputeParty.ASSIGNED
                        ? FailureReason.NO_AGREEMENT : FailureReason.PARTY_LEFT_AFTER_LIMIT;
                yield fail(x, now, by, id, reason, f.routes(), f.reason());
            }
            case EXPIRE -> fail(x, now, by, id, FailureReason.TIME_LIMIT_EXPIRED, List.of(),
                    FreeText.of("the time limit " + d.limit().map(MediationLimit::limit).map(String::valueOf).orElse("")
                            + " expired at " + d.mediationClock().map(Countdown::deadline).map(String::valueOf).orElse("")));
            case WITHDRAW -> {
                var w = (DisputeCommand.Withdraw) command;
                finishClock(x, now);
                conclude(x, now);
                x.routesOffered = defaultRoutes(x.category, x.domain);
                yield new DisputeEvent.Withdrawn(did, v, now, by, id, w.partyId(), w.reason(), x.routesOffered);
            }
            case REQUEST_CONFIRMATION -> {
                var r = (DisputeCommand.RequestConfirmation) command;
                x.court = r.court();
                x.confirmationWindow = x.confirmationWindow.finish(now);
                yield new DisputeEvent.ConfirmationRequested(did, v, now, by, id, r.court(), r.jointApplicants());
            }
            case CONFIRM -> new DisputeEvent.Confirmed(did, v, now, by, id, d.court().orElseThrow(),
                    ((DisputeCommand.Confirm) command).ruling());
            case REFUSE_CONFIRMATION -> {
                var r = (DisputeCommand.RefuseConfirmation) command;
                // a labour dispute still goes to arbitration before a court (Labour Dispute Mediation and Arbitration Law art. 5)
                boolean labour = x.domain.equals(DisputeDomain.LABOUR) && x.category != MediationCategory.JUDICIAL;
                x.routesOffered = List.of(Route.OTHER_MEDIATION, labour ? Route.ARBITRATION : Route.LITIGATION);
                yield new DisputeEvent.ConfirmationRefused(did, v, now, by, id, d.court().orElseThrow(), r.reason(),
                        x.routesOffered);
            }
            case REMEDIATE -> {
                var r = (DisputeCommand.Remediate) command;
                x.rounds++;
                x.agreement = null;
                x.court = null;
                x.confirmationWindow = null;
                x.routesOffered = List.of();
                x.warning = null;
                startClock(x, limits.limitFor(x.category, x.domain, x.procedure), now);
                yield new DisputeEvent.Remediated(did, v, now, by, id, r.reason(), x.rounds, x.mediationClock.deadline());
            }
            case RECORD_PERFORMANCE -> {
                var r = (DisputeCommand.RecordPerformance) command;
                if (x.confirmationWindow != null && !x.confirmationWindow.isFinished()) {
                    x.confirmationWindow = x.confirmationWindow.finish(now);
                }
                yield new DisputeEvent.PerformanceRecorded(did, v, now, by, id, r.remark());
            }
            case CLOSE -> {
                var c = (DisputeCommand.Close) command;
                if (x.confirmationWindow != null && !x.confirmationWindow.isFinished()) {
                    x.confirmationWindow = x.confirmationWindow.finish(now);
                }
                x.routesTaken = c.routesTaken();
                x.outcome = switch (d.state()) {
                    case PERFORMED -> DisputeOutcome.AGREEMENT_PERFORMED;
                    case AGREED, CONFIRMED -> DisputeOutcome.AGREEMENT_NOT_PERFORMED;
                    case CONFIRMATION_REFUSED -> DisputeOutcome.AGREEMENT_NOT_CONFIRMED;
                    case FAILED -> DisputeOutcome.FAILED;
                    case TERMINATED -> DisputeOutcome.TERMINATED;
                    case DECLINED -> DisputeOutcome.DECLINED;
                    case APPLIED, ACCEPTED, MEDIATING, SUSPENDED, CONFIRMATION_REQUESTED, DIVERTED, CLOSED ->
                            throw new IllegalStateException("the table does not allow CLOSE in " + d.state());
                };
                yield new DisputeEvent.Closed(did, v, now, by, id, x.outcome, c.routesTaken(), c.remark());
            }
            case RAISE_WARNING -> {
                var r = (DisputeCommand.RaiseWarning) command;
                WarningLevel level = warningAt(d, now);
                x.warning = level;
                yield new DisputeEvent.WarningRaised(did, v, now, by, id, level, d.mediationClock().orElseThrow().deadline());
            }
            case DIVERT -> throw new IllegalStateException("a diversion is applied by divert()");
            case APPLY -> throw new IllegalStateException("APPLY is not a command on an existing dispute");
        };
    }

    private DisputeEvent fail(Dispute.Draft x, Instant now, Actor by, CommandId id, FailureReason reason,
            List<Route> routes, FreeText remark) {
        finishClock(x, now);
        conclude(x, now);
        x.failureReason = reason;
        x.routesOffered = routes.isEmpty() ? defaultRoutes(x.category, x.domain) : routes;
        return new DisputeEvent.Failed(x.id, x.version, now, by, id, reason, x.routesOffered, remark);
    }

    /** The new dispute a diversion opens: same parties, domain, matter, area, amount and case; applied anew. */
    private DisputeTransition divert(Dispute d, DisputeCommand.Divert v, Instant now) {
        Dispute.Draft n = new Dispute.Draft();
        n.id = v.newDisputeId();
        n.trackingNumber = v.newTrackingNumber();
        n.caseId = d.caseId().orElse(null);
        n.divertedFrom = d.id();
        n.category = v.toCategory();
        n.domain = d.domain();
        n.procedure = v.toProcedure();
        n.parties = d.parties();
        n.areaCode = d.areaCode();
        n.committee = v.toCommittee();
        n.amountInDispute = d.amountInDispute();
        n.matter = d.matter();
        n.prior = d.prior();
        n.appliedAt = now;
        n.state = DisputeState.APPLIED;
        n.version = 1;
        n.updatedAt = now;
        startIfFromApplication(n, now);
        DisputeEvent e = new DisputeEvent.Applied(n.id, 1, now, v.actor(), v.id(), n.category, n.domain, n.procedure,
                n.areaCode, n.committee, n.parties.size(), n.caseId, d.id(), deadlineOrNull(n));
        return new DisputeTransition(n.build(), List.of(e), null);
    }

    private void startIfFromApplication(Dispute.Draft d, Instant now) {
        MediationLimit l = limits.limitFor(d.category, d.domain, d.procedure);
        if (l.start() == MediationLimit.Start.APPLICATION) {
            startClock(d, l, now);
        }
    }

    private void startClock(Dispute.Draft d, MediationLimit l, Instant now) {
        d.limit = l;
        d.mediationClock = Countdown.start(l.limit(), now, calendar);
        d.warning = null;
    }

    private static void finishClock(Dispute.Draft d, Instant now) {
        if (d.mediationClock != null && !d.mediationClock.isFinished()) {
            d.mediationClock = d.mediationClock.finish(now);
        }
    }

    /** The mediation concluded, if it was ever accepted: the success rate counts it from now on. */
    private static void conclude(Dispute.Draft d, Instant now) {
        if (d.acceptedAt != null && d.concludedAt == null) {
            d.concludedAt = now;
        }
    }

    private static Instant deadlineOrNull(Dispute.Draft d) {
        return d.mediationClock == null ? null : d.mediationClock.deadline();
    }

    /** Why a guard fails, or {@code null} if it holds. */
    private String failure(DisputeGuard g, Dispute d, DisputeCommand command, Instant now) {
        return switch (g) {
            case ELSEWHERE -> {
                String committee;
                MediationCategory category;
                if (command instanceof DisputeCommand.Transfer t) {
                    committee = t.toCommittee();
                    category = t.toCategory();
                } else {
                    var v = (DisputeCommand.Divert) command;
                    committee = v.toCommittee();
                    category = v.toCategory();
                }
                yield committee.equals(d.committee()) && category == d.category() ? "it is already with " + d.committee()
                        + " as " + d.category() + "; name another committee or category" : null;
            }
            case NOT_ALREADY_REFUSED -> d.refusedBy().contains(((DisputeCommand.Refuse) command).partyId())
                    ? "that party's refusal is already recorded" : null;
            case NO_REFUSAL -> d.refusedBy().isEmpty() ? null : d.refusedBy().size() + " part"
                    + (d.refusedBy().size() == 1 ? "y has" : "ies have") + " expressly refused mediation, which is voluntary"
                    + " (People's Mediation Law art. 17); DECLINE it with PARTY_REFUSED";
            case NOT_TAKEN_UP -> d.category().isPeoplesMediation() && d.prior().isTakenUp() ? "the matter is "
                    + d.prior() + ", and a people's mediation committee does not take up what a court, the police or an"
                    + " administrative body has accepted or decided (Ministry of Justice provisions on people's mediation, 2002,"
                    + " art. 22); DECLINE it with"
                    + " HANDLED_ELSEWHERE" : null;
            case EXTENDABLE -> d.limit().map(MediationLimit::extendable).orElse(false) ? null : "the time limit "
                    + d.limit().map(String::valueOf).orElse("(none)") + " cannot be extended";
            case ALL_CONSENT -> missing(d, ((DisputeCommand.Extend) command).consentingParties(), "consented");
            case ALL_SIGNED -> missing(d, ((DisputeCommand.ReachAgreement) command).agreement().signedBy(), "signed");
            case EXPIRED_FAILS -> {
                MediationLimit l = d.limit().orElse(null);
                Countdown k = d.mediationClock().orElse(null);
                if (l == null || k == null || l.expiry() != MediationLimit.Expiry.FAILS) {
                    yield "the time limit " + (l == null ? "has not started" : l + " does not make expiry a failure");
                }
                yield k.isOverdueAt(now) ? null : "the time limit runs until " + k.deadline();
            }
            case NOT_JUDICIAL -> d.category() == MediationCategory.JUDICIAL ? "a court's mediation in a lawsuit ends in"
                    + " an enforceable mediation document; there is no agreement to confirm" : null;
            case WITHIN_WINDOW -> {
                Countdown w = d.confirmationWindow().orElseThrow();
                yield w.isOverdueAt(now) ? "the window for judicial confirmation closed at " + w.deadline() + " ("
                        + limits.confirmationWindow() + " from the agreement taking effect at " + w.started()
                        + ", People's Mediation Law art. 33); the agreement still binds the parties, who may perform it or"
                        + " sue on it" : null;
            }
            case JOINT -> missing(d, ((DisputeCommand.RequestConfirmation) command).jointApplicants(), "joined the application");
            case SUED -> ((DisputeCommand.Close) command).routesTaken().contains(Route.LITIGATION) ? null
                    : "an agreement that was neither performed nor confirmed is closed when the obligee sues on it;"
                    + " record the route LITIGATION, or RECORD_PERFORMANCE if it was performed";
            case ENFORCED -> ((DisputeCommand.Close) command).routesTaken().contains(Route.ENFORCEMENT) ? null
                    : "a confirmed agreement that was not performed is closed when the obligee applies to the court for"
                    + " enforcement; record the route ENFORCEMENT, or RECORD_PERFORMANCE if it was performed";
            case WARNING_ROSE -> {
                if (d.mediationClock().isEmpty() || d.mediationClock().get().isFinished()) {
                    yield "the mediation's clock is not running";
                }
                WarningLevel level = warningAt(d, now);
                yield level.compareTo(d.warningRaised()) > 0 ? null : "the warning level is " + level
                        + ", already recorded " + d.warningRaised();
            }
        };
    }

    /** The parties not in {@code ids}, as a refusal sentence, or {@code null} if every party is there. */
    private static String missing(Dispute d, Collection<String> ids, String what) {
        List<String> absent = d.parties().stream().map(Party::partyId).filter(p -> !ids.contains(p)).toList();
        return absent.isEmpty() ? null : absent.size() + " of " + d.parties().size() + " parties " + (absent.size() == 1 ? "has" : "have")
                + " not " + what
                + " (party ids " + absent + ")";
    }

    private void checkContent(Dispute d, DisputeCommand command, Instant now) {
        List<Problem> problems = new ArrayList<>();
        switch (command.type()) {
            case TRANSFER -> {
                var t = (DisputeCommand.Transfer) command;
                LifecycleChecks.checkIdentifier(t.toCommittee(), "toCommittee", problems);
                checkProcedure(t.toCategory(), d.procedure(), "toCategory", problems);
            }
            case REFUSE -> checkParty(d, ((DisputeCommand.Refuse) command).partyId(), "partyId", problems);
            case WITHDRAW -> checkParty(d, ((DisputeCommand.Withdraw) command).partyId(), "partyId", problems);
            case DECLINE -> checkRoutes(d, ((DisputeCommand.Decline) command).routes(), "routes", problems);
            case FAIL -> checkRoutes(d, ((DisputeCommand.Fail) command).routes(), "routes", problems);
            case ASSIGN -> {
                var a = (DisputeCommand.Assign) command;
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < a.mediators().size(); i++) {
                    String p = a.mediators().get(i).personId();
                    if (!Identifiers.isValid(p)) {
                        LifecycleChecks.checkIdentifier(p, "mediators[" + i + "].personId", problems);
                    } else if (!seen.add(p)) {
                        problems.add(new Problem("mediators[" + i + "]", "person " + p + " is assigned twice"));
                    }
                }
                if (a.mediators().stream().noneMatch(m -> m.kind() == Mediator.Kind.MEDIATOR)) {
                    problems.add(new Problem("mediators", "no one of kind MEDIATOR is assigned; a lawyer or an expert"
                            + " joins a mediator, who leads"));
                } else if (a.mediators().get(0).kind() != Mediator.Kind.MEDIATOR) {
                    problems.add(new Problem("mediators[0]", "the first person leads the mediation and must be of kind"
                            + " MEDIATOR; list the mediator first"));
                }
            }
            case EXTEND -> checkAllParties(d, ((DisputeCommand.Extend) command).consentingParties(), "consentingParties",
                    problems);
            case REACH_AGREEMENT -> {
                var r = (DisputeCommand.ReachAgreement) command;
                checkAllParties(d, r.agreement().signedBy(), "agreement.signedBy", problems);
                LocalDate today = now.atZone(calendar.zone()).toLocalDate();
                if (r.agreement().performBy().isBefore(today)) {
                    problems.add(new Problem("agreement.performBy", "the deadline of performance "
                            + r.agreement().performBy() + " is before the agreement's day " + today
                            + "; give a day on or after it"));
                }
            }
            case REQUEST_CONFIRMATION -> {
                var r = (DisputeCommand.RequestConfirmation) command;
                LifecycleChecks.checkIdentifier(r.court(), "court", problems);
                checkAllParties(d, r.jointApplicants(), "jointApplicants", problems);
            }
            case DIVERT -> {
                var v = (DisputeCommand.Divert) command;
                LifecycleChecks.checkIdentifier(v.newTrackingNumber(), "newTrackingNumber", problems);
                LifecycleChecks.checkIdentifier(v.toCommittee(), "toCommittee", problems);
                checkProcedure(v.toCategory(), v.toProcedure(), "toProcedure", problems);
                if (v.newDisputeId().equals(d.id())) {
                    problems.add(new Problem("newDisputeId", "the new dispute needs an id of its own, not " + d.id()));
                }
            }
            case ACCEPT -> { }
            case SUSPEND_FOR_APPRAISAL -> { }
            case RESUME -> { }
            case EXPIRE -> { }
            case CONFIRM -> { }
            case REFUSE_CONFIRMATION -> { }
            case REMEDIATE -> { }
            case RECORD_PERFORMANCE -> { }
            case CLOSE -> { }
            case RAISE_WARNING -> { }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, command.type() + " " + command.id() + " on dispute "
                    + d.trackingNumber() + " is invalid", problems);
        }
    }

    private static void checkParties(List<Party> parties, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        boolean applicant = false;
        boolean respondent = false;
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (!Identifiers.isValid(p.partyId())) {
                LifecycleChecks.checkIdentifier(p.partyId(), "parties[" + i + "].partyId", problems);
            } else if (!seen.add(p.partyId())) {
                problems.add(new Problem("parties[" + i + "].partyId", "party " + p.partyId() + " is listed twice"));
            }
            applicant |= p.side() == PartySide.APPLICANT;
            respondent |= p.side() == PartySide.RESPONDENT;
        }
        if (!applicant) {
            problems.add(new Problem("parties", "no APPLICANT; a dispute has at least one applicant and one respondent"));
        }
        if (!respondent) {
            problems.add(new Problem("parties", "no RESPONDENT; a dispute has at least one applicant and one respondent"));
        }
    }

    private static void checkProcedure(MediationCategory category, CourtProcedure procedure, String where,
            List<Problem> problems) {
        if ((category == MediationCategory.JUDICIAL) == (procedure == CourtProcedure.NONE)) {
            problems.add(new Problem(where, category == MediationCategory.JUDICIAL
                    ? "a JUDICIAL mediation is part of a lawsuit; give its procedure, ORDINARY or SUMMARY"
                    : "a mediation in category " + category + " is not part of a lawsuit; its procedure is NONE, not " + procedure));
        }
    }

    private static void checkParty(Dispute d, String partyId, String where, List<Problem> problems) {
        if (!Identifiers.isValid(partyId)) {
            LifecycleChecks.checkIdentifier(partyId, where, problems);
        } else if (!d.isParty(partyId)) {
            problems.add(new Problem(where, "party " + partyId + " is not a party to dispute " + d.trackingNumber()));
        }
    }

    private static void checkAllParties(Dispute d, List<String> ids, String where, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            checkParty(d, ids.get(i), where + "[" + i + "]", problems);
            if (!seen.add(ids.get(i))) {
                problems.add(new Problem(where + "[" + i + "]", "party " + ids.get(i) + " is listed twice"));
            }
        }
    }

    private static void checkRoutes(Dispute d, List<Route> routes, String where, List<Problem> problems) {
        if (routes.contains(Route.ENFORCEMENT)) {
            problems.add(new Problem(where, "ENFORCEMENT is for a confirmed agreement not performed; there is no"
                    + " agreement to enforce here"));
        }
        if (new HashSet<>(routes).size() != routes.size()) {
            problems.add(new Problem(where, "a route is listed twice"));
        }
        if (d.domain().equals(DisputeDomain.LABOUR) && d.category() != MediationCategory.JUDICIAL
                && routes.contains(Route.LITIGATION) && !routes.contains(Route.ARBITRATION)) {
            problems.add(new Problem(where, "a labour dispute goes to arbitration before a court (Labour Dispute"
                    + " Mediation and Arbitration Law art. 5); offer ARBITRATION"));
        }
    }

    /** Applicants first, then respondents, each in the order given. */
    private static List<Party> ordered(List<Party> parties) {
        return parties.stream().sorted(Comparator.comparing(Party::side)).toList();
    }

    private AccessDeniedException outOfScope(Actor actor, int area, String subject, DisputeCommandType type) {
        return new AccessDeniedException(actor, subject, type, "its area " + grid.code(area)
                + " is outside the actor's area scope " + actor.areaScope().stream().sorted().toList());
    }

    private void requirePermit(Rule<DisputeState, DisputeCommandType> rule, Actor actor, Dispute d,
            DisputeCommand command, Instant now) {
        if (permitHeld(d, actor, command, now) != null) {
            return;
        }
        boolean roleHeld = rule.permits().stream().anyMatch(p -> actor.hasRole(p.role()));
        throw new AccessDeniedException(actor, subject(d), rule.command(), (roleHeld ? "" : "it holds none of the roles; ")
                + rule.command() + " in " + rule.from() + " is for " + LifecycleChecks.describe(rule.permits())
                + (roleHeld ? ", which the actor is not" : "") + "; the dispute is with " + d.committee());
    }

    /** The party condition of the first permit of the row the actor holds, or {@code null}. */
    private DisputeParty permitHeld(Dispute d, Actor actor, DisputeCommand command, Instant now) {
        Rule<DisputeState, DisputeCommandType> rule = DisputeTable.TABLE.rule(d.state(), command.type()).orElseThrow();
        for (Permit p : rule.permits()) {
            DisputeParty party = (DisputeParty) p.party();
            if (actor.hasRole(p.role()) && holds(party, actor, d, command, now)) {
                return party;
            }
        }
        return null;
    }

    private boolean holds(DisputeParty party, Actor a, Dispute d, DisputeCommand command, Instant now) {
        return switch (party) {
            case IN_SCOPE -> true;
            case COMMITTEE, RECEIVING -> a.organisation().equals(d.committee());
            case ASSIGNED -> a.organisation().equals(d.committee()) && d.isMediator(a.personId());
            case PARTY -> d.isParty(a.personId());
            case NAMED_PARTY -> d.isParty(a.personId()) && a.personId().equals(namedParty(command));
            case PARTY_AFTER_LIMIT -> d.isParty(a.personId()) && d.limit().map(MediationLimit::expiry).orElse(null)
                    == MediationLimit.Expiry.PARTIES_MAY_LEAVE && d.mediationClock().orElseThrow().isOverdueAt(now);
            case COURT -> a.organisation().equals(d.court().orElse(null));
            case APPLICANT -> d.parties().stream().anyMatch(x -> x.side() == PartySide.APPLICANT
                    && x.partyId().equals(a.personId()));
        };
    }

    /** The party a refusal or withdrawal names. */
    private static String namedParty(DisputeCommand command) {
        if (command instanceof DisputeCommand.Refuse r) {
            return r.partyId();
        }
        return command instanceof DisputeCommand.Withdraw w ? w.partyId() : null;
    }

    private static String subject(Dispute d) {
        return "dispute " + d.trackingNumber();
    }

    @Override
    public String toString() {
        return "MediationLifecycle[" + grid + ", " + limits + "]";
    }

    /** Collects the parts of a lifecycle. Not thread-safe. */
    public static final class Builder {
        private GridTree grid;
        private WorkCalendar calendar;
        private MediationTimeLimits limits = MediationTimeLimits.standard();
        private double yellowShare = WarningLevel.DEFAULT_YELLOW_SHARE;
        private Validator validator;

        private Builder() {
        }

        /** The grid tree areas and scopes are checked against. Required. */
        public Builder grid(GridTree tree) {
            this.grid = Objects.requireNonNull(tree, "tree");
            return this;
        }

        /** The work calendar deadlines are computed with. Required. */
        public Builder calendar(WorkCalendar workCalendar) {
            this.calendar = Objects.requireNonNull(workCalendar, "workCalendar");
            return this;
        }

        /** The time limits; default {@link MediationTimeLimits#standard()}. */
        public Builder limits(MediationTimeLimits timeLimits) {
            this.limits = Objects.requireNonNull(timeLimits, "timeLimits");
            return this;
        }

        /** The share of a limit at which the warning turns yellow; default {@value WarningLevel#DEFAULT_YELLOW_SHARE}. */
        public Builder yellowShare(double share) {
            this.yellowShare = WarningLevel.checkYellowShare(share);
            return this;
        }

        /** A Bean Validation validator to run on every application and command before anything else. */
        public Builder validator(Validator commandValidator) {
            this.validator = Objects.requireNonNull(commandValidator, "commandValidator");
            return this;
        }

        /**
         * Builds the lifecycle.
         *
         * @return the lifecycle
         * @throws InvalidInputException if the grid tree or the calendar is missing
         */
        public MediationLifecycle build() {
            List<Problem> problems = new ArrayList<>();
            if (grid == null) {
                problems.add(new Problem("grid", "missing; call grid(tree)"));
            }
            if (calendar == null) {
                problems.add(new Problem("calendar", "missing; call calendar(WorkCalendar.china(...))"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(ErrorCode.INVALID_INPUT, "mediation lifecycle cannot be built", problems);
            }
            return new MediationLifecycle(this);
        }
    }
}
