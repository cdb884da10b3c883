package org.rtscope.ingest.tracedat;

/**
 * Reads the per-CPU ring-buffer statistics trace-cmd saves at the end of recording (the CPUSTAT
 * option, the kernel's {@code per_cpu/cpuN/stats}): events the kernel overwrote or dropped because
 * the buffer was full are gone from the trace, which the user must know when reading gaps.
 */
final class CpuStats {
    private CpuStats() {
    }

    /** A warning for one CPU's statistics text when it lost events, else null. */
    static String losses(String stats) {
        String cpu = value(stats, "CPU:");
        long overrun = number(value(stats, "overrun:"));
        long commitOverrun = number(value(stats, "commit overrun:"));
        long dropped = number(value(stats, "dropped events:"));
        if (overrun <= 0 && commitOverrun <= 0 && dropped <= 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder("CPU ").append(cpu == null ? "?" : cpu).append(": the ring buffer lost ");
        String sep = "";
        if (overrun > 0) {
            sb.append(overrun).append(" events to overruns");
            sep = ", ";
        }
        if (commitOverrun > 0) {
            sb.append(sep).append(commitOverrun).append(" to commit overruns");
            sep = ", ";
        }
        if (dropped > 0) {
            sb.append(sep).append(dropped).append(" dropped");
        }
        return sb.append(" while recording (kernel statistics); the trace has gaps").toString();
    }

    /** The text after {@code key} on the line that starts with it, trimmed, or null. */
    private static String value(String stats, String key) {
        for (String line : stats.split("\n")) {
            if (line.startsWith(key)) {
                return line.substring(key.length()).trim();
            }
        }
        return null;
    }

    private static long number(String text) {
        if (text == null) {
            return 0;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
