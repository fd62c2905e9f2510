package io.gridgov.core.time;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year's official schedule of public holidays and adjusted working days (调休), as the State
 * Council announces it each year: the holidays are days off (whatever day of the week they fall on),
 * the adjusted working days are weekend days worked in exchange. The library ships
 * {@link #china2025()}; hosts load other years from data.
 *
 * @param year               the calendar year
 * @param holidays           days off, all in {@code year}
 * @param adjustedWorkingDays Saturdays and Sundays that are working days, all in {@code year}
 */
public record HolidaySchedule(int year, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays) {

    /** The earliest year a schedule may be for. */
    public static final int MIN_YEAR = 1949;
    /** The latest year a schedule may be for. */
    public static final int MAX_YEAR = 2200;

    /**
     * Validates the schedule: a year from {@value #MIN_YEAR} to {@value #MAX_YEAR}, every date in its year, adjusted working days only on weekends, no day
     * both a holiday and a working day. Every problem is reported.
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) listing every problem
     */
    public HolidaySchedule {
        holidays = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(holidays, "holidays")));
        adjustedWorkingDays = Collections.unmodifiableSet(
                new TreeSet<>(Objects.requireNonNull(adjustedWorkingDays, "adjustedWorkingDays")));
        List<Problem> problems = new ArrayList<>();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(new Problem("year", year + " is outside " + MIN_YEAR + "-" + MAX_YEAR
                    + "; give the calendar year the schedule was published for"));
        }
        for (LocalDate d : holidays) {
            if (d.getYear() != year) {
                problems.add(new Problem("holidays", d + " is not in " + year + "; list each year's days in its own schedule"));
            }
            if (adjustedWorkingDays.contains(d)) {
                problems.add(new Problem("holidays", d + " is listed both as a holiday and as an adjusted working day; keep one"));
            }
        }
        for (LocalDate d : adjustedWorkingDays) {
            if (d.getYear() != year) {
                problems.add(new Problem("adjustedWorkingDays", d + " is not in " + year
                        + "; list each year's days in its own schedule"));
            }
            if (!isWeekend(d)) {
                problems.add(new Problem("adjustedWorkingDays", d + " is a " + d.getDayOfWeek()
                        + ", already a working day; adjusted working days are the Saturdays and Sundays worked in exchange"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "the holiday schedule for " + year + " is invalid",
                    problems);
        }
    }

    /**
     * The 2025 schedule (State Council notice of November 2024): New Year's Day 1 Jan; Spring Festival
     * 28 Jan – 4 Feb; Qingming 4–6 Apr; Labour Day 1–5 May; Dragon Boat 31 May – 2 Jun; National Day
     * and Mid-Autumn 1–8 Oct. Adjusted working days: Sun 26 Jan, Sat 8 Feb, Sun 27 Apr, Sun 28 Sep,
     * Sat 11 Oct.
     *
     * @return the 2025 schedule
     */
    public static HolidaySchedule china2025() {
        List<LocalDate> off = new ArrayList<>();
        off.add(LocalDate.of(2025, 1, 1));
        addRange(off, LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4));
        addRange(off, LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 6));
        addRange(off, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 5));
        addRange(off, LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 2));
        addRange(off, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8));
        return new HolidaySchedule(2025, Set.copyOf(off), Set.of(
                LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8), LocalDate.of(2025, 4, 27),
                LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)));
    }

    private static void addRange(List<LocalDate> out, LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            out.add(d);
        }
    }

    /** Whether {@code date} (in this schedule's year) is a working day. */
    boolean isWorkingDay(LocalDate date) {
        if (holidays.contains(date)) {
            return false;
        }
        return adjustedWorkingDays.contains(date) || !isWeekend(date);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
