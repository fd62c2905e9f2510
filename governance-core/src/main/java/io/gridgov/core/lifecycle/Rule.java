package io.gridgov.core.lifecycle;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One row of a transition table: in state {@code from}, command {@code command} is allowed to any of
 * the {@code permits}, if every guard holds; it leads to {@code target} and emits {@code events}.
 *
 * @param <S>     the state type
 * @param <C>     the command type
 * @param from    the state the row applies to
 * @param command the command
 * @param permits who may issue it; at least one
 * @param guards  what must hold besides; may be empty
 * @param target  where it leads
 * @param events  the simple names of the event types it emits, in order; at least one
 */
public record Rule<S extends Enum<S>, C extends Enum<C>>(S from, C command, List<Permit> permits,
        List<Condition> guards, Target<S> target, List<String> events) {

    /** Checks the row and copies its lists. */
    public Rule {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(command, "command");
        permits = List.copyOf(permits);
        guards = List.copyOf(guards);
        Objects.requireNonNull(target, "target");
        events = List.copyOf(events);
        if (permits.isEmpty()) {
            throw new IllegalArgumentException(from + " + " + command + ": a rule needs at least one permit");
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException(from + " + " + command + ": an accepted command emits at least one event");
        }
    }

    /** The permits as {@code ROLE@party} labels joined by {@code ", "}. */
    public String permitsLabel() {
        return permits.stream().map(Permit::toString).collect(Collectors.joining(", "));
    }

    /** The guards' descriptions joined by {@code "; "}, or {@code "-"} when there is none. */
    public String guardsLabel() {
        return guards.isEmpty() ? "-" : guards.stream().map(Condition::description).collect(Collectors.joining("; "));
    }
}
