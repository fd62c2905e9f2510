package io.gridgov.core.grid;

/**
 * An open-addressing hash index from area codes to node numbers, over a {@code long[]} of encoded
 * codes it does not own (two longs per node, see {@link CodeKeys}). Each slot holds 32 bits of the
 * code's hash and the node number plus one (0 marks an empty slot); a look-up compares hash bits in
 * the table and reads the node's code only on a match, so a hit costs one probe and one code read.
 * Linear probing; the table is at most 70% full.
 *
 * <p>Written once at build time, then read-only: safe for concurrent readers after publication
 * through a final field.
 */
final class CodeIndex {
    private final long[] codes;
    private final long[] slots;
    private final int mask;

    CodeIndex(long[] codes, int capacityHint) {
        this.codes = codes;
        int cap = Integer.highestOneBit(Math.max(4, (int) Math.min(1 << 30, (long) capacityHint * 10 / 7)) - 1) << 1;
        this.slots = new long[cap];
        this.mask = cap - 1;
    }

    /**
     * Adds node {@code node} (whose code is at {@code codes[2 * node]}), unless a node with the same
     * code is present.
     *
     * @return -1 if added, else the node already holding the code
     */
    int putIfAbsent(int node) {
        long hi = codes[2 * node];
        long lo = codes[2 * node + 1];
        long h = CodeKeys.hash(hi, lo);
        int tag = (int) (h >>> 32);
        int i = (int) h & mask;
        while (true) {
            long s = slots[i];
            if (s == 0) {
                slots[i] = ((long) tag << 32) | (node + 1L);
                return -1;
            }
            if ((int) (s >>> 32) == tag) {
                int other = (int) s - 1;
                if (codes[2 * other] == hi && codes[2 * other + 1] == lo) {
                    return other;
                }
            }
            i = (i + 1) & mask;
        }
    }

    /** The node whose code encodes to {@code (hi, lo)}, or -1. */
    int find(long hi, long lo) {
        long h = CodeKeys.hash(hi, lo);
        int tag = (int) (h >>> 32);
        int i = (int) h & mask;
        while (true) {
            long s = slots[i];
            if (s == 0) {
                return -1;
            }
            if ((int) (s >>> 32) == tag) {
                int node = (int) s - 1;
                if (codes[2 * node] == hi && codes[2 * node + 1] == lo) {
                    return node;
                }
            }
            i = (i + 1) & mask;
        }
    }

    /** The node whose code is {@code code}, or -1 (also for text that is not an area code at all). */
    int find(CharSequence code) {
        long hi = CodeKeys.hiOf(code);
        return hi < 0 ? -1 : find(hi, CodeKeys.loOf(code));
    }

    /** Bytes held by the table itself (not the codes). */
    long tableBytes() {
        return 8L * slots.length;
    }
}
