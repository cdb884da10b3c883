package org.rtscope.ingest.kmsg;

import org.rtscope.ingest.text.Bytes;

/**
 * Calendar arithmetic for wall-clock stamps without java.time objects per line: days since the epoch
 * of a proleptic Gregorian date (H. Hinnant's algorithm), month and weekday names as the C locale and
 * journalctl print them. Stamps without a time zone are taken as UTC.
 */
final class Civil {
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final String DAYS = "monthuwedthufrisatsun";

    private Civil() {
    }

    /** Days from 1970-01-01 to {@code year-month-day} (month 1–12). */
    static long epochDay(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        int mp = (month + 9) % 12;
        long doy = (153L * mp + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** Nanoseconds since the epoch of a UTC date and time of day. */
    static long epochNanos(long year, int month, int day, int secondOfDay, long nanos) {
        return (epochDay(year, month, day) * 86_400L + secondOfDay) * NANOS_PER_SECOND + nanos;
    }

    /** Month 1–12 of a three-letter English abbreviation at {@code at} (any case), or -1. */
    static int month(byte[] buf, int at, int end) {
        return indexOfName(MONTHS, buf, at, end) + 1;
    }

    /** True when a three-letter English weekday abbreviation is at {@code at} (any case). */
    static boolean isWeekday(byte[] buf, int at, int end) {
        return indexOfName(DAYS, buf, at, end) >= 0;
    }

    private static int indexOfName(String names, byte[] buf, int at, int end) {
        if (at + 3 > end) {
            return -1;
        }
        char a = Character.toLowerCase((char) (buf[at] & 0xFF));
        char b = Character.toLowerCase((char) (buf[at + 1] & 0xFF));
        char c = Character.toLowerCase((char) (buf[at + 2] & 0xFF));
        for (int k = 0; k < names.length(); k += 3) {
            if (names.charAt(k) == a && names.charAt(k + 1) == b && names.charAt(k + 2) == c) {
                return k / 3;
            }
        }
        return -1;
    }

    /** Exactly {@code n} digits at {@code at} as a number, or -1. */
    static int digits(byte[] buf, int at, int end, int n) {
        if (at + n > end) {
            return -1;
        }
        int value = 0;
        for (int k = 0; k < n; k++) {
            byte b = buf[at + k];
            if (!Bytes.isDigit(b)) {
                return -1;
            }
            value = value * 10 + (b - '0');
        }
        return value;
    }

    /** {@code HH:MM:SS} at {@code at} as seconds of the day, or -1. */
    static int timeOfDay(byte[] buf, int at, int end) {
        int h = digits(buf, at, end, 2);
        int m = digits(buf, at + 3, end, 2);
        int s = digits(buf, at + 6, end, 2);
        if (h < 0 || m < 0 || s < 0 || buf[at + 2] != ':' || buf[at + 5] != ':' || h > 23 || m > 59 || s > 60) {
            return -1;
        }
        return h * 3600 + m * 60 + s;
    }
}
