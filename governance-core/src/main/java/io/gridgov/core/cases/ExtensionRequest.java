package io.gridgov.core.cases;

import io.gridgov.core.personal.FreeText;
import io.gridgov.core.time.TimeLimit;

import java.time.Instant;
import java.util.Objects;

/**
 * A pending request for more time on the running stage.
 *
 * @param extra       how much more time
 * @param reason      why (shown masked)
 * @param at          when it was asked
 * @param byPersonId  who asked
 */
public record ExtensionRequest(TimeLimit extra, FreeText reason, Instant at, String byPersonId) {
    /** Rejects {@code null}s. */
    public ExtensionRequest {
        Objects.requireNonNull(extra, "extra");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(byPersonId, "byPersonId");
    }
}
