package io.gridgov.routing.rules;

import java.util.Arrays;

/**
 * An open-addressing hash table from non-negative {@code long} keys to non-negative {@code int} values,
 * built once and read without allocating. Linear probing; the capacity is a power of two at least twice
 * the number of keys, so a probe sequence is short. Immutable after {@link #put} calls end; safe to read
 * from many threads once published through a final field.
 */
final class LongIntTable {
    private static final long EMPTY = -1L;

    private final long[] keys;
    private final int[] values;
    private final int mask;

    LongIntTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
        mask = capacity - 1;
    }

    /** Maps {@code key} (not negative) to {@code value}, replacing an earlier value. */
    void put(long key, int value) {
        int s = slot(key);
        while (keys[s] != EMPTY && keys[s] != key) {
            s = (s + 1) & mask;
        }
        keys[s] = key;
        values[s] = value;
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        int s = slot(key);
        while (true) {
            long k = keys[s];
            if (k == key) {
                return values[s];
            }
            if (k == EMPTY) {
                return -1;
            }
            s = (s + 1) & mask;
        }
    }

    /** Bytes held by the two arrays, for sizing notes. */
    long footprint() {
        return 8L * keys.length + 4L * values.length;
    }

    private int slot(long key) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
