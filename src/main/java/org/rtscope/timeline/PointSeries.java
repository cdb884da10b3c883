package org.rtscope.timeline;

/**
 * Instants sorted by time, each with a key (what it is, for colour and icon) and a priority (which one
 * a pixel column shows when several fall into it). Markers and log records are point series.
 */
public interface PointSeries {
    int size();

    long time(int k);

    int key(int k);

    /** Higher wins the column. */
    int priority(int k);

    /** Index of the first point at or after {@code t} ({@link #size()} if none). */
    default int firstAtOrAfter(long t) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
