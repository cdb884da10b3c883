package org.rtscope.model;

/** The kernel's softirq vector names (include/linux/interrupt.h), stable since v2.6.36. */
public final class SoftirqNames {
    private static final String[] NAMES = {"HI", "TIMER", "NET_TX", "NET_RX", "BLOCK", "IRQ_POLL", "TASKLET", "SCHED",
        "HRTIMER", "RCU"};

    private SoftirqNames() {
    }

    public static String of(int vector) {
        return vector >= 0 && vector < NAMES.length ? NAMES[vector] : Integer.toString(vector);
    }
}
