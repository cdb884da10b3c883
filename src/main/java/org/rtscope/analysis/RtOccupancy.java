package org.rtscope.analysis;

import org.rtscope.model.CpuSlices;
import org.rtscope.model.SchedClass;
import org.rtscope.model.Trace;

/**
 * How much of a CPU's time real-time tasks (kernel prio 0–99) held. A CPU that an RT task keeps near
 * 95 % busy is the signature of RT throttling (the default 950 ms of every 1 s period), and one held
 * near 100 % for long starves everything else on it; this is the number that shows either.
 *
 * <p>A slice is RT by its task's kernel priority as {@link CpuSlices#prio} gives it. The model already
 * keeps the higher of the priorities seen at a slice's start and end, because ftrace cannot place a
 * {@code sched_setscheduler} inside a slice: a task that raises itself to FIFO and then spins is
 * switched in as prio 120 and out as RT, and it ran as RT almost all the time.
 */
public final class RtOccupancy {
    private final Trace trace;

    public RtOccupancy(Trace trace) {
        this.trace = trace;
    }

    /** Nanoseconds of {@code [from, to)} that RT tasks ran on {@code cpu}. */
    public long rtNanos(int cpu, long from, long to) {
        CpuSlices slices = trace.slices(cpu);
        long total = 0;
        for (int k = slices.firstEndingAfter(from); k < slices.size() && slices.start(k) < to; k++) {
            long overlap = Math.min(slices.end(k), to) - Math.max(slices.start(k), from);
            if (overlap > 0 && isRealtime(slices, k)) {
                total += overlap;
            }
        }
        return total;
    }

    /** The fraction (0–1) of {@code [from, to)} that RT tasks ran on {@code cpu}; 0 for an empty window. */
    public double fraction(int cpu, long from, long to) {
        return to > from ? (double) rtNanos(cpu, from, to) / (to - from) : 0;
    }

    /** True when slice {@code k} ran an RT task (idle never does). */
    public static boolean isRealtime(CpuSlices slices, int k) {
        return !slices.isIdle(k) && SchedClass.ofKernelPrio(slices.prio(k)) == SchedClass.RT;
    }
}
