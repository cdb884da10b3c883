package org.rtscope.analysis;

import java.util.Arrays;
import java.util.List;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.Task;
import org.rtscope.model.Trace;

/**
 * How long each task ran, summed over all CPUs from the run slices. Next to a task's RT priority this
 * says whether it is the one that kept a CPU busy (an RT hog) or one that barely ran (a starved task).
 */
public final class TaskCpuTime {
    private final int[] tids;
    private final long[] nanos;

    private TaskCpuTime(int[] tids, long[] nanos) {
        this.tids = tids;
        this.nanos = nanos;
    }

    /** On-CPU time of every task of the trace; idle time (tid 0) is not counted. */
    public static TaskCpuTime of(Trace trace) {
        List<Task> tasks = trace.tasks().all();
        int[] tids = new int[tasks.size()];
        for (int i = 0; i < tids.length; i++) {
            tids[i] = tasks.get(i).tid();
        }
        long[] nanos = new long[tids.length];
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            CpuSlices slices = trace.slices(cpu);
            for (int k = 0; k < slices.size(); k++) {
                int at = slices.isIdle(k) ? -1 : Arrays.binarySearch(tids, slices.tid(k));
                if (at >= 0) {
                    nanos[at] += slices.end(k) - slices.start(k);
                }
            }
        }
        return new TaskCpuTime(tids, nanos);
    }

    /** Nanoseconds {@code tid} spent on a CPU (0 for an unknown tid). */
    public long nanos(int tid) {
        int at = Arrays.binarySearch(tids, tid);
        return at >= 0 ? nanos[at] : 0;
    }
}
