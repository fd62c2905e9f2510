package io.gridgov.spi.memory;

import io.gridgov.spi.conformance.CaseStoreContract;
import io.gridgov.spi.store.CaseStore;
import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryStore.cases() keeps the CaseStore contract")
class MemoryCaseStoreTest extends CaseStoreContract {
    @Override
    protected CaseStore newStore() {
        return MemoryStore.create().cases();
    }
}
