package org.rtscope.analysis.derived;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rtscope.model.Backtrace;
import org.rtscope.model.EventKind;
import org.rtscope.model.Frame;
import org.rtscope.model.IrqFlags;
import org.rtscope.model.Task;
import org.rtscope.model.Trace;

/**
 * Who sent a fatal kernel signal, and why: the evidence for "the kernel killed my RT thread"
 * (CATALOG P01) against its look-alikes. A {@code signal_generate} with {@code code=128} (SI_KERNEL) was
 * raised by the kernel, not by {@code kill(2)}; its callchain says which part of the kernel:
 * <ul>
 *   <li>the tick path, {@code run_posix_cpu_timers} under the timer interrupt (kernels before task-work
 *       deferral, and architectures without it);</li>
 *   <li>the task-work path, {@code posix_cpu_timers_work} ← {@code task_work_run} on the way back to user
 *       space (x86 since v5.9, {@code CONFIG_POSIX_CPU_TIMERS_TASK_WORK});</li>
 *   <li>old PREEMPT_RT patch sets, where a {@code posixcputmr/N} kthread sends it;</li>
 *   <li>the OOM killer ({@code oom_kill_process} in the chain), which rules the RLIMIT_RTTIME kill out.</li>
 * </ul>
 * In the first three the event's own task is the victim thread (the signal is raised while it runs) or
 * the timer kthread. Without a callchain the path is {@link Path#UNKNOWN}.
 */
public final class KillAttribution {
    /** The kernel path that raised the signal. */
    public enum Path {
        TICK("tick path (run_posix_cpu_timers in the timer interrupt)"),
        TASK_WORK("task-work path (posix_cpu_timers_work on return to user space)"),
        TIMER_THREAD("posixcputmr kthread (PREEMPT_RT patch sets)"),
        OOM("OOM killer"),
        OTHER("a callchain through none of the above"),
        UNKNOWN("no callchain recorded");

        private final String description;

        Path(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** {@code si_code} of kernel-originated signals. */
    public static final int SI_KERNEL = 128;

    private static final Set<String> TICK_FRAMES = Set.of("run_posix_cpu_timers", "check_thread_timers",
            "check_process_timers");
    private static final Set<String> TASK_WORK_FRAMES = Set.of("posix_cpu_timers_work", "handle_posix_cpu_timers");
    private static final Set<String> OOM_FRAMES = Set.of("oom_kill_process", "__oom_kill_process", "out_of_memory",
            "mem_cgroup_out_of_memory", "oom_reap_task");

    /**
     * One kernel-sent signal.
     *
     * @param event            the signal_generate event
     * @param senderTid        the task current when the event fired (the victim itself on the tick and
     *                         task-work paths)
     * @param inHardIrq        the event carried the ftrace hard-IRQ flag ({@code h})
     * @param victimRealtime   the victim ran at an RT priority in this trace (null when the trace does not tell)
     * @param rtRunNanos       RT on-CPU time of the victim since it last blocked, at the signal (-1 when the
     *                         trace has no scheduling events for it)
     */
    public record Kill(int event, long time, int cpu, int signal, int victimTid, String victimComm, int senderTid,
                       boolean inHardIrq, Path path, Boolean victimRealtime, long rtRunNanos) {
    }

    private KillAttribution() {
    }

    /** Every {@code signal_generate} of one of {@code signals} with {@code code=128}, in time order. */
    public static List<Kill> of(Trace trace, Set<Integer> signals, RtRunBudget budget) {
        List<Kill> kills = new ArrayList<>();
        for (int i : trace.eventsOf(EventKind.SIGNAL_GENERATE)) {
            if (trace.arg(i, 1) != SI_KERNEL
                    || !signals.contains(trace.arg(i, 0))) {
                continue;
            }
            int victim = trace.arg(i, 2);
            Task task = trace.tasks().get(victim);
            Boolean realtime = task == null || task.prioChanges() == 0 ? null : task.everRealtime();
            long run = budget == null || task == null || task.prioChanges() == 0 ? -1
                    : budget.onCpuSinceLastBlock(victim, trace.ts(i));
            kills.add(new Kill(i, trace.ts(i), trace.cpu(i), trace.arg(i, 0), victim,
                    task == null ? "" : task.comm(), trace.tid(i), IrqFlags.inHardIrq(trace.flags(i)),
                    path(trace, i), realtime, run));
        }
        return kills;
    }

    /** The path read from the event's callchain and sender. */
    static Path path(Trace trace, int event) {
        Backtrace stack = trace.stack(event);
        if (stack != null) {
            for (Frame frame : stack.frames()) {
                String fn = FrameNames.normalize(frame.function());
                if (OOM_FRAMES.contains(fn)) {
                    return Path.OOM;
                }
            }
            for (Frame frame : stack.frames()) {
                String fn = FrameNames.normalize(frame.function());
                if (TASK_WORK_FRAMES.contains(fn)) {
                    return Path.TASK_WORK;
                }
                if (TICK_FRAMES.contains(fn)) {
                    return Path.TICK;
                }
            }
            if (!stack.frames().isEmpty()) {
                return Path.OTHER;
            }
        }
        Task sender = trace.tasks().get(trace.tid(event));
        if (sender != null && sender.comm().startsWith("posixcputmr/")) {
            return Path.TIMER_THREAD;
        }
        return Path.UNKNOWN;
    }
}
