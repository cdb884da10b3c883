package org.rtscope.timeline;

import java.util.Arrays;
import org.rtscope.model.CpuSlices;

/**
 * Level of detail for one CPU lane: reduces however many run slices fall into the view to at most one
 * primitive per pixel column, so drawing costs follow the screen, not the trace (a CPU with a million
 * slices still yields at most {@code width} rectangles).
 *
 * <p>Each column shows the non-idle slice that covers most of it; idle never wins, so short bursts of
 * activity stay visible when zoomed out. Neighbouring columns showing the same task at the same
 * priority (the colour key) merge into one run. Results land in reusable primitive arrays, read with
 * {@link #x0(int)} … {@link #prio(int)} for {@code i < }{@link #count()} until the next {@link #bin} call.
 */
public final class SliceBinner {
    private int[] x0 = new int[0];
    private int[] x1 = new int[0];
    private int[] tid = new int[0];
    private int[] prio = new int[0];
    private int count;

    /** Bins {@code slices} for {@code scale}; returns the number of runs. */
    public int bin(CpuSlices slices, TimeScale scale) {
        int w = scale.width();
        if (x0.length < w) {
            x0 = Arrays.copyOf(x0, w);
            x1 = Arrays.copyOf(x1, w);
            tid = Arrays.copyOf(tid, w);
            prio = Arrays.copyOf(prio, w);
        }
        count = 0;
        int from = 0;
        for (int c = 0; c < w; c++) {
            double t0 = scale.time(c);
            double t1 = scale.time(c + 1);
            int k = dominant(slices, t0, t1, from);
            if (k < 0) {
                continue;
            }
            int t = slices.tid(k);
            int p = slices.prio(k);
            from = k;
            if (count > 0 && x1[count - 1] == c && tid[count - 1] == t && prio[count - 1] == p) {
                x1[count - 1] = c + 1;
            } else {
                x0[count] = c;
                x1[count] = c + 1;
                tid[count] = t;
                prio[count] = p;
                count++;
            }
        }
        return count;
    }

    public int count() {
        return count;
    }

    /** First plot column of run {@code i}. */
    public int x0(int i) {
        return x0[i];
    }

    /** Plot column just after run {@code i}. */
    public int x1(int i) {
        return x1[i];
    }

    public int tid(int i) {
        return tid[i];
    }

    /** Kernel priority of run {@code i}, or {@link org.rtscope.model.Task#NO_PRIO}. */
    public int prio(int i) {
        return prio[i];
    }

    /**
     * The non-idle slice covering most of {@code [t0, t1)}, or -1 when only idle (or nothing) is there.
     * Ties go to the earlier slice.
     */
    public static int dominant(CpuSlices slices, double t0, double t1) {
        return dominant(slices, t0, t1, 0);
    }

    /** As {@link #dominant(CpuSlices, double, double)}; {@code hint} is a slice index known to end before t0 or to be the first candidate. */
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
