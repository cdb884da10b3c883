package org.rtscope.timeline;

import org.rtscope.model.CpuSlices;
import org.rtscope.model.Task;
import org.rtscope.model.TaskTable;

/**
 * The priority a slice is shown with: the more urgent of its priority at the start and the task's
 * priority when it left the CPU (the {@code prev_prio} of the switch that ended it).
 *
 * <p>A program that raises itself to SCHED_FIFO does so while running, inside a slice whose start
 * still carries its old normal priority; nothing is logged until it is switched out at the RT
 * priority (in the s2 recording, rt_hog hogged CPU 1 as RT for 0.87 s of such a slice). Showing the
 * start priority would paint that RT hogging in a normal task's cool colour, hiding the very thing
 * the user looks for.
 */
public final class SlicePriority {

    private SlicePriority() {
    }

    /** Kernel priority to show slice {@code k} with, or {@link Task#NO_PRIO}. */
    public static int effective(CpuSlices slices, int k, TaskTable tasks) {
        int atStart = slices.prio(k);
        int atEnd = atEnd(slices, k, tasks);
        if (atStart == Task.NO_PRIO) {
            return atEnd;
        }
        return atEnd == Task.NO_PRIO ? atStart : Math.min(atStart, atEnd);
    }

    /** The task's kernel priority in effect when slice {@code k} ended, or {@link Task#NO_PRIO}. */
    public static int atEnd(CpuSlices slices, int k, TaskTable tasks) {
        Task task = slices.isIdle(k) ? null : tasks.get(slices.tid(k));
        return task == null ? Task.NO_PRIO : task.prioAtTime(slices.end(k));
    }
}
