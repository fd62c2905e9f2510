package io.gridgov.spi.memory;

import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseEvent;
import io.gridgov.core.cases.CaseId;
import io.gridgov.core.cases.CaseState;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.spi.notify.Outbox;
import io.gridgov.spi.store.CaseCommit;
import io.gridgov.spi.store.CaseStore;
import io.gridgov.spi.store.Committed;
import io.gridgov.spi.store.DueDates;
import io.gridgov.spi.store.Page;
import io.gridgov.spi.store.PageRequest;
import io.gridgov.spi.store.Query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;

/** The in-memory {@link CaseStore}: an {@link Aggregates} table of cases. */
final class MemoryCaseStore implements CaseStore {
    private final Aggregates<Case, CaseEvent, CaseState> table;
    private final MemoryOutbox outbox;

    MemoryCaseStore(ReadWriteLock lock, MemoryOutbox outbox) {
        this.outbox = outbox;
        this.table = new Aggregates<>("case", CaseState.class, Aggregates.Shape.of(
                x -> x.id().value(), Case::trackingNumber, Case::version, Case::state, x -> x.location().areaCode(),
                Case::owner, x -> DueDates.of(x).orElse(null)), lock, outbox);
    }

    @Override
    public Optional<Case> find(CaseId id) {
        return table.find(id.value());
    }

    @Override
    public Optional<Case> findByTrackingNumber(String trackingNumber) {
        return table.findByTrackingNumber(trackingNumber);
    }

    @Override
    public Committed<Case> commit(CaseCommit commit) {
        Objects.requireNonNull(commit, "commit");
        return table.commit(commit.commandId(), List.of(new Aggregates.Change<>(commit.snapshot(),
                commit.expectedVersion(), commit.events())), commit.notifications());
    }

    @Override
    public Optional<Committed<Case>> recorded(CaseId id, CommandId commandId) {
        Objects.requireNonNull(id, "id");
        return table.recorded(id.value(), commandId);
    }

    @Override
    public List<CaseEvent> events(CaseId id) {
        return table.events(id.value());
    }

    @Override
    public Page<Case> query(Query<CaseState> query, PageRequest page) {
        return table.query(query, page);
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public String toString() {
        return "MemoryCaseStore";
    }
}
