package org.rtscope.timeline;

/**
 * What a marker on a marker lane stands for, most important first: the order decides which marker a
 * crowded pixel column shows, so a kill is never hidden behind the signals around it.
 */
public enum MarkerKind {
    /** SIGKILL or SIGXCPU generated for a task: the RLIMIT_RTTIME kill, the OOM killer, kill -9. */
    KILL,
    /** A lockup, RCU stall or hung-task report. */
    STALL,
    /** Any other report with a backtrace: oops, WARN, crash or gdb stack. */
    REPORT,
    /** Any other signal generated. */
    SIGNAL,
    /** A task exited. */
    EXIT;

    /** Higher is more important. */
    public int priority() {
        return values().length - ordinal();
    }
}
