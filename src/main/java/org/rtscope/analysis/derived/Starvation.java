package org.rtscope.analysis.derived;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** A wait before it is known to survive {@link #dropOverlaps}; only survivors have their CPU measured. */
    private record Candidate(int tid, int cpu, long since, long until, boolean ranAgain, int sinceEvent) {
        long nanos() {
            return until - since;
        }
    }

    private Starvation() {
    }

    /**
     * Waits of at least {@code minNanos}, longest first. Two passes in time order (wake-ups over the
     * whole trace, preemptions CPU by CPU), each keeping a cursor per task into its slices: millions of
     * wake-ups then cost one step each instead of a search each.
     */
    public static List<Wait> of(Trace trace, TaskSlices slices, long minNanos) {
        List<Candidate> waits = new ArrayList<>();
        int[] cursor = new int[slices.taskCount()];
        addWakeupWaits(trace, slices, minNanos, cursor, waits);
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            Arrays.fill(cursor, 0);
            addPreemptionWaits(trace, slices, cpu, minNanos, cursor, waits);
        }
        waits.sort(Comparator.comparingLong(Candidate::nanos).reversed().thenComparingLong(Candidate::since));
        return measured(trace, dropOverlaps(waits));
    }

    /**
     * Waits from wake-ups, in time order over the whole trace. Each pass over millions of items is a
     * method of its own, so that a cold JVM compiles each loop once rather than the whole analysis again
     * for every loop it enters.
     */
    private static void addWakeupWaits(Trace trace, TaskSlices slices, long minNanos, int[] cursor,
                                       List<Candidate> waits) {
        int[] wakeups = trace.eventsOf(EventKind.SCHED_WAKEUP);
        int[] newTasks = trace.eventsOf(EventKind.SCHED_WAKEUP_NEW);
        for (int a = 0, b = 0; a < wakeups.length || b < newTasks.length;) {
            int i = b >= newTasks.length || a < wakeups.length && wakeups[a] < newTasks[b] ? wakeups[a++] : newTasks[b++];
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
            int next = slices.firstStartingAtOrAfterFrom(task, t, cursor[task]);
            cursor[task] = next;
            // running at t: the last slice starting at or before t still covers t
            int after = next;
            while (after < slices.sliceCount(task) && slices.sliceStart(task, after) <= t) {
                after++;
            }
            boolean running = after > 0 && slices.sliceEnd(task, after - 1) > t;
            if (!running) {
                boolean ran = next < slices.sliceCount(task);
                add(trace, tid, trace.arg(i, 2), t, ran ? slices.sliceStart(task, next) : trace.end(), ran, i,
                        minNanos, waits);
            }
        }
    }

    /** Waits of tasks switched out of {@code cpu} still runnable (preempted), in time order. */
    private static void addPreemptionWaits(Trace trace, TaskSlices slices, int cpu, long minNanos, int[] cursor,
                                           List<Candidate> waits) {
        CpuSlices cpuSlices = trace.slices(cpu);
        for (int k = 0; k + 1 < cpuSlices.size(); k++) {
            if (cpuSlices.isIdle(k) || !TaskState.isRunnable(cpuSlices.endState(k))) {
                continue;
            }
            int tid = cpuSlices.tid(k);
            long since = cpuSlices.end(k);
            int task = slices.taskIndex(tid);
            int next = 0;
            if (task >= 0) {
                next = slices.firstStartingAtOrAfterFrom(task, since, cursor[task]);
                cursor[task] = next;
            }
            boolean ran = task >= 0 && next < slices.sliceCount(task);
            add(trace, tid, cpu, since, ran ? slices.sliceStart(task, next) : trace.end(), ran,
                    cpuSlices.startEvent(k + 1), minNanos, waits);
        }
    }

    private static void add(Trace trace, int tid, int cpu, long since, long until, boolean ran, int event,
                            long minNanos, List<Candidate> out) {
        if (until - since >= minNanos && cpu >= 0 && cpu < trace.cpuCount()) {
            out.add(new Candidate(tid, cpu, since, until, ran, event));
        }
    }

    /**
     * The waits with how busy their CPU was. Long waits on a busy CPU span hundreds of thousands of slices,
     * so rather than summing slices per wait, one sweep per CPU finds the busy time accumulated up to every
     * wait edge; a wait's busy time is then the difference at its two edges.
     */
    private static List<Wait> measured(Trace trace, List<Candidate> waits) {
        List<Wait> out = new ArrayList<>(waits.size());
        Map<Integer, BusyClock> clocks = new HashMap<>();
        for (Candidate w : waits) {
            clocks.computeIfAbsent(w.cpu(), cpu -> new BusyClock()).ask(w.since(), w.until());
        }
        clocks.forEach((cpu, clock) -> clock.sweep(trace.slices(cpu)));
        for (Candidate w : waits) {
            BusyClock clock = clocks.get(w.cpu());
            long busy = clock.busyBefore(w.until()) - clock.busyBefore(w.since());
            out.add(new Wait(w.tid(), w.cpu(), w.since(), w.until(), w.ranAgain(), w.sinceEvent(),
                    w.nanos() > 0 ? (double) busy / w.nanos() : 0));
        }
        return out;
    }

    /** Non-idle time of one CPU from the trace start up to a set of instants, found in one sweep. */
    private static final class BusyClock {
        private final List<Long> asked = new ArrayList<>();
        private long[] times;
        private long[] busy;

        void ask(long from, long to) {
            asked.add(from);
            asked.add(to);
        }

        void sweep(CpuSlices slices) {
            times = asked.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
            busy = new long[times.length];
            long total = 0;
            int k = 0;
            for (int q = 0; q < times.length; q++) {
                long t = times[q];
                while (k < slices.size() && slices.end(k) <= t) {
                    if (!slices.isIdle(k)) {
                        total += slices.end(k) - slices.start(k);
                    }
                    k++;
                }
                boolean inside = k < slices.size() && slices.start(k) < t && !slices.isIdle(k);
                busy[q] = total + (inside ? t - slices.start(k) : 0);
            }
        }

        long busyBefore(long t) {
            return busy[Arrays.binarySearch(times, t)];
        }
    }

    /** A wake-up while already waiting starts no new wait: keep the longest of overlapping waits of a task. */
    private static List<Candidate> dropOverlaps(List<Candidate> sorted) {
        List<Candidate> kept = new ArrayList<>();
        Map<Integer, List<Candidate>> keptOfTask = new HashMap<>();
        for (Candidate w : sorted) {
            List<Candidate> own = keptOfTask.computeIfAbsent(w.tid(), t -> new ArrayList<>());
            if (own.stream().noneMatch(k -> w.since() >= k.since() && w.until() <= k.until())) {
                own.add(w);
                kept.add(w);
            }
        }
        return kept;
    }
}
