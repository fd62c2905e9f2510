package io.gridgov.core.time;

import io.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A countdown")
class CountdownTest {
    private static final WorkCalendar CAL = WorkCalendar.china(List.of(HolidaySchedule.china2025()));

    private static Instant at(int m, int d, int h) {
        return LocalDateTime.of(2025, m, d, h, 0).atZone(WorkCalendar.CHINA).toInstant();
    }

    @Test
    @DisplayName("in natural hours: a pause adds exactly its length to the deadline and does not count as used")
    void naturalPause() {
        Countdown c = Countdown.start(TimeLimit.naturalHours(10), at(3, 3, 8), CAL);
        assertThat(c.deadline()).isEqualTo(at(3, 3, 18));
        Countdown p = c.pause(at(3, 3, 12), CAL);
        assertThat(p.isPaused()).isTrue();
        assertThat(p.usedShare(at(3, 4, 12), CAL)).isEqualTo(0.4);
        Countdown r = p.resume(at(3, 3, 15), CAL);
        assertThat(r.deadline()).isEqualTo(at(3, 3, 21));
        assertThat(r.usedShare(at(3, 3, 19), CAL)).isEqualTo(0.8);
        assertThat(r.warningAt(at(3, 3, 19), CAL, 0.8)).isEqualTo(WarningLevel.YELLOW);
        assertThat(r.warningAt(at(3, 3, 21), CAL, 0.8)).isEqualTo(WarningLevel.RED);
    }

    @Test
    @DisplayName("in working days: a pause over a holiday gives back only the working time that was paused")
    void workingDaysPause() {
        // 5 working days from Wed 30 April: 1-5 May are holidays; 6,7,8,9 May, Sat 10? no: 6,7,8,9,12 -> end of 12 May
        Countdown c = Countdown.start(TimeLimit.workingDays(5), at(4, 30, 10), CAL);
        assertThat(c.deadline()).isEqualTo(at(5, 13, 0));
        // Paused Tuesday 6 May 00:00 to Thursday 8 May 00:00: two working days paused.
        Countdown r = c.pause(at(5, 6, 0), CAL).resume(at(5, 8, 0), CAL);
        assertThat(r.deadline()).isEqualTo(at(5, 15, 0));
    }

    @Test
    @DisplayName("an extension in working days counts from the old deadline")
    void extension() {
        Countdown c = Countdown.start(TimeLimit.workingDays(1), at(3, 7, 10), CAL); // Fri -> end of Mon 10 Mar
        assertThat(c.deadline()).isEqualTo(at(3, 11, 0));
        assertThat(c.extend(TimeLimit.workingDays(2), CAL).deadline()).isEqualTo(at(3, 13, 0));
        assertThat(c.extend(TimeLimit.naturalHours(5), CAL).deadline()).isEqualTo(at(3, 11, 5));
    }

    @Test
    @DisplayName("finishing records when; a stage finished late stays overdue, one finished early never turns red")
    void finish() {
        Countdown c = Countdown.start(TimeLimit.naturalHours(2), at(3, 3, 8), CAL);
        Countdown early = c.finish(at(3, 3, 9));
        assertThat(early.isOverdueAt(at(3, 9, 0))).isFalse();
        assertThat(early.warningAt(at(3, 9, 0), CAL, 0.8)).isEqualTo(WarningLevel.NORMAL);
        Countdown late = c.finish(at(3, 3, 11));
        assertThat(late.isOverdueAt(at(3, 9, 0))).isTrue();
        assertThatThrownBy(() -> late.finish(at(3, 3, 12))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("refuses a pause dated before the clock last started")
    void order() {
        Countdown c = Countdown.start(TimeLimit.naturalHours(2), at(3, 3, 8), CAL);
        assertThatThrownBy(() -> c.pause(at(3, 3, 7), CAL)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("before the clock's last change");
        assertThatThrownBy(() -> c.resume(at(3, 3, 9), CAL)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a deadline at 24:00 on 31 December is measured without the next year's schedule")
    void yearEnd() {
        Countdown c = Countdown.start(TimeLimit.workingDays(1), at(12, 30, 10), CAL);
        assertThat(c.deadline()).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0).atZone(WorkCalendar.CHINA).toInstant());
        assertThat(c.warningAt(at(12, 31, 10), CAL, 0.8)).isEqualTo(WarningLevel.NORMAL);
        assertThat(c.pause(at(12, 31, 10), CAL).resume(at(12, 31, 10), CAL).deadline()).isEqualTo(c.deadline());
    }

    @Test
    @DisplayName("a clock finished while paused stopped at its pause: the pause never counts")
    void finishWhilePaused() {
        Countdown c = Countdown.start(TimeLimit.naturalHours(10), at(3, 3, 8), CAL).pause(at(3, 3, 12), CAL);
        Countdown done = c.finish(at(3, 5, 12));
        assertThat(done.isOverdueAt(at(3, 9, 0))).isFalse();
        assertThat(done.usedShare(at(3, 9, 0), CAL)).isEqualTo(0.4);
        assertThat(done.isPaused()).isFalse();
        assertThat(done.finishedAt()).contains(at(3, 5, 12));
    }

    @Test
    @DisplayName("a resumed working-day clock still ends at 24:00")
    void resumeEndsAtMidnight() {
        Countdown c = Countdown.start(TimeLimit.workingDays(1), at(3, 3, 10), CAL); // Mon -> end of Tue
        Countdown r = c.pause(at(3, 3, 15), CAL).resume(at(3, 4, 9), CAL);
        assertThat(r.deadline()).isEqualTo(at(3, 6, 0)); // end of Wed 5 March, not Wed 18:00
    }

    @Test
    @DisplayName("a working-day clock overdue when it paused keeps its deadline, even one an extension set off 24:00")
    void overdueKeepsDeadline() {
        Countdown c = Countdown.start(TimeLimit.workingDays(1), at(3, 7, 10), CAL).extend(TimeLimit.naturalHours(5), CAL);
        assertThat(c.deadline()).isEqualTo(at(3, 11, 5));
        Countdown r = c.pause(at(3, 11, 6), CAL).resume(at(3, 11, 7), CAL);
        assertThat(r.deadline()).isEqualTo(at(3, 11, 5)); // not moved to the end of 11 March
        assertThat(r.isOverdueAt(at(3, 11, 7))).isTrue();
    }
}
