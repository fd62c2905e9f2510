package io.gridgov.core.mediation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an accepted command produced: the dispute's next snapshot and its events, and for a
 * {@link DisputeCommandType#DIVERT diversion} also the new dispute it opened (with its own events). The
 * two are stored together, in one atomic commit (the SPI's {@code DisputeCommit} takes the diverted
 * dispute and the opened one, which starts at version 1); each is one aggregate with its own version,
 * and both carry the same command id, so a store keys idempotency by aggregate and command id.
 *
 * <p>Immutable and thread-safe.
 */
public final class DisputeTransition {
    private final Dispute next;
    private final List<DisputeEvent> events;
    private final DisputeTransition opened;

    DisputeTransition(Dispute next, List<DisputeEvent> events, DisputeTransition opened) {
        this.next = Objects.requireNonNull(next, "next");
        this.events = List.copyOf(events);
        this.opened = opened;
    }

    /** The dispute after the command. */
    public Dispute next() {
        return next;
    }

    /** The events the command emitted on this dispute, in order. */
    public List<DisputeEvent> events() {
        return events;
    }

    /** The new dispute a diversion opened, with its events; empty for every other command. */
    public Optional<DisputeTransition> opened() {
        return Optional.ofNullable(opened);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisputeTransition t && next.equals(t.next) && events.equals(t.events)
                && Objects.equals(opened, t.opened);
    }

    @Override
    public int hashCode() {
        return Objects.hash(next, events, opened);
    }

    @Override
    public String toString() {
        return "DisputeTransition[" + next + ", " + events.size() + " events" + (opened == null ? "" : ", opened " + opened.next)
                + "]";
    }
}
