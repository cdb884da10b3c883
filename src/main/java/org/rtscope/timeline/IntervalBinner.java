package org.rtscope.timeline;

/**
 * Reduces an {@link IntervalSeries} to at most one run per pixel column: each column shows the
 * interval with the largest weighted cover of it, and neighbouring columns with the same key merge.
 *
 * <p>Every interval touching a column counts, however short: a 10 µs timer tick in a 3 ms column
 * still gets the column (that is what makes ticks visible when zoomed out). Weights let a lane prefer
 * some keys: a task lane shows "runnable" over "sleeping" in a column that has both.
 */
public final class IntervalBinner {
    /** Weight per key; keys beyond the array weigh 1, weight 0 keys are never drawn. */
    private final double[] weights;

    public IntervalBinner(double... weights) {
        this.weights = weights.clone();
    }

    /** Bins {@code series} for {@code scale} into {@code out} (cleared first). */
    public void bin(IntervalSeries series, TimeScale scale, LaneRuns out) {
        out.clear();
        int n = series.size();
        if (n == 0) {
            return;
        }
        int w = scale.width();
        double npp = scale.nsPerPixel();
        int k = series.firstEndingAfter((long) Math.floor(scale.start()) - 1);
        int c = 0;
        while (k < n && c < w) {
            double xs = (series.start(k) - scale.start()) / npp;
            if (xs >= w) {
                break;
            }
            if (xs > c) {
                c = (int) Math.floor(xs);
            }
            double t0 = scale.start() + c * npp;
            double t1 = t0 + npp;
            int best = -1;
            double bestScore = -1;
            for (int j = k; j < n && series.start(j) < t1; j++) {
                long e = series.end(j);
                if (e < t0 || e == t0 && series.start(j) < t0) {
                    continue; // ended before this column (only a zero-length interval may sit on its edge)
                }
                double cover = Math.min(t1, e) - Math.max(t0, series.start(j));
                double score = (Math.max(0, cover) + 1e-6) * weight(series.key(j));
                if (score > bestScore) {
                    bestScore = score;
                    best = j;
                }
            }
            if (best >= 0 && weight(series.key(best)) > 0) {
                boolean narrow = series.start(best) > t0 || series.end(best) < t1;
                out.addColumn(c, series.key(best), best, best, narrow);
            }
            // intervals ending inside this column are done with
            while (k < n && series.end(k) < t1) {
                k++;
            }
            c++;
        }
    }

    private double weight(int key) {
        return key >= 0 && key < weights.length ? weights[key] : 1;
    }
}
