package io.gridgov.core.grid;

/** Sorting of primitive indices by a comparator, without boxing. */
final class IntSorts {
    private static final int INSERTION_THRESHOLD = 24;

    /** Compares two indices. */
    @FunctionalInterface
    interface IntComparator {
        int compare(int a, int b);
    }

    private IntSorts() {
    }

    /** The indices {@code 0 .. n-1} sorted by {@code cmp} (not stable; ties are rare by construction). */
    static int[] sortedIndices(int n, IntComparator cmp) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        sort(a, 0, n - 1, cmp);
        return a;
    }

    private static void sort(int[] a, int lo, int hi, IntComparator cmp) {
        while (hi - lo > INSERTION_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            // median of three as pivot
            if (cmp.compare(a[mid], a[lo]) < 0) {
                swap(a, mid, lo);
            }
            if (cmp.compare(a[hi], a[lo]) < 0) {
                swap(a, hi, lo);
            }
            if (cmp.compare(a[hi], a[mid]) < 0) {
                swap(a, hi, mid);
            }
            int pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (cmp.compare(a[i], pivot) < 0) {
                    i++;
                }
                while (cmp.compare(a[j], pivot) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            // recurse into the smaller part, loop on the larger: stack depth O(log n)
            if (j - lo < hi - i) {
                sort(a, lo, j, cmp);
                lo = i;
            } else {
                sort(a, i, hi, cmp);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= lo && cmp.compare(a[j], v) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
