package org.rtscope.analysis;

/**
 * The system settings an analysis needs but a trace does not record, with the kernel defaults. RT
 * bandwidth control throttles the RT class after {@code sched_rt_runtime_us} of every
 * {@code sched_rt_period_us}; a machine tuned otherwise (a shorter period, runtime −1) throttles at other
 * times or never, so the case may override them (CLI {@code --rt-period-us}, {@code --rt-runtime-us}).
 *
 * @param rtPeriodNanos  {@code kernel.sched_rt_period_us} in nanoseconds (default 1 s)
 * @param rtRuntimeNanos {@code kernel.sched_rt_runtime_us} in nanoseconds (default 0.95 s); negative
 *                       means unlimited (−1 in the sysctl)
 */
public record AnalysisSettings(long rtPeriodNanos, long rtRuntimeNanos) {
    /** The kernel defaults: 950 000 µs of every 1 000 000 µs. */
    public static final AnalysisSettings DEFAULTS = new AnalysisSettings(1_000_000_000L, 950_000_000L);

    public AnalysisSettings {
        if (rtPeriodNanos <= 0) {
            throw new IllegalArgumentException("sched_rt_period must be positive: " + rtPeriodNanos + " ns");
        }
        if (rtRuntimeNanos > rtPeriodNanos) {
            throw new IllegalArgumentException("sched_rt_runtime (" + rtRuntimeNanos + " ns) exceeds the period ("
                    + rtPeriodNanos + " ns)");
        }
    }

    /** From the sysctl values in microseconds, as {@code /proc/sys/kernel/sched_rt_*_us} shows them. */
    public static AnalysisSettings ofMicros(long periodUs, long runtimeUs) {
        return new AnalysisSettings(periodUs * 1000, runtimeUs < 0 ? -1 : runtimeUs * 1000);
    }

    /** True when RT bandwidth control is on (runtime not −1). */
    public boolean throttlingEnabled() {
        return rtRuntimeNanos >= 0;
    }

    /** The share of each period left to non-RT tasks when the RT class is throttled (50 ms by default). */
    public long throttledNanos() {
        return throttlingEnabled() ? rtPeriodNanos - rtRuntimeNanos : 0;
    }

    /** The RT budget as a fraction of the period (0.95 by default, 1 when unlimited). */
    public double runtimeFraction() {
        return throttlingEnabled() ? (double) rtRuntimeNanos / rtPeriodNanos : 1.0;
    }
}
