package io.gridgov.core.time;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.time.Instant;
import java.util.Objects;

/**
 * How close a stage is to its deadline: normal, yellow (a share of the limit used, 80% by default),
 * red (overdue: the deadline has come). Supervision (督办) and the overdue sweep act on it.
 */
public enum WarningLevel {
    /** Within the limit, below the yellow share. */
    NORMAL,
    /** At or past the yellow share of the limit, not yet overdue (黄牌预警). */
    YELLOW,
    /** At or past the deadline (红牌, overdue). */
    RED;

    /** The default yellow share: 80% of the limit used. */
    public static final double DEFAULT_YELLOW_SHARE = 0.8;

    /**
     * The warning level of a stage at an instant, a pure function of its limit, start, deadline and
     * the calendar.
     *
     * @param limit       the stage's time limit
     * @param start       when the stage started
     * @param deadline    its deadline, possibly moved by an extension
     * @param now         the instant asked about
     * @param calendar    the work calendar
     * @param yellowShare the share of the limit at which yellow starts, above 0 and below 1
     * @return the level
     */
    public static WarningLevel at(TimeLimit limit, Instant start, Instant deadline, Instant now, WorkCalendar calendar,
            double yellowShare) {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(now, "now");
        checkYellowShare(yellowShare);
        if (!now.isBefore(deadline)) {
            return RED;
        }
        return limit.usedShare(start, deadline, now, calendar) >= yellowShare ? YELLOW : NORMAL;
    }

    /**
     * Checks a yellow share.
     *
     * @param yellowShare the share of a limit at which yellow starts
     * @return the share, if it is above 0 and below 1
     * @throws InvalidInputException otherwise
     */
    public static double checkYellowShare(double yellowShare) {
        if (!(yellowShare > 0 && yellowShare < 1)) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "yellowShare", yellowShare
                    + " is not between 0 and 1; give the share of the limit at which to warn, e.g. 0.8");
        }
        return yellowShare;
    }
}
