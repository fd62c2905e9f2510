package io.gridgov.core.time;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a stage may take: in natural hours or days (the clock always runs), in working days (the
 * clock runs on working days; the limit ends at 24:00 of the N-th working day after the start), or in
 * office hours (the clock runs only in the calendar's office hours on working days).
 *
 * @param amount how many units, 1 or more
 * @param unit   the unit
 */
public record TimeLimit(long amount, Unit unit) {
    /** The longest limit accepted: ten years of days. */
    static final long MAX_AMOUNT = 3_650;

    /** The unit of a time limit. */
    public enum Unit {
        /** Natural hours: the clock always runs. */
        NATURAL_HOURS,
        /** Natural days of 24 hours: the clock always runs. */
        NATURAL_DAYS,
        /** Working days: ends at 24:00 of the N-th working day after the day the stage starts. */
        WORKING_DAYS,
        /** Office hours on working days. */
        WORKING_HOURS
    }

    /**
     * Validates the limit.
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) for an amount below 1 or above
     *                               {@value #MAX_AMOUNT}
     */
    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "time limit", "the amount is " + amount + " "
                    + unit + "; give 1 to " + MAX_AMOUNT);
        }
    }

    /** A limit in natural hours. */
    public static TimeLimit naturalHours(long hours) {
        return new TimeLimit(hours, Unit.NATURAL_HOURS);
    }

    /** A limit in natural days. */
    public static TimeLimit naturalDays(long days) {
        return new TimeLimit(days, Unit.NATURAL_DAYS);
    }

    /** A limit in working days. */
    public static TimeLimit workingDays(long days) {
        return new TimeLimit(days, Unit.WORKING_DAYS);
    }

    /** A limit in office hours on working days. */
    public static TimeLimit workingHours(long hours) {
        return new TimeLimit(hours, Unit.WORKING_HOURS);
    }

    /**
     * The deadline of a stage that starts at {@code start}.
     *
     * @param start    when the stage starts
     * @param calendar the work calendar (used by the working units)
     * @return the deadline
     * @throws io.gridgov.core.NotFoundException if a working-unit limit runs into a year the calendar lacks
     */
    public Instant deadline(Instant start, WorkCalendar calendar) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        return switch (unit) {
            case NATURAL_HOURS -> start.plus(Duration.ofHours(amount));
            case NATURAL_DAYS -> start.plus(Duration.ofDays(amount));
            case WORKING_DAYS -> calendar.endOfWorkingDays(start, (int) amount);
            case WORKING_HOURS -> calendar.plusOfficeTime(start, Duration.ofHours(amount));
        };
    }

    /**
     * How much of the limit is used at {@code now}: 0 at the start, 1 at the deadline, more when
     * overdue. Measured the way the limit counts: natural time for natural units, time on working days
     * for working days, office time for working hours.
     *
     * @param start    when the stage started
     * @param deadline the stage's deadline (possibly moved by an extension)
     * @param now      the instant asked about
     * @param calendar the work calendar
     * @return the share used, 0 or more
     */
    public double usedShare(Instant start, Instant deadline, Instant now, WorkCalendar calendar) {
        Duration used = measure(start, now, calendar);
        Duration total = measure(start, deadline, calendar);
        if (total.isZero() || total.isNegative()) {
            return now.isBefore(deadline) ? 0 : 1;
        }
        return (double) used.toMillis() / total.toMillis();
    }

    /** The time between two instants as this limit counts it; zero if {@code to} is not after {@code from}. */
    Duration measure(Instant from, Instant to, WorkCalendar calendar) {
        return switch (unit) {
            case NATURAL_HOURS, NATURAL_DAYS -> to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
            case WORKING_DAYS -> calendar.workingDayTimeBetween(from, to);
            case WORKING_HOURS -> calendar.officeTimeBetween(from, to);
        };
    }

    /**
     * The instant at which {@code amount} of time, counted the way this limit counts (natural time,
     * time on working days, office time), has passed after {@code from}. The inverse of
     * {@link #measure}: {@code measure(from, advance(from, d)) == d}.
     */
    Instant advance(Instant from, Duration amount, WorkCalendar calendar) {
        if (amount.isZero()) {
            return from;
        }
        return switch (unit) {
            case NATURAL_HOURS, NATURAL_DAYS -> from.plus(amount);
            case WORKING_DAYS -> calendar.plusWorkingDayTime(from, amount);
            case WORKING_HOURS -> calendar.plusOfficeTime(from, amount);
        };
    }

    /** The length of this limit as a duration of its own counting (24 hours per natural or working day). */
    Duration length() {
        return switch (unit) {
            case NATURAL_HOURS, WORKING_HOURS -> Duration.ofHours(amount);
            case NATURAL_DAYS, WORKING_DAYS -> Duration.ofDays(amount);
        };
    }

    /** Renders as e.g. {@code 5 WORKING_DAYS}. */
    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
