package io.gridgov.spi.memory;

import io.gridgov.spi.conformance.DisputeStoreContract;
import io.gridgov.spi.store.DisputeStore;
import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryStore.disputes() keeps the DisputeStore contract")
class MemoryDisputeStoreTest extends DisputeStoreContract {
    @Override
    protected DisputeStore newStore() {
        return MemoryStore.create().disputes();
    }
}
