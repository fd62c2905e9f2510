package io.gridgov.core.personal;

import java.util.Objects;

/**
 * A piece of personal data: a value that shows itself only masked. {@link #toString()} is always
 * the {@link #masked()} form, so personal data cannot reach a log, an exception message or a screen
 * by accident; the raw value is reachable only through the explicit {@link #reveal()}.
 *
 * <p>Two values are equal when they are of the same type and their raw values are equal. Immutable
 * and thread-safe.
 */
public abstract sealed class PersonalData permits PhoneNumber, IdNumber, PersonName, FreeText {
    private final String value;

    PersonalData(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The raw value. Only where it is really needed (dialling, a legal requirement); never log or display it. */
    public final String reveal() {
        return value;
    }

    /** The masked form, e.g. {@code 138****5678}. */
    public abstract String masked();

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && value.equals(((PersonalData) o).value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** The masked form; never the raw value. */
    @Override
    public final String toString() {
        return masked();
    }
}
