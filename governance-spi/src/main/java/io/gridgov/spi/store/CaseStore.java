package io.gridgov.spi.store;

import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseEvent;
import io.gridgov.core.cases.CaseId;
import io.gridgov.core.cases.CaseState;

/**
 * Where a host keeps its cases: the latest snapshot of each, its events, the commands already applied,
 * and the outbox of notifications. One {@link CaseCommit} per accepted command.
 *
 * <h2>Specification for implementors</h2>
 * Everything {@link AggregateStore} specifies, with these meanings: the idempotency key is
 * (case id, command id), the key {@link #recorded} looks up too; queries select by {@link Case#state()},
 * {@link Case#location() the location's area code}, {@link Case#owner()} and {@link DueDates#of(Case)};
 * tracking numbers are {@link Case#trackingNumber()}. Run {@code CaseStoreContract} from the test-jar against
 * the implementation.
 */
public interface CaseStore extends AggregateStore<CaseId, Case, CaseEvent, CaseCommit, CaseState> {
}
