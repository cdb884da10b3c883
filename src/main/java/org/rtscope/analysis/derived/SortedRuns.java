package org.rtscope.analysis.derived;

/**
 * Sorts a range of (key, value) pairs held in two primitive arrays that is made of a few ascending
 * runs — one task's slices copied CPU after CPU — by merging the runs. Stable, so equal starts keep
 * CPU order, and free of boxing, which a comparator sort over millions of slices would not be.
 */
final class SortedRuns {
    private SortedRuns() {
    }

    /** Sorts {@code keys[from, to)} ascending, moving {@code values} along; equal keys keep their order. */
    static void merge(long[] keys, long[] values, int from, int to) {
        if (isSorted(keys, from, to)) {
            return;
        }
        long[] tmpKeys = new long[to - from];
        long[] tmpValues = new long[to - from];
        while (!isSorted(keys, from, to)) {
            int lo = from;
            while (lo < to) {
                int mid = runEnd(keys, lo, to);
                int hi = mid < to ? runEnd(keys, mid, to) : to;
                mergeTwo(keys, values, lo, mid, hi, tmpKeys, tmpValues);
                lo = hi;
            }
        }
    }

    private static boolean isSorted(long[] keys, int from, int to) {
        return runEnd(keys, from, to) == to;
    }

    /** End of the ascending run starting at {@code from}. */
    private static int runEnd(long[] keys, int from, int to) {
        int k = from + 1;
        while (k < to && keys[k - 1] <= keys[k]) {
            k++;
        }
        return Math.min(k, to);
    }

    private static void mergeTwo(long[] keys, long[] values, int lo, int mid, int hi, long[] tmpKeys,
                                 long[] tmpValues) {
        if (mid >= hi) {
            return;
        }
        int n = hi - lo;
        System.arraycopy(keys, lo, tmpKeys, 0, n);
        System.arraycopy(values, lo, tmpValues, 0, n);
        int a = 0;
        int aEnd = mid - lo;
        int b = aEnd;
        for (int out = lo; out < hi; out++) {
            if (b >= n || a < aEnd && tmpKeys[a] <= tmpKeys[b]) {
                keys[out] = tmpKeys[a];
                values[out] = tmpValues[a++];
            } else {
                keys[out] = tmpKeys[b];
                values[out] = tmpValues[b++];
            }
        }
    }
}
