package org.rtscope.analysis.derived;

import java.util.ArrayList;
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

    private final Map<Integer, List<Slice>> byTid;

    private TaskSlices(Map<Integer, List<Slice>> byTid) {
        this.byTid = byTid;
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
        return byTid.getOrDefault(tid, List.of());
    }

    /** Index in {@link #of(int)} of the first slice of {@code tid} starting at or after {@code t}, or its size. */
    public int firstStartingAtOrAfter(int tid, long t) {
        List<Slice> list = of(tid);
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start() < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True when {@code tid} was on a CPU at {@code t}. */
    public boolean runningAt(int tid, long t) {
        List<Slice> list = of(tid);
        int k = firstStartingAtOrAfter(tid, t + 1) - 1;
        return k >= 0 && list.get(k).end() > t;
    }
}
