package io.gridgov.core.time;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Calendar days and months, counted as statutory periods (Civil Code art. 201–203, Civil Procedure Law
 * art. 85). Dates follow {@link HolidaySchedule#china2025()}: holidays 1 Jan; 28 Jan–4 Feb; 4–6 Apr;
 * 1–5 May; 31 May–2 Jun; 1–8 Oct; worked Sun 26 Jan, Sat 8 Feb, Sun 27 Apr, Sun 28 Sep, Sat 11 Oct.
 */
@DisplayName("A limit in calendar units")
class CalendarUnitsTest {
    private static final WorkCalendar CAL = WorkCalendar.china(List.of(HolidaySchedule.china2025()));
    /** 2024 with weekends only (no holidays): enough to see 29 February. */
    private static final WorkCalendar LEAP = WorkCalendar.china(List.of(new HolidaySchedule(2024, Set.of(), Set.of())));

    /** A local date-time in Asia/Shanghai, e.g. {@code 2025-10-10T00:00}. */
    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkCalendar.CHINA).toInstant();
    }

    @Nested
    @DisplayName("ends at 24:00 of its last day, rolled over statutory rest days")
    class Deadlines {
        @Test
        @DisplayName("30 days whose last day falls in the National Day holiday end with the first working day after it")
        void nationalDay() {
            // 3 Sep + 30 days = Fri 3 Oct, a holiday; 4-8 Oct are holidays too; Thu 9 Oct is the last day
            assertThat(TimeLimit.calendarDays(30).deadline(at("2025-09-03T10:00"), CAL)).isEqualTo(at("2025-10-10T00:00"));
            assertThat(TimeLimit.naturalDays(30).deadline(at("2025-09-03T10:00"), CAL))
                    .as("natural days do not roll").isEqualTo(at("2025-10-03T10:00"));
        }

        @Test
        @DisplayName("a last day on an ordinary weekend moves to Monday")
        void weekend() {
            // 5 Mar + 10 days = Sat 15 Mar; Monday 17 Mar is the last day
            assertThat(TimeLimit.calendarDays(10).deadline(at("2025-03-05T09:00"), CAL)).isEqualTo(at("2025-03-18T00:00"));
        }

        @Test
        @DisplayName("a last day on an adjusted working weekend day does not roll")
        void adjustedWorkingDay() {
            // 1 Oct + 10 days = Sat 11 Oct, worked in exchange for the holiday
            assertThat(TimeLimit.calendarDays(10).deadline(at("2025-10-01T09:00"), CAL)).isEqualTo(at("2025-10-12T00:00"));
            // one day more is Sun 12 Oct, a rest day: Monday 13 Oct
            assertThat(TimeLimit.calendarDays(11).deadline(at("2025-10-01T09:00"), CAL)).isEqualTo(at("2025-10-14T00:00"));
            // 13 Sep + 15 days = Sun 28 Sep, worked
            assertThat(TimeLimit.calendarDays(15).deadline(at("2025-09-13T09:00"), CAL)).isEqualTo(at("2025-09-29T00:00"));
            // 8 Jan + 1 month = Sat 8 Feb, worked
            assertThat(TimeLimit.calendarMonths(1).deadline(at("2025-01-08T09:00"), CAL)).isEqualTo(at("2025-02-09T00:00"));
        }

        @Test
        @DisplayName("a month from 31 January ends on the last day of February: the 28th, or the 29th in a leap year")
        void monthWithoutCorrespondingDay() {
            assertThat(TimeLimit.calendarMonths(1).deadline(at("2025-01-31T15:00"), CAL)).isEqualTo(at("2025-03-01T00:00"));
            assertThat(TimeLimit.calendarMonths(1).deadline(at("2024-01-31T15:00"), LEAP)).isEqualTo(at("2024-03-01T00:00"));
            assertThat(TimeLimit.calendarMonths(1).deadline(at("2024-01-30T15:00"), LEAP)).isEqualTo(at("2024-03-01T00:00"));
            // 31 Mar + 1 month = Wed 30 April
            assertThat(TimeLimit.calendarMonths(1).deadline(at("2025-03-31T15:00"), CAL)).isEqualTo(at("2025-05-01T00:00"));
        }

        @Test
        @DisplayName("a month from a day that exists in the final month ends on that day")
        void monthWithCorrespondingDay() {
            // 10 Mar + 1 month = Thu 10 April
            assertThat(TimeLimit.calendarMonths(1).deadline(at("2025-03-10T11:00"), CAL)).isEqualTo(at("2025-04-11T00:00"));
            // 10 Mar + 3 months = Tue 10 June
            assertThat(TimeLimit.calendarMonths(3).deadline(at("2025-03-10T11:00"), CAL)).isEqualTo(at("2025-06-11T00:00"));
            // 1 Apr + 1 month = 1 May, Labour Day: 1-5 May are off, Tue 6 May is the last day
            assertThat(TimeLimit.calendarMonths(1).deadline(at("2025-04-01T11:00"), CAL)).isEqualTo(at("2025-05-07T00:00"));
        }

        @Test
        @DisplayName("the start day does not count: 00:00 and 23:59 of the same day give the same deadline")
        void startDayNotCounted() {
            Instant deadline = at("2025-03-14T00:00"); // 3 Mar + 10 days = Thu 13 Mar
            assertThat(TimeLimit.calendarDays(10).deadline(at("2025-03-03T00:00"), CAL)).isEqualTo(deadline);
            assertThat(TimeLimit.calendarDays(10).deadline(at("2025-03-03T23:59"), CAL)).isEqualTo(deadline);
            assertThat(TimeLimit.calendarDays(10).deadline(at("2025-03-02T23:59"), CAL)).isEqualTo(at("2025-03-13T00:00"));
            assertThat(TimeLimit.calendarDays(10).deadline(at("2025-03-04T00:00"), CAL)).isEqualTo(at("2025-03-15T00:00"));
            assertThat(TimeLimit.calendarMonths(1).deadline(at("2025-03-10T00:00"), CAL))
                    .isEqualTo(TimeLimit.calendarMonths(1).deadline(at("2025-03-10T23:59"), CAL));
        }

        @Test
        @DisplayName("days are those of the calendar's zone, not UTC")
        void zone() {
            // 23:59 on 3 Mar in Shanghai is 15:59 UTC; 00:00 on 4 Mar in Shanghai is still 3 Mar in UTC
            assertThat(TimeLimit.calendarDays(10).deadline(Instant.parse("2025-03-03T15:59:00Z"), CAL))
                    .isEqualTo(Instant.parse("2025-03-13T16:00:00Z"));
            assertThat(TimeLimit.calendarDays(10).deadline(Instant.parse("2025-03-03T16:00:00Z"), CAL))
                    .isEqualTo(Instant.parse("2025-03-14T16:00:00Z"));
        }
    }

    @Nested
    @DisplayName("measures the time used in natural time")
    class Measuring {
        @Test
        @DisplayName("the weekend counts: half of 10 days from Monday 3 March is used at Saturday noon")
        void usedShare() {
            TimeLimit limit = TimeLimit.calendarDays(10);
            Instant start = at("2025-03-03T00:00");
            Instant deadline = limit.deadline(start, CAL); // 24:00 of Thu 13 Mar: 264 hours
            assertThat(deadline).isEqualTo(at("2025-03-14T00:00"));
            assertThat(limit.usedShare(start, deadline, at("2025-03-08T12:00"), CAL)).isEqualTo(0.5);
            assertThat(limit.usedShare(start, deadline, at("2025-03-09T12:00"), CAL)).isEqualTo(156.0 / 264);
            assertThat(limit.usedShare(start, deadline, start, CAL)).isZero();
            assertThat(limit.usedShare(start, deadline, deadline, CAL)).isEqualTo(1.0);
        }

        @Test
        @DisplayName("yellow at 80% of the natural time (211.2 of 264 hours), red at 24:00 of the last day")
        void warning() {
            TimeLimit limit = TimeLimit.calendarDays(10);
            Instant start = at("2025-03-03T00:00");
            Instant deadline = limit.deadline(start, CAL);
            assertThat(level(limit, start, deadline, at("2025-03-11T19:11"))).isEqualTo(WarningLevel.NORMAL);
            assertThat(level(limit, start, deadline, at("2025-03-11T19:12"))).isEqualTo(WarningLevel.YELLOW);
            assertThat(level(limit, start, deadline, at("2025-03-13T23:59"))).isEqualTo(WarningLevel.YELLOW);
            assertThat(level(limit, start, deadline, at("2025-03-14T00:00"))).isEqualTo(WarningLevel.RED);
        }

        private WarningLevel level(TimeLimit limit, Instant start, Instant deadline, Instant now) {
            return WarningLevel.at(limit, start, deadline, now, CAL, WarningLevel.DEFAULT_YELLOW_SHARE);
        }
    }

    @Nested
    @DisplayName("in a countdown")
    class InCountdown {
        @Test
        @DisplayName("a resume carries the natural time left and ends at 24:00 of a working day")
        void pauseResume() {
            Countdown c = Countdown.start(TimeLimit.calendarDays(10), at("2025-03-03T10:00"), CAL);
            assertThat(c.deadline()).isEqualTo(at("2025-03-14T00:00"));
            Countdown paused = c.pause(at("2025-03-05T00:00"), CAL); // 9 days (216 hours) left
            // from Thu 6 Mar 06:00, 216 hours run out on Sat 15 Mar 06:00: rolled to the end of Monday 17 Mar
            assertThat(paused.resume(at("2025-03-06T06:00"), CAL).deadline()).isEqualTo(at("2025-03-18T00:00"));
            // from Wed 5 Mar 12:00 they run out on Fri 14 Mar 12:00: the end of that day
            assertThat(paused.resume(at("2025-03-05T12:00"), CAL).deadline()).isEqualTo(at("2025-03-15T00:00"));
            // resumed at once: the deadline is unchanged
            assertThat(paused.resume(at("2025-03-05T00:00"), CAL).deadline()).isEqualTo(at("2025-03-14T00:00"));
        }

        @Test
        @DisplayName("a month-long clock resumed into Labour Day ends after the holiday")
        void resumeIntoHoliday() {
            Countdown c = Countdown.start(TimeLimit.calendarMonths(1), at("2025-03-10T10:00"), CAL);
            assertThat(c.deadline()).isEqualTo(at("2025-04-11T00:00"));
            // 10 days left at the pause; from 21 Apr 15:00 they run out on 1 May 15:00; 1-5 May are off
            Countdown r = c.pause(at("2025-04-01T00:00"), CAL).resume(at("2025-04-21T15:00"), CAL);
            assertThat(r.deadline()).isEqualTo(at("2025-05-07T00:00"));
            assertThat(r.isRunning()).isTrue();
        }

        @Test
        @DisplayName("an extension by one calendar month or ten calendar days counts from the day the deadline ends")
        void extension() {
            Countdown c = Countdown.start(TimeLimit.calendarDays(10), at("2025-03-03T10:00"), CAL);
            assertThat(c.deadline()).isEqualTo(at("2025-03-14T00:00")); // the last day is 13 Mar
            // 13 Mar + 1 month = Sun 13 Apr: Monday 14 Apr
            assertThat(c.extend(TimeLimit.calendarMonths(1), CAL).deadline()).isEqualTo(at("2025-04-15T00:00"));
            // 13 Mar + 10 days = Sun 23 Mar: Monday 24 Mar
            assertThat(c.extend(TimeLimit.calendarDays(10), CAL).deadline()).isEqualTo(at("2025-03-25T00:00"));
        }

        @Test
        @DisplayName("an extension in calendar units of a clock in other units counts from the day its deadline falls in")
        void extensionOfOtherUnits() {
            Countdown hours = Countdown.start(TimeLimit.naturalHours(10), at("2025-03-03T08:00"), CAL);
            assertThat(hours.deadline()).isEqualTo(at("2025-03-03T18:00"));
            // 3 Mar + 10 days = Thu 13 Mar
            assertThat(hours.extend(TimeLimit.calendarDays(10), CAL).deadline()).isEqualTo(at("2025-03-14T00:00"));
            Countdown days = Countdown.start(TimeLimit.workingDays(1), at("2025-09-29T10:00"), CAL);
            assertThat(days.deadline()).isEqualTo(at("2025-10-01T00:00")); // the last day is 30 Sep
            // 30 Sep + 1 day = 1 Oct, a holiday to 8 Oct: Thursday 9 Oct
            assertThat(days.extend(TimeLimit.calendarDays(1), CAL).deadline()).isEqualTo(at("2025-10-10T00:00"));
        }

        @Test
        @DisplayName("a stage overdue when it paused keeps its deadline, even one not at 24:00")
        void overdueKeepsDeadline() {
            Countdown c = Countdown.start(TimeLimit.calendarDays(10), at("2025-03-03T10:00"), CAL)
                    .extend(TimeLimit.naturalHours(5), CAL);
            assertThat(c.deadline()).isEqualTo(at("2025-03-14T05:00"));
            Countdown r = c.pause(at("2025-03-14T06:00"), CAL).resume(at("2025-03-14T06:30"), CAL);
            assertThat(r.deadline()).isEqualTo(at("2025-03-14T05:00"));
            assertThat(r.isOverdueAt(at("2025-03-14T06:30"))).isTrue();
        }
    }

    @Nested
    @DisplayName("is bounded and asks the calendar")
    class Bounds {
        @Test
        @DisplayName("months from 1 to 120, days from 1 to 3650, and the message names the bound of the unit")
        void amounts() {
            assertThat(TimeLimit.calendarMonths(120).amount()).isEqualTo(120);
            assertThat(TimeLimit.calendarDays(3_650).amount()).isEqualTo(3_650);
            assertThat(TimeLimit.calendarDays(121)).hasToString("121 CALENDAR_DAYS");
            assertThatThrownBy(() -> TimeLimit.calendarMonths(121)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("the amount is 121 CALENDAR_MONTHS; give 1 to 120");
            assertThatThrownBy(() -> TimeLimit.calendarMonths(0)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("give 1 to 120");
            assertThatThrownBy(() -> TimeLimit.calendarDays(3_651)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("the amount is 3651 CALENDAR_DAYS; give 1 to 3650");
            assertThatThrownBy(() -> TimeLimit.calendarDays(0)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("give 1 to 3650");
        }

        @Test
        @DisplayName("a period running into a year the calendar lacks is a NotFoundException")
        void unknownYear() {
            assertThatThrownBy(() -> TimeLimit.calendarDays(10).deadline(at("2025-12-25T10:00"), CAL))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("no holiday schedule for 2026");
            assertThatThrownBy(() -> TimeLimit.calendarMonths(1).deadline(at("2025-12-01T10:00"), CAL))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("no holiday schedule for 2026");
            Countdown c = Countdown.start(TimeLimit.calendarDays(10), at("2025-12-01T10:00"), CAL);
            assertThatThrownBy(() -> c.extend(TimeLimit.calendarMonths(1), CAL)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> TimeLimit.calendarMonths(1).deadline(at("2024-12-29T10:00"), LEAP))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("no holiday schedule for 2025");
        }

        @Test
        @DisplayName("a period whose last day is 31 December ends at 24:00 without the next year's schedule")
        void lastDayOfYear() {
            // 21 Dec + 10 days = Wed 31 Dec
            assertThat(TimeLimit.calendarDays(10).deadline(at("2025-12-21T10:00"), CAL)).isEqualTo(at("2026-01-01T00:00"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TimeLimit.Unit.class)
    @DisplayName("in every unit: the deadline is after the start, the share is 0 at the start and 1 at the deadline, an extension moves it later")
    void everyUnit(TimeLimit.Unit unit) {
        TimeLimit limit = new TimeLimit(3, unit);
        Instant start = at("2025-03-03T10:00");
        Instant deadline = limit.deadline(start, CAL);
        assertThat(deadline).isAfter(start);
        assertThat(limit.usedShare(start, deadline, start, CAL)).isZero();
        assertThat(limit.usedShare(start, deadline, deadline, CAL)).isEqualTo(1.0);
        Countdown c = Countdown.start(limit, start, CAL);
        assertThat(c.extend(new TimeLimit(1, unit), CAL).deadline()).isAfter(deadline);
    }
}
