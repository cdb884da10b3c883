package org.rtscope.model;

import java.util.Arrays;

/**
 * Who ran on one CPU and when: contiguous run slices derived from sched_switch, idle (tid 0) included,
 * so that every instant between the trace's start and end belongs to exactly one slice.
 *
 * <p>Slice {@code k} covers {@code [start(k), end(k))}; its end is the next slice's start (the trace end
 * for the last). Flags tell how sure the edges are: a slice at the trace's edges is partial, and a
 * slice whose start was not logged (this VM's CPU 1 never logs the switch out of idle) was inferred
 * from the first event of the new task.
 */
public final class CpuSlices {
    /** The slice was running when the trace started. */
    public static final int PARTIAL_START = 1;
    /** The slice was still running when the trace ended. */
    public static final int PARTIAL_END = 2;
    /** No sched_switch logged the slice's start; it was inferred from the task's first event. */
    public static final int INFERRED_START = 4;

    private final int cpu;
    /** The trace's timestamp column: every slice starts at some event's time. */
    private final long[] eventTs;
    /** Index of the event whose timestamp starts each slice (4 bytes instead of a copied long). */
    private final int[] startEvent;
    private final int[] tid;
    private final byte[] prio;
    private final short[] endState;
    private final byte[] flags;
    private final long traceEnd;
    /** Time RT tasks ran over all the slices, summed while they were derived. */
    private final long rtNanos;
    /** Added to every time: the source's offset onto the case clock. */
    private final long clockOffset;

    CpuSlices(int cpu, long[] eventTs, int[] startEvent, int[] tid, byte[] prio, short[] endState, byte[] flags,
              long traceEnd, long rtNanos) {
        this(cpu, eventTs, startEvent, tid, prio, endState, flags, traceEnd, rtNanos, 0);
    }

    private CpuSlices(int cpu, long[] eventTs, int[] startEvent, int[] tid, byte[] prio, short[] endState, byte[] flags,
                      long traceEnd, long rtNanos, long clockOffset) {
        this.clockOffset = clockOffset;
        this.rtNanos = rtNanos;
        this.cpu = cpu;
        this.eventTs = eventTs;
        this.startEvent = startEvent;
        this.tid = tid;
        this.prio = prio;
        this.endState = endState;
        this.flags = flags;
        this.traceEnd = traceEnd;
    }

    public int cpu() {
        return cpu;
    }

    public int size() {
        return startEvent.length;
    }

    public long start(int k) {
        return eventTs[startEvent[k]] + clockOffset;
    }

    public long end(int k) {
        return k + 1 < startEvent.length ? eventTs[startEvent[k + 1]] + clockOffset : traceEnd + clockOffset;
    }

    /** Index of the trace event at whose time the slice starts (its sched_switch, or the event it was inferred from). */
    public int startEvent(int k) {
        return startEvent[k];
    }

    public int tid(int k) {
        return tid[k];
    }

    public boolean isIdle(int k) {
        return tid[k] == 0;
    }

    /** Kernel priority of the slice's task (the higher of start and end), or {@link Task#NO_PRIO}. */
    public int prio(int k) {
        int p = (prio[k] & 0xFF) - 1;
        return p == 254 ? Task.NO_PRIO : p;
    }

    /**
     * Nanoseconds real-time tasks (kernel prio below 100, as {@link #prio} gives it) ran on this CPU over
     * the whole trace: what summing the RT slices gives, counted once while the slices were derived.
     */
    public long rtNanos() {
        return rtNanos;
    }

    /** The {@link TaskState} the task left the CPU in ({@link TaskState#UNKNOWN} if not logged). */
    public int endState(int k) {
        return endState[k] & 0xFFFF;
    }

    public int flags(int k) {
        return flags[k];
    }

    /** Index of the slice containing {@code ts}, or -1 outside the trace. */
    public int indexAt(long ts) {
        int n = startEvent.length;
        if (n == 0 || ts < start(0) || ts >= traceEnd + clockOffset) {
            return -1;
        }
        // last slice starting at or before ts (several zero-length slices may share a start)
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (start(mid) <= ts) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Index of the first slice that ends after {@code ts} (the first to draw for a window from ts). */
    public int firstEndingAfter(long ts) {
        int k = indexAt(ts);
        if (k >= 0) {
            return k;
        }
        return startEvent.length > 0 && ts < start(0) ? 0 : startEvent.length;
    }

    /** The same slices with every time moved by {@code offset} more nanoseconds (shares the arrays). */
    CpuSlices shifted(long offset) {
        return new CpuSlices(cpu, eventTs, startEvent, tid, prio, endState, flags, traceEnd, rtNanos,
                clockOffset + offset);
    }

    long retainedBytes() {
        return startEvent.length * 12L;
    }

    /** Appends slices in time order while a trace is being frozen. */
    static final class Builder {
        private final int cpu;
        private int[] start = new int[64];
        private int[] tid = new int[64];
        private byte[] prio = new byte[64];
        private short[] endState = new short[64];
        private byte[] flags = new byte[64];
        private int size;

        Builder(int cpu) {
            this.cpu = cpu;
        }

        int size() {
            return size;
        }

        /** Opens a slice starting at the time of event {@code event}. */
        void open(int event, int task, int kernelPrio, int sliceFlags) {
            if (size == start.length) {
                int n = size * 2;
                start = Arrays.copyOf(start, n);
                tid = Arrays.copyOf(tid, n);
                prio = Arrays.copyOf(prio, n);
                endState = Arrays.copyOf(endState, n);
                flags = Arrays.copyOf(flags, n);
            }
            start[size] = event;
            tid[size] = task;
            prio[size] = (byte) (kernelPrio == Task.NO_PRIO || kernelPrio < -1 || kernelPrio > 200 ? 255 : kernelPrio + 1);
            endState[size] = (short) TaskState.UNKNOWN;
            flags[size] = (byte) sliceFlags;
            size++;
        }

        /** Sets how the last opened slice ended. */
        void closeLast(int state) {
            if (size > 0) {
                endState[size - 1] = (short) state;
            }
        }

        /**
         * Sets how the last slice ended and the priority its task had when switched out. A slice keeps
         * the higher of its start and end priorities: a task that calls sched_setscheduler() while
         * running is switched in as prio 120 and out as RT, and it ran as RT almost all the time.
         */
        void closeLast(int state, int kernelPrioAtEnd) {
            closeLast(state);
            if (size > 0 && kernelPrioAtEnd != Task.NO_PRIO && kernelPrioAtEnd >= -1 && kernelPrioAtEnd <= 200) {
                int startPrio = (prio[size - 1] & 0xFF) - 1;
                if (startPrio == 254 || kernelPrioAtEnd < startPrio) {
                    prio[size - 1] = (byte) (kernelPrioAtEnd + 1);
                }
            }
        }

        /** The kernel priority the last slice is kept with (see {@link CpuSlices#prio}). */
        int lastPrio() {
            int p = (prio[size - 1] & 0xFF) - 1;
            return p == 254 ? Task.NO_PRIO : p;
        }

        void markLastPartialEnd() {
            if (size > 0) {
                flags[size - 1] |= PARTIAL_END;
            }
        }

        CpuSlices build(long[] eventTs, long traceEnd, long rtNanos) {
            return new CpuSlices(cpu, eventTs, Arrays.copyOf(start, size), Arrays.copyOf(tid, size), Arrays.copyOf(prio, size),
                    Arrays.copyOf(endState, size), Arrays.copyOf(flags, size), traceEnd, rtNanos);
        }
    }
}
