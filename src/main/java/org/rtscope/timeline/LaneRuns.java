package org.rtscope.timeline;

import java.util.Arrays;

/**
 * What one lane row draws for one range of pixel columns: runs of neighbouring columns that show the
 * same thing, each with a colour key and the item it came from (slice, interval, marker or log record
 * index, depending on the lane). At most one run per column, so a frame never costs more than its
 * width in primitives per row. Filled by the binners, read by the renderer and by hit testing.
 */
public final class LaneRuns {
    private int[] x0 = new int[64];
    private int[] x1 = new int[64];
    private int[] key = new int[64];
    private int[] item = new int[64];
    private boolean[] mixed = new boolean[64];
    private int count;
    private int lastIdentity;
    private boolean lastNarrow;

    public int count() {
        return count;
    }

    /** First column of run {@code i}. */
    public int x0(int i) {
        return x0[i];
    }

    /** Column just after run {@code i}. */
    public int x1(int i) {
        return x1[i];
    }

    public int key(int i) {
        return key[i];
    }

    public int item(int i) {
        return item[i];
    }

    /**
     * True when run {@code i} merges several items, each narrower than a column (a dense stretch of
     * short slices, ticks or signals zoomed out): it has no single item to label, and a click on it
     * is resolved by binning just the clicked column.
     */
    public boolean mixed(int i) {
        return mixed[i];
    }

    /** Index of the run covering column {@code column}, or -1. */
    public int runAt(int column) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (x1[mid] <= column) {
                lo = mid + 1;
            } else if (x0[mid] > column) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    void clear() {
        count = 0;
    }

    /**
     * Adds column {@code column} showing key {@code k} and item {@code it}. It extends the last run
     * instead when that ends right here with the same key and either the same {@code identity} (the
     * item itself for intervals, the task for CPU slices, so a label names what its run shows) or both
     * are narrow (items shorter than their column: a dense stretch, drawn as one rectangle). An item
     * that goes on beyond a dense stretch starts a run of its own, so it keeps its label.
     *
     * @param narrow the item covers only part of this column
     */
    void addColumn(int column, int k, int it, int identity, boolean narrow) {
        if (count > 0 && x1[count - 1] == column && key[count - 1] == k) {
            if (lastIdentity == identity && (narrow || !mixed[count - 1])) {
                x1[count - 1] = column + 1;
                lastNarrow = narrow;
                return;
            }
            if (narrow && lastNarrow) {
                x1[count - 1] = column + 1;
                mixed[count - 1] = true;
                lastIdentity = identity;
                return;
            }
        }
        add(column, column + 1, k, it);
        lastIdentity = identity;
        lastNarrow = narrow;
    }

    void add(int from, int to, int k, int it) {
        if (count == x0.length) {
            int n = count * 2;
            x0 = Arrays.copyOf(x0, n);
            x1 = Arrays.copyOf(x1, n);
            key = Arrays.copyOf(key, n);
            item = Arrays.copyOf(item, n);
            mixed = Arrays.copyOf(mixed, n);
        }
        x0[count] = from;
        x1[count] = to;
        key[count] = k;
        item[count] = it;
        mixed[count] = false;
        count++;
    }
}
