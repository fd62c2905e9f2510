package io.gridgov.core.time;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import io.gridgov.core.Problem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The clock of one stage of a case or dispute: its time limit, when it started, its deadline, and
 * whether it is running, paused (a suspension: waiting for a court, an appraisal, the weather) or
 * finished. Pure: every operation takes the instant from the caller and returns a new countdown.
 *
 * <p>Time is counted the way the limit counts it ({@link TimeLimit#usedShare}): natural time for
 * natural and calendar units, time on working days for working days, office time for working hours. A
 * pause stops the count; resuming carries the deadline forward so the time that was left is left again,
 * counted the same way, and ends it the way the limit's deadlines end (24:00 for working days; 24:00 of
 * a working day for calendar units). An approved extension moves the deadline later by the extension's
 * own limit. The deadline is therefore never before the start.
 *
 * <p>Immutable and thread-safe.
 */
public final class Countdown {
    private final TimeLimit limit;
    private final Instant started;
    private final Instant deadline;
    /** Time counted before {@link #runningSince} (or before the pause). */
    private final Duration used;
    /**
     * When the clock last started running; null when paused, or when it finished while paused. A clock
     * that finished while running keeps it: the time of its last run is counted only when asked for, so
     * finishing a stage (on every command's hot path) does not walk the calendar.
     */
    private final Instant runningSince;
    /** When the clock was paused; null unless paused (kept when a paused clock finishes: it stopped then). */
    private final Instant pausedAt;
    /** When the stage finished; null while open. */
    private final Instant finishedAt;

    private Countdown(TimeLimit limit, Instant started, Instant deadline, Duration used, Instant runningSince,
            Instant pausedAt, Instant finishedAt) {
        this.limit = limit;
        this.started = started;
        this.deadline = deadline;
        this.used = used;
        this.runningSince = runningSince;
        this.pausedAt = pausedAt;
        this.finishedAt = finishedAt;
    }

    /**
     * Starts the clock of a stage.
     *
     * @param limit    the stage's time limit
     * @param start    when the stage starts
     * @param calendar the work calendar
     * @return a running countdown whose deadline is {@code limit.deadline(start, calendar)}
     * @throws io.gridgov.core.NotFoundException if a working- or calendar-unit limit runs into a year the
     *                                           calendar lacks
     */
    public static Countdown start(TimeLimit limit, Instant start, WorkCalendar calendar) {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        return new Countdown(limit, start, limit.deadline(start, calendar), Duration.ZERO, start, null, null);
    }

    /**
     * Rebuilds a countdown from its stored parts ({@link #toParts()}), checking that they describe a
     * countdown the operations above can produce. Every problem is reported at once, each under the
     * name of its part ({@code deadline}, {@code pausedAt}, ...).
     *
     * @param parts the parts
     * @return the countdown, equal to the one the parts were taken from
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) listing every part that is missing
     *                               or inconsistent: a deadline before the start, negative time used, both
     *                               or neither of {@code runningSince} and {@code pausedAt}, a time
     *                               before the one it follows
     */
    public static Countdown restore(Parts parts) {
        Objects.requireNonNull(parts, "parts");
        List<Problem> problems = new ArrayList<>();
        required(parts.limit(), "limit", problems);
        required(parts.started(), "started", problems);
        required(parts.deadline(), "deadline", problems);
        required(parts.used(), "used", problems);
        if (parts.started() != null && parts.deadline() != null && parts.deadline().isBefore(parts.started())) {
            problems.add(new Problem("deadline", "the deadline " + parts.deadline() + " is before the start "
                    + parts.started() + "; a deadline is never before its stage started"));
        }
        if (parts.used() != null && parts.used().isNegative()) {
            problems.add(new Problem("used", "the time used " + parts.used() + " is negative; give 0 (PT0S) or more"));
        }
        if ((parts.runningSince() == null) == (parts.pausedAt() == null)) {
            problems.add(new Problem(parts.runningSince() == null ? "runningSince" : "pausedAt", parts.runningSince() == null
                    ? "neither runningSince nor pausedAt is set; a clock has run since some instant or is paused (give one)"
                    : "both runningSince and pausedAt are set; a clock either runs or is paused (give one, the other null)"));
        }
        notBefore(parts.runningSince(), "runningSince", parts.started(), "the start", problems);
        notBefore(parts.pausedAt(), "pausedAt", parts.started(), "the start", problems);
        Instant last = parts.runningSince() != null ? parts.runningSince() : parts.pausedAt();
        notBefore(parts.finishedAt(), "finishedAt", last, "the clock's last change", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "the countdown cannot be restored", problems);
        }
        return new Countdown(parts.limit(), parts.started(), parts.deadline(), parts.used(), parts.runningSince(),
                parts.pausedAt(), parts.finishedAt());
    }

    /**
     * The parts of this countdown, for storage; {@link #restore(Parts)} rebuilds an equal countdown from
     * them.
     *
     * @return the parts
     */
    public Parts toParts() {
        return new Parts(limit, started, deadline, used, runningSince, pausedAt, finishedAt);
    }

    private static void required(Object value, String where, List<Problem> problems) {
        if (value == null) {
            problems.add(new Problem(where, "missing; every countdown has a " + where));
        }
    }

    private static void notBefore(Instant t, String where, Instant earliest, String what, List<Problem> problems) {
        if (t != null && earliest != null && t.isBefore(earliest)) {
            problems.add(new Problem(where, where + " " + t + " is before " + what + " " + earliest
                    + "; a clock's instants never go back"));
        }
    }

    /**
     * Everything a countdown holds, as stored: what {@link #toParts()} returns and
     * {@link #restore(Parts)} checks. A plain carrier: it checks nothing itself, so a store can read a
     * broken row into it and get every problem from {@code restore}.
     *
     * <p>A clock that runs has {@code runningSince} and no {@code pausedAt}; a paused one the other way
     * round; a finished one keeps whichever it had when it finished and adds {@code finishedAt}.
     *
     * @param limit        the stage's time limit
     * @param started      when the stage started
     * @param deadline     the deadline now, not before {@code started}
     * @param used         the time counted (the way the limit counts) before {@code runningSince} or
     *                     before the pause; {@code PT0S} or more
     * @param runningSince when the clock last started running; {@code null} when paused (or finished
     *                     while paused)
     * @param pausedAt     when the clock was paused; {@code null} unless paused (or finished while paused)
     * @param finishedAt   when the stage finished; {@code null} while open
     */
    public record Parts(TimeLimit limit, Instant started, Instant deadline, Duration used, Instant runningSince,
            Instant pausedAt, Instant finishedAt) {
    }

    /** The stage's time limit, as it was when the stage started. */
    public TimeLimit limit() {
        return limit;
    }

    /** When the stage started. */
    public Instant started() {
        return started;
    }

    /** The deadline now: the original one, moved by approved extensions and by pauses. Never before {@link #started()}. */
    public Instant deadline() {
        return deadline;
    }

    /** When the clock was paused, if it is paused now. */
    public Optional<Instant> pausedAt() {
        return isPaused() ? Optional.of(pausedAt) : Optional.empty();
    }

    /** When the stage finished, if it has. */
    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** Whether the clock is running (neither paused nor finished). */
    public boolean isRunning() {
        return runningSince != null && finishedAt == null;
    }

    /** Whether the clock is paused. */
    public boolean isPaused() {
        return pausedAt != null && finishedAt == null;
    }

    /** Whether the stage has finished. */
    public boolean isFinished() {
        return finishedAt != null;
    }

    /**
     * Pauses the clock (a suspension).
     *
     * @param at       when the pause starts; not before the clock last started
     * @param calendar the work calendar
     * @return the paused countdown
     * @throws IllegalStateException if the clock is not running
     * @throws InvalidInputException if {@code at} is before the clock last started
     */
    public Countdown pause(Instant at, WorkCalendar calendar) {
        requireRunning("pause");
        checkNotBefore(at, runningSince, "pause");
        return new Countdown(limit, started, deadline, used.plus(limit.measure(runningSince, at, calendar)), null, at,
                null);
    }

    /**
     * Resumes a paused clock. The time that was left when it paused, counted the way the limit counts,
     * is left again from {@code at}, and the new deadline ends the way the limit's deadlines end: a
     * working-day limit at 24:00 of its day, a calendar-unit limit at 24:00 of its day or, if that is a
     * statutory rest day, of the first working day after it (Civil Code art. 203). A stage that was
     * already overdue when it paused keeps its deadline.
     *
     * @param at       when the clock runs again; not before the pause
     * @param calendar the work calendar
     * @return the running countdown with its deadline carried forward
     * @throws IllegalStateException if the clock is not paused
     * @throws InvalidInputException if {@code at} is before the pause
     * @throws io.gridgov.core.NotFoundException if the new deadline runs into a year the calendar lacks
     */
    public Countdown resume(Instant at, WorkCalendar calendar) {
        if (!isPaused()) {
            throw new IllegalStateException("the clock is not paused; only a paused clock can resume");
        }
        checkNotBefore(at, pausedAt, "resume");
        Duration left = limit.measure(pausedAt, deadline, calendar);
        Instant moved = left.isZero() ? deadline : limit.carry(at, left, calendar);
        return new Countdown(limit, started, moved.isAfter(deadline) ? moved : deadline, used, at, null, null);
    }

    /**
     * Moves the deadline later by an approved extension, counted in the extension's own unit from the
     * current deadline. An extension in calendar days or months is a new statutory period counted from
     * the day the current deadline ends (Civil Code art. 201–203): 10 calendar days after a deadline at
     * 24:00 of 13 March end at 24:00 of 23 March, or of the first working day after it. A paused clock
     * may be extended: resuming then carries the later deadline forward.
     *
     * @param extra    the extension
     * @param calendar the work calendar
     * @return the countdown with the later deadline
     * @throws IllegalStateException if the stage has finished
     * @throws io.gridgov.core.NotFoundException if the new deadline runs into a year the calendar lacks
     */
    public Countdown extend(TimeLimit extra, WorkCalendar calendar) {
        Objects.requireNonNull(extra, "extra");
        if (finishedAt != null) {
            throw new IllegalStateException("the stage has finished; a finished stage cannot be extended");
        }
        return new Countdown(limit, started, extra.extendFrom(deadline, calendar), used, runningSince, pausedAt, null);
    }

    /**
     * Finishes the stage. A paused clock finishes at its pause: the paused time never counts. Needs no
     * calendar: the time of the last run is counted only when asked for ({@link #usedShare}).
     *
     * @param at when the stage finished
     * @return the finished countdown
     * @throws IllegalStateException if the stage has already finished
     * @throws InvalidInputException if {@code at} is before the clock's last change
     */
    public Countdown finish(Instant at) {
        if (finishedAt != null) {
            throw new IllegalStateException("the stage has already finished");
        }
        Objects.requireNonNull(at, "at");
        if (runningSince == null) {
            checkNotBefore(at, pausedAt, "finish");
            return new Countdown(limit, started, deadline, used, null, pausedAt, at); // stopped at the pause
        }
        checkNotBefore(at, runningSince, "finish");
        return new Countdown(limit, started, deadline, used, runningSince, null, at);
    }

    /**
     * Whether the stage is overdue at {@code now}: a running stage once its deadline has come, a paused
     * stage if it paused at or after its deadline, a finished stage if it stopped (finished, or paused and
     * then finished) at or after it.
     */
    public boolean isOverdueAt(Instant now) {
        return !effectiveNow(Objects.requireNonNull(now, "now")).isBefore(deadline);
    }

    /**
     * How much of the allowed time is used at {@code now}: 0 at the start, 1 at the deadline. The
     * allowed time is the time used so far plus the time left to the deadline, both counted the way the
     * limit counts, so pauses and extensions are accounted for.
     *
     * @param now      the instant asked about (a paused or finished clock stopped earlier)
     * @param calendar the work calendar
     * @return the share used, 0 or more
     */
    public double usedShare(Instant now, WorkCalendar calendar) {
        Instant t = effectiveNow(Objects.requireNonNull(now, "now"));
        Instant since = runningSince != null ? runningSince : pausedAt;
        Duration sofar = used.plus(limit.measure(since, t, calendar));
        Duration total = sofar.plus(limit.measure(t, deadline, calendar));
        if (total.isZero()) {
            return t.isBefore(deadline) ? 0 : 1;
        }
        return (double) sofar.toMillis() / total.toMillis();
    }

    /**
     * The warning level at {@code now}: red when overdue, yellow when at least {@code yellowShare} of the
     * allowed time is used, normal otherwise.
     *
     * @param now         the instant asked about
     * @param calendar    the work calendar
     * @param yellowShare the share at which yellow starts, above 0 and below 1 (e.g. {@link WarningLevel#DEFAULT_YELLOW_SHARE})
     * @return the level
     */
    public WarningLevel warningAt(Instant now, WorkCalendar calendar, double yellowShare) {
        WarningLevel.checkYellowShare(yellowShare);
        if (isOverdueAt(now)) {
            return WarningLevel.RED;
        }
        return usedShare(now, calendar) >= yellowShare ? WarningLevel.YELLOW : WarningLevel.NORMAL;
    }

    private Instant effectiveNow(Instant now) {
        Instant stop = pausedAt != null ? pausedAt : finishedAt;
        return stop != null && stop.isBefore(now) ? stop : now;
    }

    private void requireRunning(String what) {
        if (!isRunning()) {
            throw new IllegalStateException("the clock is " + (finishedAt != null ? "finished" : "paused")
                    + "; only a running clock can " + what);
        }
    }

    private static void checkNotBefore(Instant at, Instant earliest, String what) {
        if (Objects.requireNonNull(at, "at").isBefore(earliest)) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "at", "cannot " + what + " at " + at
                    + ", before the clock's last change at " + earliest + "; pass the time the " + what + " happened");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Countdown c && limit.equals(c.limit) && started.equals(c.started)
                && deadline.equals(c.deadline) && used.equals(c.used) && Objects.equals(runningSince, c.runningSince)
                && Objects.equals(pausedAt, c.pausedAt) && Objects.equals(finishedAt, c.finishedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(limit, started, deadline, used, runningSince, pausedAt, finishedAt);
    }

    /** Renders as e.g. {@code Countdown[15 WORKING_DAYS from 2022-07-06T01:00:00Z, deadline ..., running]}. */
    @Override
    public String toString() {
        String state = finishedAt != null ? "finished " + finishedAt : pausedAt != null ? "paused " + pausedAt : "running";
        return "Countdown[" + limit + " from " + started + ", deadline " + deadline + ", " + state + "]";
    }
}
