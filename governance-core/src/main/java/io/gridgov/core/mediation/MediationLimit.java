package io.gridgov.core.mediation;

import io.gridgov.core.time.TimeLimit;

import java.util.Objects;

/**
 * The time limit of a mediation and what follows from it.
 *
 * @param limit      how long the mediation may take
 * @param start      when its clock starts
 * @param extendable whether the parties may extend it by consent ({@link DisputeCommandType#EXTEND})
 * @param expiry     what the law makes of its expiry
 */
public record MediationLimit(TimeLimit limit, Start start, boolean extendable, Expiry expiry) {
    /** When the clock of a mediation starts. */
    public enum Start {
        /** When the application is received (labour disputes: "from the day the application is received"). */
        APPLICATION,
        /** When the mediation body accepts it. */
        ACCEPTANCE
    }

    /** What the law makes of an expired time limit. */
    public enum Expiry {
        /** Nothing but the warning: the mediation goes on (people's mediation's "usually one month"). */
        WARNS,
        /**
         * The mediation is deemed failed: the system's {@link DisputeCommandType#EXPIRE} ends it (medical
         * disputes, traffic accident mediation, a court's mediation in a lawsuit).
         */
        FAILS,
        /**
         * The mediation may go on, but any party may now leave it by the route the law opens, and the
         * mediation is recorded as failed ({@link FailureReason#PARTY_LEFT_AFTER_LIMIT}; labour disputes:
         * arbitration).
         */
        PARTIES_MAY_LEAVE
    }

    /** Rejects {@code null}s. */
    public MediationLimit {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(expiry, "expiry");
    }

    /** Renders as e.g. {@code 15 CALENDAR_DAYS from APPLICATION, not extendable, PARTIES_MAY_LEAVE}. */
    @Override
    public String toString() {
        return limit + " from " + start + ", " + (extendable ? "extendable" : "not extendable") + ", " + expiry;
    }
}
