package io.gridgov.core.time;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How long a stage may take: in natural hours or days (the clock always runs), in working days (the
 * clock runs on working days; the limit ends at 24:00 of the N-th working day after the start), in
 * office hours (the clock runs only in the calendar's office hours on working days), or in calendar
 * days or months counted the way the law counts statutory periods (Civil Code art. 201–203, Civil
 * Procedure Law art. 85: the start day does not count, a last day that is a rest day moves to the next
 * working day, the period ends at 24:00).
 *
 * @param amount how many units, 1 or more
 * @param unit   the unit
 */
public record TimeLimit(long amount, Unit unit) {
    /** The longest limit accepted in every unit but months: ten years of days. */
    static final long MAX_AMOUNT = 3_650;
    /** The longest limit accepted in calendar months: ten years. */
    static final long MAX_MONTHS = 120;

    /** The unit of a time limit. */
    public enum Unit {
        /** Natural hours: the clock always runs. */
        NATURAL_HOURS,
        /** Natural days of 24 hours: the clock always runs. */
        NATURAL_DAYS,
        /** Working days: ends at 24:00 of the N-th working day after the day the stage starts. */
        WORKING_DAYS,
        /** Office hours on working days. */
        WORKING_HOURS,
        /**
         * Calendar days, counted as a statutory period (Civil Code art. 201 and 203, Civil Procedure Law
         * art. 85): the day the period starts does not count; the last day is the N-th day after it; if
         * that day is a statutory rest day (a public holiday, or a weekend day that is not an adjusted
         * working day) the first working day after it is the last day; the period ends at 24:00 of the
         * last day. Time used and time left are measured in natural time.
         */
        CALENDAR_DAYS,
        /**
         * Calendar months, counted as a statutory period (Civil Code art. 201–203, Civil Procedure Law
         * art. 85): the day the period starts does not count; the last day is the day with the same
         * number N months later, or that month's last day if it has none (31 January + 1 month is 28 or
         * 29 February); if that day is a statutory rest day the first working day after it is the last
         * day; the period ends at 24:00 of the last day. At most 120 months. Time used and time left are
         * measured in natural time.
         */
        CALENDAR_MONTHS
    }

    /**
     * Validates the limit.
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) for an amount below 1, or above
     *                               {@value #MAX_MONTHS} in calendar months and {@value #MAX_AMOUNT} in the
     *                               other units
     */
    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        long max = maxAmount(unit);
        if (amount < 1 || amount > max) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "time limit", "the amount is " + amount + " "
                    + unit + "; give 1 to " + max);
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
     * A limit in calendar days, counted as a statutory period ({@link Unit#CALENDAR_DAYS}; Civil Code
     * art. 201 and 203, Civil Procedure Law art. 85), e.g. the 15 days of labour-dispute mediation.
     *
     * @param days how many days, 1 to {@value #MAX_AMOUNT}
     * @return the limit
     * @throws InvalidInputException if {@code days} is out of range
     */
    public static TimeLimit calendarDays(long days) {
        return new TimeLimit(days, Unit.CALENDAR_DAYS);
    }

    /**
     * A limit in calendar months, counted as a statutory period ({@link Unit#CALENDAR_MONTHS}; Civil Code
     * art. 201–203, Civil Procedure Law art. 85), e.g. the one month of people's mediation.
     *
     * @param months how many months, 1 to {@value #MAX_MONTHS}
     * @return the limit
     * @throws InvalidInputException if {@code months} is out of range
     */
    public static TimeLimit calendarMonths(long months) {
        return new TimeLimit(months, Unit.CALENDAR_MONTHS);
    }

    /** The largest amount accepted in a unit: ten years. */
    private static long maxAmount(Unit unit) {
        return switch (unit) {
            case NATURAL_HOURS, NATURAL_DAYS, WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS -> MAX_AMOUNT;
            case CALENDAR_MONTHS -> MAX_MONTHS;
        };
    }

    /**
     * The deadline of a stage that starts at {@code start}.
     *
     * @param start    when the stage starts
     * @param calendar the work calendar (used by the working and the calendar units)
     * @return the deadline
     * @throws io.gridgov.core.NotFoundException if a working- or calendar-unit limit runs into a year the
     *                                           calendar lacks
     */
    public Instant deadline(Instant start, WorkCalendar calendar) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        return switch (unit) {
            case NATURAL_HOURS -> start.plus(Duration.ofHours(amount));
            case NATURAL_DAYS -> start.plus(Duration.ofDays(amount));
            case WORKING_DAYS -> calendar.endOfWorkingDays(start, (int) amount);
            case WORKING_HOURS -> calendar.plusOfficeTime(start, Duration.ofHours(amount));
            case CALENDAR_DAYS, CALENDAR_MONTHS -> endOfPeriodAfter(start.atZone(calendar.zone()).toLocalDate(), calendar);
        };
    }

    /**
     * How much of the limit is used at {@code now}: 0 at the start, 1 at the deadline, more when
     * overdue. Measured the way the limit counts: natural time for natural and calendar units, time on
     * working days for working days, office time for working hours.
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
            case NATURAL_HOURS, NATURAL_DAYS, CALENDAR_DAYS, CALENDAR_MONTHS ->
                    to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
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
            case NATURAL_HOURS, NATURAL_DAYS, CALENDAR_DAYS, CALENDAR_MONTHS -> from.plus(amount);
            case WORKING_DAYS -> calendar.plusWorkingDayTime(from, amount);
            case WORKING_HOURS -> calendar.plusOfficeTime(from, amount);
        };
    }

    /**
     * The deadline of a paused stage carried forward on resuming: {@code left} (positive), counted the
     * way this limit counts, after {@code from}, then ended the way this limit's deadlines end: a
     * working-day limit at 24:00 of its day, a calendar-unit limit at 24:00 of its day or, if that is a
     * rest day, of the first working day after it (as {@link #deadline}); the other units where the time
     * runs out.
     *
     * @throws io.gridgov.core.NotFoundException if the count runs into a year the calendar lacks
     */
    Instant carry(Instant from, Duration left, WorkCalendar calendar) {
        Instant moved = advance(from, left, calendar);
        return switch (unit) {
            case NATURAL_HOURS, NATURAL_DAYS, WORKING_HOURS -> moved;
            case WORKING_DAYS -> calendar.endOfDay(moved);
            case CALENDAR_DAYS, CALENDAR_MONTHS -> calendar.endOfPeriodOn(calendar.dayEndingAt(moved));
        };
    }

    /**
     * The deadline after this limit is granted as an extension of a stage due at {@code deadline}: the
     * fixed units add their length (24 hours per natural or working day) counted their own way from the
     * deadline; the calendar units count N days or months from the day the deadline ends (the day before
     * it when it is at 24:00) as a new statutory period, so they never need a fixed length.
     *
     * @throws io.gridgov.core.NotFoundException if the count runs into a year the calendar lacks
     */
    Instant extendFrom(Instant deadline, WorkCalendar calendar) {
        return switch (unit) {
            case NATURAL_HOURS, WORKING_HOURS -> advance(deadline, Duration.ofHours(amount), calendar);
            case NATURAL_DAYS, WORKING_DAYS -> advance(deadline, Duration.ofDays(amount), calendar);
            case CALENDAR_DAYS, CALENDAR_MONTHS -> endOfPeriodAfter(calendar.dayEndingAt(deadline), calendar);
        };
    }

    /**
     * Where a calendar-unit period that starts on {@code day} (not counted) ends: its last day is N days or
     * N months later (a month without that day number ends on its last day: {@link LocalDate#plusMonths}
     * is the rule of Civil Code art. 202), rolled over rest days, at 24:00.
     */
    private Instant endOfPeriodAfter(LocalDate day, WorkCalendar calendar) {
        return calendar.endOfPeriodOn(unit == Unit.CALENDAR_MONTHS ? day.plusMonths(amount) : day.plusDays(amount));
    }

    /** Renders as e.g. {@code 5 WORKING_DAYS}. */
    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
