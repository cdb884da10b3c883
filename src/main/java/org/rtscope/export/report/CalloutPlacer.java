package org.rtscope.export.report;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Places the numbered callout circles in the strip under the lanes: each as close as possible to the
 * time it points at, without two circles overlapping. Circles go in up to {@code rows} rows; when every
 * row is taken at that spot the circle moves right just enough, so a burst of findings at one instant
 * stays readable as a cluster.
 */
final class CalloutPlacer {

    /** Where circle {@code i} goes: centre column and row. */
    record Spot(double x, int row) {
    }

    private CalloutPlacer() {
    }

    /**
     * Spots for circles of {@code diameter} wanted at columns {@code wanted} (any values; clamped into
     * {@code [diameter/2, width - diameter/2]}), returned in the order given.
     */
    static Spot[] place(double[] wanted, double width, double diameter, int rows) {
        int n = wanted.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> wanted[i]));
        double step = diameter + 2;
        double[] rowEnd = new double[Math.max(1, rows)];
        Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        Spot[] spots = new Spot[n];
        double r = diameter / 2;
        for (int i : order) {
            double x = clamp(wanted[i], r, width - r);
            int chosen = -1;
            for (int row = 0; row < rowEnd.length; row++) {
                if (x - rowEnd[row] >= step) {
                    chosen = row;
                    break;
                }
            }
            if (chosen < 0) {
                chosen = 0;
                for (int row = 1; row < rowEnd.length; row++) {
                    if (rowEnd[row] < rowEnd[chosen]) {
                        chosen = row;
                    }
                }
                x = rowEnd[chosen] + step;
            }
            rowEnd[chosen] = x;
            spots[i] = new Spot(x, chosen);
        }
        return spots;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
