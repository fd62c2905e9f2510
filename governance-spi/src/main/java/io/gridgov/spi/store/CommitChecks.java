package io.gridgov.spi.store;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.spi.notify.Notification;
import io.gridgov.spi.notify.NotificationId;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks {@link CaseCommit} and {@link DisputeCommit} share; they collect problems, then throw once. */
final class CommitChecks {
    private CommitChecks() {
    }

    /** Checks one aggregate's part of a commit: the version step, and events of this aggregate, version and command. */
    static void change(List<Problem> problems, String where, String aggregate, long version, long expectedVersion,
            int events, List<String> eventAggregates, List<Long> eventVersions, List<CommandId> eventCommands,
            CommandId commandId) {
        if (expectedVersion < 0 || version != expectedVersion + 1) {
            problems.add(new Problem(where + ".expectedVersion", "snapshot " + aggregate + " has version " + version
                    + " but the expected version is " + expectedVersion + "; a command raises the version by exactly"
                    + " one, so pass the version the command was applied to (0 for a new aggregate)"));
        }
        if (events == 0) {
            problems.add(new Problem(where + ".events", "no events; every accepted command emits at least one"));
        }
        for (int i = 0; i < events; i++) {
            String at = where + ".events[" + i + "]";
            if (!eventAggregates.get(i).equals(aggregate)) {
                problems.add(new Problem(at, "event of " + eventAggregates.get(i) + " in the commit of " + aggregate
                        + "; commit each aggregate's own events"));
            }
            if (eventVersions.get(i) != version) {
                problems.add(new Problem(at, "event has version " + eventVersions.get(i) + ", the snapshot " + version
                        + "; commit the events of the transition that produced the snapshot"));
            }
            if (!eventCommands.get(i).equals(commandId)) {
                problems.add(new Problem(at, "event of command " + eventCommands.get(i) + " in the commit of command "
                        + commandId + "; one commit carries one command"));
            }
        }
    }

    static void notifications(List<Problem> problems, List<Notification> notifications) {
        Set<NotificationId> seen = new HashSet<>();
        for (int i = 0; i < notifications.size(); i++) {
            if (!seen.add(notifications.get(i).id())) {
                problems.add(new Problem("notifications[" + i + "]", "notification id " + notifications.get(i).id()
                        + " is used twice; derive one id per notification (NotificationId.of(..., index))"));
            }
        }
    }

    static void throwIfAny(List<Problem> problems, CommandId commandId) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_COMMIT, "the commit of command " + commandId
                    + " does not hang together; nothing was written", problems);
        }
    }
}
