package org.rtscope.analysis.derived;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rtscope.model.EventKind;
import org.rtscope.model.Trace;

/**
 * Timer activity per CPU: local timer interrupts and hrtimer expiries per second, and which hrtimer
 * callbacks fire most. A CPU taking far more timer interrupts than the tick rate (HZ, e.g. 250/s) runs
 * many short sleeps or itimers; every one of them interrupts whatever runs there. That is load, not a
 * failure (story s3), but it is the first thing to rule in or out when RT latency is jittery.
 */
public final class TimerActivity {
    /** One hrtimer callback and how often it expired on a CPU. */
    public record Callback(String function, long expiries) {
    }

    /**
     * One CPU's figures over {@code [from, to)}.
     *
     * @param localTimers   {@code local_timer_entry} count
     * @param hrtimers      {@code hrtimer_expire_entry} count
     * @param topCallbacks  most frequent hrtimer callbacks, most frequent first (at most five)
     */
    public record Cpu(int cpu, long from, long to, long localTimers, long hrtimers, List<Callback> topCallbacks) {
        public double localTimersPerSecond() {
            return to > from ? localTimers * 1e9 / (to - from) : 0;
        }

        public double hrtimersPerSecond() {
            return to > from ? hrtimers * 1e9 / (to - from) : 0;
        }
    }

    private TimerActivity() {
    }

    /** Figures of every CPU over {@code [from, to)}. */
    public static List<Cpu> of(Trace trace, long from, long to) {
        int cpus = trace.cpuCount();
        long[] local = new long[cpus];
        long[] hr = new long[cpus];
        List<Map<String, Long>> callbacks = new ArrayList<>();
        for (int c = 0; c < cpus; c++) {
            callbacks.add(new HashMap<>());
        }
        for (int i = trace.firstAtOrAfter(from); i < trace.size() && trace.ts(i) < to; i++) {
            int cpu = trace.cpu(i);
            if (cpu < 0 || cpu >= cpus) {
                continue;
            }
            if (trace.kind(i) == EventKind.LOCAL_TIMER_ENTRY) {
                local[cpu]++;
            } else if (trace.kind(i) == EventKind.HRTIMER_EXPIRE_ENTRY) {
                hr[cpu]++;
                callbacks.get(cpu).merge(TimerFunctions.bare(trace.string(trace.arg(i, 0))), 1L, Long::sum);
            }
        }
        List<Cpu> result = new ArrayList<>(cpus);
        for (int c = 0; c < cpus; c++) {
            List<Callback> top = callbacks.get(c).entrySet().stream()
                    .map(e -> new Callback(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingLong(Callback::expiries).reversed().thenComparing(Callback::function))
                    .limit(5).toList();
            result.add(new Cpu(c, from, to, local[c], hr[c], top));
        }
        return result;
    }
}
