package io.gridgov.spi.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.NavigableSet;
import java.util.PriorityQueue;

/**
 * Walks several sorted sets of ids as one, in ascending order, lazily: a page reads only as far as it
 * needs (k-way merge, {@code O(log k)} per id). The sets must be disjoint (each id is in one state, one
 * area code), so no id repeats.
 */
final class SortedMerge implements Iterator<String> {
    private final PriorityQueue<Head> heads = new PriorityQueue<>();

    private SortedMerge(List<Iterator<String>> sources) {
        for (Iterator<String> it : sources) {
            if (it.hasNext()) {
                heads.add(new Head(it.next(), it));
            }
        }
    }

    /**
     * The ids strictly after {@code after} (all if null) of every set, ascending.
     *
     * @param sets  disjoint sorted sets
     * @param after the cursor, or null
     * @return the merged iterator
     */
    static Iterator<String> after(Collection<NavigableSet<String>> sets, String after) {
        List<Iterator<String>> sources = new ArrayList<>(sets.size());
        for (NavigableSet<String> s : sets) {
            sources.add((after == null ? s : s.tailSet(after, false)).iterator());
        }
        return sources.size() == 1 ? sources.get(0) : new SortedMerge(sources);
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty();
    }

    @Override
    public String next() {
        Head h = heads.poll();
        if (h == null) {
            throw new NoSuchElementException();
        }
        if (h.rest.hasNext()) {
            heads.add(new Head(h.rest.next(), h.rest));
        }
        return h.id;
    }

    private record Head(String id, Iterator<String> rest) implements Comparable<Head> {
        @Override
        public int compareTo(Head o) {
            return id.compareTo(o.id);
        }
    }
}
