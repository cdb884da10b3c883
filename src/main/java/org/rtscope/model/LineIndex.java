package org.rtscope.model;

import java.util.Arrays;

/**
 * Source line of each event, stored compactly. Events usually come in file order, so the line is the
 * event index plus an offset that changes only where the file has lines that are not events (headers,
 * stack frames, skipped lines): those change points are all we keep. If sorting reordered the
 * events, a full column is kept instead.
 */
final class LineIndex {
    private final int[] breakAt;
    private final int[] offset;
    private final int[] full;

    private LineIndex(int[] breakAt, int[] offset, int[] full) {
        this.breakAt = breakAt;
        this.offset = offset;
        this.full = full;
    }

    static LineIndex of(int[] lines, int n) {
        int[] at = new int[16];
        int[] off = new int[16];
        int count = 0;
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (i > 0 && lines[i] <= lines[i - 1]) {
                return new LineIndex(null, null, Arrays.copyOf(lines, n));
            }
            int delta = lines[i] - i;
            if (delta != previous) {
                if (count == at.length) {
                    at = Arrays.copyOf(at, count * 2);
                    off = Arrays.copyOf(off, count * 2);
                }
                at[count] = i;
                off[count] = delta;
                count++;
                previous = delta;
            }
        }
        return new LineIndex(Arrays.copyOf(at, count), Arrays.copyOf(off, count), null);
    }

    int line(int event) {
        if (full != null) {
            return full[event];
        }
        int k = Arrays.binarySearch(breakAt, event);
        if (k < 0) {
            k = -k - 2;
        }
        return k < 0 ? event : event + offset[k];
    }

    long retainedBytes() {
        return full != null ? full.length * 4L : breakAt.length * 8L;
    }
}
