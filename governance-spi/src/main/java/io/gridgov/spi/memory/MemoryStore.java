package io.gridgov.spi.memory;

import io.gridgov.spi.notify.Outbox;
import io.gridgov.spi.store.CaseStore;
import io.gridgov.spi.store.DisputeStore;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The embedded default storage: a {@link CaseStore}, a {@link DisputeStore} and the {@link Outbox} both
 * commit into, held in memory. It keeps every promise of the ports and passes the conformance kit; it
 * forgets everything when the process ends, so it suits tests, examples and hosts that rebuild their state
 * at start-up.
 *
 * <p><b>Indexes, not scans.</b> Cases and disputes are indexed by id, tracking number, (id, command id),
 * state, owner, area code (a sorted map, so a subtree prefix is a range) and due time (a sorted set, so the
 * overdue sweep reads from the oldest deadline forward); the outbox by next attempt time. A page costs
 * {@code O(log n)} to find its start plus the rows it reads.
 *
 * <p><b>Thread-safe.</b> One read-write lock covers the two stores and the outbox: a commit writes its
 * snapshots, events, command records and outbox rows under the write lock, so no reader sees part of it;
 * reads and queries share the read lock. Snapshots are immutable and returned as stored.
 */
public final class MemoryStore {
    private final MemoryOutbox outbox;
    private final MemoryCaseStore cases;
    private final MemoryDisputeStore disputes;

    private MemoryStore() {
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        this.outbox = new MemoryOutbox(lock);
        this.cases = new MemoryCaseStore(lock, outbox);
        this.disputes = new MemoryDisputeStore(lock, outbox);
    }

    /**
     * An empty store.
     *
     * @return the store
     */
    public static MemoryStore create() {
        return new MemoryStore();
    }

    /** The case store. */
    public CaseStore cases() {
        return cases;
    }

    /** The dispute store. */
    public DisputeStore disputes() {
        return disputes;
    }

    /** The outbox both stores commit their notifications into. */
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public String toString() {
        return "MemoryStore";
    }
}
