package io.gridgov.core.cases;

import io.gridgov.core.personal.FreeText;

import java.time.Instant;
import java.util.Objects;

/**
 * An evaluation of a closed case.
 *
 * @param satisfaction how satisfied the reporter is
 * @param comment      what they said (may be empty; shown masked)
 * @param at           when it was recorded
 * @param byPersonId   who recorded it: the reporter, or a return-visit operator
 */
public record Evaluation(Satisfaction satisfaction, FreeText comment, Instant at, String byPersonId) {
    /** Rejects {@code null}s. */
    public Evaluation {
        Objects.requireNonNull(satisfaction, "satisfaction");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(byPersonId, "byPersonId");
    }
}
