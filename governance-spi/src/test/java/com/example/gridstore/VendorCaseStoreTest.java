package com.example.gridstore;

import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.spi.conformance.CaseStoreContract;
import io.gridgov.spi.conformance.KitWorld;
import io.gridgov.spi.memory.MemoryStore;
import io.gridgov.spi.store.CaseCommit;
import io.gridgov.spi.store.CaseStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vendor's case store, verified by the kit from outside gridgov's packages: every group of
 * CaseStoreContract runs against it, and a group of the vendor's own is added beside them.
 * docs/implementing-the-spi.md shows this file verbatim; replace MemoryStore by your store.
 */
@DisplayName("my CaseStore keeps the CaseStore contract")
class VendorCaseStoreTest extends CaseStoreContract {
    @Override
    protected CaseStore newStore() {
        return MemoryStore.create().cases(); // your store, over a fresh schema or truncated tables
    }

    @Nested
    @DisplayName("and what my store promises beyond the SPI")
    class Mine {
        @Test
        @DisplayName("a case is found by its tracking number right after its commit")
        void byTrackingNumber() {
            CaseStore store = newStore();
            store.commit(CaseCommit.of(KitWorld.report("c-1", "TN-1", KitWorld.GRID, CommandId.of("k-1"), KitWorld.T0),
                    List.of()));
            assertThat(store.findByTrackingNumber("TN-1")).isPresent();
        }
    }
}
