package org.rtscope.analysis.derived;

import java.util.ArrayList;
import java.util.List;
import org.rtscope.model.EventKind;
import org.rtscope.model.Trace;

/**
 * Finds hrtimer expiries by callback name. The kernel prints the callback as {@code sched_rt_period_timer},
 * trace-cmd as {@code sched_rt_period_timer/0x0}; both name the same function.
 */
public final class TimerFunctions {
    /** The callback that refills the RT budget every period (kernel/sched/rt.c). */
    public static final String RT_PERIOD_TIMER = "sched_rt_period_timer";

    private TimerFunctions() {
    }

    /** The callback name without trace-cmd's {@code /0x..} suffix. */
    public static String bare(String function) {
        int slash = function.indexOf('/');
        return slash > 0 ? function.substring(0, slash) : function;
    }

    /** Indices of the {@code hrtimer_expire_entry} events (all CPUs) whose callback is {@code function}, in time order. */
    public static List<Integer> expiries(Trace trace, String function) {
        boolean[] matches = new boolean[trace.stringCount()];
        for (int id = 0; id < matches.length; id++) {
            matches[id] = bare(trace.string(id)).equals(function);
        }
        List<Integer> found = new ArrayList<>();
        for (int i : trace.eventsOf(EventKind.HRTIMER_EXPIRE_ENTRY)) {
            int fn = trace.arg(i, 0);
            if (fn >= 0 && fn < matches.length && matches[fn]) {
                found.add(i);
            }
        }
        return found;
    }

    /** True when the trace recorded any hrtimer expiry (so that an absent callback means it did not fire). */
    public static boolean recordsHrtimers(Trace trace) {
        return trace.eventsOf(EventKind.HRTIMER_EXPIRE_ENTRY).length > 0;
    }
}
