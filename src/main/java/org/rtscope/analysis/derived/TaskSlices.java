package org.rtscope.analysis.derived;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.Trace;

/**
 * The run slices of each task across all CPUs, in time order. The model keeps slices per CPU (what a
 * lane draws); questions about one task — how long it ran without blocking, how long it waited to run
 * — need them per task, wherever the task migrated.
 */
public final class TaskSlices {
    /** One slice of a task: slice {@code index} of {@code cpu}'s {@link CpuSlices}. */
    public record Slice(int cpu, int index, long start, long end, int prio, int endState, int flags) {
    }

    /** Tids in ascending order; {@code lists[k]} and {@code starts[k]} belong to {@code tids[k]}. */
    private final int[] tids;
    private final List<Slice>[] lists;
    /** Slice starts per task as primitives: the binary searches run per wake-up, millions of times. */
    private final long[][] starts;

    @SuppressWarnings("unchecked")
    private TaskSlices(Map<Integer, List<Slice>> byTid) {
        tids = byTid.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        lists = new List[tids.length];
        starts = new long[tids.length][];
        for (int k = 0; k < tids.length; k++) {
            List<Slice> list = byTid.get(tids[k]);
            lists[k] = list;
            long[] s = new long[list.size()];
            for (int j = 0; j < s.length; j++) {
                s[j] = list.get(j).start();
            }
            starts[k] = s;
        }
    }

    /** Collects the non-idle slices of every CPU of {@code trace}. */
    public static TaskSlices of(Trace trace) {
        Map<Integer, List<Slice>> byTid = new HashMap<>();
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            CpuSlices slices = trace.slices(cpu);
            for (int k = 0; k < slices.size(); k++) {
                if (!slices.isIdle(k)) {
                    byTid.computeIfAbsent(slices.tid(k), t -> new ArrayList<>()).add(new Slice(cpu, k,
                            slices.start(k), slices.end(k), slices.prio(k), slices.endState(k), slices.flags(k)));
                }
            }
        }
        for (List<Slice> list : byTid.values()) {
            list.sort((a, b) -> Long.compare(a.start(), b.start()));
        }
        return new TaskSlices(byTid);
    }

    /** The slices of {@code tid} in time order (empty when it never ran). */
    public List<Slice> of(int tid) {
        int k = Arrays.binarySearch(tids, tid);
        return k < 0 ? List.of() : lists[k];
    }

    /** Index in {@link #of(int)} of the first slice of {@code tid} starting at or after {@code t}, or its size. */
    public int firstStartingAtOrAfter(int tid, long t) {
        int k = Arrays.binarySearch(tids, tid);
        return k < 0 ? 0 : firstStartingAtOrAfterIndexed(k, t);
    }

    /** Position of {@code tid} for the index-based lookups below, or -1 when it never ran. */
    public int taskIndex(int tid) {
        int k = Arrays.binarySearch(tids, tid);
        return k < 0 ? -1 : k;
    }

    /** Number of slices of the task at {@code taskIndex}. */
    public int sliceCount(int taskIndex) {
        return starts[taskIndex].length;
    }

    /** Start of slice {@code j} of the task at {@code taskIndex}. */
    public long sliceStart(int taskIndex, int j) {
        return starts[taskIndex][j];
    }

    /** First slice of the task at {@code taskIndex} starting at or after {@code t}, or its slice count. */
    public int firstStartingAtOrAfterIndexed(int taskIndex, long t) {
        long[] s = starts[taskIndex];
        int lo = 0;
        int hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** End of slice {@code j} of the task at {@code taskIndex}. */
    public long sliceEnd(int taskIndex, int j) {
        return lists[taskIndex].get(j).end();
    }

    /** True when {@code tid} was on a CPU at {@code t}. */
    public boolean runningAt(int tid, long t) {
        List<Slice> list = of(tid);
        int k = firstStartingAtOrAfter(tid, t + 1) - 1;
        return k >= 0 && list.get(k).end() > t;
    }
}
