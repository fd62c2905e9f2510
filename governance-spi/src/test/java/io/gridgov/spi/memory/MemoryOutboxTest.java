package io.gridgov.spi.memory;

import io.gridgov.spi.conformance.OutboxContract;
import io.gridgov.spi.store.CaseStore;
import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryStore.outbox() keeps the Outbox contract")
class MemoryOutboxTest extends OutboxContract {
    @Override
    protected CaseStore newStore() {
        return MemoryStore.create().cases();
    }
}
