package org.rtscope.analysis;

import java.util.List;

/**
 * What one CPU did over the analysed span: the per-CPU line of reports and of the JSON contract.
 *
 * @param spanNanos       length of the span the fractions and rates refer to
 * @param rtBusyNanos     time RT tasks ran on the CPU within the span
 * @param throttleWindows RT throttling windows on this CPU, in time order
 */
public record CpuSummary(int cpu, long events, long spanNanos, long rtBusyNanos, long timerInterrupts,
                         List<ThrottleWindow> throttleWindows) {

    public CpuSummary {
        throttleWindows = List.copyOf(throttleWindows);
    }

    /** A CPU without throttling windows. */
    public CpuSummary(int cpu, long events, long spanNanos, long rtBusyNanos, long timerInterrupts) {
        this(cpu, events, spanNanos, rtBusyNanos, timerInterrupts, List.of());
    }

    /** Fraction (0–1) of the span RT tasks held the CPU. */
    public double rtBusyFraction() {
        return spanNanos > 0 ? (double) rtBusyNanos / spanNanos : 0;
    }

    /** Timer interrupts per second of the span (0 for an empty span). */
    public double timerInterruptsPerSecond() {
        return spanNanos > 0 ? timerInterrupts * 1e9 / spanNanos : 0;
    }
}
