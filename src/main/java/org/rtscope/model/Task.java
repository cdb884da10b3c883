package org.rtscope.model;

import java.util.Arrays;

/**
 * One thread seen in a trace: its tid, its process id when the source tells it, its last known comm,
 * and its kernel priority over time (a step function: priority {@code prio[k]} from {@code since[k]}).
 */
public final class Task {
    /** Marker for "priority unknown". */
    public static final int NO_PRIO = Short.MIN_VALUE;

    private final int tid;
    private final int pid;
    private final String comm;
    private final long[] since;
    private final short[] prio;
    private final long onCpuNanos;

    Task(int tid, int pid, String comm, long[] since, short[] prio, long onCpuNanos) {
        this.onCpuNanos = onCpuNanos;
        this.tid = tid;
        this.pid = pid;
        this.comm = comm;
        this.since = since;
        this.prio = prio;
    }

    public int tid() {
        return tid;
    }

    /** The thread-group id (process id), or -1 when the source did not say. */
    public int pid() {
        return pid;
    }

    public String comm() {
        return comm;
    }

    /**
     * How long the task ran, summed over its run slices on every CPU. Next to its RT priority this says
     * whether it kept a CPU busy (an RT hog) or barely ran (a starved task).
     */
    public long onCpuNanos() {
        return onCpuNanos;
    }

    public int prioChanges() {
        return prio.length;
    }

    public long prioSince(int k) {
        return since[k];
    }

    public int prioAt(int k) {
        return prio[k];
    }

    /** Kernel priority in effect at {@code ts}; the first known priority for earlier times. */
    public int prioAtTime(long ts) {
        if (prio.length == 0) {
            return NO_PRIO;
        }
        int k = Arrays.binarySearch(since, ts);
        if (k < 0) {
            k = -k - 2;
        }
        return prio[Math.max(k, 0)];
    }

    /** The highest priority (lowest kernel prio number) the task ever had, or {@link #NO_PRIO}. */
    public int bestPrio() {
        int best = NO_PRIO;
        for (short p : prio) {
            if (best == NO_PRIO || p < best) {
                best = p;
            }
        }
        return best;
    }

    /** True when the task ran in an RT class (kernel prio 0–99) at some time of the trace. */
    public boolean everRealtime() {
        return SchedClass.ofKernelPrio(bestPrio()) == SchedClass.RT;
    }

    @Override
    public String toString() {
        return comm + "-" + tid;
    }
}
