package org.rtscope.analysis;

import java.util.Arrays;
import org.rtscope.model.EventKind;
import org.rtscope.model.Trace;

/**
 * Timer interrupts per CPU. With HZ=250 a CPU takes about 250 ticks a second; many more mean
 * high-resolution timers (nanosleep loops, itimers, RT period timers) are interrupting whatever runs
 * there, which shows up as jitter for RT tasks.
 *
 * <p>Counts {@code local_timer_entry} when the trace recorded it. Traces made without the
 * {@code irq_vectors} events still show the tick as an {@code hrtimer_expire_entry} of
 * {@code tick_nohz_handler} (kernels ≥ 6.8) or {@code tick_sched_timer} (older), so those are counted
 * instead; {@link #source()} says which.
 */
public final class TimerInterrupts {
    private static final String[] TICK_HANDLERS = {"tick_nohz_handler", "tick_sched_timer"};

    private final TimerSource source;
    private final long[] perCpu;

    private TimerInterrupts(TimerSource source, long[] perCpu) {
        this.source = source;
        this.perCpu = perCpu;
    }

    /** Counts over the whole trace. */
    public static TimerInterrupts of(Trace trace) {
        return of(trace, trace.start(), trace.end() + 1);
    }

    /** Counts over {@code [from, to)}; the source is chosen from the whole trace so that windows compare. */
    public static TimerInterrupts of(Trace trace, long from, long to) {
        int first = trace.firstAtOrAfter(from);
        int last = trace.firstAtOrAfter(to);
        long[] counts = new long[trace.cpuCount()];
        if (contains(trace, EventKind.LOCAL_TIMER_ENTRY)) {
            int[] ticks = trace.eventsOf(EventKind.LOCAL_TIMER_ENTRY);
            for (int k = firstAtOrAfter(ticks, first); k < ticks.length && ticks[k] < last; k++) {
                countOn(counts, trace.cpu(ticks[k]));
            }
            return new TimerInterrupts(TimerSource.LOCAL_TIMER_ENTRY, counts);
        }
        if (contains(trace, EventKind.HRTIMER_EXPIRE_ENTRY)) {
            boolean[] isTick = tickHandlerStrings(trace);
            int[] expiries = trace.eventsOf(EventKind.HRTIMER_EXPIRE_ENTRY);
            for (int k = firstAtOrAfter(expiries, first); k < expiries.length && expiries[k] < last; k++) {
                if (isTickHandler(isTick, trace.arg(expiries[k], 0))) {
                    countOn(counts, trace.cpu(expiries[k]));
                }
            }
            return new TimerInterrupts(TimerSource.TICK_HRTIMER, counts);
        }
        return new TimerInterrupts(TimerSource.NONE, counts);
    }

    public TimerSource source() {
        return source;
    }

    /** The count of one CPU. */
    public long count(int cpu) {
        return perCpu[cpu];
    }

    /** Position in the ascending {@code events} of the first event index at or after {@code event}. */
    private static int firstAtOrAfter(int[] events, int event) {
        int k = Arrays.binarySearch(events, event);
        return k >= 0 ? k : -k - 1;
    }

    private static void countOn(long[] counts, int cpu) {
        if (cpu >= 0 && cpu < counts.length) {
            counts[cpu]++;
        }
    }

    private static boolean isTickHandler(boolean[] isTick, int function) {
        return function >= 0 && function < isTick.length && isTick[function];
    }

    private static boolean contains(Trace trace, EventKind kind) {
        return trace.eventsOf(kind).length > 0;
    }

    /**
     * Marks the pool strings naming a tick handler, so the event loop compares ints. trace-cmd prints
     * the function as {@code tick_nohz_handler/0x0}, the kernel as {@code tick_nohz_handler}.
     */
    private static boolean[] tickHandlerStrings(Trace trace) {
        boolean[] isTick = new boolean[trace.stringCount()];
        for (int id = 0; id < isTick.length; id++) {
            String s = trace.string(id);
            for (String handler : TICK_HANDLERS) {
                if (s.equals(handler) || s.startsWith(handler + "/")) {
                    isTick[id] = true;
                }
            }
        }
        return isTick;
    }
}
