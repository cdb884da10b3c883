package org.rtscope.analysis;

/**
 * Which events timer interrupts were counted from. Reports name it because the two sources count
 * different things: {@code local_timer_entry} is every local APIC timer interrupt, the tick hrtimer
 * only the scheduler ticks among them.
 */
public enum TimerSource {
    /** {@code irq_vectors:local_timer_entry}: every local APIC timer interrupt. */
    LOCAL_TIMER_ENTRY("local_timer_entry"),
    /** {@code hrtimer_expire_entry} of the tick handler, when the trace has no local_timer_entry. */
    TICK_HRTIMER("hrtimer_expire_entry of tick_nohz_handler/tick_sched_timer"),
    /** The trace holds neither. */
    NONE("no timer events in the trace");

    private final String description;

    TimerSource(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
