package org.rtscope.timeline;

import java.util.Locale;

/**
 * Text for times and durations, from integer nanoseconds without going through floating point, so a
 * label never shows {@code 1244.42659999 s} for a tick placed exactly at {@code 1244.4266 s}.
 */
public final class TimeFormat {
    private static final long NS_PER_S = 1_000_000_000L;

    private TimeFormat() {
    }

    /** {@code ns} as seconds with exactly {@code decimals} (0–9) digits after the point, e.g. {@code 1244.4266}. */
    public static String seconds(long ns, int decimals) {
        StringBuilder sb = new StringBuilder(24);
        if (ns < 0) {
            sb.append('-');
            ns = -ns;
        }
        long whole = ns / NS_PER_S;
        long frac = ns % NS_PER_S;
        sb.append(whole);
        if (decimals > 0) {
            String digits = Long.toString(NS_PER_S + frac).substring(1);
            sb.append('.').append(digits, 0, Math.min(decimals, 9));
        }
        return sb.toString();
    }

    /** An absolute timestamp as ftrace prints it: seconds with microseconds, e.g. {@code 1244.426573 s}. */
    public static String timestamp(long ns) {
        return seconds(ns, 6) + " s";
    }

    /** A precise absolute timestamp with nanoseconds, for the inspector. */
    public static String preciseTimestamp(long ns) {
        return seconds(ns, 9) + " s";
    }

    /** A duration in the largest unit that keeps it ≥ 1, with about four significant digits: {@code 47.22 ms}. */
    public static String duration(double ns) {
        double abs = Math.abs(ns);
        if (abs < 1_000) {
            return trim(ns, 0) + " ns";
        }
        if (abs < 1_000_000) {
            return significant(ns / 1e3) + " µs";
        }
        if (abs < NS_PER_S) {
            return significant(ns / 1e6) + " ms";
        }
        return significant(ns / 1e9) + " s";
    }

    private static String significant(double v) {
        double abs = Math.abs(v);
        int decimals = abs < 10 ? 3 : abs < 100 ? 2 : 1;
        return trim(v, decimals);
    }

    private static String trim(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
