package io.gridgov.spi.memory;

import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeEvent;
import io.gridgov.core.mediation.DisputeId;
import io.gridgov.core.mediation.DisputeState;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.spi.notify.Outbox;
import io.gridgov.spi.store.Committed;
import io.gridgov.spi.store.DisputeCommit;
import io.gridgov.spi.store.DisputeStore;
import io.gridgov.spi.store.DueDates;
import io.gridgov.spi.store.Page;
import io.gridgov.spi.store.PageRequest;
import io.gridgov.spi.store.Query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;

/** The in-memory {@link DisputeStore}: an {@link Aggregates} table of disputes. */
final class MemoryDisputeStore implements DisputeStore {
    private final Aggregates<Dispute, DisputeEvent, DisputeState> table;
    private final MemoryOutbox outbox;

    MemoryDisputeStore(ReadWriteLock lock, MemoryOutbox outbox) {
        this.outbox = outbox;
        this.table = new Aggregates<>("dispute", DisputeState.class, Aggregates.Shape.of(
                x -> x.id().value(), Dispute::trackingNumber, Dispute::version, Dispute::state, Dispute::areaCode,
                Dispute::committee, x -> DueDates.of(x).orElse(null)), lock, outbox);
    }

    @Override
    public Optional<Dispute> find(DisputeId id) {
        return table.find(id.value());
    }

    @Override
    public Optional<Dispute> findByTrackingNumber(String trackingNumber) {
        return table.findByTrackingNumber(trackingNumber);
    }

    @Override
    public Committed<Dispute> commit(DisputeCommit commit) {
        Objects.requireNonNull(commit, "commit");
        return table.commit(commit.commandId(), commit.changes().stream()
                .map(c -> new Aggregates.Change<>(c.snapshot(), c.expectedVersion(), c.events())).toList(),
                commit.notifications());
    }

    @Override
    public Optional<Committed<Dispute>> recorded(DisputeId id, CommandId commandId) {
        Objects.requireNonNull(id, "id");
        return table.recorded(id.value(), commandId);
    }

    @Override
    public List<DisputeEvent> events(DisputeId id) {
        return table.events(id.value());
    }

    @Override
    public Page<Dispute> query(Query<DisputeState> query, PageRequest page) {
        return table.query(query, page);
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public String toString() {
        return "MemoryDisputeStore";
    }
}
