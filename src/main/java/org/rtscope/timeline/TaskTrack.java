package org.rtscope.timeline;

import java.util.Arrays;

/**
 * What one task was doing over the trace, as non-overlapping state intervals (running on a CPU,
 * runnable and waiting for one, sleeping, in uninterruptible sleep) plus the wake-ups that ended its
 * sleeps. Derived by {@link TaskTracks} from the CPU run slices and the wake-up events; times the trace
 * says nothing about are left out rather than guessed.
 *
 * <p>Keys are the state constants, so a task lane colours by state. For a running interval
 * {@link #ref} is the CPU slice index (and {@link #cpu} its CPU); for a runnable interval that began
 * with a wake-up it is the wake-up index, else -1.
 */
public final class TaskTrack implements IntervalSeries {
    public static final int RUNNING = 0;
    public static final int RUNNABLE = 1;
    public static final int SLEEPING = 2;
    /** Uninterruptible sleep ("D"): usually I/O or a kernel lock. */
    public static final int BLOCKED = 3;
    /** Number of states (keys are 0 … STATES-1). */
    public static final int STATES = 4;

    private static final String[] NAMES = {"running", "runnable", "sleeping", "uninterruptible (D)"};

    private final int tid;
    private final long[] start;
    private final long[] end;
    private final byte[] state;
    private final short[] cpu;
    private final int[] ref;
    private final long[] wakeTime;
    private final int[] wakeEvent;
    private final int[] wakerTid;
    private final short[] wakerCpu;

    private TaskTrack(Builder b) {
        tid = b.tid;
        start = Arrays.copyOf(b.start, b.size);
        end = Arrays.copyOf(b.end, b.size);
        state = Arrays.copyOf(b.state, b.size);
        cpu = Arrays.copyOf(b.cpu, b.size);
        ref = Arrays.copyOf(b.ref, b.size);
        wakeTime = Arrays.copyOf(b.wakeTime, b.wakes);
        wakeEvent = Arrays.copyOf(b.wakeEvent, b.wakes);
        wakerTid = Arrays.copyOf(b.wakerTid, b.wakes);
        wakerCpu = Arrays.copyOf(b.wakerCpu, b.wakes);
    }

    public int tid() {
        return tid;
    }

    @Override
    public int size() {
        return start.length;
    }

    @Override
    public long start(int k) {
        return start[k];
    }

    @Override
    public long end(int k) {
        return end[k];
    }

    @Override
    public int key(int k) {
        return state[k];
    }

    public int state(int k) {
        return state[k];
    }

    /** CPU of a running interval, else -1. */
    public int cpu(int k) {
        return cpu[k];
    }

    /** Slice index of a running interval; wake-up index of a runnable one that began with a wake-up; else -1. */
    public int ref(int k) {
        return ref[k];
    }

    /** Index of the interval containing {@code t}, or -1. */
    public int indexAt(long t) {
        int k = firstEndingAfter(t);
        return k < size() && start[k] <= t ? k : -1;
    }

    public int wakeups() {
        return wakeTime.length;
    }

    public long wakeTime(int w) {
        return wakeTime[w];
    }

    /** The sched_wakeup event. */
    public int wakeEvent(int w) {
        return wakeEvent[w];
    }

    /** Who woke the task (the task current on the waking CPU; 0 for an interrupt on an idle CPU). */
    public int wakerTid(int w) {
        return wakerTid[w];
    }

    /** The CPU the wake-up happened on. */
    public int wakerCpu(int w) {
        return wakerCpu[w];
    }

    public static String stateName(int state) {
        return state >= 0 && state < NAMES.length ? NAMES[state] : "unknown";
    }

    /** Collects one task's intervals in time order. */
    static final class Builder {
        private final int tid;
        private long[] start = new long[16];
        private long[] end = new long[16];
        private byte[] state = new byte[16];
        private short[] cpu = new short[16];
        private int[] ref = new int[16];
        private int size;
        private long[] wakeTime = new long[8];
        private int[] wakeEvent = new int[8];
        private int[] wakerTid = new int[8];
        private short[] wakerCpu = new short[8];
        private int wakes;

        Builder(int tid) {
            this.tid = tid;
        }

        void interval(long from, long to, int st, int onCpu, int reference) {
            if (to <= from && st != RUNNING) {
                return;
            }
            if (size > 0 && st != RUNNING && state[size - 1] == st && end[size - 1] == from) {
                end[size - 1] = to;
                return;
            }
            if (size == start.length) {
                int n = size * 2;
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
                state = Arrays.copyOf(state, n);
                cpu = Arrays.copyOf(cpu, n);
                ref = Arrays.copyOf(ref, n);
            }
            start[size] = from;
            end[size] = Math.max(from, to);
            state[size] = (byte) st;
            cpu[size] = (short) onCpu;
            ref[size] = reference;
            size++;
        }

        void wakeup(long ts, int event, int waker, int onCpu) {
            if (wakes == wakeTime.length) {
                int n = wakes * 2;
                wakeTime = Arrays.copyOf(wakeTime, n);
                wakeEvent = Arrays.copyOf(wakeEvent, n);
                wakerTid = Arrays.copyOf(wakerTid, n);
                wakerCpu = Arrays.copyOf(wakerCpu, n);
            }
            wakeTime[wakes] = ts;
            wakeEvent[wakes] = event;
            wakerTid[wakes] = waker;
            wakerCpu[wakes] = (short) onCpu;
            wakes++;
        }

        int wakes() {
            return wakes;
        }

        long wakeTimeAt(int w) {
            return wakeTime[w];
        }

        TaskTrack build() {
            return new TaskTrack(this);
        }
    }
}
