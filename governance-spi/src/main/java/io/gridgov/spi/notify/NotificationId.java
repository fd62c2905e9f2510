package io.gridgov.spi.notify;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.cases.CaseId;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.mediation.DisputeId;

import java.util.Objects;

/**
 * The stable identity of a notification, the key a {@link Notifier} (and the person's phone) uses to
 * drop a second delivery of the same message. It is derived from what caused the notification, never
 * drawn at random, so a command that is retried produces the same ids and the outbox keeps one row each:
 * {@code case/<case id>/<command id>/<index>} or {@code dispute/<dispute id>/<command id>/<index>}, where
 * the index counts the notifications one command produced for that aggregate, from 0. The {@code /}
 * cannot occur in an {@link Identifiers identifier}, so two different sources never give one id.
 *
 * @param value the id; 1 to {@value #MAX_LENGTH} characters from {@code A-Z a-z 0-9 . _ : - /}
 */
public record NotificationId(String value) {
    /** The longest id: two identifiers, a prefix, an index and separators. */
    public static final int MAX_LENGTH = 2 * Identifiers.MAX_LENGTH + 24;

    /**
     * Validates the id.
     *
     * @throws InvalidInputException if it is empty, too long or has other characters
     */
    public NotificationId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH || !value.chars().allMatch(NotificationId::allowed)) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "notification id", "the notification id of "
                    + value.length() + " characters is not valid; use 1 to " + MAX_LENGTH
                    + " characters from A-Z a-z 0-9 . _ : - /, or derive it with NotificationId.of(caseId, commandId, index)");
        }
    }

    /**
     * The id of the {@code index}-th notification a command produced for a case.
     *
     * @param caseId    the case
     * @param commandId the command
     * @param index     0 for the first notification of that command, 1 for the next, ...
     * @return {@code case/<case id>/<command id>/<index>}
     * @throws IllegalArgumentException if the index is negative
     */
    public static NotificationId of(CaseId caseId, CommandId commandId, int index) {
        return derive("case", caseId.value(), commandId, index);
    }

    /**
     * The id of the {@code index}-th notification a command produced for a dispute.
     *
     * @param disputeId the dispute
     * @param commandId the command
     * @param index     0 for the first notification of that command on that dispute, 1 for the next, ...
     * @return {@code dispute/<dispute id>/<command id>/<index>}
     * @throws IllegalArgumentException if the index is negative
     */
    public static NotificationId of(DisputeId disputeId, CommandId commandId, int index) {
        return derive("dispute", disputeId.value(), commandId, index);
    }

    private static NotificationId derive(String kind, String aggregate, CommandId commandId, int index) {
        Objects.requireNonNull(commandId, "commandId");
        if (index < 0) {
            throw new IllegalArgumentException("index " + index + " is negative; count a command's notifications from 0");
        }
        return new NotificationId(kind + "/" + aggregate + "/" + commandId.value() + "/" + index);
    }

    private static boolean allowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                || c == ':' || c == '-' || c == '/';
    }

    @Override
    public String toString() {
        return value;
    }
}
