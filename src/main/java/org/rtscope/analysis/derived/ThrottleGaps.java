package org.rtscope.analysis.derived;

import java.util.ArrayList;
import java.util.List;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.analysis.RtOccupancy;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.Task;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

/**
 * RT throttling windows read from the shape of a trace (CATALOG P02): an RT task is switched out while
 * still runnable ({@code prev_state=R}) to a non-RT task or idle, and the RT class runs again only after
 * {@code sched_rt_period_timer} refilled the budget.
 *
 * <p>The period timer is what tells throttling apart from its look-alikes. Kernels ≥ 6.12 run a fair
 * deadline server that preempts an RT hog for 0.01–0.2 ms at a time so starved fair tasks progress; those
 * gaps also end with the RT task runnable but no period timer fires inside them. When the trace recorded
 * no hrtimer expiries at all, a gap counts only if it is about as long as the throttled share of a
 * period and follows a period in which RT used its whole budget.
 *
 * <p>The stop-class threads {@code migration/N} print as kernel prio 0 but are not RT and are never
 * throttled, so they do not end a gap.
 */
public final class ThrottleGaps {
    /** RT must resume within this long after the period timer for the timer to be the one that ended the gap. */
    static final long RESUME_SLACK = 10_000_000L;
    /** Shorter gaps are not throttling even when a period timer happens to fire inside them. */
    static final long MIN_GAP = 1_000_000L;

    /**
     * One inferred window with what it was inferred from.
     *
     * @param tid         the RT task that was switched out runnable
     * @param prio        its kernel priority
     * @param switchEvent the sched_switch that took it off the CPU
     * @param timerEvent  the {@code sched_rt_period_timer} expiry that ended the window, or -1 when the trace
     *                    has no hrtimer events and the window was judged by its length
     */
    public record Gap(ThrottleWindow window, int tid, int prio, int switchEvent, int timerEvent) {
    }

    private ThrottleGaps() {
    }

    /** The windows of every CPU, by CPU then time. */
    public static List<Gap> of(Trace trace, AnalysisSettings settings) {
        return of(trace, settings, TimerFunctions.expiries(trace, TimerFunctions.RT_PERIOD_TIMER));
    }

    /** {@link #of(Trace, AnalysisSettings)} given the trace's {@code sched_rt_period_timer} expiries. */
    public static List<Gap> of(Trace trace, AnalysisSettings settings, List<Integer> timers) {
        List<Gap> gaps = new ArrayList<>();
        if (!settings.throttlingEnabled() || trace.isEmpty()) {
            return gaps;
        }
        boolean timersRecorded = TimerFunctions.recordsHrtimers(trace);
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            scanCpu(trace, cpu, settings, timers, timersRecorded, gaps);
        }
        return gaps;
    }

    /** Just the windows. */
    public static List<ThrottleWindow> windows(Trace trace, AnalysisSettings settings) {
        return of(trace, settings).stream().map(Gap::window).toList();
    }

    private static void scanCpu(Trace trace, int cpu, AnalysisSettings settings, List<Integer> timers,
                                boolean timersRecorded, List<Gap> out) {
        CpuSlices slices = trace.slices(cpu);
        int n = slices.size();
        for (int k = 0; k + 1 < n; k++) {
            if (!isThrottleable(trace, slices, k) || !TaskState.isRunnable(slices.endState(k))) {
                continue;
            }
            int j = k + 1;
            while (j < n && !isThrottleable(trace, slices, j)) {
                j++;
            }
            if (j == n) {
                continue;
            }
            long gapStart = slices.end(k);
            long resumed = slices.start(j);
            if (resumed - gapStart < MIN_GAP) {
                continue;
            }
            int switchEvent = slices.startEvent(k + 1);
            if (timersRecorded) {
                int timer = lastTimerIn(trace, timers, gapStart, resumed);
                if (timer >= 0 && resumed - trace.ts(timer) <= RESUME_SLACK) {
                    out.add(new Gap(new ThrottleWindow(cpu, gapStart, trace.ts(timer), ThrottleWindow.TRACE),
                            slices.tid(k), slices.prio(k), switchEvent, timer));
                }
            } else if (looksThrottled(trace, cpu, gapStart, resumed - gapStart, settings)) {
                out.add(new Gap(new ThrottleWindow(cpu, gapStart, resumed, ThrottleWindow.TRACE), slices.tid(k),
                        slices.prio(k), switchEvent, -1));
            }
            k = j - 1;
        }
    }

    /** Without timer events: about the throttled share long, after a period that used the RT budget. */
    private static boolean looksThrottled(Trace trace, int cpu, long gapStart, long length, AnalysisSettings s) {
        long share = s.throttledNanos();
        if (length < share / 2 || length > 2 * share + RESUME_SLACK) {
            return false;
        }
        long from = gapStart - s.rtPeriodNanos();
        if (from < trace.start()) {
            return false;
        }
        return new RtOccupancy(trace).fraction(cpu, from, gapStart) >= 0.9 * s.runtimeFraction();
    }

    private static int lastTimerIn(Trace trace, List<Integer> timers, long from, long to) {
        int found = -1;
        for (int i : timers) {
            long t = trace.ts(i);
            if (t > to) {
                break;
            }
            if (t > from) {
                found = i;
            }
        }
        return found;
    }

    /** An RT slice that RT bandwidth control applies to (not idle, not a stopper thread). */
    static boolean isThrottleable(Trace trace, CpuSlices slices, int k) {
        if (!RtOccupancy.isRealtime(slices, k)) {
            return false;
        }
        Task task = trace.tasks().get(slices.tid(k));
        return task == null || !task.comm().startsWith("migration/");
    }
}
