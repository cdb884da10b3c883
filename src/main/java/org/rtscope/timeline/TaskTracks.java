package org.rtscope.timeline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rtscope.model.IntIntMap;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.EventKind;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

/**
 * Derives {@link TaskTrack}s for a set of tasks in one pass over the slices and one over the events:
 * <ul>
 *   <li>running: the task's CPU slices, merged across CPUs in time order;</li>
 *   <li>after a slice that ended still runnable (preempted, or throttled): runnable until it runs again;</li>
 *   <li>after a slice that ended blocked: sleeping ("D" when the state had the uninterruptible bit)
 *       until its next wake-up, then runnable until it runs;</li>
 *   <li>before its first slice: runnable from the last wake-up before it (sleeping before that);</li>
 *   <li>after its exit: nothing.</li>
 * </ul>
 * A slice whose end was not logged ends the track there; what the trace does not say is not drawn.
 */
public final class TaskTracks {
    private static final int DEAD = TaskState.DEAD | TaskState.ZOMBIE | TaskState.DEAD_OLD;

    private TaskTracks() {
    }

    /** Tracks for {@code tids} (idle and unknown tids give empty tracks), in the order given. */
    public static Map<Integer, TaskTrack> derive(Trace trace, int[] tids) {
        IntIntMap slotOf = new IntIntMap();
        int n = 0;
        int[] unique = new int[tids.length];
        for (int tid : tids) {
            if (tid > 0 && slotOf.get(tid, -1) < 0) {
                slotOf.put(tid, n);
                unique[n++] = tid;
            }
        }
        TaskTrack.Builder[] builders = new TaskTrack.Builder[n];
        for (int s = 0; s < n; s++) {
            builders[s] = new TaskTrack.Builder(unique[s]);
        }
        collectWakeups(trace, slotOf, builders);
        int[][][] runs = collectRuns(trace, slotOf, n);
        for (int s = 0; s < n; s++) {
            build(trace, runs[s], builders[s]);
        }
        Map<Integer, TaskTrack> result = new LinkedHashMap<>();
        for (int s = 0; s < n; s++) {
            result.put(unique[s], builders[s].build());
        }
        return result;
    }

    private static void collectWakeups(Trace trace, IntIntMap slotOf, TaskTrack.Builder[] builders) {
        int size = trace.size();
        int[] wakeTypes = new int[trace.typeCount()];
        boolean any = false;
        for (int t = 0; t < trace.typeCount(); t++) {
            EventKind kind = trace.typeKind(t);
            if (kind == EventKind.SCHED_WAKEUP || kind == EventKind.SCHED_WAKEUP_NEW) {
                wakeTypes[t] = 1;
                any = true;
            }
        }
        if (!any || builders.length == 0) {
            return;
        }
        for (int i = 0; i < size; i++) {
            if (wakeTypes[trace.type(i)] == 0) {
                continue;
            }
            int slot = slotOf.get(trace.arg(i, 0), -1);
            if (slot >= 0) {
                builders[slot].wakeup(trace.ts(i), i, trace.tid(i), trace.cpu(i));
            }
        }
    }

    /** Per task and CPU, the indices of its slices: {@code [slot][cpu][k]} (each CPU's list in time order). */
    private static int[][][] collectRuns(Trace trace, IntIntMap slotOf, int tasks) {
        int cpus = trace.cpuCount();
        int[][][] runs = new int[tasks][cpus][];
        int[][] counts = new int[tasks][cpus];
        int[][][] buffers = new int[tasks][cpus][];
        for (int cpu = 0; cpu < cpus; cpu++) {
            CpuSlices slices = trace.slices(cpu);
            for (int k = 0; k < slices.size(); k++) {
                int slot = slotOf.get(slices.tid(k), -1);
                if (slot < 0) {
                    continue;
                }
                int[] buf = buffers[slot][cpu];
                int c = counts[slot][cpu];
                if (buf == null) {
                    buf = new int[16];
                } else if (c == buf.length) {
                    buf = Arrays.copyOf(buf, c * 2);
                }
                buf[c] = k;
                buffers[slot][cpu] = buf;
                counts[slot][cpu] = c + 1;
            }
        }
        for (int s = 0; s < tasks; s++) {
            for (int cpu = 0; cpu < cpus; cpu++) {
                int[] buf = buffers[s][cpu];
                runs[s][cpu] = buf == null ? new int[0] : Arrays.copyOf(buf, counts[s][cpu]);
            }
        }
        return runs;
    }

    private static void build(Trace trace, int[][] runsByCpu, TaskTrack.Builder b) {
        int cpus = runsByCpu.length;
        int[] next = new int[cpus];
        long prevEnd = Long.MIN_VALUE;
        int prevState = TaskState.UNKNOWN;
        int w = 0;
        boolean over = false;
        while (!over) {
            // the CPU whose next slice of this task starts first
            int cpu = -1;
            long s = Long.MAX_VALUE;
            for (int c = 0; c < cpus; c++) {
                if (next[c] < runsByCpu[c].length) {
                    long start = trace.slices(c).start(runsByCpu[c][next[c]]);
                    if (start < s) {
                        s = start;
                        cpu = c;
                    }
                }
            }
            if (cpu < 0) {
                break;
            }
            CpuSlices slices = trace.slices(cpu);
            int k = runsByCpu[cpu][next[cpu]++];
            long e = slices.end(k);
            if (prevEnd != Long.MIN_VALUE) {
                s = Math.max(s, prevEnd);
                e = Math.max(e, s);
            }
            if (prevEnd == Long.MIN_VALUE) {
                int last = -1;
                while (w < b.wakes() && b.wakeTimeAt(w) <= s) {
                    last = w++;
                }
                if (last >= 0) {
                    b.interval(trace.start(), b.wakeTimeAt(last), TaskTrack.SLEEPING, -1, -1);
                    b.interval(b.wakeTimeAt(last), s, TaskTrack.RUNNABLE, -1, last);
                }
            } else {
                w = gap(b, prevEnd, prevState, s, w);
            }
            while (w < b.wakes() && b.wakeTimeAt(w) <= s) {
                w++;
            }
            b.interval(s, e, TaskTrack.RUNNING, cpu, k);
            prevEnd = e;
            prevState = slices.endState(k);
            over = (slices.flags(k) & CpuSlices.PARTIAL_END) != 0 || (prevState & DEAD) != 0
                    && (prevState & TaskState.UNKNOWN) == 0;
        }
        if (!over && prevEnd != Long.MIN_VALUE) {
            gap(b, prevEnd, prevState, trace.end(), w);
        }
    }

    /** Fills {@code [from, to)} after a slice that ended in {@code state}; returns the next wake-up to look at. */
    private static int gap(TaskTrack.Builder b, long from, int state, long to, int w) {
        if ((state & TaskState.UNKNOWN) != 0) {
            return w;
        }
        if (TaskState.isRunnable(state)) {
            b.interval(from, to, TaskTrack.RUNNABLE, -1, -1);
            return w;
        }
        int sleep = (state & TaskState.DISK) != 0 ? TaskTrack.BLOCKED : TaskTrack.SLEEPING;
        while (w < b.wakes() && b.wakeTimeAt(w) <= from) {
            w++;
        }
        if (w < b.wakes() && b.wakeTimeAt(w) <= to) {
            b.interval(from, b.wakeTimeAt(w), sleep, -1, -1);
            b.interval(b.wakeTimeAt(w), to, TaskTrack.RUNNABLE, -1, w);
            return w + 1;
        }
        b.interval(from, to, sleep, -1, -1);
        return w;
    }
}
