package org.rtscope.analysis.derived;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.EventKind;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

/**
 * Tasks that were runnable but did not get a CPU for longer than a threshold. A runnable task waits only
 * when something more urgent holds its CPU, so a long wait names a victim: per-CPU kworkers, ksoftirqd,
 * rcu_preempt starved by an RT hog (P03, P10, P12), a watchdog-pinging thread starved until systemd
 * kills the service (P22).
 *
 * <p>A task becomes runnable when it is woken ({@code sched_wakeup}, {@code sched_wakeup_new}) or when
 * it is switched out still runnable (preempted). It stops waiting when a slice of it starts on any CPU.
 * Wake-ups of a task that is running already are ignored. Each wait says how busy its CPU was meanwhile:
 * a task waiting on a CPU that sat idle was not starved by anyone (it migrated, or the trace lost its
 * events), so callers judge starvation by waits on busy CPUs.
 */
public final class Starvation {
    /**
     * One wait.
     *
     * @param cpu          the CPU it was woken onto or preempted from
     * @param since        when it became runnable
     * @param until        when it ran again, or the trace end
     * @param ranAgain     false when the trace ended before it ran
     * @param sinceEvent   the wake-up or switch-out event that made it runnable
     * @param cpuBusy      fraction (0–1) of the wait that other tasks ran on {@code cpu}
     */
    public record Wait(int tid, int cpu, long since, long until, boolean ranAgain, int sinceEvent, double cpuBusy) {
        public long nanos() {
            return until - since;
        }
    }

    private Starvation() {
    }

    /** Waits of at least {@code minNanos}, longest first. */
    public static List<Wait> of(Trace trace, TaskSlices slices, long minNanos) {
        List<Wait> waits = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            EventKind kind = trace.kind(i);
            if (kind == EventKind.SCHED_WAKEUP || kind == EventKind.SCHED_WAKEUP_NEW) {
                int tid = trace.arg(i, 0);
                if (tid <= 0) {
                    continue;
                }
                long t = trace.ts(i);
                int task = slices.taskIndex(tid);
                if (task < 0) {
                    add(trace, tid, trace.arg(i, 2), t, trace.end(), false, i, minNanos, waits);
                    continue;
                }
                // running at t: the last slice starting at or before t still covers t
                int last = slices.firstStartingAtOrAfterIndexed(task, t + 1) - 1;
                boolean running = last >= 0 && slices.sliceEnd(task, last) > t;
                if (!running) {
                    int next = slices.firstStartingAtOrAfterIndexed(task, t);
                    boolean ran = next < slices.sliceCount(task);
                    add(trace, tid, trace.arg(i, 2), t, ran ? slices.sliceStart(task, next) : trace.end(), ran, i,
                            minNanos, waits);
                }
            }
        }
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            CpuSlices cpuSlices = trace.slices(cpu);
            for (int k = 0; k + 1 < cpuSlices.size(); k++) {
                if (!cpuSlices.isIdle(k) && TaskState.isRunnable(cpuSlices.endState(k))) {
                    add(trace, slices, cpuSlices.tid(k), cpu, cpuSlices.end(k), cpuSlices.startEvent(k + 1), minNanos,
                            waits);
                }
            }
        }
        waits.sort(Comparator.comparingLong(Wait::nanos).reversed().thenComparingLong(Wait::since));
        return dropOverlaps(waits);
    }

    private static void add(Trace trace, TaskSlices slices, int tid, int cpu, long since, int event, long minNanos,
                            List<Wait> out) {
        int task = slices.taskIndex(tid);
        int next = task < 0 ? 0 : slices.firstStartingAtOrAfterIndexed(task, since);
        boolean ran = task >= 0 && next < slices.sliceCount(task);
        add(trace, tid, cpu, since, ran ? slices.sliceStart(task, next) : trace.end(), ran, event, minNanos, out);
    }

    private static void add(Trace trace, int tid, int cpu, long since, long until, boolean ran, int event,
                            long minNanos, List<Wait> out) {
        if (until - since >= minNanos && cpu >= 0 && cpu < trace.cpuCount()) {
            out.add(new Wait(tid, cpu, since, until, ran, event, busy(trace.slices(cpu), since, until)));
        }
    }

    private static double busy(CpuSlices slices, long from, long to) {
        long busy = 0;
        for (int k = slices.firstEndingAfter(from); k < slices.size() && slices.start(k) < to; k++) {
            if (!slices.isIdle(k)) {
                busy += Math.min(slices.end(k), to) - Math.max(slices.start(k), from);
            }
        }
        return to > from ? (double) busy / (to - from) : 0;
    }

    /** A wake-up while already waiting starts no new wait: keep the longest of overlapping waits of a task. */
    private static List<Wait> dropOverlaps(List<Wait> sorted) {
        List<Wait> kept = new ArrayList<>();
        for (Wait w : sorted) {
            boolean inside = false;
            for (Wait k : kept) {
                if (k.tid() == w.tid() && w.since() >= k.since() && w.until() <= k.until()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                kept.add(w);
            }
        }
        return kept;
    }
}
