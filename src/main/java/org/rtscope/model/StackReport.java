package org.rtscope.model;

import java.util.Map;

/**
 * A multi-line report that carries a backtrace: a kernel oops/WARN/lockup/RCU-stall/hung-task dump,
 * one task of {@code crash> bt}, one thread of a gdb backtrace. Reports are few, so they are objects.
 * crash's per-CPU run queues ({@code runq}) and task lists ({@code ps}) are reports too, with an empty
 * backtrace and their state in the attributes, so the evidence of a dump stays in one list.
 *
 * @param kind       what kind of report ({@link #OOPS}, {@link #SOFT_LOCKUP}, {@link #CRASH_TASK}, ...)
 * @param title      the line that names it ("watchdog: BUG: soft lockup - CPU#3 stuck for 22s! [rt:123]")
 * @param time       nanoseconds on the source's boot clock, or {@link LogStore#NO_TIME}
 * @param cpu        CPU the report is about, or -1
 * @param pid        task (tid) the report is about, or -1 (gdb: the LWP)
 * @param comm       that task's name, or empty
 * @param firstLine  1-based source line where the report starts
 * @param lastLine   1-based source line where it ends
 * @param backtrace  its frames (possibly empty)
 * @param attributes other named facts of the report: registers ("RIP", "RSP"), "Modules linked in",
 *                   "Tainted", crash's "TASK", gdb's "thread" number
 */
public record StackReport(String kind, String title, long time, int cpu, int pid, String comm, int firstLine,
                          int lastLine, Backtrace backtrace, Map<String, String> attributes) {
    public static final String OOPS = "oops";
    public static final String WARNING = "warning";
    public static final String SOFT_LOCKUP = "soft-lockup";
    public static final String HARD_LOCKUP = "hard-lockup";
    public static final String RCU_STALL = "rcu-stall";
    public static final String HUNG_TASK = "hung-task";
    public static final String NMI_BACKTRACE = "nmi-backtrace";
    public static final String STACK_DUMP = "stack-dump";
    /** A {@code BUG: ...} report that is not an oops: scheduling while atomic, sleeping in atomic, KASAN, ... */
    public static final String BUG = "bug";
    /** {@code Kernel panic - not syncing: ...} with the stack of the panicking CPU. */
    public static final String PANIC = "panic";
    /** An OOM-killer invocation ({@code comm invoked oom-killer: ...}) with its allocation stack. */
    public static final String OOM = "oom";
    public static final String CRASH_TASK = "crash-task";
    public static final String GDB_THREAD = "gdb-thread";
    /** One CPU of {@code crash> runq}: current task, queued RT/CFS tasks, throttled groups. */
    public static final String CRASH_RUNQ = "crash-runq";
    /** One task of {@code crash> ps} / {@code ps -m} / {@code ps -l}: state and time since it last ran. */
    public static final String CRASH_PS = "crash-ps";

    public StackReport {
        attributes = Map.copyOf(attributes);
        comm = comm == null ? "" : comm;
    }

    /** This report with its time moved by {@code offset} ns (a source put on the case clock). */
    public StackReport shifted(long offset) {
        if (offset == 0 || time == LogStore.NO_TIME) {
            return this;
        }
        return new StackReport(kind, title, time + offset, cpu, pid, comm, firstLine, lastLine, backtrace, attributes);
    }
}
