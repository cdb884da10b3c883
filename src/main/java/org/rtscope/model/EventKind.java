package org.rtscope.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The trace events rtscope understands natively, and the meaning of their four int argument slots.
 *
 * <p>Events are stored in primitive columns (see {@link Trace}); each event has four int arguments
 * whose meaning depends on its kind. Keeping that layout in one place means parsers, analyses and
 * views agree on it without an object per event. "str" marks an id into the trace's string pool,
 * "text" an (offset, length) pair into the trace's text heap.
 */
public enum EventKind {
    /** a0 prev tid, a1 next tid, a2 prev and next kernel prio packed by {@link #packPrios}, a3 prev_state {@link TaskState} bits. */
    SCHED_SWITCH("sched_switch"),
    /** a0 tid, a1 kernel prio, a2 target cpu. */
    SCHED_WAKEUP("sched_wakeup"),
    /** a0 tid, a1 kernel prio, a2 target cpu. */
    SCHED_WAKEUP_NEW("sched_wakeup_new"),
    /** a0 tid, a1 kernel prio, a2 target cpu. */
    SCHED_WAKING("sched_waking"),
    /** a0 parent tid, a1 child tid, a2 str child comm. */
    SCHED_PROCESS_FORK("sched_process_fork"),
    /** a0 tid, a1 old tid, a2 str filename. */
    SCHED_PROCESS_EXEC("sched_process_exec"),
    /** a0 tid, a1 kernel prio, a2 group_dead (1 true, 0 false, -1 unknown). */
    SCHED_PROCESS_EXIT("sched_process_exit"),
    /** a0 tid, a1 old kernel prio, a2 new kernel prio. */
    SCHED_PI_SETPRIO("sched_pi_setprio"),
    /** a0 signal, a1 si_code, a2 target tid, a3 res | errno &lt;&lt; 8 | grp &lt;&lt; 24. */
    SIGNAL_GENERATE("signal_generate"),
    /** a0 signal, a1 si_code, a2 errno, a3 str "sa_handler=.. sa_flags=..". */
    SIGNAL_DELIVER("signal_deliver"),
    /** a0 irq, a1 str handler name. */
    IRQ_HANDLER_ENTRY("irq_handler_entry"),
    /** a0 irq, a1 1 handled / 0 unhandled. */
    IRQ_HANDLER_EXIT("irq_handler_exit"),
    /** a0 vector. */
    SOFTIRQ_ENTRY("softirq_entry"),
    /** a0 vector. */
    SOFTIRQ_EXIT("softirq_exit"),
    /** a0 str function, a1/a2 low/high 32 bits of now (ns, CLOCK_MONOTONIC), a3 str hrtimer address. */
    HRTIMER_EXPIRE_ENTRY("hrtimer_expire_entry"),
    /** a3 str hrtimer address. */
    HRTIMER_EXPIRE_EXIT("hrtimer_expire_exit"),
    /** a0 vector. */
    LOCAL_TIMER_ENTRY("local_timer_entry"),
    /** a0 vector. */
    LOCAL_TIMER_EXIT("local_timer_exit"),
    /** a0 success (1/0), a1 str dependency. */
    TICK_STOP("tick_stop"),
    /** Any other event: a0/a1 text offset/length of the raw field text. */
    OTHER("");

    private static final Map<String, EventKind> BY_NAME = new HashMap<>();

    static {
        for (EventKind kind : values()) {
            if (kind != OTHER) {
                BY_NAME.put(kind.tracepoint, kind);
            }
        }
    }

    private final String tracepoint;

    EventKind(String tracepoint) {
        this.tracepoint = tracepoint;
    }

    /** The tracepoint name (without subsystem), empty for {@link #OTHER}. */
    public String tracepoint() {
        return tracepoint;
    }

    /** The kind of a tracepoint name such as {@code sched_switch} or {@code sched:sched_switch}. */
    public static EventKind ofName(String name) {
        int colon = name.indexOf(':');
        String bare = colon >= 0 ? name.substring(colon + 1) : name;
        return BY_NAME.getOrDefault(bare, OTHER);
    }

    /**
     * Which argument slots hold string-pool ids (bit k = slot k), so that events can be moved between
     * pools when per-chunk traces are merged.
     */
    public int stringSlots() {
        switch (this) {
            case SCHED_PROCESS_FORK:
            case SCHED_PROCESS_EXEC:
                return 1 << 2;
            case SIGNAL_DELIVER:
            case HRTIMER_EXPIRE_EXIT:
                return 1 << 3;
            case IRQ_HANDLER_ENTRY:
            case TICK_STOP:
                return 1 << 1;
            case HRTIMER_EXPIRE_ENTRY:
                return 1 | 1 << 3;
            default:
                return 0;
        }
    }

    /** True for the kinds that open an interval closed by a matching exit event. */
    public boolean isEntry() {
        return this == IRQ_HANDLER_ENTRY || this == SOFTIRQ_ENTRY || this == HRTIMER_EXPIRE_ENTRY
                || this == LOCAL_TIMER_ENTRY;
    }

    /** Packs two kernel priorities (-1..139) into one int slot: prev in the low half, next in the high half. */
    public static int packPrios(int prev, int next) {
        return (prev & 0xFFFF) | (next << 16);
    }

    /** The low (prev) priority of {@link #packPrios}. */
    public static int lowPrio(int packed) {
        return (short) (packed & 0xFFFF);
    }

    /** The high (next) priority of {@link #packPrios}. */
    public static int highPrio(int packed) {
        return packed >> 16;
    }

    /** True for the wake-up family. */
    public boolean isWakeup() {
        return this == SCHED_WAKEUP || this == SCHED_WAKEUP_NEW || this == SCHED_WAKING;
    }
}
