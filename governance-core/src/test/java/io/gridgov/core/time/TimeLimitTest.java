package io.gridgov.core.time;

import io.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeLimitTest {
    private final WorkCalendar cal = WorkCalendar.china(List.of(HolidaySchedule.china2025()));

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkCalendar.CHINA).toInstant();
    }

    @Test
    @DisplayName("computes the deadline in each unit")
    void deadlines() {
        Instant start = at("2025-01-24T16:30");
        assertThat(TimeLimit.naturalHours(24).deadline(start, cal)).isEqualTo(at("2025-01-25T16:30"));
        assertThat(TimeLimit.naturalDays(2).deadline(start, cal)).isEqualTo(at("2025-01-26T16:30"));
        assertThat(TimeLimit.workingDays(2).deadline(start, cal)).isEqualTo(at("2025-01-28T00:00"));
        assertThat(TimeLimit.workingHours(4).deadline(start, cal)).isEqualTo(at("2025-01-26T12:00"));
        assertThat(TimeLimit.workingDays(5)).hasToString("5 WORKING_DAYS");
    }

    @Test
    @DisplayName("refuses an amount below 1 or beyond ten years")
    void invalid() {
        assertThatThrownBy(() -> TimeLimit.workingDays(0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("give 1 to 3650");
        assertThatThrownBy(() -> TimeLimit.naturalHours(5_000)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("5 working days from Monday 09:00: yellow when 80% of the working-day time is used, red at the deadline")
    void warningWorkingDays() {
        TimeLimit limit = TimeLimit.workingDays(5);
        Instant start = at("2025-03-03T09:00");
        Instant deadline = limit.deadline(start, cal);
        assertThat(deadline).isEqualTo(at("2025-03-11T00:00"));
        // working-day time: 15 h on Mon 3 Mar, 4 x 24 h Tue-Fri, 24 h Mon 10 Mar = 135 h; 80% = 108 h
        // = Fri 7 Mar 21:00; the weekend does not count
        assertThat(level(limit, start, deadline, at("2025-03-07T20:59"))).isEqualTo(WarningLevel.NORMAL);
        assertThat(level(limit, start, deadline, at("2025-03-07T21:00"))).isEqualTo(WarningLevel.YELLOW);
        assertThat(level(limit, start, deadline, at("2025-03-09T12:00"))).isEqualTo(WarningLevel.YELLOW);
        assertThat(limit.usedShare(start, deadline, at("2025-03-09T12:00"), cal))
                .isEqualTo(limit.usedShare(start, deadline, at("2025-03-08T00:00"), cal));
        assertThat(level(limit, start, deadline, at("2025-03-11T00:00"))).isEqualTo(WarningLevel.RED);
    }

    @Test
    @DisplayName("natural hours: yellow at 80% of the hours, red once the deadline has come")
    void warningNatural() {
        TimeLimit limit = TimeLimit.naturalHours(24);
        Instant start = at("2025-03-03T09:00");
        Instant deadline = limit.deadline(start, cal);
        assertThat(level(limit, start, deadline, at("2025-03-04T04:11"))).isEqualTo(WarningLevel.NORMAL);
        assertThat(level(limit, start, deadline, at("2025-03-04T04:12"))).isEqualTo(WarningLevel.YELLOW);
        assertThat(level(limit, start, deadline, at("2025-03-04T09:00"))).isEqualTo(WarningLevel.RED);
        assertThat(level(limit, start, deadline, at("2025-03-02T09:00"))).as("before the start").isEqualTo(WarningLevel.NORMAL);
        assertThatThrownBy(() -> WarningLevel.at(limit, start, deadline, start, cal, 1.0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("between 0 and 1");
    }

    @Test
    @DisplayName("an extension that moves the deadline lowers the share used")
    void extension() {
        TimeLimit limit = TimeLimit.naturalHours(10);
        Instant start = at("2025-03-03T09:00");
        Instant now = at("2025-03-03T17:30");
        assertThat(level(limit, start, limit.deadline(start, cal), now)).isEqualTo(WarningLevel.YELLOW);
        assertThat(level(limit, start, at("2025-03-04T09:00"), now)).isEqualTo(WarningLevel.NORMAL);
    }

    private WarningLevel level(TimeLimit limit, Instant start, Instant deadline, Instant now) {
        return WarningLevel.at(limit, start, deadline, now, cal, WarningLevel.DEFAULT_YELLOW_SHARE);
    }
}
