package org.rtscope.timeline;

/**
 * Non-overlapping intervals sorted by start (so their ends are sorted too), each with a small integer
 * key that decides its colour. {@link IntervalBinner} reduces any such series to one run per pixel
 * column; IRQ rows and task-state tracks both are one.
 */
public interface IntervalSeries {
    int size();

    long start(int k);

    long end(int k);

    /** What the interval is, for colour and for choosing between intervals sharing a column. */
    int key(int k);

    /** Index of the first interval ending after {@code t} ({@link #size()} if none). */
    default int firstEndingAfter(long t) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end(mid) <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
