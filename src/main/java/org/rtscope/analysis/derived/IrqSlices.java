package org.rtscope.analysis.derived;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.rtscope.model.EventKind;
import org.rtscope.model.SoftirqNames;
import org.rtscope.model.Trace;

/**
 * How long interrupt work ran: hard-IRQ handlers, softirqs, local timer interrupts and hrtimer callbacks,
 * paired entry to exit per CPU. Long slices are latency that nothing in the task view explains: an RT task
 * that should run is held off while a handler runs (P17 slow hrtimer interrupt, P19 interrupt storms, P21
 * noise), and a handler that runs for seconds is a lockup in the making.
 */
public final class IrqSlices {
    /** What kind of interrupt work a slice is. */
    public enum Kind {
        HARDIRQ, SOFTIRQ, LOCAL_TIMER, HRTIMER
    }

    /**
     * One entry/exit pair.
     *
     * @param name  the IRQ handler name, softirq action or hrtimer callback
     * @param entry index of the entry event
     * @param exit  index of the exit event
     */
    public record Slice(int cpu, Kind kind, String name, long start, long end, int entry, int exit) {
        public long nanos() {
            return end - start;
        }
    }

    private IrqSlices() {
    }

    /** All slices at least {@code minNanos} long, longest first. */
    public static List<Slice> atLeast(Trace trace, long minNanos) {
        List<Slice> found = new ArrayList<>();
        List<List<Deque<Integer>>> open = new ArrayList<>();
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            List<Deque<Integer>> perKind = new ArrayList<>();
            for (int k = 0; k < Kind.values().length; k++) {
                perKind.add(new ArrayDeque<>());
            }
            open.add(perKind);
        }
        for (int i = 0; i < trace.size(); i++) {
            Kind kind = kindOf(trace.kind(i));
            int cpu = trace.cpu(i);
            if (kind == null || cpu < 0 || cpu >= open.size()) {
                continue;
            }
            Deque<Integer> stack = open.get(cpu).get(kind.ordinal());
            if (trace.kind(i).isEntry()) {
                stack.push(i);
            } else if (!stack.isEmpty()) {
                int entry = stack.pop();
                long nanos = trace.ts(i) - trace.ts(entry);
                if (nanos >= minNanos) {
                    found.add(new Slice(cpu, kind, name(trace, entry), trace.ts(entry), trace.ts(i), entry, i));
                }
            }
        }
        found.sort(Comparator.comparingLong(Slice::nanos).reversed().thenComparingLong(Slice::start));
        return found;
    }

    private static Kind kindOf(EventKind kind) {
        switch (kind) {
            case IRQ_HANDLER_ENTRY:
            case IRQ_HANDLER_EXIT:
                return Kind.HARDIRQ;
            case SOFTIRQ_ENTRY:
            case SOFTIRQ_EXIT:
                return Kind.SOFTIRQ;
            case LOCAL_TIMER_ENTRY:
            case LOCAL_TIMER_EXIT:
                return Kind.LOCAL_TIMER;
            case HRTIMER_EXPIRE_ENTRY:
            case HRTIMER_EXPIRE_EXIT:
                return Kind.HRTIMER;
            default:
                return null;
        }
    }

    private static String name(Trace trace, int entry) {
        switch (trace.kind(entry)) {
            case IRQ_HANDLER_ENTRY:
                return "irq " + trace.arg(entry, 0) + " " + trace.string(trace.arg(entry, 1));
            case SOFTIRQ_ENTRY:
                return SoftirqNames.of(trace.arg(entry, 0)) + " softirq";
            case LOCAL_TIMER_ENTRY:
                return "local timer interrupt";
            default:
                return TimerFunctions.bare(trace.string(trace.arg(entry, 0)));
        }
    }
}
