package io.gridgov.core.time;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Office hours within one working day, e.g. 09:00–12:00.
 *
 * @param start when the window opens
 * @param end   when it closes; after {@code start}
 */
public record TimeWindow(LocalTime start, LocalTime end) {
    /**
     * Validates the window.
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) if it does not end after it starts
     */
    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "time window", "it runs from " + start + " to "
                    + end + "; a window ends after it starts, within one day");
        }
    }
}
