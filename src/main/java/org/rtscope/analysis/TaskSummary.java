package org.rtscope.analysis;

import java.util.Comparator;
import org.rtscope.model.SchedClass;
import org.rtscope.model.Task;

/**
 * One task as reports list it: who it is, how it was scheduled, how long it ran.
 *
 * @param pid         process id, or -1 when the source did not tell it
 * @param policy      null when no priority of the task was seen
 * @param rtPriority  the 1–99 priority {@code chrt} shows, or null for non-RT tasks
 * @param onCpuNanos  time the task ran, summed over all CPUs
 */
public record TaskSummary(int tid, int pid, String comm, SchedPolicy policy, Integer rtPriority, long onCpuNanos) {

    /**
     * The order reports use: deadline tasks, then RT tasks by RT priority (highest first), then all
     * others; ties by tid. The tasks that can starve a CPU come first.
     */
    public static final Comparator<TaskSummary> REPORT_ORDER = Comparator
            .comparingInt(TaskSummary::classRank)
            .thenComparing(t -> t.rtPriority() == null ? 0 : -t.rtPriority())
            .thenComparingInt(TaskSummary::tid);

    /** Summarises {@code task}, judging its policy by the best priority it ever had. */
    public static TaskSummary of(Task task, long onCpuNanos) {
        int best = task.bestPrio();
        SchedPolicy policy = SchedPolicy.ofKernelPrio(best);
        Integer rtPriority = policy != null && policy.isRealtime() ? SchedClass.rtPriority(best) : null;
        return new TaskSummary(task.tid(), task.pid(), task.comm(), policy, rtPriority, onCpuNanos);
    }

    public boolean isRealtime() {
        return policy != null && policy.isRealtime();
    }

    private int classRank() {
        if (policy == SchedPolicy.DEADLINE) {
            return 0;
        }
        return isRealtime() ? 1 : 2;
    }
}
