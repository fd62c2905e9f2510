package io.gridgov.core.mediation;

import io.gridgov.core.Problem;
import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.lifecycle.LifecycleChecks;
import io.gridgov.core.lifecycle.PartsCheck;
import io.gridgov.core.time.Countdown;
import io.gridgov.core.time.WarningLevel;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

/**
 * The checks of {@link Dispute#restore}: everything the lifecycle guarantees of the disputes it produces,
 * derived from {@link MediationLifecycle}'s effects and {@link DisputeTable}. Every problem is collected;
 * none repeats personal data.
 */
final class DisputeRestore {
    /** States in which the dispute has been accepted (and its mediation clock started). */
    private static final Set<DisputeState> ACCEPTED_STATES = EnumSet.of(ACCEPTED, MEDIATING, SUSPENDED, AGREED,
            CONFIRMATION_REQUESTED, CONFIRMED, CONFIRMATION_REFUSED, PERFORMED);
    /** States in which an agreement is in force. */
    private static final Set<DisputeState> AGREEMENT_STATES = EnumSet.of(AGREED, CONFIRMATION_REQUESTED, CONFIRMED,
            CONFIRMATION_REFUSED, PERFORMED);
    /** States that cannot hold an agreement. */
    private static final Set<DisputeState> NO_AGREEMENT_STATES = EnumSet.of(APPLIED, DECLINED, ACCEPTED, MEDIATING,
            SUSPENDED, FAILED, TERMINATED);
    /** States in which mediators have been assigned. */
    private static final Set<DisputeState> MEDIATED_STATES = EnumSet.of(MEDIATING, SUSPENDED, AGREED,
            CONFIRMATION_REQUESTED, CONFIRMED, CONFIRMATION_REFUSED, PERFORMED);
    /** States in which the mediation clock, if started, runs. */
    private static final Set<DisputeState> RUNNING_STATES = EnumSet.of(APPLIED, ACCEPTED, MEDIATING);
    /** States in which a court has the agreement. */
    private static final Set<DisputeState> COURT_STATES = EnumSet.of(CONFIRMATION_REQUESTED, CONFIRMED,
            CONFIRMATION_REFUSED);
    /** States with no court. */
    private static final Set<DisputeState> NO_COURT_STATES = EnumSet.of(APPLIED, DECLINED, ACCEPTED, MEDIATING,
            SUSPENDED, AGREED, FAILED, TERMINATED);
    /** States with no routes offered. */
    private static final Set<DisputeState> NO_ROUTES_STATES = EnumSet.of(APPLIED, ACCEPTED, MEDIATING, SUSPENDED,
            AGREED, CONFIRMATION_REQUESTED, CONFIRMED, PERFORMED);
    /** States a dispute ends in, after which any of the past reasons may be kept. */
    private static final Set<DisputeState> ENDED = EnumSet.of(CLOSED, DIVERTED);

    private final Dispute.Parts p;
    private final PartsCheck check;
    private final List<Problem> problems;

    private DisputeRestore(Dispute.Parts p) {
        this.p = p;
        this.check = new PartsCheck("dispute", p.updatedAt());
        this.problems = check.problems();
    }

    static Dispute restore(Dispute.Parts parts) {
        DisputeRestore r = new DisputeRestore(Objects.requireNonNull(parts, "parts"));
        r.check();
        r.check.throwIfAny(r.check.subject(parts.trackingNumber()));
        Dispute.Draft d = new Dispute.Draft();
        d.id = parts.id();
        d.trackingNumber = parts.trackingNumber();
        d.caseId = parts.caseId();
        d.divertedFrom = parts.divertedFrom();
        d.divertedTo = parts.divertedTo();
        d.category = parts.category();
        d.domain = parts.domain();
        d.procedure = parts.procedure();
        d.parties = List.copyOf(parts.parties());
        d.areaCode = parts.areaCode();
        d.committee = parts.committee();
        d.mediators = List.copyOf(parts.mediators());
        d.amountInDispute = parts.amountInDispute();
        d.matter = parts.matter();
        d.prior = parts.prior();
        d.appliedAt = parts.appliedAt();
        d.acceptedAt = parts.acceptedAt();
        d.state = parts.state();
        d.refusedBy = Set.copyOf(parts.refusedBy());
        d.limit = parts.limit();
        d.mediationClock = parts.mediationClock();
        d.warning = parts.warning() == WarningLevel.NORMAL ? null : parts.warning();
        d.confirmationWindow = parts.confirmationWindow();
        d.agreement = parts.agreement();
        d.agreedAt = parts.agreedAt();
        d.concludedAt = parts.concludedAt();
        d.court = parts.court();
        d.failureReason = parts.failureReason();
        d.declineReason = parts.declineReason();
        d.routesOffered = List.copyOf(parts.routesOffered());
        d.routesTaken = List.copyOf(parts.routesTaken());
        d.outcome = parts.outcome();
        d.extensions = parts.extensions();
        d.appraisals = parts.appraisals();
        d.rounds = parts.rounds();
        d.version = parts.version();
        d.updatedAt = parts.updatedAt();
        return d.build();
    }

    private void check() {
        check.required(p.id(), "id");
        check.required(p.category(), "category");
        check.required(p.domain(), "domain");
        check.required(p.procedure(), "procedure");
        check.required(p.amountInDispute(), "amountInDispute");
        check.required(p.matter(), "matter");
        check.required(p.prior(), "prior");
        check.required(p.appliedAt(), "appliedAt");
        check.required(p.state(), "state");
        check.required(p.updatedAt(), "updatedAt");
        check.identifier(p.trackingNumber(), "trackingNumber", true);
        check.identifier(p.committee(), "committee", true);
        check.identifier(p.court(), "court", false);
        if (p.areaCode() == null) {
            check.required(null, "areaCode");
        } else if (p.areaCode().isEmpty() || p.areaCode().length() > 34
                || !p.areaCode().chars().allMatch(c -> c >= '0' && c <= '9')) {
            problems.add(new Problem("areaCode", "the area code (" + p.areaCode().length()
                    + " characters) is not 1 to 34 digits"));
        }
        if (p.category() != null && p.procedure() != null
                && (p.category() == MediationCategory.JUDICIAL) == (p.procedure() == CourtProcedure.NONE)) {
            problems.add(new Problem("procedure", p.category() == MediationCategory.JUDICIAL
                    ? "a JUDICIAL mediation has a procedure, ORDINARY or SUMMARY, not NONE"
                    : "a mediation in category " + p.category() + " has the procedure NONE, not " + p.procedure()));
        }
        if (p.id() != null && p.id().equals(p.divertedFrom())) {
            problems.add(new Problem("divertedFrom", "the dispute is diverted from itself"));
        }
        if (p.id() != null && p.id().equals(p.divertedTo())) {
            problems.add(new Problem("divertedTo", "the dispute is diverted to itself"));
        }
        checkCounters();
        Set<String> partyIds = checkParties();
        checkMediators();
        checkRefusals(partyIds);
        checkRoutes(p.routesOffered(), "routesOffered");
        checkRoutes(p.routesTaken(), "routesTaken");
        if (p.agreement() != null) {
            checkAgreement(partyIds);
        }
        checkTimes();
        if (p.state() != null) {
            checkState();
            checkClocks();
        }
    }

    private void checkCounters() {
        check.counters(new String[] {"extensions", "appraisals", "rounds"},
                new int[] {p.extensions(), p.appraisals(), p.rounds()}, p.version());
        if (p.version() == 1 && p.state() != null && p.state() != APPLIED) {
            problems.add(new Problem("state", "a dispute of version 1 has only been applied for, so it is APPLIED, not "
                    + p.state()));
        }
    }

    /** Checks the parties; returns their ids. */
    private Set<String> checkParties() {
        Set<String> ids = new HashSet<>();
        if (p.parties() == null) {
            check.required(null, "parties");
            return ids;
        }
        boolean applicant = false;
        boolean respondent = false;
        boolean respondentSeen = false;
        for (int i = 0; i < p.parties().size(); i++) {
            Party x = p.parties().get(i);
            String where = "parties[" + i + "]";
            if (x == null) {
                problems.add(new Problem(where, "missing; give the party"));
                continue;
            }
            if (!Identifiers.isValid(x.partyId())) {
                LifecycleChecks.checkIdentifier(x.partyId(), where + ".partyId", problems);
            } else if (!ids.add(x.partyId())) {
                problems.add(new Problem(where + ".partyId", "party " + x.partyId() + " is listed twice"));
            }
            applicant |= x.side() == PartySide.APPLICANT;
            respondent |= x.side() == PartySide.RESPONDENT;
            if (x.side() == PartySide.APPLICANT && respondentSeen) {
                problems.add(new Problem(where + ".side", "an applicant after a respondent; list applicants first"));
            }
            respondentSeen |= x.side() == PartySide.RESPONDENT;
        }
        if (!applicant || !respondent) {
            problems.add(new Problem("parties", "no " + (applicant ? "RESPONDENT" : "APPLICANT")
                    + "; a dispute has at least one applicant and one respondent"));
        }
        return ids;
    }

    private void checkMediators() {
        if (p.mediators() == null) {
            check.required(null, "mediators");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < p.mediators().size(); i++) {
            Mediator m = p.mediators().get(i);
            String where = "mediators[" + i + "]";
            if (m == null) {
                problems.add(new Problem(where, "missing; give the mediator"));
            } else if (!Identifiers.isValid(m.personId())) {
                LifecycleChecks.checkIdentifier(m.personId(), where + ".personId", problems);
            } else if (!seen.add(m.personId())) {
                problems.add(new Problem(where, "person " + m.personId() + " is assigned twice"));
            }
        }
        if (!p.mediators().isEmpty() && p.mediators().get(0) != null
                && p.mediators().get(0).kind() != Mediator.Kind.MEDIATOR) {
            problems.add(new Problem("mediators[0]", "the first person leads the mediation and is of kind MEDIATOR"));
        }
        if (p.state() != null) {
            if (MEDIATED_STATES.contains(p.state()) && p.mediators().isEmpty()) {
                problems.add(new Problem("mediators", "none, but a " + p.state() + " dispute has mediators assigned"));
            } else if (!p.mediators().isEmpty() && EnumSet.of(APPLIED, DECLINED, ACCEPTED).contains(p.state())) {
                problems.add(new Problem("mediators", "assigned, but the dispute is " + p.state()
                        + "; mediators are assigned once it is accepted, and it is then MEDIATING"));
            }
        }
    }

    private void checkRefusals(Set<String> partyIds) {
        if (p.refusedBy() == null) {
            check.required(null, "refusedBy");
            return;
        }
        for (String id : p.refusedBy()) {
            if (id == null || !Identifiers.isValid(id)) {
                check.identifier(id, "refusedBy", true);
            } else if (p.parties() != null && !partyIds.contains(id)) {
                problems.add(new Problem("refusedBy", "party " + id + " is not a party to the dispute"));
            }
        }
        if (!p.refusedBy().isEmpty() && p.acceptedAt() != null) {
            problems.add(new Problem("refusedBy", "a party refused, but the dispute was accepted; a dispute a party"
                    + " refused is never accepted"));
        }
    }

    private void checkRoutes(List<Route> routes, String where) {
        if (routes == null) {
            check.required(null, where);
        } else if (routes.contains(null)) {
            problems.add(new Problem(where, "a route is null"));
        } else if (new HashSet<>(routes).size() != routes.size()) {
            problems.add(new Problem(where, "a route is listed twice"));
        }
    }

    private void checkAgreement(Set<String> partyIds) {
        List<String> signed = p.agreement().signedBy();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < signed.size(); i++) {
            String id = signed.get(i);
            String where = "agreement.signedBy[" + i + "]";
            if (id == null || !Identifiers.isValid(id)) {
                check.identifier(id, where, true);
            } else if (!seen.add(id)) {
                problems.add(new Problem(where, "party " + id + " is listed twice"));
            } else if (p.parties() != null && !partyIds.contains(id)) {
                problems.add(new Problem(where, "party " + id + " is not a party to the dispute"));
            }
        }
        if (p.parties() != null && !seen.containsAll(partyIds)) {
            problems.add(new Problem("agreement.signedBy", "not every party signed; an agreement takes effect when"
                    + " every party has signed it"));
        }
    }

    private void checkTimes() {
        Instant applied = p.appliedAt();
        Instant updated = p.updatedAt();
        if (applied != null && updated != null) {
            if (updated.isBefore(applied)) {
                problems.add(new Problem("updatedAt", "the last change " + updated + " is before the application "
                        + applied));
            } else if (p.version() == 1 && !updated.equals(applied)) {
                problems.add(new Problem("updatedAt", "a dispute of version 1 last changed when it was applied for, "
                        + applied + ", not " + updated));
            }
        }
        between(p.acceptedAt(), "acceptedAt", applied, "the application");
        between(p.concludedAt(), "concludedAt", p.acceptedAt(), "the acceptance");
        between(p.agreedAt(), "agreedAt", p.acceptedAt(), "the acceptance");
        if (p.concludedAt() != null && p.acceptedAt() == null) {
            problems.add(new Problem("concludedAt", "set, but the dispute was never accepted; only an accepted"
                    + " mediation concludes"));
        }
        if (p.agreedAt() != null && !p.agreedAt().equals(p.concludedAt())) {
            problems.add(new Problem("concludedAt", "the mediation first concluded when the agreement was first reached, "
                    + p.agreedAt() + ", not " + p.concludedAt()));
        }
        if (p.agreement() != null && p.agreedAt() == null) {
            problems.add(new Problem("agreedAt", "missing; an agreement was reached, so it has a time"));
        }
    }

    private void checkState() {
        DisputeState s = p.state();
        if (ACCEPTED_STATES.contains(s) && p.acceptedAt() == null) {
            problems.add(new Problem("acceptedAt", "missing; a " + s + " dispute was accepted"));
        } else if ((s == APPLIED || s == DECLINED) && p.acceptedAt() != null) {
            problems.add(new Problem("acceptedAt", "set, but the dispute is " + s + "; it was never accepted"));
        }
        if (AGREEMENT_STATES.contains(s) && p.agreement() == null) {
            problems.add(new Problem("agreement", "missing; a " + s + " dispute has its agreement"));
        } else if (NO_AGREEMENT_STATES.contains(s) && p.agreement() != null) {
            problems.add(new Problem("agreement", "set, but a " + s + " dispute has no agreement in force"));
        }
        if (COURT_STATES.contains(s) && p.court() == null) {
            problems.add(new Problem("court", "missing; a " + s + " dispute names the court asked to confirm it"));
        } else if (NO_COURT_STATES.contains(s) && p.court() != null) {
            problems.add(new Problem("court", "set, but a " + s + " dispute has not been brought to a court"));
        }
        if (s == FAILED && p.failureReason() == null) {
            problems.add(new Problem("failureReason", "missing; a FAILED dispute says why"));
        } else if (p.failureReason() != null && s != FAILED && !ENDED.contains(s)) {
            problems.add(new Problem("failureReason", "set, but the dispute is " + s + "; only a failed one has one"));
        }
        if (s == DECLINED && p.declineReason() == null) {
            problems.add(new Problem("declineReason", "missing; a DECLINED dispute says why"));
        } else if (p.declineReason() != null && s != DECLINED && !ENDED.contains(s)) {
            problems.add(new Problem("declineReason", "set, but the dispute is " + s + "; only a declined one has one"));
        }
        if (p.routesOffered() != null && !p.routesOffered().isEmpty() && NO_ROUTES_STATES.contains(s)) {
            problems.add(new Problem("routesOffered", "set, but routes are offered only when a dispute is declined,"
                    + " fails, is terminated or not confirmed; it is " + s));
        }
        if (p.routesTaken() != null && !p.routesTaken().isEmpty() && s != CLOSED) {
            problems.add(new Problem("routesTaken", "set, but the routes taken are recorded when a dispute is closed;"
                    + " it is " + s));
        }
        boolean ended = ENDED.contains(s);
        if (ended != (p.outcome() != null)) {
            problems.add(new Problem("outcome", ended ? "missing; a " + s + " dispute has an outcome"
                    : "set, but the dispute is " + s + "; only a CLOSED or DIVERTED one has an outcome"));
        } else if (ended && (s == DIVERTED) != (p.outcome() == DisputeOutcome.DIVERTED)) {
            problems.add(new Problem("outcome", "a " + s + " dispute cannot have the outcome " + p.outcome()
                    + (s == DIVERTED ? "; a diverted dispute's outcome is DIVERTED" : "")));
        } else if (s == CLOSED) {
            checkClosedOutcome();
        }
        if ((s == DIVERTED) != (p.divertedTo() != null)) {
            problems.add(new Problem("divertedTo", s == DIVERTED ? "missing; a DIVERTED dispute names the new dispute"
                    : "set, but the dispute is " + s + "; only a DIVERTED one has one"));
        }
    }

    private void checkClosedOutcome() {
        String needs = switch (p.outcome()) {
            case AGREEMENT_PERFORMED, AGREEMENT_NOT_PERFORMED, AGREEMENT_NOT_CONFIRMED -> p.agreedAt() == null
                    ? "agreedAt" : null;
            case FAILED -> p.failureReason() == null ? "failureReason" : null;
            case DECLINED -> p.declineReason() == null ? "declineReason" : null;
            case TERMINATED, DIVERTED -> null;
        };
        if (needs != null) {
            problems.add(new Problem(needs, "missing; a dispute closed with the outcome " + p.outcome() + " has it"));
        }
    }

    private void checkClocks() {
        DisputeState s = p.state();
        Countdown k = p.mediationClock();
        if ((k == null) != (p.limit() == null)) {
            problems.add(new Problem(k == null ? "mediationClock" : "limit", "missing; the time limit and the clock"
                    + " of a mediation start together"));
        } else if (k != null && !k.limit().equals(p.limit().limit())) {
            problems.add(new Problem("mediationClock.limit", "the clock counts " + k.limit() + ", but the mediation's"
                    + " time limit is " + p.limit().limit()));
        }
        if (k == null) {
            if (ACCEPTED_STATES.contains(s)) {
                problems.add(new Problem("mediationClock", "missing; a " + s + " dispute's mediation clock has started"));
            }
            if (p.warning() != null && p.warning() != WarningLevel.NORMAL) {
                problems.add(new Problem("warning", "a warning, but the mediation clock never started"));
            }
        } else {
            checkClock(k, "mediationClock");
            if (RUNNING_STATES.contains(s) && !k.isRunning()) {
                problems.add(new Problem("mediationClock", "the clock of a " + s + " dispute runs; it is "
                        + (k.isFinished() ? "finished" : "paused")));
            } else if (s == SUSPENDED && !k.isPaused()) {
                problems.add(new Problem("mediationClock", "the clock of a dispute suspended for an appraisal is"
                        + " paused; it is " + (k.isFinished() ? "finished" : "running")));
            } else if (!RUNNING_STATES.contains(s) && s != SUSPENDED && !k.isFinished()) {
                problems.add(new Problem("mediationClock", "the clock of a " + s + " dispute has finished; it is "
                        + (k.isPaused() ? "paused" : "running")));
            }
        }
        Countdown w = p.confirmationWindow();
        boolean judicial = p.category() == MediationCategory.JUDICIAL;
        if (w == null) {
            if (s == AGREED && !judicial) {
                problems.add(new Problem("confirmationWindow", "missing; the window for judicial confirmation opens"
                        + " when an agreement takes effect"));
            }
            return;
        }
        checkClock(w, "confirmationWindow");
        if (judicial) {
            problems.add(new Problem("confirmationWindow", "set, but a court's mediation in a lawsuit needs no"
                    + " judicial confirmation"));
        }
        if (p.agreedAt() == null) {
            problems.add(new Problem("confirmationWindow", "set, but no agreement was ever reached"));
        }
        if (s == AGREED && !w.isRunning()) {
            problems.add(new Problem("confirmationWindow", "the window of an AGREED dispute runs; it is "
                    + (w.isFinished() ? "finished" : "paused")));
        } else if (s != AGREED && !w.isFinished()) {
            problems.add(new Problem("confirmationWindow", "the window closes when the dispute leaves AGREED;"
                    + " the dispute is " + s + " and the window is still open"));
        }
    }

    private void checkClock(Countdown k, String where) {
        Countdown.Parts c = k.toParts();
        if (p.appliedAt() != null && c.started().isBefore(p.appliedAt())) {
            problems.add(new Problem(where + ".started", "the clock started at " + c.started()
                    + ", before the dispute was applied for at " + p.appliedAt()));
        }
        check.notAfterUpdate(c.started(), where + ".started");
        check.notAfterUpdate(c.runningSince(), where + ".runningSince");
        check.notAfterUpdate(c.pausedAt(), where + ".pausedAt");
        check.notAfterUpdate(c.finishedAt(), where + ".finishedAt");
    }

    private void between(Instant t, String where, Instant earliest, String what) {
        if (t == null) {
            return;
        }
        if (earliest != null && t.isBefore(earliest)) {
            problems.add(new Problem(where, t + " is before " + what + " " + earliest));
        }
        check.notAfterUpdate(t, where);
    }

}
