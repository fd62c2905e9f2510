package io.gridgov.core.time;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.Problem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which days are working days and when offices are open: Monday to Friday, minus the public
 * holidays, plus the adjusted working weekends (调休) of each year's official schedule.
 *
 * <p>A calendar knows only the years it was given. Asking about another year throws
 * {@link NotFoundException}: the schedule is announced a year at a time and cannot be guessed, and a
 * deadline computed from a guess would be wrong in exactly the weeks that matter.
 *
 * <p>Time limits count the way Chinese procedure law counts periods (期间开始的日不计算在内): the day
 * a period starts does not count, and a period of N working days ends at the end (24:00, local time)
 * of the N-th working day after it. A period of calendar days or months whose last day is a statutory
 * rest day ends at 24:00 of the first working day after it (Civil Code art. 203).
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkCalendar {
    /** The zone of mainland China. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Default office hours: 09:00–12:00 and 13:30–17:30. Cities differ; pass their own to {@link #of}. */
    public static final List<TimeWindow> DEFAULT_OFFICE_HOURS = List.of(
            new TimeWindow(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 0)),
            new TimeWindow(java.time.LocalTime.of(13, 30), java.time.LocalTime.of(17, 30)));

    private final ZoneId zone;
    private final List<TimeWindow> officeHours;
    private final Map<Integer, HolidaySchedule> years;
    /** The first year known; {@link #workingDays} is indexed by year minus this. */
    private final int firstYear;
    /**
     * One bit per day of each known year (bit {@code dayOfYear - 1}), set on working days; {@code null}
     * for a year between the first and the last that the calendar was not given. Deadlines ask about
     * many days per command, so a day is a shift and a mask, not two set look-ups.
     */
    private final long[][] workingDays;

    private WorkCalendar(ZoneId zone, List<TimeWindow> officeHours, Map<Integer, HolidaySchedule> years) {
        this.zone = zone;
        this.officeHours = officeHours;
        this.years = years;
        this.firstYear = years.isEmpty() ? 0 : years.keySet().iterator().next();
        int span = years.isEmpty() ? 0 : years.keySet().stream().mapToInt(Integer::intValue).max().getAsInt() - firstYear + 1;
        this.workingDays = new long[span][];
        for (HolidaySchedule s : years.values()) {
            long[] bits = new long[6];
            for (LocalDate d = LocalDate.of(s.year(), 1, 1); d.getYear() == s.year(); d = d.plusDays(1)) {
                if (s.isWorkingDay(d)) {
                    int i = d.getDayOfYear() - 1;
                    bits[i >>> 6] |= 1L << i;
                }
            }
            workingDays[s.year() - firstYear] = bits;
        }
    }

    /**
     * A calendar in China's zone with the default office hours.
     *
     * @param schedules one schedule per year
     * @return the calendar
     * @throws InvalidInputException if a year is given twice
     */
    public static WorkCalendar china(Collection<HolidaySchedule> schedules) {
        return of(CHINA, DEFAULT_OFFICE_HOURS, schedules);
    }

    /**
     * A calendar.
     *
     * @param zone        the zone in which days begin and end
     * @param officeHours the office hours of a working day, in order and not overlapping
     * @param schedules   one schedule per year
     * @return the calendar
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) listing every problem: a year
     *                               given twice, no office hours, overlapping or unordered windows
     */
    public static WorkCalendar of(ZoneId zone, List<TimeWindow> officeHours, Collection<HolidaySchedule> schedules) {
        Objects.requireNonNull(zone, "zone");
        List<TimeWindow> hours = List.copyOf(officeHours);
        List<Problem> problems = new ArrayList<>();
        if (hours.isEmpty()) {
            problems.add(new Problem("officeHours", "no office hours; give at least one window, e.g. 09:00-17:00"));
        }
        for (int i = 1; i < hours.size(); i++) {
            if (hours.get(i).start().isBefore(hours.get(i - 1).end())) {
                problems.add(new Problem("officeHours[" + i + "]", "window " + hours.get(i).start() + "-"
                        + hours.get(i).end() + " starts before the previous one ends; list windows in order, apart"));
            }
        }
        Map<Integer, HolidaySchedule> byYear = new TreeMap<>();
        for (HolidaySchedule s : schedules) {
            if (byYear.putIfAbsent(Objects.requireNonNull(s, "schedules contains null").year(), s) != null) {
                problems.add(new Problem("schedules", "the year " + s.year() + " is given twice; give one schedule per year"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "the work calendar is invalid", problems);
        }
        return new WorkCalendar(zone, hours, byYear);
    }

    /** The zone in which days begin and end. */
    public ZoneId zone() {
        return zone;
    }

    /** The office hours of a working day. */
    public List<TimeWindow> officeHours() {
        return officeHours;
    }

    /** The years this calendar knows, ascending. */
    public List<Integer> years() {
        return List.copyOf(years.keySet());
    }

    /**
     * The schedules this calendar was built from, one per year, by ascending year: what a calendar
     * file holds, so that a calendar can be written back out.
     *
     * @return the schedules; immutable
     */
    public List<HolidaySchedule> schedules() {
        return List.copyOf(years.values());
    }

    /**
     * Whether a day is a working day.
     *
     * @param date the day
     * @return true for a working day
     * @throws NotFoundException if the calendar has no schedule for the day's year
     */
    public boolean isWorkingDay(LocalDate date) {
        int y = Objects.requireNonNull(date, "date").getYear() - firstYear;
        long[] bits = y >= 0 && y < workingDays.length ? workingDays[y] : null;
        if (bits == null) {
            throw new NotFoundException("the work calendar has no holiday schedule for " + date.getYear()
                    + " (it knows " + years.keySet() + "); load that year's official schedule before computing"
                    + " deadlines in it");
        }
        int d = date.getDayOfYear() - 1;
        return (bits[d >>> 6] & (1L << d)) != 0;
    }

    /**
     * The N-th working day after a day (the day itself not counted); {@code from} itself for N = 0.
     *
     * @param from the day a period starts
     * @param days N, 0 or more
     * @return the day the period ends
     * @throws NotFoundException if the count runs into a year the calendar does not know
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        if (days < 0) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "days", days + " is negative; count 0 or more");
        }
        LocalDate d = from;
        for (int left = days; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The end (24:00 local time) of the N-th working day after the day of {@code start}.
     *
     * @param start when the period starts
     * @param days  N, 0 or more (0: the end of the start day)
     * @return the deadline
     * @throws NotFoundException if the count runs into a year the calendar does not know
     */
    public Instant endOfWorkingDays(Instant start, int days) {
        return endOf(plusWorkingDays(start.atZone(zone).toLocalDate(), days));
    }

    /**
     * Where a statutory period whose last day is {@code last} ends: 24:00 of that day, or, when it is a
     * statutory rest day (a public holiday or a weekend day that is not an adjusted working day), 24:00
     * of the first working day after it (Civil Code art. 203, Civil Procedure Law art. 85).
     *
     * @throws NotFoundException if the roll-over runs into a year the calendar does not know
     */
    Instant endOfPeriodOn(LocalDate last) {
        LocalDate d = last;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return endOf(d);
    }

    /**
     * The day a period ending at {@code end} ends on: the day {@code end} falls in, or the day before
     * when {@code end} is a midnight (a period ending at 24:00 does not touch the next day).
     */
    LocalDate dayEndingAt(Instant end) {
        return end.minusNanos(1).atZone(zone).toLocalDate();
    }

    /** 24:00 (local time) of a day: the start of the next. */
    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The instant at which {@code amount} of office time has passed after {@code start}, counting only
     * office hours on working days.
     *
     * @param start  when the period starts
     * @param amount office time, positive
     * @return the deadline: the moment the last of that office time is used
     * @throws InvalidInputException if {@code amount} is not positive
     * @throws NotFoundException     if the count runs into a year the calendar does not know
     */
    public Instant plusOfficeTime(Instant start, Duration amount) {
        return plusTime(start, amount, true);
    }

    /**
     * The instant at which {@code amount} of time on working days (whole days, not only office hours)
     * has passed after {@code start}; used to carry a paused working-day clock forward.
     */
    Instant plusWorkingDayTime(Instant start, Duration amount) {
        return plusTime(start, amount, false);
    }

    private Instant plusTime(Instant start, Duration amount, boolean officeOnly) {
        Objects.requireNonNull(start, "start");
        Duration left = Objects.requireNonNull(amount, "amount");
        if (left.isZero() || left.isNegative()) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "amount", amount
                    + " is not positive; the time to add is more than zero");
        }
        ZonedDateTime at = start.atZone(zone);
        LocalDate day = at.toLocalDate();
        while (true) {
            if (isWorkingDay(day)) {
                for (ZonedDateTime[] span : spans(day, officeOnly)) {
                    ZonedDateTime from = at.isAfter(span[0]) ? at : span[0];
                    if (!from.isBefore(span[1])) {
                        continue;
                    }
                    Duration here = Duration.between(from, span[1]);
                    if (here.compareTo(left) >= 0) {
                        return from.plus(left).toInstant();
                    }
                    left = left.minus(here);
                }
            }
            day = day.plusDays(1);
            at = day.atStartOfDay(zone);
        }
    }

    /** The spans of a working day the clock runs in: the office hours, or the whole day. */
    private List<ZonedDateTime[]> spans(LocalDate day, boolean officeOnly) {
        if (!officeOnly) {
            return List.<ZonedDateTime[]>of(new ZonedDateTime[] {day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone)});
        }
        List<ZonedDateTime[]> spans = new ArrayList<>(officeHours.size());
        for (TimeWindow w : officeHours) {
            spans.add(new ZonedDateTime[] {day.atTime(w.start()).atZone(zone), day.atTime(w.end()).atZone(zone)});
        }
        return spans;
    }

    /** The end of the day an instant falls in (the next midnight), or the instant itself if it is a midnight. */
    Instant endOfDay(Instant at) {
        ZonedDateTime z = at.atZone(zone);
        ZonedDateTime start = z.toLocalDate().atStartOfDay(zone);
        return z.equals(start) ? at : z.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Office time (office hours on working days) between two instants; zero if {@code to} is not after
     * {@code from}.
     */
    Duration officeTimeBetween(Instant from, Instant to) {
        return timeBetween(from, to, true);
    }

    /** Time on working days (whole days, not just office hours) between two instants. */
    Duration workingDayTimeBetween(Instant from, Instant to) {
        return timeBetween(from, to, false);
    }

    private Duration timeBetween(Instant from, Instant to, boolean officeOnly) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        ZonedDateTime a = from.atZone(zone);
        ZonedDateTime b = to.atZone(zone);
        // The last day that overlaps [from, to): a period ending at midnight does not touch the next day
        // (which may be in a year the calendar does not know yet).
        LocalDate last = dayEndingAt(to);
        for (LocalDate day = a.toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (ZonedDateTime[] s : spans(day, officeOnly)) {
                ZonedDateTime lo = s[0].isAfter(a) ? s[0] : a;
                ZonedDateTime hi = s[1].isBefore(b) ? s[1] : b;
                if (hi.isAfter(lo)) {
                    total = total.plus(Duration.between(lo, hi));
                }
            }
        }
        return total;
    }

    /** Renders as {@code WorkCalendar[zone, years]}. */
    @Override
    public String toString() {
        return "WorkCalendar[" + zone + ", years=" + years.keySet() + ", officeHours=" + officeHours.stream()
                .sorted(Comparator.comparing(TimeWindow::start)).map(w -> w.start() + "-" + w.end()).toList() + "]";
    }
}
