package io.gridgov.spi.store;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseEvent;
import io.gridgov.core.cases.Transition;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.spi.notify.Notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything one command changed on a case, committed at once by {@link CaseStore#commit}: the new
 * snapshot, the version it was applied to, its events, the notifications it produced, and the command id.
 *
 * <p>Immutable and thread-safe. The constructor checks that the parts belong together, so a store never
 * has to.
 *
 * @param commandId       the command; with the case id, the idempotency key
 * @param snapshot        the case after the command
 * @param expectedVersion the version the command was applied to: {@code snapshot.version() - 1}; 0 for a new case
 * @param events          the command's events, in order; at least one
 * @param notifications   the notifications to deliver after the commit; may be empty
 */
public record CaseCommit(CommandId commandId, Case snapshot, long expectedVersion, List<CaseEvent> events,
        List<Notification> notifications) {
    /**
     * Validates the commit and copies the lists.
     *
     * @throws InvalidInputException ({@link io.gridgov.core.ErrorCode#INVALID_COMMIT}) listing every problem:
     *                               a version that is not one more than the expected, no events, events of
     *                               another case, version or command, a notification id used twice
     */
    public CaseCommit {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(snapshot, "snapshot");
        events = List.copyOf(events);
        notifications = List.copyOf(notifications);
        List<Problem> problems = new ArrayList<>();
        CommitChecks.change(problems, "$", snapshot.id().value(), snapshot.version(), expectedVersion, events.size(),
                events.stream().map(e -> e.caseId().value()).toList(), events.stream().map(CaseEvent::version).toList(),
                events.stream().map(CaseEvent::commandId).toList(), commandId);
        CommitChecks.notifications(problems, notifications);
        CommitChecks.throwIfAny(problems, commandId);
    }

    /**
     * The commit of an accepted command: its snapshot and events, applied to the version before.
     *
     * @param transition    what {@link io.gridgov.core.cases.CaseLifecycle} returned
     * @param notifications the notifications the command produced
     * @return the commit
     */
    public static CaseCommit of(Transition transition, List<Notification> notifications) {
        Case next = transition.next();
        return new CaseCommit(transition.events().get(0).commandId(), next, next.version() - 1, transition.events(),
                notifications);
    }

    /** Shows the command, the case and the counts; the snapshot shows no personal data. */
    @Override
    public String toString() {
        return "CaseCommit[" + commandId + ", " + snapshot + " over v" + expectedVersion + ", " + events.size()
                + " events, " + notifications.size() + " notifications]";
    }
}
