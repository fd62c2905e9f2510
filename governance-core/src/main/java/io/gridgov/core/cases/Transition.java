package io.gridgov.core.cases;

import java.util.List;
import java.util.Objects;

/**
 * The result of an accepted command: the next snapshot of the case and the events that record what
 * happened (at least one).
 *
 * @param next   the case after the command
 * @param events what happened, in order
 */
public record Transition(Case next, List<CaseEvent> events) {
    /** Rejects {@code null}s and an empty event list; copies the list. */
    public Transition {
        Objects.requireNonNull(next, "next");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an accepted command emits at least one event");
        }
    }
}
