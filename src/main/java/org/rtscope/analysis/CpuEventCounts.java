package org.rtscope.analysis;

import org.rtscope.model.Trace;

/**
 * Events per CPU. A CPU with far fewer events than its neighbours was idle, offline, or lost its
 * ring buffer — worth knowing before trusting anything else said about it.
 */
public final class CpuEventCounts {

    private CpuEventCounts() {
    }

    /** Counts indexed by CPU, {@code trace.cpuCount()} long. */
    public static long[] of(Trace trace) {
        long[] counts = new long[trace.cpuCount()];
        for (int i = 0; i < trace.size(); i++) {
            int cpu = trace.cpu(i);
            if (cpu >= 0 && cpu < counts.length) {
                counts[cpu]++;
            }
        }
        return counts;
    }
}
