package io.gridgov.spi.memory;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.spi.notify.Notification;
import io.gridgov.spi.store.AreaSubtree;
import io.gridgov.spi.store.Committed;
import io.gridgov.spi.store.DuplicateTrackingNumberException;
import io.gridgov.spi.store.Page;
import io.gridgov.spi.store.PageRequest;
import io.gridgov.spi.store.Query;
import io.gridgov.spi.store.VersionConflictException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The in-memory table of one aggregate type, with the indexes its queries read: by id, by tracking number,
 * by (aggregate, command) for idempotency and recorded outcomes, by state, by owner, by area code (sorted,
 * so a prefix is a range) and by due time (sorted). Every index keeps ids in sorted sets, so a page in id order is a lazy
 * merge of sorted runs and a page in due order is a walk from the cursor. Guarded by the
 * {@link MemoryStore}'s lock.
 *
 * @param <A> the aggregate type
 * @param <E> the event type
 * @param <S> the state enum
 */
final class Aggregates<A, E, S extends Enum<S>> {
    /** How the table reads an aggregate. */
    interface Shape<A, S> {
        String id(A a);

        String trackingNumber(A a);

        long version(A a);

        S state(A a);

        String area(A a);

        String owner(A a);

        /** The due time, or null. */
        Instant due(A a);

        /** A shape made of the given accessors, in the order of the methods above. */
        static <A, S> Shape<A, S> of(Function<A, String> id, Function<A, String> trackingNumber,
                ToLongFunction<A> version, Function<A, S> state, Function<A, String> area,
                Function<A, String> owner, Function<A, Instant> due) {
            return new Shape<>() {
                @Override
                public String id(A a) {
                    return id.apply(a);
                }

                @Override
                public String trackingNumber(A a) {
                    return trackingNumber.apply(a);
                }

                @Override
                public long version(A a) {
                    return version.applyAsLong(a);
                }

                @Override
                public S state(A a) {
                    return state.apply(a);
                }

                @Override
                public String area(A a) {
                    return area.apply(a);
                }

                @Override
                public String owner(A a) {
                    return owner.apply(a);
                }

                @Override
                public Instant due(A a) {
                    return due.apply(a);
                }
            };
        }
    }

    /** One change of a commit, in the table's terms. */
    record Change<A, E>(A snapshot, long expectedVersion, List<E> events) {
    }

    private final String kind;
    private final Shape<A, S> shape;
    private final ReadWriteLock lock;
    private final MemoryOutbox outbox;
    private final Map<String, Row<A, E>> rows = new HashMap<>();
    private final Map<String, String> byTrackingNumber = new HashMap<>();
    /** Recorded outcomes by "aggregate id/command id" ('/' is not in ids, so keys never collide). */
    private final Map<String, Committed<A>> processed = new HashMap<>();
    private final Map<S, NavigableSet<String>> byState;
    private final Map<String, NavigableSet<String>> byOwner = new HashMap<>();
    private final TreeMap<String, NavigableSet<String>> byArea = new TreeMap<>();
    private final TreeSet<Due> byDue = new TreeSet<>();

    Aggregates(String kind, Class<S> states, Shape<A, S> shape, ReadWriteLock lock, MemoryOutbox outbox) {
        this.kind = kind;
        this.shape = shape;
        this.lock = lock;
        this.outbox = outbox;
        this.byState = new EnumMap<>(states);
    }

    Optional<A> find(String id) {
        lock.readLock().lock();
        try {
            Row<A, E> r = rows.get(id);
            return r == null ? Optional.empty() : Optional.of(r.snapshot);
        } finally {
            lock.readLock().unlock();
        }
    }

    Optional<A> findByTrackingNumber(String trackingNumber) {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        lock.readLock().lock();
        try {
            String id = byTrackingNumber.get(trackingNumber);
            return id == null ? Optional.empty() : Optional.of(rows.get(id).snapshot);
        } finally {
            lock.readLock().unlock();
        }
    }

    List<E> events(String id) {
        lock.readLock().lock();
        try {
            Row<A, E> r = rows.get(id);
            return r == null ? List.of() : List.copyOf(r.events);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The outcome recorded for (id, command id), as a replay: one look-up in the processed index, under the
     * read lock, so it sees a commit whole or not at all.
     */
    Optional<Committed<A>> recorded(String id, CommandId commandId) {
        Objects.requireNonNull(commandId, "commandId");
        lock.readLock().lock();
        try {
            Committed<A> recorded = processed.get(processedKey(id, commandId));
            return recorded == null ? Optional.empty() : Optional.of(recorded.asReplay());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The processed index's key; '/' is in no id, so distinct pairs never share a key. */
    private static String processedKey(String id, CommandId commandId) {
        return id + "/" + commandId.value();
    }

    /** Checks everything first, then writes everything: a commit that throws has changed nothing. */
    Committed<A> commit(CommandId commandId, List<Change<A, E>> changes, List<Notification> notifications) {
        lock.writeLock().lock();
        try {
            for (Change<A, E> c : changes) {
                Committed<A> recorded = processed.get(processedKey(shape.id(c.snapshot), commandId));
                if (recorded != null) {
                    return recorded.asReplay();
                }
            }
            for (Change<A, E> c : changes) {
                String id = shape.id(c.snapshot);
                Row<A, E> row = rows.get(id);
                long actual = row == null ? 0 : shape.version(row.snapshot);
                if (actual != c.expectedVersion) {
                    throw new VersionConflictException(kind + " " + id, c.expectedVersion, actual);
                }
                String holder = byTrackingNumber.get(shape.trackingNumber(c.snapshot));
                if (holder != null && !holder.equals(id)) {
                    throw new DuplicateTrackingNumberException(shape.trackingNumber(c.snapshot), kind + " " + holder,
                            kind + " " + id);
                }
            }
            List<Problem> problems = new ArrayList<>();
            outbox.check(notifications, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(ErrorCode.INVALID_COMMIT, "the commit of command " + commandId
                        + " does not fit the outbox; nothing was written", problems);
            }
            List<A> snapshots = new ArrayList<>(changes.size());
            for (Change<A, E> c : changes) {
                write(c);
                snapshots.add(c.snapshot);
            }
            outbox.add(notifications);
            Committed<A> done = new Committed<>(snapshots, false);
            for (A a : snapshots) {
                processed.put(processedKey(shape.id(a), commandId), done);
            }
            return done;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void write(Change<A, E> c) {
        String id = shape.id(c.snapshot);
        Row<A, E> row = rows.get(id);
        if (row == null) {
            row = new Row<>();
            rows.put(id, row);
        } else {
            unindex(id, row.snapshot);
        }
        row.snapshot = c.snapshot;
        row.events.addAll(c.events);
        byTrackingNumber.put(shape.trackingNumber(c.snapshot), id);
        byState.computeIfAbsent(shape.state(c.snapshot), s -> new TreeSet<>()).add(id);
        byOwner.computeIfAbsent(shape.owner(c.snapshot), s -> new TreeSet<>()).add(id);
        byArea.computeIfAbsent(shape.area(c.snapshot), s -> new TreeSet<>()).add(id);
        Instant due = shape.due(c.snapshot);
        if (due != null) {
            byDue.add(new Due(due, id));
        }
    }

    private void unindex(String id, A old) {
        String tn = shape.trackingNumber(old);
        if (id.equals(byTrackingNumber.get(tn))) {
            byTrackingNumber.remove(tn);
        }
        remove(byState, shape.state(old), id);
        remove(byOwner, shape.owner(old), id);
        remove(byArea, shape.area(old), id);
        Instant due = shape.due(old);
        if (due != null) {
            byDue.remove(new Due(due, id));
        }
    }

    private static <K> void remove(Map<K, NavigableSet<String>> index, K key, String id) {
        NavigableSet<String> ids = index.get(key);
        ids.remove(id);
        if (ids.isEmpty()) {
            index.remove(key);
        }
    }

    Page<A> query(Query<S> query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        lock.readLock().lock();
        try {
            List<A> items = new ArrayList<>();
            Instant bound = query.dueBeforeBound().orElse(null);
            if (bound != null) {
                Due after = page.after().map(Due::parse).orElse(null);
                for (Due d : after == null ? byDue : byDue.tailSet(after, false)) {
                    if (!d.at.isBefore(bound) || take(query, d.id, items, page.limit())) {
                        break;
                    }
                }
            } else {
                String after = page.after().map(Aggregates::parseId).orElse(null);
                Iterator<String> ids = SortedMerge.after(candidates(query), after);
                while (ids.hasNext() && !take(query, ids.next(), items, page.limit())) {
                    // take() adds matching rows until the page is one past full
                }
            }
            if (items.size() <= page.limit()) {
                return new Page<>(items, null);
            }
            items.remove(items.size() - 1);
            A last = items.get(items.size() - 1);
            String cursor = bound != null ? new Due(shape.due(last), shape.id(last)).cursor() : "i:" + shape.id(last);
            return new Page<>(items, page.after(cursor));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds the row if the query selects it; true once the page holds one more than the limit. */
    private boolean take(Query<S> query, String id, List<A> items, int limit) {
        A a = rows.get(id).snapshot;
        if (query.matches(shape.state(a), shape.area(a), shape.owner(a), shape.due(a))) {
            items.add(a);
        }
        return items.size() > limit;
    }

    /**
     * The sorted id sets to walk for a query without a due bound: the owner's set if the query names an
     * owner; otherwise the sets of the states or of the area codes in the subtree, whichever hold fewer ids.
     */
    private List<NavigableSet<String>> candidates(Query<S> query) {
        if (query.owner().isPresent()) {
            NavigableSet<String> ids = byOwner.get(query.owner().get());
            return ids == null ? List.of() : List.of(ids);
        }
        List<NavigableSet<String>> byStates = new ArrayList<>();
        long stateCount = 0;
        for (S s : query.states()) {
            NavigableSet<String> ids = byState.get(s);
            if (ids != null) {
                byStates.add(ids);
                stateCount += ids.size();
            }
        }
        if (query.area().isEmpty()) {
            return byStates;
        }
        AreaSubtree subtree = query.area().get();
        TreeSet<String> codes = new TreeSet<>(); // area codes with cases; a set, as prefixes given by hand may overlap
        for (String prefix : subtree.prefixes()) {
            codes.addAll(byArea.subMap(prefix, true, AreaSubtree.upperBound(prefix), false).keySet());
        }
        for (String code : subtree.codes()) {
            if (byArea.containsKey(code)) {
                codes.add(code);
            }
        }
        List<NavigableSet<String>> byAreas = new ArrayList<>(codes.size());
        long areaCount = 0;
        for (String code : codes) {
            NavigableSet<String> ids = byArea.get(code);
            byAreas.add(ids);
            areaCount += ids.size();
        }
        return areaCount < stateCount ? byAreas : byStates;
    }

    private static String parseId(String cursor) {
        if (!cursor.startsWith("i:") || cursor.length() < 3) {
            throw badCursor(cursor, "an id-ordered query");
        }
        return cursor.substring(2);
    }

    static InvalidInputException badCursor(String cursor, String what) {
        return new InvalidInputException(ErrorCode.INVALID_INPUT, "cursor is invalid", List.of(new Problem("cursor",
                "cursor of " + cursor.length() + " characters was not issued by this store for " + what
                        + "; pass on the request Page.next() returned for the same query")));
    }

    /** The mutable row of one aggregate, changed only under the write lock. */
    private static final class Row<A, E> {
        A snapshot;
        final List<E> events = new ArrayList<>();
    }

    /** A key of the due index, and the cursor of a due-ordered page. */
    private record Due(Instant at, String id) implements Comparable<Due> {
        @Override
        public int compareTo(Due o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : id.compareTo(o.id);
        }

        String cursor() {
            return "d:" + at.getEpochSecond() + ":" + at.getNano() + ":" + id;
        }

        static Due parse(String cursor) {
            String[] parts = cursor.split(":", 4);
            try {
                if (parts.length == 4 && parts[0].equals("d") && !parts[3].isEmpty()) {
                    return new Due(Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])), parts[3]);
                }
            } catch (RuntimeException e) { // a malformed number or instant: the cursor is not ours
                throw badCursor(cursor, "a due-ordered query");
            }
            throw badCursor(cursor, "a due-ordered query");
        }
    }
}
