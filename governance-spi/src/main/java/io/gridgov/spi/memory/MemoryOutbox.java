package io.gridgov.spi.memory;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.spi.notify.Notification;
import io.gridgov.spi.notify.NotificationId;
import io.gridgov.spi.notify.Outbox;
import io.gridgov.spi.notify.OutboxClaim;
import io.gridgov.spi.notify.OutboxEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;

/**
 * The in-memory outbox: a row per notification and a "ready" index sorted by (next attempt time, id), so
 * a claim reads the due rows from the front of the index instead of scanning the outbox. Guarded by the
 * {@link MemoryStore}'s lock, which commits hold while they add rows.
 */
final class MemoryOutbox implements Outbox {
    private final ReadWriteLock lock;
    private final Map<NotificationId, Row> rows = new HashMap<>();
    private final TreeSet<Ready> ready = new TreeSet<>();
    private long leases;

    MemoryOutbox(ReadWriteLock lock) {
        this.lock = lock;
    }

    /** Problems with notifications a commit would add (ids already here); call under the write lock. */
    void check(List<Notification> notifications, List<Problem> problems) {
        for (int i = 0; i < notifications.size(); i++) {
            if (rows.containsKey(notifications.get(i).id())) {
                problems.add(new Problem("notifications[" + i + "]", "notification " + notifications.get(i).id()
                        + " is already in the outbox; derive notification ids from the command that produced them"));
            }
        }
    }

    /** Adds a commit's notifications, checked by {@link #check}; call under the write lock. */
    void add(List<Notification> notifications) {
        for (Notification n : notifications) {
            Row r = new Row(n);
            rows.put(n.id(), r);
            ready.add(r.ready());
        }
    }

    @Override
    public List<OutboxClaim> claim(Instant now, Duration leaseFor, int max) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(leaseFor, "leaseFor");
        if (leaseFor.isNegative() || leaseFor.isZero() || max < 1 || max > MAX_CLAIM) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "claim", "lease " + leaseFor + " and max " + max
                    + " do not fit; use a positive lease and a max of 1 to " + MAX_CLAIM);
        }
        lock.writeLock().lock();
        try {
            List<OutboxClaim> claims = new ArrayList<>();
            Iterator<Ready> it = ready.iterator();
            List<Row> taken = new ArrayList<>();
            while (it.hasNext() && taken.size() < max) {
                Ready r = it.next();
                if (r.at.isAfter(now)) {
                    break;
                }
                it.remove();
                taken.add(rows.get(r.id));
            }
            Instant until = now.plus(leaseFor);
            for (Row row : taken) {
                row.lease = "lease-" + (++leases);
                row.attempts++;
                row.next = until;
                ready.add(row.ready());
                claims.add(new OutboxClaim(row.notification, row.lease, until, row.attempts));
            }
            return claims;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean markDelivered(OutboxClaim claim, Instant now) {
        Objects.requireNonNull(now, "now");
        lock.writeLock().lock();
        try {
            Row row = held(claim);
            if (row == null) {
                return false;
            }
            ready.remove(row.ready());
            row.lease = null;
            row.deliveredAt = now;
            row.next = now;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean recordFailure(OutboxClaim claim, Instant nextAttemptAt) {
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        lock.writeLock().lock();
        try {
            Row row = held(claim);
            if (row == null) {
                return false;
            }
            ready.remove(row.ready());
            row.lease = null;
            row.next = nextAttemptAt;
            ready.add(row.ready());
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private Row held(OutboxClaim claim) {
        Objects.requireNonNull(claim, "claim");
        Row row = rows.get(claim.id());
        return row != null && row.deliveredAt == null && claim.lease().equals(row.lease) ? row : null;
    }

    @Override
    public Optional<OutboxEntry> find(NotificationId id) {
        Objects.requireNonNull(id, "id");
        lock.readLock().lock();
        try {
            Row r = rows.get(id);
            if (r == null) {
                return Optional.empty();
            }
            OutboxEntry.Status status = r.deliveredAt != null ? OutboxEntry.Status.DELIVERED
                    : r.lease != null ? OutboxEntry.Status.LEASED : OutboxEntry.Status.PENDING;
            return Optional.of(new OutboxEntry(r.notification, status, r.attempts, r.next, r.deliveredAt));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** One notification's mutable state, changed only under the write lock. */
    private static final class Row {
        final Notification notification;
        String lease;
        int attempts;
        Instant next;
        Instant deliveredAt;

        Row(Notification notification) {
            this.notification = notification;
            this.next = notification.dueAt();
        }

        Ready ready() {
            return new Ready(next, notification.id());
        }
    }

    /** A key of the ready index: when the row may next be claimed, then its id. */
    private record Ready(Instant at, NotificationId id) implements Comparable<Ready> {
        @Override
        public int compareTo(Ready o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : id.value().compareTo(o.id.value());
        }
    }
}
