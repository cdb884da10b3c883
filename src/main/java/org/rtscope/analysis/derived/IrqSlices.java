package org.rtscope.analysis.derived;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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

    /**
     * All slices at least {@code minNanos} long, longest first. One pass over the type column, with an
     * open-entry stack per CPU and kind kept in an int array: a busy trace has hundreds of thousands of
     * timer interrupts, which boxed stacks turned into as many objects.
     */
    public static List<Slice> atLeast(Trace trace, long minNanos) {
        int kinds = Kind.values().length;
        int[] kindOfType = new int[trace.typeCount()];
        boolean[] isEntryType = new boolean[trace.typeCount()];
        for (int t = 0; t < kindOfType.length; t++) {
            Kind kind = kindOf(trace.typeKind(t));
            kindOfType[t] = kind == null ? -1 : kind.ordinal();
            isEntryType[t] = trace.typeKind(t).isEntry();
        }
        int[][] open = new int[trace.cpuCount() * kinds][];
        int[] depth = new int[open.length];
        List<Slice> found = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            int type = trace.type(i);
            int kind = kindOfType[type];
            int cpu = trace.cpu(i);
            if (kind < 0 || cpu < 0 || cpu >= trace.cpuCount()) {
                continue;
            }
            int stack = cpu * kinds + kind;
            if (isEntryType[type]) {
                push(open, depth, stack, i);
            } else if (depth[stack] > 0) {
                int entry = open[stack][--depth[stack]];
                long nanos = trace.ts(i) - trace.ts(entry);
                if (nanos >= minNanos) {
                    found.add(new Slice(cpu, Kind.values()[kind], name(trace, entry), trace.ts(entry), trace.ts(i),
                            entry, i));
                }
            }
        }
        found.sort(Comparator.comparingLong(Slice::nanos).reversed().thenComparingLong(Slice::start));
        return found;
    }

    private static void push(int[][] open, int[] depth, int stack, int event) {
        if (open[stack] == null) {
            open[stack] = new int[4];
        } else if (depth[stack] == open[stack].length) {
            open[stack] = Arrays.copyOf(open[stack], depth[stack] * 2);
        }
        open[stack][depth[stack]++] = event;
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
