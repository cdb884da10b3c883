package org.rtscope.timeline;

import org.rtscope.model.EventKind;

/**
 * The four kinds of interrupt context a CPU's IRQ lane shows, one row each. They get separate rows
 * because they nest (an hrtimer expiry runs inside the local timer interrupt, a hard IRQ can interrupt
 * a softirq) and a kernel engineer reads them as different questions: is the tick running, which
 * hrtimer fired, which device interrupted, which softirq ran.
 */
public enum IrqRow {
    /** local_timer_entry/exit: the local APIC timer interrupt (the tick, and hrtimer interrupts). */
    TICK("tick"),
    /** hrtimer_expire_entry/exit: one hrtimer callback, labelled with its function. */
    HRTIMER("hrtimer"),
    /** irq_handler_entry/exit: a device interrupt handler, labelled with its name. */
    HARDIRQ("irq"),
    /** softirq_entry/exit: a softirq vector (TIMER, SCHED, RCU, ...). */
    SOFTIRQ("softirq");

    private final String label;

    IrqRow(String label) {
        this.label = label;
    }

    /** Short name for the lane gutter. */
    public String label() {
        return label;
    }

    /** The row an entry or exit event belongs to, or null for events that are not interrupt edges. */
    public static IrqRow of(EventKind kind) {
        switch (kind) {
            case LOCAL_TIMER_ENTRY:
            case LOCAL_TIMER_EXIT:
                return TICK;
            case HRTIMER_EXPIRE_ENTRY:
            case HRTIMER_EXPIRE_EXIT:
                return HRTIMER;
            case IRQ_HANDLER_ENTRY:
            case IRQ_HANDLER_EXIT:
                return HARDIRQ;
            case SOFTIRQ_ENTRY:
            case SOFTIRQ_EXIT:
                return SOFTIRQ;
            default:
                return null;
        }
    }
}
