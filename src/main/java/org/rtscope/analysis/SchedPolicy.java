package org.rtscope.analysis;

import org.rtscope.model.SchedClass;

/**
 * A task's scheduling policy as far as the sources tell it. ftrace only prints kernel priorities, which
 * cannot tell SCHED_FIFO from SCHED_RR: such tasks are {@link #RT}. {@link #FIFO} and {@link #RR} are for
 * sources that do name the policy (e.g. {@code chrt} or {@code /proc/PID/sched} output).
 */
public enum SchedPolicy {
    FIFO, RR, RT, DEADLINE, OTHER;

    /** The policy a kernel priority implies, or null when the priority is unknown. */
    public static SchedPolicy ofKernelPrio(int kernelPrio) {
        switch (SchedClass.ofKernelPrio(kernelPrio)) {
            case DEADLINE:
                return DEADLINE;
            case RT:
                return RT;
            case FAIR:
                return OTHER;
            default:
                return null;
        }
    }

    /** True for the real-time policies that have a 1–99 RT priority. */
    public boolean isRealtime() {
        return this == FIFO || this == RR || this == RT;
    }
}
