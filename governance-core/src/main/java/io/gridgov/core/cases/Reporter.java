package io.gridgov.core.cases;

import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.personal.PhoneNumber;

import java.util.Objects;
import java.util.Optional;

/**
 * Who reported a case: anonymous, or any of the host's account id of the person, their name and their
 * phone number. The name and the number are {@link io.gridgov.core.personal.PersonalData} and show
 * themselves masked. Only a reporter with an account id can withdraw, urge and evaluate their own case
 * themselves; otherwise a return-visit operator records the evaluation.
 *
 * <p>Immutable and thread-safe.
 */
public final class Reporter {
    private static final Reporter ANONYMOUS = new Reporter(null, null, null);

    private final String personId;
    private final PersonName name;
    private final PhoneNumber phone;

    private Reporter(String personId, PersonName name, PhoneNumber phone) {
        this.personId = personId;
        this.name = name;
        this.phone = phone;
    }

    /** An anonymous reporter. */
    public static Reporter anonymous() {
        return ANONYMOUS;
    }

    /**
     * A reporter; each part may be {@code null} (all three {@code null} is anonymous).
     *
     * @param personId the host's account id of the person (see {@link Identifiers}), or {@code null}
     * @param name     the name, or {@code null}
     * @param phone    the phone number, or {@code null}
     * @return the reporter
     */
    public static Reporter of(String personId, PersonName name, PhoneNumber phone) {
        if (personId == null && name == null && phone == null) {
            return ANONYMOUS;
        }
        if (personId != null) {
            Identifiers.check(personId, "reporter person id");
        }
        return new Reporter(personId, name, phone);
    }

    /** A reporter known by account only. */
    public static Reporter person(String personId) {
        return of(Objects.requireNonNull(personId, "personId"), null, null);
    }

    /** Whether nothing is known about the reporter. */
    public boolean isAnonymous() {
        return personId == null && name == null && phone == null;
    }

    /** The host's account id, if the reporter has one. */
    public Optional<String> personId() {
        return Optional.ofNullable(personId);
    }

    /** The name, if given. */
    public Optional<PersonName> name() {
        return Optional.ofNullable(name);
    }

    /** The phone number, if given. */
    public Optional<PhoneNumber> phone() {
        return Optional.ofNullable(phone);
    }

    /** Whether an actor's person id is this reporter's account id. */
    public boolean isPerson(String otherPersonId) {
        return personId != null && personId.equals(otherPersonId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reporter r && Objects.equals(personId, r.personId) && Objects.equals(name, r.name)
                && Objects.equals(phone, r.phone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(personId, name, phone);
    }

    /** Renders masked, e.g. {@code Reporter[p-17, 张*, 138****5678]} or {@code Reporter[anonymous]}. */
    @Override
    public String toString() {
        if (isAnonymous()) {
            return "Reporter[anonymous]";
        }
        StringBuilder sb = new StringBuilder("Reporter[");
        String sep = "";
        if (personId != null) {
            sb.append(personId);
            sep = ", ";
        }
        if (name != null) {
            sb.append(sep).append(name);
            sep = ", ";
        }
        if (phone != null) {
            sb.append(sep).append(phone);
        }
        return sb.append(']').toString();
    }
}
