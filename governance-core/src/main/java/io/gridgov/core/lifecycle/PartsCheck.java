package io.gridgov.core.lifecycle;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks every aggregate restored from stored parts makes in the same way ({@code Case.restore},
 * {@code Dispute.restore}): required parts, identifiers, counters that fit the version, instants not
 * after the last change. Collects the problems; {@link #throwIfAny} reports them all at once.
 *
 * <p>Mutable and not thread-safe: one instance per restore.
 */
public final class PartsCheck {
    private final String aggregate;
    private final Instant updatedAt;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Starts a check.
     *
     * @param aggregate what is restored, for messages: {@code "case"} or {@code "dispute"}
     * @param updatedAt the aggregate's last change, or {@code null} if that part is missing
     */
    public PartsCheck(String aggregate, Instant updatedAt) {
        this.aggregate = java.util.Objects.requireNonNull(aggregate, "aggregate");
        this.updatedAt = updatedAt;
    }

    /** Adds a problem. */
    public void add(String where, String message) {
        problems.add(new Problem(where, message));
    }

    /** The problems found so far (live, mutable: {@link LifecycleChecks#checkIdentifier} may add to it). */
    public List<Problem> problems() {
        return problems;
    }

    /** Adds a problem if a required part is {@code null}. */
    public void required(Object value, String where) {
        if (value == null) {
            add(where, "missing; every " + aggregate + " has one");
        }
    }

    /**
     * Checks an identifier part.
     *
     * @param value    the value, or {@code null}
     * @param where    the part
     * @param required whether {@code null} is a problem
     */
    public void identifier(String value, String where, boolean required) {
        if (value == null) {
            if (required) {
                required(null, where);
            }
            return;
        }
        LifecycleChecks.checkIdentifier(value, where, problems);
    }

    /**
     * Checks counters and the version: each counter 0 or more, the version 1 or more, and the counters adding
     * up to no more than the commands the version counts after the creating one (each counted event is one
     * accepted command).
     *
     * @param names   the counters' part names
     * @param values  their values
     * @param version the version
     */
    public void counters(String[] names, int[] values, long version) {
        long sum = 0;
        for (int i = 0; i < names.length; i++) {
            if (values[i] < 0) {
                add(names[i], "the count " + values[i] + " is negative; give 0 or more");
            } else {
                sum += values[i];
            }
        }
        if (version < 1) {
            add("version", "the version " + version + " is below 1; a " + aggregate + " is version 1 when created"
                    + " and one more per accepted command");
        } else if (sum > version - 1) {
            add("version", "version " + version + " counts " + (version - 1) + " commands after the " + aggregate
                    + " was created, but the counters add up to " + sum + " commands");
        }
    }

    /** Adds a problem if an instant is after the last change. */
    public void notAfterUpdate(Instant t, String where) {
        if (t != null && updatedAt != null && t.isAfter(updatedAt)) {
            add(where, t + " is after the " + aggregate + "'s last change " + updatedAt + "; nothing happens to a "
                    + aggregate + " after its last change");
        }
    }

    /**
     * Throws if any problem was found.
     *
     * @param subject what is restored, e.g. {@code "case ZZ-20220704-000123"}
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) with every problem
     */
    public void throwIfAny(String subject) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, subject + " cannot be restored from its parts",
                    problems);
        }
    }

    /** The subject of the messages: the aggregate and its tracking number, if that is a valid identifier. */
    public String subject(String trackingNumber) {
        return trackingNumber != null && Identifiers.isValid(trackingNumber) ? aggregate + " " + trackingNumber
                : "the " + aggregate;
    }
}
