package org.rtscope.analysis.derived;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.model.SchedClass;
import org.rtscope.model.Task;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

/**
 * The RLIMIT_RTTIME budget view: for every RT task, its on-CPU time since it last blocked. The kernel
 * counts exactly this (CATALOG P01): RT run time advances while the thread runs and resets only when it
 * sleeps; preemption ({@code prev_state=R}) and {@code sched_yield()} do not reset it. A run that reaches
 * the limit ends with SIGKILL (or SIGXCPU at a soft limit).
 *
 * <p>Only time at an RT priority counts. A program that switches itself to SCHED_FIFO/RR does so in the
 * middle of a run slice, which ftrace cannot see; the moment is recovered when the RT bandwidth timer
 * shows it: {@code sched_rt_period_timer} is idle while no RT task is queued and the first RT enqueue
 * re-arms it to expire at once, so its first expiry on that CPU after a quiet period marks the switch.
 * Failing that, the whole slice is counted (an upper bound).
 */
public final class RtRunBudget {
    private static final int EXITED = TaskState.DEAD | TaskState.ZOMBIE | TaskState.DEAD_OLD;

    /**
     * One stretch of RT run time between two blocking switches.
     *
     * @param start        when the task started accumulating RT run time (switch-in or RT start)
     * @param end          when the stretch ended: the blocking switch, or the last slice's end
     * @param onCpuNanos   RT time on a CPU within it
     * @param cpu          CPU of its last slice
     * @param endedBlocked true when it ended by blocking (S, D, …) rather than by exiting or with the trace
     * @param startEvent   the trace event at {@code start} (switch-in, or the period timer that marked RT start)
     */
    public record Run(int tid, long start, long end, long onCpuNanos, int cpu, boolean endedBlocked,
                      int startEvent) {
    }

    private final Map<Integer, List<Run>> runs;
    private final Map<Integer, List<long[]>> pieces;

    private RtRunBudget(Map<Integer, List<Run>> runs, Map<Integer, List<long[]>> pieces) {
        this.runs = runs;
        this.pieces = pieces;
    }

    public static RtRunBudget of(Trace trace, TaskSlices slices, AnalysisSettings settings) {
        return of(trace, slices, settings, TimerFunctions.expiries(trace, TimerFunctions.RT_PERIOD_TIMER));
    }

    /** {@link #of(Trace, TaskSlices, AnalysisSettings)} given the trace's {@code sched_rt_period_timer} expiries. */
    public static RtRunBudget of(Trace trace, TaskSlices slices, AnalysisSettings settings, List<Integer> periodTimers) {
        Map<Integer, List<Run>> runs = new HashMap<>();
        Map<Integer, List<long[]>> pieces = new HashMap<>();
        for (Task task : trace.tasks().all()) {
            if (!task.everRealtime()) {
                continue;
            }
            List<Run> taskRuns = new ArrayList<>();
            List<long[]> taskPieces = new ArrayList<>();
            long runStart = Long.MIN_VALUE;
            int startEvent = -1;
            long onCpu = 0;
            TaskSlices.Slice last = null;
            for (TaskSlices.Slice s : slices.of(task.tid())) {
                if (SchedClass.ofKernelPrio(s.prio()) == SchedClass.RT) {
                    long from = s.start();
                    int fromEvent = trace.slices(s.cpu()).startEvent(s.index());
                    if (SchedClass.ofKernelPrio(task.prioAtTime(s.start())) != SchedClass.RT) {
                        int timer = rtStartInside(trace, periodTimers, s, settings.rtPeriodNanos());
                        if (timer >= 0) {
                            from = trace.ts(timer);
                            fromEvent = timer;
                        }
                    }
                    if (runStart == Long.MIN_VALUE) {
                        runStart = from;
                        startEvent = fromEvent;
                    }
                    onCpu += s.end() - from;
                    taskPieces.add(new long[] {from, s.end()});
                    last = s;
                }
                if (runStart != Long.MIN_VALUE && TaskState.isBlocked(s.endState())) {
                    boolean exited = (s.endState() & EXITED) != 0;
                    taskRuns.add(new Run(task.tid(), runStart, s.end(), onCpu, s.cpu(), !exited, startEvent));
                    runStart = Long.MIN_VALUE;
                    onCpu = 0;
                }
            }
            if (runStart != Long.MIN_VALUE && last != null) {
                taskRuns.add(new Run(task.tid(), runStart, last.end(), onCpu, last.cpu(), false, startEvent));
            }
            if (!taskRuns.isEmpty()) {
                runs.put(task.tid(), taskRuns);
                pieces.put(task.tid(), taskPieces);
            }
        }
        return new RtRunBudget(runs, pieces);
    }

    /** The runs of {@code tid} in time order (empty for a task that never ran at an RT priority). */
    public List<Run> runs(int tid) {
        return runs.getOrDefault(tid, List.of());
    }

    /**
     * The runs of all tasks with at least {@code minOnCpuNanos} on a CPU, longest first. An RT task that
     * wakes every millisecond has hundreds of thousands of short runs: they are left out before sorting.
     */
    public List<Run> atLeast(long minOnCpuNanos) {
        List<Run> longRuns = new ArrayList<>();
        for (List<Run> taskRuns : runs.values()) {
            for (Run run : taskRuns) {
                if (run.onCpuNanos() >= minOnCpuNanos) {
                    longRuns.add(run);
                }
            }
        }
        longRuns.sort(Comparator.comparingLong(Run::onCpuNanos).reversed().thenComparingLong(Run::start));
        return longRuns;
    }

    /** The run of {@code tid} in progress at {@code t}, or null. */
    public Run runAt(int tid, long t) {
        for (Run run : runs(tid)) {
            if (run.start() <= t && t <= run.end()) {
                return run;
            }
        }
        return null;
    }

    /** RT on-CPU time {@code tid} accumulated from the start of its current run up to {@code t} (0 outside a run). */
    public long onCpuSinceLastBlock(int tid, long t) {
        Run run = runAt(tid, t);
        if (run == null) {
            return 0;
        }
        long total = 0;
        for (long[] piece : pieces.getOrDefault(tid, List.of())) {
            if (piece[1] <= run.start() || piece[0] >= t) {
                continue;
            }
            total += Math.min(piece[1], t) - Math.max(piece[0], run.start());
        }
        return total;
    }

    /**
     * The {@code sched_rt_period_timer} expiry on the slice's CPU that marks when the task became RT: the
     * first one inside the slice, provided the timer had been idle (no expiry for over a period before it,
     * with at least a period of trace to tell). -1 when there is none.
     */
    private static int rtStartInside(Trace trace, List<Integer> timers, TaskSlices.Slice s, long period) {
        long previous = Long.MIN_VALUE;
        for (int i : timers) {
            long t = trace.ts(i);
            if (t >= s.end()) {
                return -1;
            }
            if (t > s.start() && trace.cpu(i) == s.cpu()) {
                boolean quietBefore = previous == Long.MIN_VALUE ? t - trace.start() > period
                        : t - previous > period + period / 2;
                return quietBefore ? i : -1;
            }
            previous = t;
        }
        return -1;
    }
}
