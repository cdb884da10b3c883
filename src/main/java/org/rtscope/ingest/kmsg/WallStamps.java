package org.rtscope.ingest.kmsg;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.rtscope.ingest.text.Bytes;

/**
 * Reads the wall-clock stamps of kernel logs, syslog and journalctl output from bytes:
 * <ul>
 *   <li>ISO 8601 / RFC 3339: {@code 2024-01-15T10:32:59.123456+01:00}, {@code 2020-10-24T01:36:33+0100},
 *       {@code 2003-10-11T22:14:15.003Z}, dmesg's {@code 2013-06-13T22:11:00,123456+0100}</li>
 *   <li>{@code dmesg -T}: {@code Thu Oct 19 02:11:44 2017}</li>
 *   <li>RFC 3164 / journalctl short: {@code Oct 24 22:43:47}, {@code May  1 10:32:59},
 *       short-precise {@code Oct 24 22:43:47.123456} (no year: see {@link YearInference})</li>
 *   <li>journalctl short-full and verbose: {@code Sat 2021-03-13 15:23:01.592206 UTC}</li>
 * </ul>
 * A stamp without a zone is taken as UTC (the log does not say which zone its machine used); a zone
 * name Java does not know is taken as UTC too and {@link #unknownZone} names it. Each reader returns
 * false and changes nothing visible when the text is not its stamp; on success {@link #nanos} and
 * {@link #end} describe what was read. One instance per parser; not thread-safe.
 */
final class WallStamps {
    /** Epoch nanoseconds of the last stamp read (not set by {@link #monthDay}). */
    long nanos;
    /** Index just after the last stamp read. */
    int end;
    /** Month (1–12) of the last RFC 3164 stamp. */
    int month;
    private int day;
    private int secondOfDay;
    private long fractionNs;
    /** A zone name that was not understood (taken as UTC), or null. */
    String unknownZone;

    private final Map<String, ZoneId> zones = new HashMap<>();

    /** ISO 8601 date-time with optional fraction ({@code .} or {@code ,}) and zone. */
    boolean iso(byte[] buf, int at, int e) {
        int year = Civil.digits(buf, at, e, 4);
        int mon = Civil.digits(buf, at + 5, e, 2);
        int day = Civil.digits(buf, at + 8, e, 2);
        if (year < 0 || mon < 1 || mon > 12 || day < 1 || day > 31 || buf[at + 4] != '-' || buf[at + 7] != '-'
                || at + 19 > e || buf[at + 10] != 'T' && buf[at + 10] != ' ') {
            return false;
        }
        int sod = Civil.timeOfDay(buf, at + 11, e);
        if (sod < 0) {
            return false;
        }
        int i = at + 19;
        long fraction = 0;
        if (i < e && (buf[i] == '.' || buf[i] == ',')) {
            int f = i + 1;
            while (i + 1 < e && Bytes.isDigit(buf[i + 1])) {
                i++;
            }
            fraction = fractionNanos(buf, f, i + 1);
            i++;
        }
        long offsetSeconds = 0;
        if (i < e && buf[i] == 'Z') {
            i++;
        } else if (i < e && (buf[i] == '+' || buf[i] == '-')) {
            int hh = Civil.digits(buf, i + 1, e, 2);
            int colon = i + 3 < e && buf[i + 3] == ':' ? 1 : 0;
            int mm = Civil.digits(buf, i + 3 + colon, e, 2);
            if (hh < 0 || mm < 0) {
                return false;
            }
            offsetSeconds = (hh * 3600L + mm * 60L) * (buf[i] == '-' ? -1 : 1);
            i += 5 + colon;
        }
        nanos = Civil.epochNanos(year, mon, day, sod, fraction) - offsetSeconds * Civil.NANOS_PER_SECOND;
        end = i;
        return true;
    }

    /** {@code Www Mmm dd HH:MM:SS YYYY} as {@code dmesg -T} prints it. */
    boolean ctime(byte[] buf, int at, int e) {
        if (at + 24 > e || !Civil.isWeekday(buf, at, e) || buf[at + 3] != ' ') {
            return false;
        }
        int mon = Civil.month(buf, at + 4, e);
        int day = paddedDay(buf, at + 8, e);
        int sod = at + 19 <= e && buf[at + 10] == ' ' ? Civil.timeOfDay(buf, at + 11, e) : -1;
        int year = at + 24 <= e && buf[at + 19] == ' ' ? Civil.digits(buf, at + 20, e, 4) : -1;
        if (mon < 1 || day < 1 || sod < 0 || year < 0) {
            return false;
        }
        nanos = Civil.epochNanos(year, mon, day, sod, 0);
        end = at + 24;
        return true;
    }

    /**
     * {@code Mmm dd HH:MM:SS} with an optional fraction; it has no year, so it sets {@link #month} and
     * leaves the time to {@link #inYear}.
     */
    boolean monthDay(byte[] buf, int at, int e) {
        if (at + 15 > e || buf[at + 3] != ' ' || buf[at + 6] != ' ') {
            return false;
        }
        int mon = Civil.month(buf, at, e);
        int d = paddedDay(buf, at + 4, e);
        int sod = Civil.timeOfDay(buf, at + 7, e);
        if (mon < 1 || d < 1 || sod < 0) {
            return false;
        }
        int i = at + 15;
        long fraction = 0;
        if (i < e && buf[i] == '.') {
            int f = i + 1;
            while (i + 1 < e && Bytes.isDigit(buf[i + 1])) {
                i++;
            }
            fraction = fractionNanos(buf, f, i + 1);
            i++;
        }
        month = mon;
        day = d;
        secondOfDay = sod;
        fractionNs = fraction;
        end = i;
        return true;
    }

    /** Epoch nanoseconds of the last {@link #monthDay} stamp in {@code year}. */
    long inYear(int year) {
        return Civil.epochNanos(year, month, day, secondOfDay, fractionNs);
    }

    /** {@code Www YYYY-MM-DD HH:MM:SS[.ffffff] ZONE} (journalctl short-full, verbose headers). */
    boolean weekdayDate(byte[] buf, int at, int e) {
        if (at + 4 > e || !Civil.isWeekday(buf, at, e) || buf[at + 3] != ' ' || !iso(buf, at + 4, e)) {
            return false;
        }
        int i = end;
        if (i >= e || buf[i] != ' ') {
            return true;
        }
        int z = i + 1;
        int zEnd = z;
        while (zEnd < e && (Character.isLetter(buf[zEnd]) || buf[zEnd] == '/' || buf[zEnd] == '_')) {
            zEnd++;
        }
        if (zEnd - z < 1) {
            return true;
        }
        String name = new String(buf, z, zEnd - z, StandardCharsets.US_ASCII);
        ZoneId zone = zone(name);
        if (zone == null) {
            unknownZone = name;
        } else {
            nanos -= zone.getRules().getOffset(Instant.ofEpochSecond(nanos / Civil.NANOS_PER_SECOND)).getTotalSeconds()
                    * Civil.NANOS_PER_SECOND;
        }
        end = zEnd;
        return true;
    }

    private ZoneId zone(String name) {
        if (name.equals("UTC") || name.equals("GMT") || name.equals("Z")) {
            return ZoneId.of("UTC");
        }
        return zones.computeIfAbsent(name, n -> {
            try {
                return ZoneId.of(n, ZoneId.SHORT_IDS);
            } catch (DateTimeException e) {
                return null;
            }
        });
    }

    /** A day of month written {@code 7}, {@code  7}, {@code 07} or {@code 17} in two columns. */
    private static int paddedDay(byte[] buf, int at, int e) {
        if (at + 2 > e) {
            return -1;
        }
        int tens = buf[at] == ' ' ? 0 : buf[at] - '0';
        int ones = buf[at + 1] - '0';
        if (tens < 0 || tens > 3 || ones < 0 || ones > 9) {
            return -1;
        }
        int day = tens * 10 + ones;
        return day >= 1 && day <= 31 ? day : -1;
    }

    /** Digits after a decimal point as nanoseconds (extra digits beyond 9 ignored). */
    static long fractionNanos(byte[] buf, int from, int to) {
        long value = 0;
        int digits = 0;
        for (int i = from; i < to && digits < 9; i++, digits++) {
            value = value * 10 + (buf[i] - '0');
        }
        for (; digits < 9; digits++) {
            value *= 10;
        }
        return value;
    }
}
