package io.gridgov.spi.store;

import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeEvent;
import io.gridgov.core.mediation.DisputeId;
import io.gridgov.core.mediation.DisputeState;

/**
 * Where a host keeps its disputes: the latest snapshot of each, its events, the commands already applied,
 * and the outbox of notifications. One {@link DisputeCommit} per accepted command — for a diversion, one
 * commit holding both the diverted dispute and the dispute it opened.
 *
 * <h2>Specification for implementors</h2>
 * Everything {@link AggregateStore} specifies, with these meanings: the idempotency key is
 * (dispute id, command id), recorded for every dispute of a commit, so a retried diversion is recognised
 * by either dispute and {@link #recorded} answers the shared command id for either with the same outcome; a
 * commit with several changes is all or nothing, each change checked against its own
 * expected version (0 for the opened dispute); queries select by {@link Dispute#state()},
 * {@link Dispute#areaCode()}, {@link Dispute#committee()} as the owner and {@link DueDates#of(Dispute)};
 * tracking numbers are {@link Dispute#trackingNumber()}, a namespace of their own apart from cases'. Run
 * {@code DisputeStoreContract} from the test-jar against the implementation.
 */
public interface DisputeStore extends AggregateStore<DisputeId, Dispute, DisputeEvent, DisputeCommit, DisputeState> {
}
