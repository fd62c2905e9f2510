package io.gridgov.spi.notify;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.lifecycle.Identifiers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A message to one recipient, produced by a command and committed with it into the store's outbox
 * ({@link Outbox}); a {@link Notifier} delivers it after the commit. What the message says is the
 * host's business: the notification names a {@code template} (e.g. {@code case.dispatched}) and gives
 * its parameters; the host renders them into an SMS, a WeChat message or an app push.
 *
 * <p><b>No personal data.</b> The recipient is the host's opaque id of a person or an organisation, and
 * every parameter value is an {@link Identifiers identifier} (ids, codes, tracking numbers, states,
 * ISO-8601 instants, numbers): free text, names, phone and identity numbers cannot be expressed, so an
 * outbox row and a log line of a notification never carry them. A template that needs a name looks it
 * up by id when it renders.
 *
 * <p>Immutable and thread-safe. Parameters are kept sorted by name.
 *
 * @param id         the stable id for de-duplication, e.g. {@link NotificationId#of(io.gridgov.core.cases.CaseId,
 *                   io.gridgov.core.lifecycle.CommandId, int)}
 * @param recipient  the host's opaque id of whom to notify (a person or an organisation)
 * @param template   the template key, an identifier such as {@code case.dispatched}
 * @param parameters the template's parameters: names and values are identifiers; at most {@value #MAX_PARAMETERS}
 * @param dueAt      when the notification may first be delivered (usually the command's time)
 */
public record Notification(NotificationId id, String recipient, String template, Map<String, String> parameters,
        Instant dueAt) {
    /** The most parameters a notification carries. */
    public static final int MAX_PARAMETERS = 32;

    /**
     * Validates the notification and copies the parameters.
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) listing every recipient, template or
     *                               parameter that is not an identifier, without repeating the values
     */
    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(dueAt, "dueAt");
        List<Problem> problems = new ArrayList<>();
        if (!Identifiers.isValid(recipient)) {
            problems.add(new Problem("recipient", Identifiers.problem(recipient, "recipient")
                    + "; name the recipient by the host's opaque id, never by phone number"));
        }
        if (!Identifiers.isValid(template)) {
            problems.add(new Problem("template", Identifiers.problem(template, "template key")));
        }
        if (parameters.size() > MAX_PARAMETERS) {
            problems.add(new Problem("parameters", parameters.size() + " parameters; at most " + MAX_PARAMETERS));
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            sorted.put(Objects.requireNonNull(e.getKey(), "parameter name"),
                    Objects.requireNonNull(e.getValue(), "parameter value"));
        }
        for (Map.Entry<String, String> e : sorted.entrySet()) { // sorted, so the problems come in a stable order
            String name = e.getKey();
            if (!Identifiers.isValid(name)) {
                problems.add(new Problem("parameters", Identifiers.problem(name, "parameter name")));
            } else if (!Identifiers.isValid(e.getValue())) {
                problems.add(new Problem("parameters." + name, Identifiers.problem(e.getValue(), "value")
                        + "; parameters carry ids, codes, numbers and instants, never free text or personal data"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "notification " + id + " is invalid", problems);
        }
        parameters = Collections.unmodifiableMap(sorted);
    }

    /** Shows the id, template, recipient id, parameter names and due time; the values are left out. */
    @Override
    public String toString() {
        return "Notification[" + id + ", " + template + " to " + recipient + ", parameters " + parameters.keySet()
                + ", due " + dueAt + "]";
    }
}
