package io.gridgov.core.cases;

import io.gridgov.core.Problem;
import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.lifecycle.PartsCheck;
import io.gridgov.core.time.Countdown;
import io.gridgov.core.time.WarningLevel;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of {@link Case#restore}: everything the lifecycle guarantees of the cases it produces,
 * derived from {@link CaseLifecycle}'s effects and {@link CaseTable}. Every problem is collected; none
 * repeats personal data (ids are identifiers and may be repeated; texts, names and numbers are not).
 */
final class CaseRestore {
    /** The states a case may be suspended from. */
    private static final Set<CaseState> SUSPENDABLE = EnumSet.of(CaseState.REGISTERED, CaseState.DISPATCHED,
            CaseState.IN_PROGRESS);

    private final Case.Parts p;
    private final PartsCheck check;
    private final List<Problem> problems;

    private CaseRestore(Case.Parts p) {
        this.p = p;
        this.check = new PartsCheck("case", p.updatedAt());
        this.problems = check.problems();
    }

    static Case restore(Case.Parts parts) {
        CaseRestore r = new CaseRestore(java.util.Objects.requireNonNull(parts, "parts"));
        Countdown[] clocks = r.check();
        r.check.throwIfAny(r.check.subject(parts.trackingNumber()));
        Case.Draft d = new Case.Draft();
        d.id = parts.id();
        d.trackingNumber = parts.trackingNumber();
        d.kind = parts.kind();
        d.category = parts.category();
        d.channel = parts.channel();
        d.priority = parts.priority();
        d.location = parts.location();
        d.reporter = parts.reporter();
        d.description = parts.description();
        d.reportedAt = parts.reportedAt();
        d.state = parts.state();
        d.suspendedFrom = parts.suspendedFrom();
        d.suspensionReason = parts.suspensionReason();
        d.owner = parts.owner();
        d.ownerArea = parts.ownerArea();
        d.level = parts.level();
        d.mainHandler = parts.mainHandler();
        d.cooperating = List.copyOf(parts.cooperating());
        d.resolvedOnSpotBy = parts.resolvedOnSpotBy();
        d.handledBy = parts.handledBy();
        for (Stage s : Stage.values()) {
            WarningLevel w = parts.warnings().get(s);
            d.clock(s, clocks[s.ordinal()], w == WarningLevel.NORMAL ? null : w);
        }
        d.currentStage = parts.currentStage();
        d.pendingExtension = parts.pendingExtension();
        d.outcome = parts.outcome();
        d.concludedByDispute = parts.concludedByDispute();
        d.evaluation = parts.evaluation();
        d.reopenRequested = parts.reopenRequested();
        d.reopenAsked = parts.reopenAsked();
        d.mergedInto = parts.mergedInto();
        d.returns = parts.returns();
        d.reworks = parts.reworks();
        d.escalations = parts.escalations();
        d.extensions = parts.extensions();
        d.supervisions = parts.supervisions();
        d.urges = parts.urges();
        d.reopens = parts.reopens();
        d.version = parts.version();
        d.updatedAt = parts.updatedAt();
        return d.build();
    }

    /** Runs every check; returns the clocks by stage ordinal (null where none or broken). */
    private Countdown[] check() {
        check.required(p.id(), "id");
        check.required(p.kind(), "kind");
        check.required(p.channel(), "channel");
        check.required(p.priority(), "priority");
        check.required(p.location(), "location");
        check.required(p.reporter(), "reporter");
        check.required(p.description(), "description");
        check.required(p.reportedAt(), "reportedAt");
        check.required(p.state(), "state");
        check.required(p.updatedAt(), "updatedAt");
        check.identifier(p.trackingNumber(), "trackingNumber", true);
        check.identifier(p.owner(), "owner", true);
        check.identifier(p.mainHandler(), "mainHandler", false);
        check.identifier(p.resolvedOnSpotBy(), "resolvedOnSpotBy", false);
        check.identifier(p.handledBy(), "handledBy", false);
        check.identifier(p.concludedByDispute(), "concludedByDispute", false);
        if (p.category() == null) {
            check.required(null, "category");
        } else if (!Category.isWellFormed(p.category())) {
            problems.add(new Problem("category", "the category code (" + p.category().length()
                    + " characters) is not 1 to " + Category.MAX_CODE_LENGTH + " characters A-Z and 0-9"));
        }
        if (p.ownerArea() == null) {
            check.required(null, "ownerArea");
        } else if (!isAreaCode(p.ownerArea())) {
            problems.add(new Problem("ownerArea", "the owning area's code (" + p.ownerArea().length()
                    + " characters) is not 1 to 34 digits"));
        }
        if (p.level() == null) {
            check.required(null, "level");
        } else if (p.level().isBlank()) {
            problems.add(new Problem("level", "the level key is blank; give the key of the owning area's level,"
                    + " e.g. \"street\""));
        }
        checkCounters();
        checkTimes();
        checkCooperating();
        if (p.state() != null) {
            checkState();
        }
        return checkClocks();
    }

    private void checkCounters() {
        check.counters(new String[] {"returns", "reworks", "escalations", "extensions", "supervisions", "urges",
            "reopens"}, new int[] {p.returns(), p.reworks(), p.escalations(), p.extensions(), p.supervisions(),
            p.urges(), p.reopens()}, p.version());
        if (p.version() == 1 && p.state() != null && p.state() != CaseState.REPORTED) {
            problems.add(new Problem("state", "a case of version 1 has only been reported, so it is REPORTED, not "
                    + p.state()));
        }
    }

    private void checkTimes() {
        if (p.reportedAt() != null && p.updatedAt() != null) {
            if (p.updatedAt().isBefore(p.reportedAt())) {
                problems.add(new Problem("updatedAt", "the last change " + p.updatedAt() + " is before the report "
                        + p.reportedAt()));
            } else if (p.version() == 1 && !p.updatedAt().equals(p.reportedAt())) {
                problems.add(new Problem("updatedAt", "a case of version 1 last changed when it was reported, "
                        + p.reportedAt() + ", not " + p.updatedAt()));
            }
        }
        if (p.evaluation() != null) {
            check.notAfterUpdate(p.evaluation().at(), "evaluation.at");
            check.identifier(p.evaluation().byPersonId(), "evaluation.byPersonId", true);
        }
        if (p.pendingExtension() != null) {
            check.notAfterUpdate(p.pendingExtension().at(), "pendingExtension.at");
            check.identifier(p.pendingExtension().byPersonId(), "pendingExtension.byPersonId", true);
        }
    }

    private void checkCooperating() {
        if (p.cooperating() == null) {
            check.required(null, "cooperating");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < p.cooperating().size(); i++) {
            String o = p.cooperating().get(i);
            String where = "cooperating[" + i + "]";
            if (o == null || !Identifiers.isValid(o)) {
                check.identifier(o, where, true);
            } else if (o.equals(p.mainHandler())) {
                problems.add(new Problem(where, "the main handler " + o + " is also listed as cooperating"));
            } else if (!seen.add(o)) {
                problems.add(new Problem(where, "organisation " + o + " is listed twice"));
            }
        }
        if (!p.cooperating().isEmpty() && p.mainHandler() == null) {
            problems.add(new Problem("cooperating", "cooperating organisations without a main handler; a case is"
                    + " dispatched to a main handler with its cooperating organisations"));
        }
    }

    private void checkState() {
        CaseState s = p.state();
        boolean suspended = s == CaseState.SUSPENDED;
        if (suspended != (p.suspendedFrom() != null)) {
            problems.add(new Problem("suspendedFrom", suspended ? "missing; a SUSPENDED case names the state it"
                    + " resumes to" : "set, but the case is " + s + "; only a SUSPENDED case has one"));
        } else if (suspended && !SUSPENDABLE.contains(p.suspendedFrom())) {
            problems.add(new Problem("suspendedFrom", "a case is suspended only from " + SUSPENDABLE + ", not from "
                    + p.suspendedFrom()));
        }
        if (suspended != (p.suspensionReason() != null)) {
            problems.add(new Problem("suspensionReason", suspended ? "missing; a SUSPENDED case says why"
                    : "set, but the case is " + s + "; only a SUSPENDED case has one"));
        }
        boolean closed = s == CaseState.CLOSED || s == CaseState.EVALUATED;
        if (closed != (p.outcome() != null)) {
            problems.add(new Problem("outcome", closed ? "missing; a " + s + " case has the outcome it was closed with"
                    : "set, but the case is " + s + "; only a CLOSED or EVALUATED case has one"));
        }
        if (p.concludedByDispute() != null) {
            if (!closed) {
                problems.add(new Problem("concludedByDispute", "set, but the case is " + s + "; only a CLOSED or"
                        + " EVALUATED case was concluded by a mediation"));
            }
            if (p.kind() != null && p.kind() != CaseKind.DISPUTE) {
                problems.add(new Problem("concludedByDispute", "set, but the case is of kind " + p.kind()
                        + "; only a DISPUTE is concluded by its mediation"));
            }
        }
        boolean evaluated = s == CaseState.EVALUATED;
        if (evaluated != (p.evaluation() != null)) {
            problems.add(new Problem("evaluation", evaluated ? "missing; an EVALUATED case has its evaluation"
                    : "set, but the case is " + s + "; only an EVALUATED case has one"));
        }
        if (p.reopenAsked() && !evaluated && p.reopens() == 0) {
            problems.add(new Problem("reopenAsked", "true, but the case is " + s + " and was never reopened; a reopen"
                    + " is asked for after an evaluation (and stays asked until the next one)"));
        } else if (p.reopenRequested() && !evaluated) {
            problems.add(new Problem("reopenRequested", "true, but the case is " + s + "; a pending reopen waits on an"
                    + " EVALUATED case"));
        } else if (p.reopenAsked() && p.evaluation() != null
                && p.evaluation().satisfaction() != Satisfaction.DISSATISFIED) {
            problems.add(new Problem("reopenAsked", "true, but the evaluation is " + p.evaluation().satisfaction()
                    + "; only a DISSATISFIED evaluation leads to a reopen"));
        }
        if (p.reopenRequested() && !p.reopenAsked()) {
            problems.add(new Problem("reopenRequested", "true, but reopenAsked is false; a pending reopen was asked for"));
        }
        boolean merged = s == CaseState.MERGED;
        if (merged != (p.mergedInto() != null)) {
            problems.add(new Problem("mergedInto", merged ? "missing; a MERGED case names the surviving case"
                    : "set, but the case is " + s + "; only a MERGED case has one"));
        } else if (merged && p.mergedInto().equals(p.id())) {
            problems.add(new Problem("mergedInto", "the case is merged into itself; name the surviving case"));
        }
        checkHandlers(s);
        if (p.pendingExtension() != null && !(s == CaseState.IN_PROGRESS
                || (suspended && p.suspendedFrom() == CaseState.IN_PROGRESS))) {
            problems.add(new Problem("pendingExtension", "set, but the case is " + s + "; more time is asked for only"
                    + " while IN_PROGRESS (and the request survives a suspension)"));
        }
        Stage expected = stageOf(s, p.suspendedFrom());
        if (p.currentStage() != expected) {
            problems.add(new Problem("currentStage", "is " + p.currentStage() + ", but a " + s + " case"
                    + (suspended ? " suspended from " + p.suspendedFrom() : "") + " has "
                    + (expected == null ? "no stage running" : "the stage " + expected + " running")));
        }
    }

    private void checkHandlers(CaseState s) {
        boolean none = switch (s) {
            case REPORTED, REGISTERED, REJECTED, MERGED -> true;
            case SUSPENDED -> p.suspendedFrom() == CaseState.REGISTERED;
            case DISPATCHED, IN_PROGRESS, HANDLED, CLOSED, EVALUATED, WITHDRAWN -> false;
        };
        // A case concluded by mediation while suspended from REGISTERED closes (and may reopen) without one.
        boolean needed = switch (s) {
            case DISPATCHED, HANDLED -> true;
            case IN_PROGRESS -> p.reopens() == 0;
            case SUSPENDED -> p.suspendedFrom() == CaseState.DISPATCHED
                    || (p.suspendedFrom() == CaseState.IN_PROGRESS && p.reopens() == 0);
            case CLOSED, EVALUATED -> p.concludedByDispute() == null;
            case REPORTED, REGISTERED, REJECTED, MERGED, WITHDRAWN -> false;
        };
        if (none && p.mainHandler() != null) {
            problems.add(new Problem("mainHandler", "set, but a " + s + " case is not dispatched to anyone"));
        } else if (needed && p.mainHandler() == null) {
            problems.add(new Problem("mainHandler", "missing; a " + s + " case has a main handler"));
        }
        if (p.resolvedOnSpotBy() != null && (p.mainHandler() == null || p.handledBy() == null)) {
            problems.add(new Problem("resolvedOnSpotBy", "set, but the case has no main handler or no handledBy;"
                    + " resolving on the spot sets both"));
        }
        if (s == CaseState.HANDLED && p.handledBy() == null) {
            problems.add(new Problem("handledBy", "missing; a HANDLED case names who fed back or resolved it"));
        }
    }

    /** The stage whose clock runs (or is paused) in a state. */
    static Stage stageOf(CaseState s, CaseState suspendedFrom) {
        return switch (s) {
            case REPORTED -> Stage.REGISTER;
            case REGISTERED -> Stage.DISPATCH;
            case DISPATCHED -> Stage.SIGN_FOR;
            case IN_PROGRESS -> Stage.HANDLE;
            case HANDLED -> Stage.VERIFY;
            case SUSPENDED -> suspendedFrom == null || suspendedFrom == CaseState.SUSPENDED ? null
                    : stageOf(suspendedFrom, null);
            case CLOSED, EVALUATED, REJECTED, MERGED, WITHDRAWN -> null;
        };
    }

    private Countdown[] checkClocks() {
        Countdown[] clocks = new Countdown[Stage.values().length];
        if (p.warnings() == null) {
            check.required(null, "warnings");
        }
        if (p.clocks() == null) {
            check.required(null, "clocks");
            return clocks;
        }
        for (Map.Entry<Stage, Countdown> e : p.clocks().entrySet()) {
            Stage s = e.getKey();
            if (s == null || e.getValue() == null) {
                problems.add(new Problem("clocks", "a stage or its clock is null; give each stage's clock"));
                continue;
            }
            clocks[s.ordinal()] = e.getValue();
            checkClock(s, e.getValue());
        }
        if (clocks[Stage.REGISTER.ordinal()] == null) {
            problems.add(new Problem("clocks.REGISTER", "missing; the REGISTER stage starts when the case is reported"));
        } else if (p.reportedAt() != null && !clocks[Stage.REGISTER.ordinal()].started().equals(p.reportedAt())) {
            problems.add(new Problem("clocks.REGISTER.started", "the REGISTER stage started at "
                    + clocks[Stage.REGISTER.ordinal()].started() + ", not when the case was reported, " + p.reportedAt()));
        }
        Stage current = p.currentStage();
        for (Stage s : Stage.values()) {
            Countdown k = clocks[s.ordinal()];
            String where = "clocks." + s;
            if (s == current) {
                if (k == null) {
                    problems.add(new Problem(where, "missing; the current stage " + s + " has a clock"));
                } else if (p.state() == CaseState.SUSPENDED && !k.isPaused()) {
                    problems.add(new Problem(where, "the clock of the current stage of a SUSPENDED case is paused, not "
                            + (k.isFinished() ? "finished" : "running")));
                } else if (p.state() != CaseState.SUSPENDED && !k.isRunning()) {
                    problems.add(new Problem(where, "the clock of the current stage runs, unless the case is SUSPENDED;"
                            + " it is " + (k.isFinished() ? "finished" : "paused")));
                }
            } else if (k != null && !k.isFinished()) {
                problems.add(new Problem(where, "the clock of " + s + ", which is not the current stage, has not"
                        + " finished; only the current stage's clock runs"));
            }
        }
        if (p.warnings() != null) {
            for (Map.Entry<Stage, WarningLevel> e : p.warnings().entrySet()) {
                if (e.getKey() == null || e.getValue() == null) {
                    problems.add(new Problem("warnings", "a stage or its warning level is null"));
                } else if (clocks[e.getKey().ordinal()] == null && e.getValue() != WarningLevel.NORMAL) {
                    problems.add(new Problem("warnings." + e.getKey(), "a warning for a stage whose clock never started"));
                }
            }
        }
        if (p.pendingExtension() != null && clocks[Stage.HANDLE.ordinal()] != null
                && p.pendingExtension().at().isBefore(clocks[Stage.HANDLE.ordinal()].started())) {
            problems.add(new Problem("pendingExtension.at", "the request is before the HANDLE stage started"));
        }
        return clocks;
    }

    private void checkClock(Stage s, Countdown k) {
        String where = "clocks." + s;
        Countdown.Parts c = k.toParts();
        if (p.reportedAt() != null && c.started().isBefore(p.reportedAt())) {
            problems.add(new Problem(where + ".started", "the stage started at " + c.started()
                    + ", before the case was reported at " + p.reportedAt()));
        }
        check.notAfterUpdate(c.runningSince(), where + ".runningSince");
        check.notAfterUpdate(c.pausedAt(), where + ".pausedAt");
        check.notAfterUpdate(c.finishedAt(), where + ".finishedAt");
        check.notAfterUpdate(c.started(), where + ".started");
    }


    private static boolean isAreaCode(String code) {
        return !code.isEmpty() && code.length() <= 34 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
