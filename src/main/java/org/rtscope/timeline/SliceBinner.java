package org.rtscope.timeline;

import org.rtscope.model.CpuSlices;

/**
 * Level of detail for one CPU lane: reduces however many run slices fall into the view to at most one
 * run per pixel column, so drawing costs follow the screen, not the trace (a CPU with a million slices
 * still yields at most {@code width} rectangles).
 *
 * <p>Each column shows the non-idle slice that covers most of it; idle never wins, so short bursts of
 * activity stay visible when zoomed out. Neighbouring columns showing the same task in the same colour
 * merge into one run, and so do columns of the same colour each showing a slice shorter than the column
 * (see {@link LaneRuns#mixed}). A run's key is its {@link TaskPalette} colour and its item the slice index.
 */
public final class SliceBinner {
    private final TaskPalette palette = new TaskPalette();

    /** Bins {@code slices} for {@code scale} into {@code out} (cleared first). */
    public void bin(CpuSlices slices, TimeScale scale, LaneRuns out) {
        out.clear();
        int w = scale.width();
        int from = 0;
        int n = slices.size();
        for (int c = 0; c < w; c++) {
            double t0 = scale.time(c);
            double t1 = scale.time(c + 1);
            int k = dominant(slices, t0, t1, from);
            if (k < 0) {
                if (from < n && slices.start(from) >= t1) {
                    // skip empty columns up to the next slice
                    int next = (int) Math.floor(scale.x(slices.start(from)));
                    c = Math.max(c, Math.min(w, next) - 1);
                }
                continue;
            }
            from = k;
            int tid = slices.tid(k);
            boolean narrow = slices.start(k) > t0 || slices.end(k) < t1;
            out.addColumn(c, palette.color(tid, slices.prio(k)), k, tid, narrow);
        }
    }

    /**
     * The non-idle slice covering most of {@code [t0, t1)}, or -1 when only idle (or nothing) is there.
     * Ties go to the earlier slice.
     */
    public static int dominant(CpuSlices slices, double t0, double t1) {
        return dominant(slices, t0, t1, 0);
    }

    /** As {@link #dominant(CpuSlices, double, double)}; {@code hint} is a slice index at or before the first candidate. */
    private static int dominant(CpuSlices slices, double t0, double t1, int hint) {
        int n = slices.size();
        int k = first(slices, t0, hint);
        int best = -1;
        double bestCover = 0;
        for (; k < n && slices.start(k) < t1; k++) {
            if (slices.isIdle(k)) {
                continue;
            }
            double cover = Math.min(t1, slices.end(k)) - Math.max(t0, slices.start(k));
            if (cover > bestCover) {
                bestCover = cover;
                best = k;
            }
        }
        return best;
    }

    /** Index of the first slice ending after {@code t0}: a short forward walk from the hint, else a binary search. */
    private static int first(CpuSlices slices, double t0, int hint) {
        int n = slices.size();
        int k = hint;
        for (int steps = 0; k < n && steps < 8; steps++, k++) {
            if (slices.end(k) > t0) {
                return k;
            }
        }
        return slices.firstEndingAfter((long) Math.floor(t0));
    }
}
