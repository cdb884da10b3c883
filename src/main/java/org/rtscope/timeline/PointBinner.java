package org.rtscope.timeline;

/**
 * Reduces a {@link PointSeries} to at most one point per pixel column: the one with the highest
 * priority (the earliest among equals), so a kill among a thousand signals in one column is the one
 * drawn. Neighbouring columns of the same key merge into one mixed run (a burst of signals is one band);
 * a run's item is its first point's index.
 */
public final class PointBinner {
    private PointBinner() {
    }

    /** Bins {@code points} for {@code scale} into {@code out} (cleared first). */
    public static void bin(PointSeries points, TimeScale scale, LaneRuns out) {
        out.clear();
        int n = points.size();
        int w = scale.width();
        double npp = scale.nsPerPixel();
        int k = points.firstAtOrAfter((long) Math.ceil(scale.start()));
        int column = -1;
        int best = -1;
        for (; k < n; k++) {
            int c = (int) Math.floor((points.time(k) - scale.start()) / npp);
            if (c >= w) {
                break;
            }
            if (c != column) {
                if (best >= 0) {
                    out.addColumn(column, points.key(best), best, best, true);
                }
                column = c;
                best = k;
            } else if (points.priority(k) > points.priority(best)) {
                best = k;
            }
        }
        if (best >= 0) {
            out.addColumn(column, points.key(best), best, best, true);
        }
    }
}
