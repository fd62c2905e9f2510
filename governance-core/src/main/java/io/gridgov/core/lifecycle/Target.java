package io.gridgov.core.lifecycle;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a transition leads: a named state, the same state (a command that records something and
 * changes no state, such as urging), or back to the state the aggregate was in before it was
 * suspended.
 *
 * @param <S>   the state type
 * @param kind  which of the three
 * @param state the named state for {@link Kind#STATE}; {@code null} otherwise (use {@link #stateIfNamed()})
 */
public record Target<S extends Enum<S>>(Kind kind, S state) {
    /** The kinds of target. */
    public enum Kind {
        /** A named state. */
        STATE,
        /** The state does not change. */
        STAY,
        /** The state before the suspension. */
        PREVIOUS
    }

    /** Checks that a state is given exactly for {@link Kind#STATE}. */
    public Target {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.STATE) != (state != null)) {
            throw new IllegalArgumentException("a target names a state exactly when its kind is STATE");
        }
    }

    /** A named state. */
    public static <S extends Enum<S>> Target<S> to(S state) {
        return new Target<>(Kind.STATE, Objects.requireNonNull(state, "state"));
    }

    /** The same state. */
    public static <S extends Enum<S>> Target<S> stay() {
        return new Target<>(Kind.STAY, null);
    }

    /** The state before the suspension. */
    public static <S extends Enum<S>> Target<S> previous() {
        return new Target<>(Kind.PREVIOUS, null);
    }

    /** The named state, if this target names one. */
    public Optional<S> stateIfNamed() {
        return Optional.ofNullable(state);
    }

    /**
     * The state the aggregate is in after the transition.
     *
     * @param from     the state before
     * @param previous the state before the suspension (used by {@link Kind#PREVIOUS})
     * @return the next state
     */
    public S next(S from, S previous) {
        return switch (kind) {
            case STATE -> state;
            case STAY -> from;
            case PREVIOUS -> Objects.requireNonNull(previous, "previous");
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STATE -> state.name();
            case STAY -> "(same)";
            case PREVIOUS -> "(previous)";
        };
    }
}
