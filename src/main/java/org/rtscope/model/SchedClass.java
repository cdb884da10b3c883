package org.rtscope.model;

/**
 * Scheduling class as far as a kernel priority tells it: prio &lt; 0 is SCHED_DEADLINE, 0–99 the RT
 * classes (FIFO/RR cannot be told apart from the priority alone), 100–139 the fair class.
 */
public enum SchedClass {
    DEADLINE, RT, FAIR, UNKNOWN;

    /** The class of a kernel priority as printed in sched_switch/sched_wakeup ({@code prev_prio}). */
    public static SchedClass ofKernelPrio(int prio) {
        if (prio == Task.NO_PRIO) {
            return UNKNOWN;
        }
        if (prio < 0) {
            return DEADLINE;
        }
        return prio < 100 ? RT : FAIR;
    }

    /** The user-visible RT priority (1–99, as chrt shows it) of a kernel RT priority. */
    public static int rtPriority(int kernelPrio) {
        return 99 - kernelPrio;
    }
}
