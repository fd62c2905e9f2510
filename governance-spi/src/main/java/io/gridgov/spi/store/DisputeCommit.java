package io.gridgov.spi.store;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeEvent;
import io.gridgov.core.mediation.DisputeTransition;
import io.gridgov.spi.notify.Notification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one command changed on disputes, committed at once by {@link DisputeStore#commit}: usually
 * one dispute; for a diversion ({@link io.gridgov.core.mediation.DisputeCommandType#DIVERT}) the diverted
 * dispute and the new one it opened, which must appear together or not at all (docs/decisions.md §16).
 *
 * <p>Immutable and thread-safe. The constructor checks that the parts belong together.
 *
 * @param commandId     the command; with each dispute's id, the idempotency key
 * @param changes       the disputes it changed, the addressed one first; distinct ids and tracking numbers
 * @param notifications the notifications to deliver after the commit; may be empty
 */
public record DisputeCommit(CommandId commandId, List<Change> changes, List<Notification> notifications) {
    /**
     * One dispute's part of a commit.
     *
     * @param snapshot        the dispute after the command
     * @param expectedVersion the version the command was applied to; 0 for a new dispute
     * @param events          its events, in order; at least one
     */
    public record Change(Dispute snapshot, long expectedVersion, List<DisputeEvent> events) {
        /** Rejects {@code null}s and copies the events; {@link DisputeCommit} checks the rest. */
        public Change {
            Objects.requireNonNull(snapshot, "snapshot");
            events = List.copyOf(events);
        }
    }

    /**
     * Validates the commit and copies the lists.
     *
     * @throws InvalidInputException ({@link io.gridgov.core.ErrorCode#INVALID_COMMIT}) listing every problem:
     *                               no change, a dispute or tracking number twice, a version that is not one
     *                               more than the expected, no events, events of another dispute, version or
     *                               command, a notification id used twice
     */
    public DisputeCommit {
        Objects.requireNonNull(commandId, "commandId");
        changes = List.copyOf(changes);
        notifications = List.copyOf(notifications);
        List<Problem> problems = new ArrayList<>();
        if (changes.isEmpty()) {
            problems.add(new Problem("$.changes", "no dispute changed; a commit carries at least one"));
        }
        Set<String> ids = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            Dispute d = c.snapshot();
            String where = "$.changes[" + i + "]";
            if (!ids.add(d.id().value()) || !numbers.add(d.trackingNumber())) {
                problems.add(new Problem(where, "dispute " + d.id() + " (" + d.trackingNumber() + ") appears twice, by id"
                        + " or tracking number; a commit changes each dispute once"));
            }
            CommitChecks.change(problems, where, d.id().value(), d.version(), c.expectedVersion(), c.events().size(),
                    c.events().stream().map(e -> e.disputeId().value()).toList(),
                    c.events().stream().map(DisputeEvent::version).toList(),
                    c.events().stream().map(DisputeEvent::commandId).toList(), commandId);
        }
        CommitChecks.notifications(problems, notifications);
        CommitChecks.throwIfAny(problems, commandId);
    }

    /**
     * The commit of an accepted command: the dispute, and for a diversion the dispute it opened (version 1,
     * expected version 0), in one commit.
     *
     * @param transition    what {@link io.gridgov.core.mediation.MediationLifecycle} returned
     * @param notifications the notifications the command produced, for either dispute
     * @return the commit
     */
    public static DisputeCommit of(DisputeTransition transition, List<Notification> notifications) {
        List<Change> changes = new ArrayList<>();
        changes.add(change(transition));
        transition.opened().ifPresent(o -> changes.add(change(o)));
        return new DisputeCommit(transition.events().get(0).commandId(), changes, notifications);
    }

    private static Change change(DisputeTransition t) {
        return new Change(t.next(), t.next().version() - 1, t.events());
    }

    /** The addressed dispute's snapshot (the first change). */
    public Dispute snapshot() {
        return changes.get(0).snapshot();
    }

    /** Shows the command, the disputes and the counts; snapshots show no personal data. */
    @Override
    public String toString() {
        return "DisputeCommit[" + commandId + ", " + changes.stream().map(c -> c.snapshot() + " over v"
                + c.expectedVersion()).toList() + ", " + notifications.size() + " notifications]";
    }
}
