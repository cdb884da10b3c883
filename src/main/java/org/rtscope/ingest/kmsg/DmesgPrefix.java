package org.rtscope.ingest.kmsg;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.LogStore;

/**
 * Reads the prefix of one kernel log line, byte by byte, in every form CATALOG F1 lists, and says where
 * the message starts:
 * <ul>
 *   <li>{@code [  103.087243] } seconds since boot, also with dmesg -d's {@code  <    0.000123>} delta</li>
 *   <li>caller id {@code [T123]} / {@code [    C0]} after it, and the vendor {@code [3: kworker/u20:29:17140]}</li>
 *   <li>{@code <6>} syslog priority ({@code dmesg -r}), {@code kern  :err   : } ({@code dmesg -x})</li>
 *   <li>{@code [Thu Oct 19 02:11:44 2017] } ({@code dmesg -T}), {@code 2013-06-13T22:11:00,123456+0100 }
 *       ({@code --time-format iso})</li>
 *   <li>/dev/kmsg records {@code 6,1234,5678901,-[,caller=T123];message}</li>
 *   <li>the console's {@code ** 12 printk messages dropped ** } notice in front of a line</li>
 * </ul>
 * One instance per parser, reused for every line; not thread-safe.
 */
final class DmesgPrefix {
    private static final List<String> FACILITIES = List.of("kern", "user", "mail", "daemon", "auth", "syslog", "lpr",
            "news", "uucp", "cron", "authpriv", "ftp", "local0", "local1", "local2", "local3", "local4", "local5",
            "local6", "local7");
    private static final List<String> LEVELS = List.of("emerg", "alert", "crit", "err", "warn", "notice", "info",
            "debug");
    private static final String DROPPED = " printk messages dropped ** ";

    /** Syslog level 0–7, or {@link LogStore#NO_LEVEL}. */
    int level;
    /** Boot-clock time, or {@link LogStore#NO_TIME}. */
    long bootNs;
    /** Wall-clock time, or {@link LogStore#NO_TIME}. */
    long wallNs;
    /** Task of a {@code T} caller id or vendor prefix, or -1. */
    int pid;
    /** CPU of a {@code C} caller id or vendor prefix, or -1. */
    int cpu;
    /** Where the message starts. */
    int message;
    /** The line is a /dev/kmsg record (its continuation lines start with a space). */
    boolean kmsgRecord;

    private final WallStamps wall = new WallStamps();

    /** Parses the prefix of {@code buf[off, end)}; true when the line starts a new log record. */
    boolean parse(byte[] buf, int off, int end) {
        level = LogStore.NO_LEVEL;
        bootNs = LogStore.NO_TIME;
        wallNs = LogStore.NO_TIME;
        pid = -1;
        cpu = -1;
        kmsgRecord = false;
        int i = off;
        if (Bytes.startsWith(buf, i, end, "** ")) {
            int dropped = Bytes.indexOf(buf, i, Math.min(end, i + 48), DROPPED);
            if (dropped > 0) {
                i = dropped + DROPPED.length();
            }
        }
        boolean recognised = false;
        if (i < end && Bytes.isDigit(buf[i])) {
            if (kmsg(buf, i, end)) {
                return true;
            }
            if (wall.iso(buf, i, end)) {
                wallNs = wall.nanos;
                i = skipOneSpace(buf, wall.end, end);
                recognised = true;
            }
        } else if (i < end && buf[i] >= 'a' && buf[i] <= 'z') {
            int after = decodedLevel(buf, i, end);
            if (after > 0) {
                i = after;
                recognised = true;
            }
        }
        if (i < end && buf[i] == '<') {
            int close = i + 1;
            while (close < end && close - i <= 4 && Bytes.isDigit(buf[close])) {
                close++;
            }
            if (close > i + 1 && close < end && buf[close] == '>') {
                level = (int) (Bytes.parseLong(buf, i + 1, close) & 7);
                i = close + 1;
                recognised = true;
            }
        }
        if (i < end && buf[i] == '[') {
            int after = stamp(buf, i, end);
            if (after > 0) {
                i = callerId(buf, after, end);
                i = skipOneSpace(buf, i, end);
                i = vendor(buf, i, end);
                recognised = true;
            }
        }
        message = i;
        return recognised;
    }

    /** {@code [ sec.usec]}, {@code [ sec.usec <delta>]} or {@code [Www Mmm dd HH:MM:SS YYYY]}; index after ']' or -1. */
    private int stamp(byte[] buf, int at, int end) {
        int i = Bytes.skipSpaces(buf, at + 1, end);
        int digitsStart = i;
        while (i < end && Bytes.isDigit(buf[i])) {
            i++;
        }
        if (i > digitsStart && i < end && buf[i] == '.') {
            int f = i + 1;
            int j = f;
            while (j < end && Bytes.isDigit(buf[j])) {
                j++;
            }
            if (j == f || j - digitsStart > 20) {
                return -1;
            }
            long seconds = Bytes.parseLong(buf, digitsStart, i);
            long nanos = WallStamps.fractionNanos(buf, f, j);
            if (j < end && buf[j] == ' ') {
                int delta = Bytes.skipSpaces(buf, j, end);
                if (delta < end && buf[delta] == '<') {
                    int close = ByteScan.indexOf(buf, delta, end, (byte) '>');
                    j = close < 0 ? j : close + 1;
                }
            }
            if (j >= end || buf[j] != ']') {
                return -1;
            }
            bootNs = seconds * Civil.NANOS_PER_SECOND + nanos;
            return j + 1;
        }
        if (wall.ctime(buf, at + 1, end) && wall.end < end && buf[wall.end] == ']') {
            wallNs = wall.nanos;
            return wall.end + 1;
        }
        return -1;
    }

    /** {@code [T123]} or {@code [    C0]} right after the stamp; index after it (or {@code at}). */
    private int callerId(byte[] buf, int at, int end) {
        if (at >= end || buf[at] != '[') {
            return at;
        }
        int i = Bytes.skipSpaces(buf, at + 1, end);
        if (i >= end || buf[i] != 'T' && buf[i] != 'C') {
            return at;
        }
        int d = i + 1;
        int j = d;
        while (j < end && Bytes.isDigit(buf[j])) {
            j++;
        }
        if (j == d || j >= end || buf[j] != ']' || j - d > 9) {
            return at;
        }
        int value = (int) Bytes.parseLong(buf, d, j);
        if (buf[i] == 'T') {
            pid = value;
        } else {
            cpu = value;
        }
        return j + 1;
    }

    /** Vendor prefix {@code [3: kworker/u20:29:17140] } (cpu, comm:pid); index after it (or {@code at}). */
    private int vendor(byte[] buf, int at, int end) {
        if (at + 4 >= end || buf[at] != '[' || !Bytes.isDigit(buf[at + 1])) {
            return at;
        }
        int i = at + 1;
        while (i < end && Bytes.isDigit(buf[i])) {
            i++;
        }
        if (i + 1 >= end || buf[i] != ':' || buf[i + 1] != ' ') {
            return at;
        }
        int close = ByteScan.indexOf(buf, i, Math.min(end, i + 48), (byte) ']');
        int lastColon = close < 0 ? -1 : Bytes.lastIndexOf(buf, i + 2, close, (byte) ':');
        if (lastColon < 0 || lastColon + 1 >= close || !ByteScan.allDigits(buf, lastColon + 1, close)) {
            return at;
        }
        cpu = (int) Bytes.parseLong(buf, at + 1, i);
        pid = (int) Bytes.parseLong(buf, lastColon + 1, close);
        return skipOneSpace(buf, close + 1, end);
    }

    /** {@code prio,seq,usec,flags[,caller=T123];message}; true when it is one. */
    private boolean kmsg(byte[] buf, int at, int end) {
        int semicolon = ByteScan.indexOf(buf, at, Math.min(end, at + 80), (byte) ';');
        if (semicolon < 0) {
            return false;
        }
        int c1 = ByteScan.indexOf(buf, at, semicolon, (byte) ',');
        int c2 = c1 < 0 ? -1 : ByteScan.indexOf(buf, c1 + 1, semicolon, (byte) ',');
        int c3 = c2 < 0 ? -1 : ByteScan.indexOf(buf, c2 + 1, semicolon, (byte) ',');
        if (c3 < 0 || !ByteScan.allDigits(buf, at, c1) || !ByteScan.allDigits(buf, c1 + 1, c2)
                || !ByteScan.allDigits(buf, c2 + 1, c3)) {
            return false;
        }
        level = (int) (Bytes.parseLong(buf, at, c1) & 7);
        bootNs = Bytes.parseLong(buf, c2 + 1, c3) * 1000L;
        int caller = Bytes.indexOf(buf, c3, semicolon, "caller=");
        if (caller > 0) {
            callerValue(buf, caller + 7, semicolon);
        }
        kmsgRecord = true;
        message = semicolon + 1;
        return true;
    }

    private void callerValue(byte[] buf, int at, int end) {
        int j = at + 1;
        while (j < end && Bytes.isDigit(buf[j])) {
            j++;
        }
        if (j == at + 1) {
            return;
        }
        int value = (int) Bytes.parseLong(buf, at + 1, j);
        if (buf[at] == 'T') {
            pid = value;
        } else if (buf[at] == 'C') {
            cpu = value;
        }
    }

    /** {@code kern  :err   : } of {@code dmesg -x}; index of the message after it, or -1. */
    private int decodedLevel(byte[] buf, int at, int end) {
        int f = at;
        while (f < end && f - at < 8 && (buf[f] >= 'a' && buf[f] <= 'z' || Bytes.isDigit(buf[f]))) {
            f++;
        }
        int colon = Bytes.skipSpaces(buf, f, end);
        if (colon >= end || buf[colon] != ':' || !FACILITIES.contains(new String(buf, at, f - at,
                StandardCharsets.US_ASCII))) {
            return -1;
        }
        int l = colon + 1;
        int lEnd = l;
        while (lEnd < end && buf[lEnd] >= 'a' && buf[lEnd] <= 'z') {
            lEnd++;
        }
        int colon2 = Bytes.skipSpaces(buf, lEnd, end);
        int levelIndex = LEVELS.indexOf(new String(buf, l, lEnd - l, StandardCharsets.US_ASCII));
        if (colon2 >= end || buf[colon2] != ':' || levelIndex < 0) {
            return -1;
        }
        level = levelIndex;
        return skipOneSpace(buf, colon2 + 1, end);
    }

    private static int skipOneSpace(byte[] buf, int i, int end) {
        return i < end && buf[i] == ' ' ? i + 1 : i;
    }
}
