package io.gridgov.spi.store;

import io.gridgov.core.cases.Case;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.time.Countdown;

import java.time.Instant;
import java.util.Optional;

/**
 * The due time a store indexes for the overdue sweep ({@link Query#dueBefore}): the deadline of the clock
 * that runs now. A paused clock (a suspended case, a dispute waiting for an appraisal) has no due time —
 * its deadline moves when it resumes, and a paused case is not overdue — and neither has a finished one.
 * A store computes it when it writes a snapshot and keeps it in an indexed column.
 *
 * <p>Stateless and thread-safe.
 */
public final class DueDates {
    private DueDates() {
    }

    /**
     * A case's due time: the deadline of its current stage's clock, while it runs.
     *
     * @param c the case
     * @return the due time, or empty if no clock runs
     */
    public static Optional<Instant> of(Case c) {
        return c.currentStage().flatMap(c::clock).filter(Countdown::isRunning).map(Countdown::deadline);
    }

    /**
     * A dispute's due time: the deadline of its mediation clock while it runs, else of its confirmation
     * window while that runs.
     *
     * @param d the dispute
     * @return the due time, or empty if no clock runs
     */
    public static Optional<Instant> of(Dispute d) {
        Optional<Instant> mediation = d.mediationClock().filter(Countdown::isRunning).map(Countdown::deadline);
        return mediation.isPresent() ? mediation
                : d.confirmationWindow().filter(Countdown::isRunning).map(Countdown::deadline);
    }
}
