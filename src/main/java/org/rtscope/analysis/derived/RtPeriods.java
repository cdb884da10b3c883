package org.rtscope.analysis.derived;

import java.util.ArrayList;
import java.util.List;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.analysis.RtOccupancy;
import org.rtscope.model.Trace;

/**
 * RT occupancy of each CPU per {@code sched_rt_period_us} period: the figure RT bandwidth control
 * itself works with. A period at the runtime share (0.95) followed by a gap is throttling (P02); periods
 * above it, one after the other, are an RT hog that throttling did not stop (P03).
 *
 * <p>The periods are laid on the kernel's own grid when the trace shows it: {@code sched_rt_period_timer}
 * expires at each period boundary, so the first expiry anchors the grid. Without it, the grid starts at
 * the trace's first event. Periods cut by the trace's edges are {@link Period#partial() partial}.
 */
public final class RtPeriods {
    /** Occupancy of one period on one CPU; {@code start}/{@code end} are clipped to the trace. */
    public record Period(int cpu, long start, long end, long rtNanos, boolean partial) {
        /** Fraction (0–1) of the period RT tasks held the CPU. */
        public double fraction() {
            return end > start ? (double) rtNanos / (end - start) : 0;
        }
    }

    private RtPeriods() {
    }

    /** The grid's origin: the first {@code sched_rt_period_timer} expiry, else the trace start. */
    public static long anchor(Trace trace) {
        return anchor(trace, TimerFunctions.expiries(trace, TimerFunctions.RT_PERIOD_TIMER));
    }

    private static long anchor(Trace trace, List<Integer> periodTimers) {
        return periodTimers.isEmpty() ? trace.start() : trace.ts(periodTimers.get(0));
    }

    /** The periods of {@code cpu} covering the whole trace. */
    public static List<Period> of(Trace trace, int cpu, AnalysisSettings settings) {
        return of(trace, cpu, settings.rtPeriodNanos(), anchor(trace));
    }

    /** {@link #of(Trace, int, AnalysisSettings)} given the trace's {@code sched_rt_period_timer} expiries. */
    public static List<Period> of(Trace trace, int cpu, AnalysisSettings settings, List<Integer> periodTimers) {
        return of(trace, cpu, settings.rtPeriodNanos(), anchor(trace, periodTimers));
    }

    static List<Period> of(Trace trace, int cpu, long period, long anchor) {
        List<Period> periods = new ArrayList<>();
        if (trace.isEmpty()) {
            return periods;
        }
        RtOccupancy occupancy = new RtOccupancy(trace);
        long first = anchor - Math.floorDiv(anchor - trace.start(), period) * period;
        if (first > trace.start()) {
            first -= period;
        }
        for (long s = first; s < trace.end(); s += period) {
            long from = Math.max(s, trace.start());
            long to = Math.min(s + period, trace.end());
            boolean partial = from != s || to != s + period;
            periods.add(new Period(cpu, from, to, occupancy.rtNanos(cpu, from, to), partial));
        }
        return periods;
    }
}
