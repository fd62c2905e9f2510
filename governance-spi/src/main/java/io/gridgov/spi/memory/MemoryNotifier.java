package io.gridgov.spi.memory;

import io.gridgov.spi.notify.Notification;
import io.gridgov.spi.notify.NotificationId;
import io.gridgov.spi.notify.Notifier;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link Notifier} that records what it is asked to deliver, for tests, examples and a host that reads
 * notifications from memory (an in-app inbox). It can be told to refuse the first deliveries, to show how
 * the outbox and the {@link io.gridgov.spi.notify.OutboxRelay} keep and retry them.
 *
 * <p>Thread-safe: deliveries may come from several threads.
 */
public final class MemoryNotifier implements Notifier {
    private final List<Notification> deliveries = new ArrayList<>();
    private int refusalsLeft;

    private MemoryNotifier(int refusals) {
        this.refusalsLeft = refusals;
    }

    /**
     * A notifier that accepts every delivery.
     *
     * @return the notifier
     */
    public static MemoryNotifier recording() {
        return new MemoryNotifier(0);
    }

    /**
     * A notifier that refuses the first {@code refusals} deliveries (throwing an {@link IllegalStateException}),
     * then accepts.
     *
     * @param refusals how many to refuse, 0 or more
     * @return the notifier
     * @throws IllegalArgumentException if {@code refusals} is negative
     */
    public static MemoryNotifier refusingFirst(int refusals) {
        if (refusals < 0) {
            throw new IllegalArgumentException("refusals " + refusals + " is negative; use 0 or more");
        }
        return new MemoryNotifier(refusals);
    }

    @Override
    public synchronized void deliver(Notification notification) {
        if (notification == null) {
            throw new NullPointerException("notification");
        }
        if (refusalsLeft > 0) {
            refusalsLeft--;
            throw new IllegalStateException("delivery of " + notification.id() + " refused (a MemoryNotifier set to"
                    + " refuse its first deliveries)");
        }
        deliveries.add(notification);
    }

    /** Every accepted delivery, in order, repeats included (delivery is at least once). */
    public synchronized List<Notification> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The ids of the notifications delivered at least once, in the order first delivered. */
    public synchronized Set<NotificationId> deliveredIds() {
        Set<NotificationId> ids = new LinkedHashSet<>();
        for (Notification n : deliveries) {
            ids.add(n.id());
        }
        return ids;
    }

    @Override
    public synchronized String toString() {
        return "MemoryNotifier[" + deliveries.size() + " deliveries]";
    }
}
