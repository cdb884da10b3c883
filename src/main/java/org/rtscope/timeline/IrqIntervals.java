package org.rtscope.timeline;

import java.util.Arrays;
import org.rtscope.model.EventKind;
import org.rtscope.model.SoftirqNames;
import org.rtscope.model.Trace;

/**
 * The interrupt intervals of one CPU and one {@link IrqRow}, in primitive columns: start, end, the
 * entry event (what a click selects) and flags. Intervals do not overlap: where the kernel nested two
 * of the same row (a hard hrtimer expiring inside a soft one), the outer one is split around the
 * inner, which is what the lane shows anyway. Built by {@link IrqPairing}.
 *
 * <p>The key of an interval is the row's ordinal, except that hrtimers whose function ends an RT
 * throttling window or drives a deadline server get {@link #KEY_SCHED_TIMER}, so the timer that
 * unthrottles a CPU stands out from the ordinary tick handlers.
 */
public final class IrqIntervals implements IntervalSeries {
    /** The interval started before the trace (its entry was not recorded). */
    public static final int PARTIAL_START = 1;
    /** The interval was still open when the CPU's events ended. */
    public static final int PARTIAL_END = 2;
    /** Its exit was not recorded; it was closed by the next interrupt of the same kind. */
    public static final int LOST_EXIT = 4;
    /** Key of scheduler hrtimers (sched_rt_period_timer, dl_task_timer, ...). */
    public static final int KEY_SCHED_TIMER = IrqRow.values().length;

    private final Trace trace;
    private final IrqRow row;
    private final long[] start;
    private final long[] end;
    private final int[] event;
    private final byte[] flags;
    private final int[] key;

    IrqIntervals(Trace trace, IrqRow row, long[] start, long[] end, int[] event, byte[] flags, int[] key) {
        this.trace = trace;
        this.row = row;
        this.start = start;
        this.end = end;
        this.event = event;
        this.flags = flags;
        this.key = key;
    }

    public IrqRow row() {
        return row;
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
        return key[k];
    }

    /** The entry event of interval {@code k} (the exit event when the entry was not recorded). */
    public int event(int k) {
        return event[k];
    }

    public int flags(int k) {
        return flags[k];
    }

    /** Index of the interval containing {@code t}, or -1. */
    public int indexAt(long t) {
        int k = firstEndingAfter(t);
        return k < size() && start[k] <= t ? k : -1;
    }

    /**
     * What the interval is called, as short as the lane needs: the hrtimer function, the IRQ number
     * and handler name, the softirq vector name, or "tick".
     */
    public String label(int k) {
        int i = event[k];
        EventKind kind = trace.kind(i);
        switch (row) {
            case HRTIMER:
                return kind == EventKind.HRTIMER_EXPIRE_ENTRY ? trace.string(trace.arg(i, 0)) : "hrtimer";
            case HARDIRQ:
                return kind == EventKind.IRQ_HANDLER_ENTRY
                        ? trace.arg(i, 0) + " " + trace.string(trace.arg(i, 1)) : "irq " + trace.arg(i, 0);
            case SOFTIRQ:
                return SoftirqNames.of(trace.arg(i, 0));
            default:
                return "tick";
        }
    }

    /** True for the hrtimer functions that belong to scheduler bandwidth control. */
    static boolean isSchedTimer(String function) {
        return function.startsWith("sched_rt_period_timer") || function.startsWith("dl_task_timer")
                || function.startsWith("inactive_task_timer") || function.startsWith("sched_cfs_period_timer")
                || function.startsWith("sched_cfs_slack_timer");
    }

    /** Appends intervals of one CPU and row in time order. */
    static final class Builder {
        private final IrqRow row;
        private long[] start = new long[16];
        private long[] end = new long[16];
        private int[] event = new int[16];
        private byte[] flags = new byte[16];
        private int[] key = new int[16];
        private int size;

        Builder(IrqRow row) {
            this.row = row;
        }

        int size() {
            return size;
        }

        void add(long from, long to, int ev, int flag, int k) {
            if (to < from) {
                return;
            }
            if (size == start.length) {
                int n = size * 2;
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
                event = Arrays.copyOf(event, n);
                flags = Arrays.copyOf(flags, n);
                key = Arrays.copyOf(key, n);
            }
            start[size] = from;
            end[size] = to;
            event[size] = ev;
            flags[size] = (byte) flag;
            key[size] = k;
            size++;
        }

        IrqIntervals build(Trace trace) {
            return new IrqIntervals(trace, row, Arrays.copyOf(start, size), Arrays.copyOf(end, size),
                    Arrays.copyOf(event, size), Arrays.copyOf(flags, size), Arrays.copyOf(key, size));
        }
    }
}
