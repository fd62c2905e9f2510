package io.gridgov.core.time;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkCalendarTest {
    private final WorkCalendar cal = WorkCalendar.china(List.of(HolidaySchedule.china2025()));

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkCalendar.CHINA).toInstant();
    }

    @Nested
    @DisplayName("the 2025 schedule")
    class Schedule {
        @ParameterizedTest(name = "{0} is a working day: {1}")
        @CsvSource({
            "2025-01-01,false", "2025-01-02,true", "2025-01-25,false", "2025-01-26,true", "2025-01-28,false",
            "2025-02-04,false", "2025-02-05,true", "2025-02-08,true", "2025-02-09,false", "2025-04-04,false",
            "2025-04-27,true", "2025-05-05,false", "2025-05-31,false", "2025-06-02,false", "2025-06-03,true",
            "2025-09-28,true", "2025-10-08,false", "2025-10-09,true", "2025-10-11,true", "2025-10-12,false"})
        void workingDays(LocalDate day, boolean working) {
            assertThat(cal.isWorkingDay(day)).isEqualTo(working);
        }

        @Test
        @DisplayName("a year the calendar was not given is an error, not a guess")
        void unknownYear() {
            assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2026, 1, 5)))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("no holiday schedule for 2026")
                    .hasMessageContaining("[2025]");
            assertThatThrownBy(() -> cal.plusWorkingDays(LocalDate.of(2025, 12, 30), 5))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        @DisplayName("a schedule with a weekday as an adjusted working day, a date of another year, or a day both ways is refused, all at once")
        void invalidSchedule() {
            assertThatThrownBy(() -> new HolidaySchedule(2025,
                    Set.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 26)),
                    Set.of(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 26))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.message())
                            .anySatisfy(m -> assertThat(m).contains("2024-12-31 is not in 2025"))
                            .anySatisfy(m -> assertThat(m).contains("2025-01-26 is listed both"))
                            .anySatisfy(m -> assertThat(m).contains("2025-01-27 is a MONDAY")));
        }

        @Test
        @DisplayName("a calendar refuses a year twice, no office hours and overlapping windows")
        void invalidCalendar() {
            assertThatThrownBy(() -> WorkCalendar.of(WorkCalendar.CHINA,
                    List.of(new TimeWindow(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                            new TimeWindow(LocalTime.of(11, 0), LocalTime.of(17, 0))),
                    List.of(HolidaySchedule.china2025(), HolidaySchedule.china2025())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).hasSize(2));
            assertThatThrownBy(() -> WorkCalendar.of(WorkCalendar.CHINA, List.of(), List.of()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("no office hours");
            assertThatThrownBy(() -> new TimeWindow(LocalTime.NOON, LocalTime.NOON))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    @DisplayName("counting working days: the start day does not count")
    class Counting {
        @ParameterizedTest(name = "{1} working days after {0} is {2}")
        @CsvSource({
            "2025-01-27,1,2025-02-05",  // Spring Festival 28 Jan - 4 Feb
            "2025-01-24,1,2025-01-26",  // Sunday 26 Jan is worked
            "2025-09-30,1,2025-10-09",  // National Day 1-8 Oct
            "2025-09-30,3,2025-10-11",  // ... then Thu 9, Fri 10, Sat 11 (worked)
            "2025-03-03,5,2025-03-10",
            "2025-03-07,0,2025-03-07"})
        void plus(LocalDate from, int days, LocalDate expected) {
            assertThat(cal.plusWorkingDays(from, days)).isEqualTo(expected);
        }

        @Test
        @DisplayName("a period of N working days ends at 24:00 of the N-th working day")
        void endOfDay() {
            assertThat(cal.endOfWorkingDays(at("2025-01-27T10:00"), 1)).isEqualTo(at("2025-02-06T00:00"));
        }

        @Test
        @DisplayName("office time runs only in office hours on working days")
        void officeTime() {
            // Fri 16:30-17:30 is one hour; Sat 25 Jan is off; Sun 26 Jan is worked: 09:00-12:00 is three more
            assertThat(cal.plusOfficeTime(at("2025-01-24T16:30"), Duration.ofHours(4))).isEqualTo(at("2025-01-26T12:00"));
            // starting in the lunch break counts from 13:30
            assertThat(cal.plusOfficeTime(at("2025-03-03T12:15"), Duration.ofHours(1))).isEqualTo(at("2025-03-03T14:30"));
            assertThat(cal.officeTimeBetween(at("2025-03-03T00:00"), at("2025-03-04T00:00"))).isEqualTo(Duration.ofHours(7));
            assertThat(cal.officeTimeBetween(at("2025-03-08T00:00"), at("2025-03-09T23:00"))).isZero();
            assertThatThrownBy(() -> cal.plusOfficeTime(at("2025-03-03T09:00"), Duration.ZERO))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("not positive");
            assertThatThrownBy(() -> cal.plusWorkingDays(LocalDate.of(2025, 3, 3), -1))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("negative");
            assertThat(cal.endOfWorkingDays(at("2025-03-03T09:00"), 0)).isEqualTo(at("2025-03-04T00:00"));
        }
    }
}
