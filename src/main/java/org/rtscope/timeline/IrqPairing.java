package org.rtscope.timeline;

import org.rtscope.model.EventKind;
import org.rtscope.model.Trace;

/**
 * Pairs interrupt entry and exit events into intervals, per CPU and {@link IrqRow}, in one pass over
 * the trace. Exits are matched to their entry by identity (vector, IRQ number, hrtimer address), so a
 * lost exit or a nested interrupt cannot shift every later pairing by one:
 * <ul>
 *   <li>an entry while another of the same row is open nests: the outer interval is cut at the inner
 *       one's start and resumes after its exit (the rows stay free of overlaps);</li>
 *   <li>an entry whose identity is already open, or an exit that matches a deeper entry, means exits
 *       were lost: the entries above are closed there and flagged {@link IrqIntervals#LOST_EXIT};</li>
 *   <li>an exit before any entry of its row on that CPU started before the trace: it becomes an
 *       interval from the CPU's first event, flagged {@link IrqIntervals#PARTIAL_START};</li>
 *   <li>entries still open at the end are closed at the CPU's last event ({@link IrqIntervals#PARTIAL_END}).</li>
 * </ul>
 */
public final class IrqPairing {
    private static final int ROWS = IrqRow.values().length;
    private static final int MAX_DEPTH = 8;

    private final Trace trace;
    private final int cpus;
    private final IrqIntervals.Builder[] builders;
    /** Per cpu*ROWS+row: open entry events, their identities and where their current piece starts. */
    private final int[][] openEvent;
    private final int[][] openId;
    private final long[][] pieceStart;
    private final int[] depth;
    private final long[] firstTs;
    private final long[] lastTs;
    private final byte[] schedTimer;

    private IrqPairing(Trace trace) {
        this.trace = trace;
        this.cpus = trace.cpuCount();
        int n = cpus * ROWS;
        builders = new IrqIntervals.Builder[n];
        openEvent = new int[n][MAX_DEPTH];
        openId = new int[n][MAX_DEPTH];
        pieceStart = new long[n][MAX_DEPTH];
        depth = new int[n];
        for (int slot = 0; slot < n; slot++) {
            builders[slot] = new IrqIntervals.Builder(IrqRow.values()[slot % ROWS]);
        }
        firstTs = new long[cpus];
        lastTs = new long[cpus];
        java.util.Arrays.fill(firstTs, Long.MIN_VALUE);
        schedTimer = new byte[trace.stringCount()];
    }

    /** Interrupt intervals of {@code trace}: {@code [cpu][row.ordinal()]}. */
    public static IrqIntervals[][] pair(Trace trace) {
        return new IrqPairing(trace).run();
    }

    private IrqIntervals[][] run() {
        int size = trace.size();
        for (int i = 0; i < size; i++) {
            int cpu = trace.cpu(i);
            long ts = trace.ts(i);
            if (firstTs[cpu] == Long.MIN_VALUE) {
                firstTs[cpu] = ts;
            }
            lastTs[cpu] = ts;
            EventKind kind = trace.kind(i);
            IrqRow row = IrqRow.of(kind);
            if (row == null) {
                continue;
            }
            int slot = cpu * ROWS + row.ordinal();
            int id = identity(row, i);
            if (kind.isEntry()) {
                enter(slot, i, id, ts);
            } else {
                exit(slot, i, id, ts, cpu);
            }
        }
        IrqIntervals[][] result = new IrqIntervals[cpus][ROWS];
        for (int cpu = 0; cpu < cpus; cpu++) {
            for (int r = 0; r < ROWS; r++) {
                int slot = cpu * ROWS + r;
                while (depth[slot] > 0) {
                    pop(slot, lastTs[cpu], IrqIntervals.PARTIAL_END);
                }
                result[cpu][r] = builders[slot].build(trace);
            }
        }
        return result;
    }

    private void enter(int slot, int event, int id, long ts) {
        int open = find(slot, id);
        if (open >= 0) {
            while (depth[slot] > open) {
                pop(slot, ts, IrqIntervals.LOST_EXIT);
            }
        }
        int d = depth[slot];
        if (d > 0) {
            cutPiece(slot, d - 1, ts);
        }
        if (d == MAX_DEPTH) {
            // deeper nesting than any kernel does: the bottom entry lost its exit long ago
            System.arraycopy(openEvent[slot], 1, openEvent[slot], 0, d - 1);
            System.arraycopy(openId[slot], 1, openId[slot], 0, d - 1);
            System.arraycopy(pieceStart[slot], 1, pieceStart[slot], 0, d - 1);
            d--;
        }
        openEvent[slot][d] = event;
        openId[slot][d] = id;
        pieceStart[slot][d] = ts;
        depth[slot] = d + 1;
    }

    private void exit(int slot, int event, int id, long ts, int cpu) {
        int open = find(slot, id);
        if (open < 0) {
            IrqIntervals.Builder builder = builders[slot];
            if (builder.size() == 0 && depth[slot] == 0) {
                builder.add(firstTs[cpu], ts, event, IrqIntervals.PARTIAL_START, key(slot, event));
            }
            return;
        }
        while (depth[slot] > open + 1) {
            pop(slot, ts, IrqIntervals.LOST_EXIT);
        }
        pop(slot, ts, 0);
    }

    /** Closes the innermost open entry at {@code ts}; the one below resumes there. */
    private void pop(int slot, long ts, int flag) {
        int d = depth[slot] - 1;
        int event = openEvent[slot][d];
        builders[slot].add(pieceStart[slot][d], ts, event, flag, key(slot, event));
        depth[slot] = d;
        if (d > 0) {
            pieceStart[slot][d - 1] = ts;
        }
    }

    private void cutPiece(int slot, int level, long ts) {
        if (ts > pieceStart[slot][level]) {
            int event = openEvent[slot][level];
            builders[slot].add(pieceStart[slot][level], ts, event, 0, key(slot, event));
        }
    }

    private int find(int slot, int id) {
        for (int d = depth[slot] - 1; d >= 0; d--) {
            if (openId[slot][d] == id) {
                return d;
            }
        }
        return -1;
    }

    /** What ties an exit to its entry: the hrtimer address, else the IRQ number or vector. */
    private int identity(IrqRow row, int i) {
        return row == IrqRow.HRTIMER ? trace.arg(i, 3) : trace.arg(i, 0);
    }

    private int key(int slot, int event) {
        IrqRow row = IrqRow.values()[slot % ROWS];
        if (row == IrqRow.HRTIMER && trace.kind(event) == EventKind.HRTIMER_EXPIRE_ENTRY) {
            int fn = trace.arg(event, 0);
            if (fn >= 0 && fn < schedTimer.length) {
                if (schedTimer[fn] == 0) {
                    schedTimer[fn] = (byte) (IrqIntervals.isSchedTimer(trace.string(fn)) ? 2 : 1);
                }
                if (schedTimer[fn] == 2) {
                    return IrqIntervals.KEY_SCHED_TIMER;
                }
            }
        }
        return row.ordinal();
    }
}
