package org.rtscope.analysis.derived;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.IntIntMap;
import org.rtscope.model.Trace;

/**
 * The run slices of each task across all CPUs, in time order. The model keeps slices per CPU (what a
 * lane draws); questions about one task — how long it ran without blocking, how long it waited to run
 * — need them per task, wherever the task migrated.
 *
 * <p>A busy trace has millions of slices, so they are kept as two primitive columns grouped by task
 * (16 bytes a slice: the start for searching, and where the slice lives in its CPU's {@link CpuSlices});
 * {@link Slice} records are made only for the slices a caller asks for.
 */
public final class TaskSlices {
    /** One slice of a task: slice {@code index} of {@code cpu}'s {@link CpuSlices}. */
    public record Slice(int cpu, int index, long start, long end, int prio, int endState, int flags) {
    }

    private final Trace trace;
    /** Tids in ascending order; the slices of {@code tids[k]} are {@code [offsets[k], offsets[k + 1])}. */
    private final int[] tids;
    /** tid → position in {@link #tids}: asked once per wake-up, so a hash probe rather than a binary search. */
    private final IntIntMap indexOfTid = new IntIntMap();
    private final int[] offsets;
    private final long[] starts;
    /** {@code cpu << 32 | index}: where each slice lives. */
    private final long[] refs;

    private TaskSlices(Trace trace, int[] tids, int[] offsets, long[] starts, long[] refs) {
        this.trace = trace;
        this.tids = tids;
        for (int k = 0; k < tids.length; k++) {
            indexOfTid.put(tids[k], k);
        }
        this.offsets = offsets;
        this.starts = starts;
        this.refs = refs;
    }

    /**
     * Collects the non-idle slices of every CPU of {@code trace}: a counting pass, a filling pass and a
     * merge per task, each a method of its own so that a cold JVM compiles each loop on its own.
     */
    public static TaskSlices of(Trace trace) {
        SliceCounts counts = SliceCounts.of(trace);
        int distinct = counts.distinct;
        int[] tids = Arrays.copyOf(counts.tidOfSlot, distinct);
        Arrays.sort(tids);
        int[] offsets = new int[distinct + 1];
        int[] next = new int[distinct];
        for (int k = 0; k < distinct; k++) {
            int slot = counts.slotOfTid.get(tids[k], -1);
            offsets[k + 1] = offsets[k] + counts.perSlot[slot];
            next[slot] = offsets[k];
        }
        long[] starts = new long[offsets[distinct]];
        long[] refs = new long[starts.length];
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            fill(trace.slices(cpu), counts.slotOfTid, next, starts, refs);
        }
        for (int k = 0; k < distinct; k++) {
            SortedRuns.merge(starts, refs, offsets[k], offsets[k + 1]);
        }
        return new TaskSlices(trace, tids, offsets, starts, refs);
    }

    /** The non-idle slices per task, tasks numbered in order of first appearance. */
    private static final class SliceCounts {
        final IntIntMap slotOfTid = new IntIntMap();
        int[] perSlot = new int[16];
        int[] tidOfSlot = new int[16];
        int distinct;

        static SliceCounts of(Trace trace) {
            SliceCounts counts = new SliceCounts();
            for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
                counts.count(trace.slices(cpu));
            }
            return counts;
        }

        private void count(CpuSlices slices) {
            for (int k = 0; k < slices.size(); k++) {
                if (slices.isIdle(k)) {
                    continue;
                }
                int slot = slotOfTid.get(slices.tid(k), -1);
                if (slot < 0) {
                    if (distinct == perSlot.length) {
                        perSlot = Arrays.copyOf(perSlot, distinct * 2);
                        tidOfSlot = Arrays.copyOf(tidOfSlot, distinct * 2);
                    }
                    slot = distinct++;
                    slotOfTid.put(slices.tid(k), slot);
                    tidOfSlot[slot] = slices.tid(k);
                }
                perSlot[slot]++;
            }
        }
    }

    /** Writes the non-idle slices of one CPU at each task's next position. */
    private static void fill(CpuSlices slices, IntIntMap slotOfTid, int[] next, long[] starts, long[] refs) {
        long cpu = slices.cpu();
        for (int k = 0; k < slices.size(); k++) {
            if (!slices.isIdle(k)) {
                int at = next[slotOfTid.get(slices.tid(k), -1)]++;
                starts[at] = slices.start(k);
                refs[at] = cpu << 32 | k;
            }
        }
    }

    /** The slices of {@code tid} in time order (empty when it never ran). */
    public List<Slice> of(int tid) {
        int task = taskIndex(tid);
        if (task < 0) {
            return List.of();
        }
        return new AbstractList<>() {
            @Override
            public Slice get(int j) {
                return slice(task, j);
            }

            @Override
            public int size() {
                return sliceCount(task);
            }
        };
    }

    /** Index in {@link #of(int)} of the first slice of {@code tid} starting at or after {@code t}, or its size. */
    public int firstStartingAtOrAfter(int tid, long t) {
        int k = taskIndex(tid);
        return k < 0 ? 0 : firstStartingAtOrAfterIndexed(k, t);
    }

    /** Position of {@code tid} for the index-based lookups below, or -1 when it never ran. */
    public int taskIndex(int tid) {
        return indexOfTid.get(tid, -1);
    }

    /** Number of tasks that ran; task indexes are {@code 0 ..} this − 1. */
    public int taskCount() {
        return tids.length;
    }

    /** Number of slices of the task at {@code taskIndex}. */
    public int sliceCount(int taskIndex) {
        return offsets[taskIndex + 1] - offsets[taskIndex];
    }

    /** Start of slice {@code j} of the task at {@code taskIndex}. */
    public long sliceStart(int taskIndex, int j) {
        return starts[offsets[taskIndex] + j];
    }

    /** End of slice {@code j} of the task at {@code taskIndex}. */
    public long sliceEnd(int taskIndex, int j) {
        long ref = refs[offsets[taskIndex] + j];
        return trace.slices((int) (ref >>> 32)).end((int) ref);
    }

    /** Slice {@code j} of the task at {@code taskIndex}, as a record. */
    public Slice slice(int taskIndex, int j) {
        long ref = refs[offsets[taskIndex] + j];
        int cpu = (int) (ref >>> 32);
        int index = (int) ref;
        CpuSlices slices = trace.slices(cpu);
        return new Slice(cpu, index, slices.start(index), slices.end(index), slices.prio(index),
                slices.endState(index), slices.flags(index));
    }

    /** First slice of the task at {@code taskIndex} starting at or after {@code t}, or its slice count. */
    public int firstStartingAtOrAfterIndexed(int taskIndex, long t) {
        int from = offsets[taskIndex];
        int lo = from;
        int hi = offsets[taskIndex + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - from;
    }

    /**
     * {@link #firstStartingAtOrAfterIndexed} for callers that ask about one task at non-decreasing times:
     * starting from {@code hint} (the previous answer) it steps forward, so a pass over a whole trace
     * costs one step per slice instead of a binary search per question. A time earlier than the hint's
     * falls back to the binary search.
     */
    public int firstStartingAtOrAfterFrom(int taskIndex, long t, int hint) {
        int from = offsets[taskIndex];
        int end = offsets[taskIndex + 1];
        int at = from + hint;
        if (at > end || at > from && starts[at - 1] >= t) {
            return firstStartingAtOrAfterIndexed(taskIndex, t);
        }
        while (at < end && starts[at] < t) {
            at++;
        }
        return at - from;
    }

    /** True when {@code tid} was on a CPU at {@code t}. */
    public boolean runningAt(int tid, long t) {
        int task = taskIndex(tid);
        if (task < 0) {
            return false;
        }
        int k = firstStartingAtOrAfterIndexed(task, t + 1) - 1;
        return k >= 0 && sliceEnd(task, k) > t;
    }
}
