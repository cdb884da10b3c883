package org.rtscope.ingest.backtrace;

/**
 * crash's way of printing how long ago a task last ran ({@code ps -m}) or how long the current task
 * has been running ({@code runq -m}): {@code [days hh:mm:ss.mmm]}, e.g. {@code 0 00:00:01.404}.
 * Converted to nanoseconds so detectors can compare it with RT periods and watchdog thresholds.
 */
final class CrashDuration {
    private CrashDuration() {
    }

    /** Nanoseconds of {@code "D HH:MM:SS.mmm"}, or -1 when the text has another shape. */
    static long nanos(String text) {
        String[] dayAndTime = text.trim().split("\\s+");
        if (dayAndTime.length != 2) {
            return -1;
        }
        String[] hms = dayAndTime[1].split(":");
        if (hms.length != 3) {
            return -1;
        }
        try {
            long days = Long.parseLong(dayAndTime[0]);
            long hours = Long.parseLong(hms[0]);
            long minutes = Long.parseLong(hms[1]);
            String[] secondsAndFraction = hms[2].split("\\.", 2);
            long seconds = Long.parseLong(secondsAndFraction[0]);
            long nanos = 0;
            if (secondsAndFraction.length == 2) {
                String fraction = (secondsAndFraction[1] + "000000000").substring(0, 9);
                nanos = Long.parseLong(fraction);
            }
            return (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1_000_000_000L + nanos;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
