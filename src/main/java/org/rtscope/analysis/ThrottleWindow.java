package org.rtscope.analysis;

/**
 * A time window in which a CPU's RT tasks were throttled (RT bandwidth exhausted for the period).
 *
 * @param cpu    the throttled CPU
 * @param start  nanoseconds on the case clock: the RT task was switched out still runnable
 * @param end    nanoseconds: RT tasks ran again (sched_rt_period_timer replenished the budget)
 * @param origin how the window is known: {@link #TRACE} (inferred from scheduling events) or
 *               {@link #LOG} (from a "sched: RT throttling activated" line)
 */
public record ThrottleWindow(int cpu, long start, long end, String origin) {
    public static final String TRACE = "trace";
    public static final String LOG = "log";
}
