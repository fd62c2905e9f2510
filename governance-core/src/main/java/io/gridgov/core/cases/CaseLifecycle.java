package io.gridgov.core.cases;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.Problem;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.lifecycle.AccessDeniedException;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.Condition;
import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.lifecycle.IllegalTransitionException;
import io.gridgov.core.lifecycle.LifecycleChecks;
import io.gridgov.core.lifecycle.Permit;
import io.gridgov.core.lifecycle.Rule;
import io.gridgov.core.lifecycle.TransitionTable;
import io.gridgov.core.time.Countdown;
import io.gridgov.core.time.WarningLevel;
import io.gridgov.core.time.WorkCalendar;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The case lifecycle: a pure function from a case, a command and the time to the next case and the
 * events, or a typed refusal. Built once over a grid tree, a category taxonomy, a work calendar and a
 * time-limit policy; reads no clock and does no I/O.
 *
 * <p>For every command, in this order:
 * <ol>
 * <li>the command is validated, if a {@link Builder#validator(Validator) validator} was given
 *     ({@link InvalidInputException}, every violation with its property path);</li>
 * <li>{@code now} must not be before the case's last change ({@link InvalidInputException});</li>
 * <li>the actor's ids must be valid (not a phone or identity number) and the case's location must be
 *     inside the actor's area scope ({@link AccessDeniedException}): an actor from elsewhere learns
 *     nothing about the case, not even its state;</li>
 * <li>the {@link #table() table} must allow the command in the case's state
 *     ({@link IllegalTransitionException});</li>
 * <li>the actor must hold one of the row's permits: a role and the party it must be in, such as the
 *     organisation owning the case, the main handler, the reporter, or for verification an
 *     organisation that did not handle the case ({@link AccessDeniedException});</li>
 * <li>the row's guards must hold ({@link IllegalTransitionException} saying which);</li>
 * <li>the command's content must fit the grid and the taxonomy, and the ids it names (an organisation, a
 *     dispute's tracking number) must be valid, whether or not a validator ran; a bad id is not repeated
 *     ({@link InvalidInputException});</li>
 * <li>the change is applied: the state the row names, stage clocks started, finished, paused or
 *     extended, counters, the version plus one, and the row's events.</li>
 * </ol>
 * A refused command changes nothing: the case passed in is immutable and no new one is returned.
 *
 * <p>Separation of duties: verification is never by an organisation that handled the case, nor by the
 * person who fed back or resolved it. The micro cycle is the one exception the domain prescribes: a
 * case a grid member resolved on the spot is verified by the grid leader, often of the same grid
 * station, but never by the grid member who resolved it, and only for the round of handling that began
 * on the spot (a dispatch, return or escalation ends it).
 *
 * <p>A dispute case ({@link CaseKind#DISPUTE}) needs no verification when its mediation concludes it
 * ({@link CaseCommandType#CONCLUDE_BY_MEDIATION}, while in progress or suspended): the mediation concluded
 * the matter with the parties themselves (an agreement performed, or a failure diverted to another
 * channel), so there is no handler's account of its own work left for someone else to check; the case
 * closes with the outcome the mediation reports. The case names the dispute only by its tracking number,
 * so this package does not depend on the mediation package (docs/decisions.md §13).
 *
 * <p>Immutable and thread-safe.
 */
public final class CaseLifecycle {
    private final GridTree grid;
    private final CategoryTaxonomy taxonomy;
    private final WorkCalendar calendar;
    private final TimeLimitPolicy policy;
    private final double yellowShare;
    private final Validator validator;

    private CaseLifecycle(Builder b) {
        this.grid = b.grid;
        this.taxonomy = b.taxonomy;
        this.calendar = b.calendar;
        this.policy = b.policy;
        this.yellowShare = b.yellowShare;
        this.validator = b.validator;
    }

    /** Starts a lifecycle. */
    public static Builder builder() {
        return new Builder();
    }

    /** The transition table: every state, the commands it accepts, who may issue them, guards, targets, events. */
    public static TransitionTable<CaseState, CaseCommandType> table() {
        return CaseTable.TABLE;
    }

    /** Who may report a case (the creating command is not a row of the table: it has no state before it). */
    public static List<Permit> reportPermits() {
        return CaseTable.REPORT_PERMITS;
    }

    /** The grid tree. */
    public GridTree grid() {
        return grid;
    }

    /** The category taxonomy. */
    public CategoryTaxonomy taxonomy() {
        return taxonomy;
    }

    /** The work calendar. */
    public WorkCalendar calendar() {
        return calendar;
    }

    /** The time-limit policy. */
    public TimeLimitPolicy policy() {
        return policy;
    }

    /** The commands the case's state accepts (to someone, if their guards hold). */
    public List<CaseCommandType> allowedNow(Case c) {
        return CaseTable.TABLE.allowedIn(Objects.requireNonNull(c, "case").state());
    }

    /**
     * Creates a case from a report.
     *
     * @param report the report
     * @param now    when it is applied
     * @return the new case (state {@link CaseState#REPORTED}, version 1, the register stage's clock
     *         running) and a {@link CaseEvent.Reported}
     * @throws InvalidInputException  if the report breaks its constraints, or its areas or category are
     *                                unknown, or the receiving area does not contain the location
     * @throws AccessDeniedException  if the actor may not report here
     */
    public Transition report(CaseReport report, Instant now) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(now, "now");
        LifecycleChecks.validate(validator, report);
        List<Problem> problems = new ArrayList<>();
        LifecycleChecks.checkIdentifier(report.trackingNumber(), "trackingNumber", problems);
        LifecycleChecks.checkIdentifier(report.receivingOrganisation(), "receivingOrganisation", problems);
        int location = grid.indexOf(report.location().areaCode());
        if (location < 0) {
            problems.add(new Problem("location.areaCode", LifecycleChecks.unknownArea(report.location().areaCode())
                    + "; report the code of a grid or building the tree holds"));
        }
        int receiving = grid.indexOf(report.receivingArea());
        if (receiving < 0) {
            problems.add(new Problem("receivingArea", LifecycleChecks.unknownArea(report.receivingArea())
                    + "; give the area the receiving organisation is responsible for"));
        } else if (location >= 0 && !grid.contains(receiving, location)) {
            problems.add(new Problem("receivingArea", "area " + report.receivingArea() + " does not contain the case's"
                    + " location " + report.location().areaCode() + "; the receiving organisation must be responsible"
                    + " for where the case is"));
        }
        if (!taxonomy.contains(report.category())) {
            problems.add(new Problem("category", unknownCategory(report.category())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "report of case " + report.caseId()
                    + " cannot be accepted", problems);
        }
        String subject = "case " + report.trackingNumber();
        Actor actor = report.actor();
        LifecycleChecks.requireValidActor(actor);
        requireInScope(actor, location, subject, CaseCommandType.REPORT);
        if (CaseTable.REPORT_PERMITS.stream().noneMatch(p -> actor.hasRole(p.role()))) {
            throw new AccessDeniedException(actor, subject, CaseCommandType.REPORT, "reporting is for "
                    + LifecycleChecks.describe(CaseTable.REPORT_PERMITS));
        }
        Case.Draft d = new Case.Draft();
        d.id = report.caseId();
        d.trackingNumber = report.trackingNumber();
        d.kind = report.kind();
        d.category = report.category();
        d.channel = report.channel();
        d.priority = report.priority();
        d.location = report.location();
        d.reporter = report.reporter();
        d.description = report.description();
        d.reportedAt = now;
        d.state = CaseState.REPORTED;
        d.owner = report.receivingOrganisation();
        d.ownerArea = report.receivingArea();
        d.level = grid.level(receiving).key();
        d.version = 1;
        d.updatedAt = now;
        Countdown clock = startStage(d, Stage.REGISTER, now);
        CaseEvent e = new CaseEvent.Reported(d.id, 1, now, actor, report.id(), d.kind, d.category, d.channel,
                d.priority, d.location.areaCode(), d.owner, clock.deadline());
        return new Transition(d.build(), List.of(e));
    }

    /**
     * Applies a command to a case.
     *
     * @param c       the case
     * @param command the command
     * @param now     when it is applied; not before the case's last change
     * @return the next case (version plus one) and the events
     * @throws InvalidInputException       if the command breaks its constraints, {@code now} is before the
     *                                     case's last change, or its content does not fit the grid or taxonomy
     * @throws IllegalTransitionException  if the state does not accept the command or a guard fails
     * @throws AccessDeniedException       if the actor may not issue it
     * @throws NotFoundException           if the case's areas are not in this lifecycle's grid tree
     */
    public Transition apply(Case c, CaseCommand command, Instant now) {
        Objects.requireNonNull(c, "case");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(now, "now");
        LifecycleChecks.validate(validator, command);
        if (now.isBefore(c.updatedAt())) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "now", "command " + command.id() + " is applied at "
                    + now + ", before case " + c.trackingNumber() + " last changed at " + c.updatedAt()
                    + "; apply commands in time order with the time they happen");
        }
        CaseCommandType type = command.type();
        Actor actor = command.actor();
        LifecycleChecks.requireValidActor(actor);
        // Scope first: an actor outside the case's area learns nothing about it, not even its state.
        requireInScope(actor, requireArea(c.location().areaCode(), c), c, type);
        Rule<CaseState, CaseCommandType> rule = CaseTable.TABLE.rule(c.state(), type).orElseThrow(
                () -> new IllegalTransitionException(subject(c), c.state(), type, null, allowedNow(c)));
        requirePermit(rule, actor, c);
        for (Condition g : rule.guards()) {
            String failure = failure((CaseGuard) g, c, command, now);
            if (failure != null) {
                throw new IllegalTransitionException(subject(c), c.state(), type, failure, allowedNow(c));
            }
        }
        Case.Draft d = c.draft();
        d.state = rule.target().next(c.state(), c.suspendedFrom().orElse(null));
        d.version = c.version() + 1;
        d.updatedAt = now;
        CaseEvent e = effect(d, c, command, now);
        return new Transition(d.build(), List.of(e));
    }

    /**
     * The warning level of the case's running stage at an instant: normal, yellow once the configured
     * share of the allowed time is used, red when overdue. A paused stage keeps the level it paused at;
     * a case with no stage running (closed, terminated) is {@link WarningLevel#NORMAL}.
     *
     * @param c   the case
     * @param now the instant asked about
     * @return the level
     */
    public WarningLevel warningAt(Case c, Instant now) {
        Objects.requireNonNull(now, "now");
        Stage s = Objects.requireNonNull(c, "case").currentStage().orElse(null);
        if (s == null) {
            return WarningLevel.NORMAL;
        }
        return c.clock(s).orElseThrow().warningAt(now, calendar, yellowShare);
    }

    private CaseEvent effect(Case.Draft d, Case c, CaseCommand command, Instant now) {
        Actor by = command.actor();
        var id = command.id();
        long v = d.version;
        CaseId cid = d.id;
        switch (command.type()) {
            case REGISTER -> {
                var x = (CaseCommand.Register) command;
                if (!taxonomy.contains(x.category())) {
                    throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "category", unknownCategory(x.category()));
                }
                d.kind = x.kind();
                d.category = x.category();
                d.priority = x.priority();
                Countdown k = startStage(d, Stage.DISPATCH, now);
                return new CaseEvent.Registered(cid, v, now, by, id, d.kind, d.category, d.priority, k.deadline());
            }
            case REJECT -> {
                finishStage(d, now);
                return new CaseEvent.Rejected(cid, v, now, by, id, ((CaseCommand.Reject) command).reason());
            }
            case MERGE -> {
                var x = (CaseCommand.Merge) command;
                finishStage(d, now);
                d.mergedInto = x.into();
                return new CaseEvent.Merged(cid, v, now, by, id, x.into(), x.remark());
            }
            case RESOLVE_ON_SPOT -> {
                var x = (CaseCommand.ResolveOnSpot) command;
                d.mainHandler = by.organisation();
                d.cooperating = List.of();
                d.resolvedOnSpotBy = by.personId();
                d.handledBy = by.personId();
                Countdown k = startStage(d, Stage.VERIFY, now);
                return new CaseEvent.ResolvedOnSpot(cid, v, now, by, id, by.organisation(), x.result(), x.evidence(),
                        k.deadline());
            }
            case DISPATCH -> {
                var x = (CaseCommand.Dispatch) command;
                checkHandlers(x);
                d.resolvedOnSpotBy = null; // a new round of handling: the micro cycle's exception ends
                d.mainHandler = x.mainHandler();
                d.cooperating = x.cooperating();
                Countdown k = startStage(d, Stage.SIGN_FOR, now);
                return new CaseEvent.Dispatched(cid, v, now, by, id, x.mainHandler(), x.cooperating(), k.deadline());
            }
            case SIGN_FOR -> {
                Countdown k = startStage(d, Stage.HANDLE, now);
                return new CaseEvent.SignedFor(cid, v, now, by, id, k.deadline());
            }
            case RETURN -> {
                d.returns++;
                d.resolvedOnSpotBy = null;
                d.mainHandler = null;
                d.cooperating = List.of();
                Countdown k = startStage(d, Stage.DISPATCH, now);
                return new CaseEvent.Returned(cid, v, now, by, id, by.organisation(),
                        ((CaseCommand.Return) command).reason(), d.returns, k.deadline());
            }
            case ESCALATE -> {
                var x = (CaseCommand.Escalate) command;
                Identifiers.check(x.toOrganisation(), "toOrganisation");
                int to = grid.indexOf(x.toArea());
                boolean skipped = grid.parent(requireArea(c.ownerArea(), c)) != to;
                d.owner = x.toOrganisation();
                d.ownerArea = x.toArea();
                d.level = grid.level(to).key();
                d.escalations++;
                d.resolvedOnSpotBy = null;
                d.mainHandler = null;
                d.cooperating = List.of();
                d.suspendedFrom = null;
                Countdown k = startStage(d, Stage.DISPATCH, now);
                return new CaseEvent.Escalated(cid, v, now, by, id, c.ownerArea(), c.owner(), x.toArea(),
                        x.toOrganisation(), skipped, x.reason(), k.deadline());
            }
            case REQUEST_EXTENSION -> {
                var x = (CaseCommand.RequestExtension) command;
                d.pendingExtension = new ExtensionRequest(x.extra(), x.reason(), now, by.personId());
                return new CaseEvent.ExtensionRequested(cid, v, now, by, id, d.currentStage, x.extra(), x.reason());
            }
            case APPROVE_EXTENSION -> {
                ExtensionRequest r = c.pendingExtension().orElseThrow();
                Stage s = d.currentStage;
                Countdown k = d.clock(s).extend(r.extra(), calendar);
                // Re-arm warnings only as far as the extension lowered the level: a rise is recorded once.
                WarningLevel had = c.warningRaised(s);
                WarningLevel nowLevel = k.warningAt(now, calendar, yellowShare);
                d.clock(s, k, nowLevel.compareTo(had) < 0 ? recorded(nowLevel) : d.warnings[s.ordinal()]);
                d.pendingExtension = null;
                d.extensions++;
                return new CaseEvent.ExtensionApproved(cid, v, now, by, id, s, r.extra(), k.deadline());
            }
            case DENY_EXTENSION -> {
                d.pendingExtension = null;
                return new CaseEvent.ExtensionDenied(cid, v, now, by, id, d.currentStage,
                        ((CaseCommand.DenyExtension) command).reason());
            }
            case SUSPEND -> {
                var x = (CaseCommand.Suspend) command;
                Stage s = d.currentStage;
                d.clock(s, d.clock(s).pause(now, calendar), d.warnings[s.ordinal()]);
                d.suspendedFrom = c.state();
                d.suspensionReason = x.suspensionReason();
                return new CaseEvent.Suspended(cid, v, now, by, id, x.suspensionReason(), x.reason(), c.state());
            }
            case RESUME -> {
                Stage s = d.currentStage;
                Countdown k = d.clock(s).resume(now, calendar);
                d.clock(s, k, d.warnings[s.ordinal()]);
                d.suspendedFrom = null;
                d.suspensionReason = null;
                return new CaseEvent.Resumed(cid, v, now, by, id, d.state, s, k.deadline());
            }
            case FEED_BACK -> {
                var x = (CaseCommand.FeedBack) command;
                d.handledBy = by.personId();
                Countdown k = startStage(d, Stage.VERIFY, now);
                return new CaseEvent.FedBack(cid, v, now, by, id, x.result(), x.evidence(), k.deadline());
            }
            case VERIFY_PASS -> {
                var x = (CaseCommand.VerifyPass) command;
                finishStage(d, now);
                d.outcome = x.outcome();
                return new CaseEvent.Closed(cid, v, now, by, id, x.outcome(), x.remark());
            }
            case CONCLUDE_BY_MEDIATION -> {
                var x = (CaseCommand.ConcludeByMediation) command;
                Identifiers.check(x.dispute(), "dispute");
                finishStage(d, now); // a paused clock finishes at its pause
                d.suspendedFrom = null;
                d.suspensionReason = null;
                d.outcome = x.outcome();
                d.concludedByDispute = x.dispute();
                return new CaseEvent.ConcludedByMediation(cid, v, now, by, id, x.dispute(), x.outcome(), x.summary());
            }
            case VERIFY_FAIL -> {
                d.reworks++;
                Countdown k = startStage(d, Stage.HANDLE, now);
                return new CaseEvent.VerificationFailed(cid, v, now, by, id, ((CaseCommand.VerifyFail) command).reason(),
                        d.reworks, k.deadline());
            }
            case EVALUATE -> {
                var x = (CaseCommand.Evaluate) command;
                d.evaluation = new Evaluation(x.satisfaction(), x.comment(), now, by.personId());
                d.reopenAsked = false;
                return new CaseEvent.Evaluated(cid, v, now, by, id, x.satisfaction(), x.comment());
            }
            case REQUEST_REOPEN -> {
                d.reopenRequested = true;
                d.reopenAsked = true;
                return new CaseEvent.ReopenRequested(cid, v, now, by, id, ((CaseCommand.RequestReopen) command).reason());
            }
            case CONFIRM_REOPEN -> {
                d.reopenRequested = false;
                d.reopens++;
                d.outcome = null;
                d.concludedByDispute = null; // the closure it described is undone; the event keeps the history
                d.evaluation = null;
                Countdown k = startStage(d, Stage.HANDLE, now);
                return new CaseEvent.Reopened(cid, v, now, by, id, d.reopens, k.deadline());
            }
            case DECLINE_REOPEN -> {
                d.reopenRequested = false;
                return new CaseEvent.ReopenDeclined(cid, v, now, by, id, ((CaseCommand.DeclineReopen) command).reason());
            }
            case WITHDRAW -> {
                finishStage(d, now);
                d.suspendedFrom = null;
                d.suspensionReason = null;
                return new CaseEvent.Withdrawn(cid, v, now, by, id, ((CaseCommand.Withdraw) command).reason());
            }
            case SUPERVISE -> {
                var x = (CaseCommand.Supervise) command;
                d.supervisions++;
                return new CaseEvent.Supervised(cid, v, now, by, id, x.card(), x.instruction());
            }
            case URGE -> {
                d.urges++;
                return new CaseEvent.Urged(cid, v, now, by, id, ((CaseCommand.Urge) command).message());
            }
            case RAISE_WARNING -> {
                Stage s = d.currentStage;
                WarningLevel level = warningAt(c, now);
                d.clock(s, d.clock(s), level);
                return new CaseEvent.WarningRaised(cid, v, now, by, id, s, level, d.clock(s).deadline());
            }
            case REPORT -> throw new IllegalStateException("REPORT is not a command on an existing case");
        }
        throw new IllegalStateException("unreachable: " + command.type());
    }

    /** The recorded form of a warning level: NORMAL is recorded as nothing, so equal cases compare equal. */
    private static WarningLevel recorded(WarningLevel level) {
        return level == WarningLevel.NORMAL ? null : level;
    }

    /** Why a guard fails, or {@code null} if it holds. */
    private String failure(CaseGuard g, Case c, CaseCommand command, Instant now) {
        return switch (g) {
            case OTHER_CASE -> ((CaseCommand.Merge) command).into().equals(c.id())
                    ? "a case cannot be merged into itself; name the surviving case" : null;
            case ESCALATION_TARGET -> escalationFailure(c, (CaseCommand.Escalate) command);
            case NO_PENDING_EXTENSION -> c.pendingExtension().isPresent()
                    ? "an extension request is already pending; wait for it to be approved or denied" : null;
            case EXTENSION_PENDING -> c.pendingExtension().isEmpty() ? "no extension request is pending" : null;
            case REOPEN_ALLOWED -> c.evaluation().map(Evaluation::satisfaction).orElse(null) != Satisfaction.DISSATISFIED
                    ? "only a DISSATISFIED evaluation can lead to a reopen"
                    : c.isReopenAsked() ? "a reopen was already asked for after this evaluation" : null;
            case REOPEN_PENDING -> c.isReopenRequested() ? null : "no reopen request is pending";
            case DISPUTE_KIND -> c.kind() == CaseKind.DISPUTE ? null : "the case is of kind " + c.kind()
                    + ", not DISPUTE; only a dispute is concluded by its mediation: close other cases with FEED_BACK"
                    + " from the handler, then VERIFY_PASS";
            case WARNING_ROSE -> {
                if (c.currentStage().isEmpty()) {
                    yield "no stage clock is running";
                }
                WarningLevel now1 = warningAt(c, now);
                WarningLevel had = c.warningRaised(c.currentStage().get());
                yield now1.compareTo(had) > 0 ? null : "the warning level is " + now1 + ", already recorded " + had;
            }
        };
    }

    private String escalationFailure(Case c, CaseCommand.Escalate x) {
        int to = grid.indexOf(x.toArea());
        if (to < 0) {
            return LifecycleChecks.unknownArea(x.toArea()) + "; escalate to an area above " + c.ownerArea();
        }
        int owner = requireArea(c.ownerArea(), c);
        if (to == owner || !grid.isAncestor(to, owner)) {
            return "area " + x.toArea() + " is not above the owning area " + c.ownerArea()
                    + "; escalate to the parent area " + parentCode(owner);
        }
        boolean mayskip = c.priority() == Priority.EMERGENCY || x.skipLevelAllowed();
        if (grid.parent(owner) != to && !mayskip) {
            return "area " + x.toArea() + " skips levels above " + c.ownerArea() + "; escalate to the parent area "
                    + parentCode(owner) + ", or skip only for EMERGENCY priority or where policy allows";
        }
        return null;
    }

    private String parentCode(int node) {
        int p = grid.parent(node);
        return p < 0 ? "(none: the owning area is a root)" : grid.code(p);
    }

    private void checkHandlers(CaseCommand.Dispatch x) {
        List<Problem> problems = new ArrayList<>();
        LifecycleChecks.checkIdentifier(x.mainHandler(), "mainHandler", problems);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < x.cooperating().size(); i++) {
            String o = x.cooperating().get(i);
            if (!Identifiers.isValid(o)) {
                LifecycleChecks.checkIdentifier(o, "cooperating[" + i + "]", problems);
            } else if (o.equals(x.mainHandler())) {
                problems.add(new Problem("cooperating[" + i + "]", "the main handler " + o
                        + " is also listed as cooperating; list it once, as the main handler"));
            } else if (!seen.add(o)) {
                problems.add(new Problem("cooperating[" + i + "]", "organisation " + o + " is listed twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "dispatch " + x.id() + " is invalid", problems);
        }
    }

    private Countdown startStage(Case.Draft d, Stage stage, Instant now) {
        finishStage(d, now);
        Countdown k = Countdown.start(policy.limit(stage, d.category, d.priority, d.level), now, calendar);
        d.clock(stage, k, null);
        d.currentStage = stage;
        d.pendingExtension = null;
        return k;
    }

    private void finishStage(Case.Draft d, Instant now) {
        if (d.currentStage != null) {
            Countdown k = d.clock(d.currentStage);
            d.clock(d.currentStage, k.finish(now), d.warnings[d.currentStage.ordinal()]);
            d.currentStage = null;
            d.pendingExtension = null;
        }
    }

    /** The node of one of the case's areas; a case from another tree (before a re-division) is not found. */
    private int requireArea(String code, Case c) {
        int node = grid.indexOf(code);
        if (node < 0) {
            throw new NotFoundException("case " + c.trackingNumber() + " is filed under area " + code
                    + ", which this lifecycle's grid tree does not hold; after a re-division, re-home open cases"
                    + " to their successor areas (Redivision.successors) before acting on them");
        }
        return node;
    }

    private static String subject(Case c) {
        return "case " + c.trackingNumber();
    }

    private void requireInScope(Actor actor, int location, Case c, CaseCommandType type) {
        if (!LifecycleChecks.inScope(grid, actor, location)) {
            throw outOfScope(actor, location, subject(c), type);
        }
    }

    private void requireInScope(Actor actor, int location, String subject, CaseCommandType type) {
        if (!LifecycleChecks.inScope(grid, actor, location)) {
            throw outOfScope(actor, location, subject, type);
        }
    }

    private AccessDeniedException outOfScope(Actor actor, int location, String subject, CaseCommandType type) {
        return new AccessDeniedException(actor, subject, type, "its location " + grid.code(location)
                + " is outside the actor's area scope " + actor.areaScope().stream().sorted().toList());
    }

    private static void requirePermit(Rule<CaseState, CaseCommandType> rule, Actor actor, Case c) {
        boolean roleHeld = false;
        for (Permit p : rule.permits()) {
            if (actor.hasRole(p.role())) {
                roleHeld = true;
                if (((CaseParty) p.party()).holds(actor, c)) {
                    return;
                }
            }
        }
        throw new AccessDeniedException(actor, subject(c), rule.command(), (roleHeld ? "it is not " : "it holds none of the roles; ")
                + rule.command() + " in " + rule.from() + " is for " + LifecycleChecks.describe(rule.permits()) + partyFacts(c, rule));
    }

    /** The facts a refused actor needs: who owns and handles the case. Organisation ids only. */
    private static String partyFacts(Case c, Rule<CaseState, CaseCommandType> rule) {
        StringBuilder sb = new StringBuilder("; the case is owned by ").append(c.owner());
        c.mainHandler().ifPresent(h -> sb.append(", handled by ").append(h));
        if (rule.permits().stream().anyMatch(p -> p.party() == CaseParty.REPORTER) && c.reporter().personId().isEmpty()) {
            sb.append(", and its reporter has no account (a RETURN_VISITOR can record for them)");
        }
        return sb.toString();
    }

    /** Unknown codes are not repeated: a host that put a phone or identity number there must not see it echoed. */
    private String unknownCategory(String code) {
        return "the category code (" + code.length() + " characters) is not in taxonomy '" + taxonomy.id()
                + "'; use one of its codes";
    }

    @Override
    public String toString() {
        return "CaseLifecycle[" + grid + ", " + taxonomy + ", " + policy + "]";
    }

    /** Collects the parts of a lifecycle. Not thread-safe. */
    public static final class Builder {
        private GridTree grid;
        private CategoryTaxonomy taxonomy;
        private WorkCalendar calendar;
        private TimeLimitPolicy policy;
        private double yellowShare = WarningLevel.DEFAULT_YELLOW_SHARE;
        private Validator validator;

        private Builder() {
        }

        /** The grid tree areas and scopes are checked against. Required. */
        public Builder grid(GridTree tree) {
            this.grid = Objects.requireNonNull(tree, "tree");
            return this;
        }

        /** The time-limit policy; its taxonomy becomes the lifecycle's. Required. */
        public Builder timeLimits(TimeLimitPolicy timeLimits) {
            this.policy = Objects.requireNonNull(timeLimits, "timeLimits");
            this.taxonomy = timeLimits.taxonomy();
            return this;
        }

        /** The work calendar deadlines are computed with. Required. */
        public Builder calendar(WorkCalendar workCalendar) {
            this.calendar = Objects.requireNonNull(workCalendar, "workCalendar");
            return this;
        }

        /** The share of a limit at which the warning turns yellow; default {@value WarningLevel#DEFAULT_YELLOW_SHARE}. */
        public Builder yellowShare(double share) {
            this.yellowShare = WarningLevel.checkYellowShare(share);
            return this;
        }

        /**
         * A Bean Validation validator to run on every report and command before anything else (build it
         * once and share it, e.g. Hibernate Validator with its parameter message interpolator). Without
         * one, the lifecycle trusts that the host validated its input at the edge.
         */
        public Builder validator(Validator commandValidator) {
            this.validator = Objects.requireNonNull(commandValidator, "commandValidator");
            return this;
        }

        /**
         * Builds the lifecycle.
         *
         * @return the lifecycle
         * @throws InvalidInputException if a required part is missing, or the policy's level scheme is not
         *                               the grid tree's
         */
        public CaseLifecycle build() {
            List<Problem> problems = new ArrayList<>();
            if (grid == null) {
                problems.add(new Problem("grid", "missing; call grid(tree)"));
            }
            if (policy == null) {
                problems.add(new Problem("timeLimits", "missing; call timeLimits(TimeLimitPolicy.standard(taxonomy, scheme))"));
            }
            if (calendar == null) {
                problems.add(new Problem("calendar", "missing; call calendar(WorkCalendar.china(...))"));
            }
            if (grid != null && policy != null && !grid.scheme().equals(policy.scheme())) {
                problems.add(new Problem("timeLimits", "the policy is built over level scheme '" + policy.scheme().key()
                        + "' but the grid tree uses '" + grid.scheme().key() + "'; build the policy over the tree's scheme"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(ErrorCode.INVALID_INPUT, "case lifecycle cannot be built", problems);
            }
            return new CaseLifecycle(this);
        }
    }
}
