package org.rtscope.ingest.kmsg;

import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.LogStore;

/**
 * Reads one line of a syslog file or of journalctl's short output modes into its parts, byte by byte:
 * an optional {@code <PRI>} (and RFC 5424's version {@code 1}), the stamp, the host, the tag
 * ({@code ident[pid]:}, or RFC 5424's {@code APP PROCID MSGID SD}) and where the message starts.
 * Stamps: RFC 3164 {@code Oct 24 22:43:47} (short-precise adds {@code .123456}), ISO 8601 / RFC 3339
 * with zones (short-iso, short-iso-precise, rsyslog's file format, RFC 5424), short-monotonic
 * {@code [  108.101136]}, short-unix {@code 1599541804.928338} and short-full
 * {@code Sat 2021-03-13 15:23:01 UTC}. One instance per parser; not thread-safe.
 */
final class SyslogLine {
    /** Wall-clock time, or {@link LogStore#NO_TIME}. */
    long wallNs;
    /** Boot-clock time (short-monotonic), or {@link LogStore#NO_TIME}. */
    long bootNs;
    /** Syslog level from {@code <PRI>}, or {@link LogStore#NO_LEVEL}. */
    int level;
    /** The stamp had no year: {@link #wallNs} is in the year the {@link YearInference} chose. */
    boolean yearless;
    /** The ident is {@code buf[identStart, identEnd)}; empty when the line has no tag. */
    int identStart;
    int identEnd;
    /** The pid in {@code ident[pid]}, or -1. */
    int pid;
    /** Where the message starts. */
    int message;

    private final WallStamps wall = new WallStamps();
    private final YearInference years;

    SyslogLine(YearInference years) {
        this.years = years;
    }

    /** A zone name in a stamp that was not understood (taken as UTC), or null. */
    String unknownZone() {
        return wall.unknownZone;
    }

    /** Parses {@code buf[off, end)}; false when the line has no stamp and host this reader knows. */
    boolean parse(byte[] buf, int off, int end) {
        wallNs = LogStore.NO_TIME;
        bootNs = LogStore.NO_TIME;
        level = LogStore.NO_LEVEL;
        yearless = false;
        pid = -1;
        int i = off;
        boolean rfc5424 = false;
        if (i < end && buf[i] == '<') {
            int close = i + 1;
            while (close < end && close - i <= 4 && Bytes.isDigit(buf[close])) {
                close++;
            }
            if (close == i + 1 || close >= end || buf[close] != '>') {
                return false;
            }
            level = (int) (Bytes.parseLong(buf, i + 1, close) & 7);
            i = close + 1;
            if (i + 1 < end && buf[i] == '1' && buf[i + 1] == ' ') {
                rfc5424 = true;
                i += 2;
            }
        }
        i = stamp(buf, i, end);
        if (i < 0 || i >= end || buf[i] != ' ') {
            return false;
        }
        int host = i + 1;
        int hostEnd = Bytes.tokenEnd(buf, host, end);
        if (hostEnd == host || hostEnd >= end) {
            return false;
        }
        i = hostEnd + 1;
        return rfc5424 ? structured(buf, i, end) : tag(buf, i, end);
    }

    /** Reads the stamp at {@code at}; returns the index after it, or -1. */
    private int stamp(byte[] buf, int at, int end) {
        if (at >= end) {
            return -1;
        }
        byte b = buf[at];
        if (b == '-' && at + 1 < end && buf[at + 1] == ' ') {
            return at + 1;
        }
        if (b == '[') {
            int close = ByteScan.indexOf(buf, at, Math.min(end, at + 32), (byte) ']');
            int s = close < 0 ? -1 : Bytes.skipSpaces(buf, at + 1, close);
            long ns = s < 0 ? Bytes.NONE : Bytes.parseSecondsAsNanos(buf, s, close);
            if (ns == Bytes.NONE) {
                return -1;
            }
            bootNs = ns;
            return close + 1;
        }
        if (Bytes.isDigit(b)) {
            if (wall.iso(buf, at, end)) {
                wallNs = wall.nanos;
                return wall.end;
            }
            int t = Bytes.tokenEnd(buf, at, end);
            int dot = ByteScan.indexOf(buf, at, t, (byte) '.');
            if (dot - at >= 9 && ByteScan.allDigits(buf, at, dot) && ByteScan.allDigits(buf, dot + 1, t)) {
                wallNs = Bytes.parseLong(buf, at, dot) * Civil.NANOS_PER_SECOND + WallStamps.fractionNanos(buf, dot + 1, t);
                return t;
            }
            return -1;
        }
        if (wall.weekdayDate(buf, at, end)) {
            wallNs = wall.nanos;
            return wall.end;
        }
        if (wall.monthDay(buf, at, end)) {
            wallNs = wall.inYear(years.yearFor(wall.month));
            yearless = true;
            return wall.end;
        }
        return -1;
    }

    /** {@code ident[pid]: message}, {@code ident: message}, or a message without tag. */
    private boolean tag(byte[] buf, int at, int end) {
        int i = at;
        while (i < end && buf[i] != ':' && buf[i] != '[' && buf[i] != ' ') {
            i++;
        }
        int tagEnd = i;
        if (i < end && buf[i] == '[') {
            int close = ByteScan.indexOf(buf, i, end, (byte) ']');
            if (close > i + 1 && ByteScan.allDigits(buf, i + 1, close)) {
                pid = (int) Math.min(Integer.MAX_VALUE, Bytes.parseLong(buf, i + 1, close));
                i = close + 1;
            }
        }
        if (tagEnd > at && i < end && buf[i] == ':') {
            identStart = at;
            identEnd = tagEnd;
            message = i + 1 < end && buf[i + 1] == ' ' ? i + 2 : i + 1;
        } else {
            identStart = at;
            identEnd = at;
            pid = -1;
            message = at;
        }
        return true;
    }

    /** RFC 5424 after the host: {@code APP-NAME PROCID MSGID STRUCTURED-DATA MSG}. */
    private boolean structured(byte[] buf, int at, int end) {
        int app = at;
        int appEnd = Bytes.tokenEnd(buf, app, end);
        int proc = appEnd + 1;
        int procEnd = Bytes.tokenEnd(buf, Math.min(proc, end), end);
        int msgId = procEnd + 1;
        int msgIdEnd = Bytes.tokenEnd(buf, Math.min(msgId, end), end);
        int sd = msgIdEnd + 1;
        if (sd >= end) {
            return false;
        }
        int i = sd;
        if (buf[i] == '-') {
            i++;
        } else {
            while (i < end && buf[i] == '[') {
                i = structuredElementEnd(buf, i, end);
                if (i < 0) {
                    return false;
                }
            }
        }
        boolean nilApp = appEnd - app == 1 && buf[app] == '-';
        identStart = app;
        identEnd = nilApp ? app : appEnd;
        if (ByteScan.allDigits(buf, proc, procEnd)) {
            pid = (int) Math.min(Integer.MAX_VALUE, Bytes.parseLong(buf, proc, procEnd));
        }
        message = i < end && buf[i] == ' ' ? i + 1 : i;
        return true;
    }

    /** End of one {@code [id key="value" ...]} element (quotes may hold escaped {@code \]}), or -1. */
    private static int structuredElementEnd(byte[] buf, int at, int end) {
        boolean quoted = false;
        for (int i = at + 1; i < end; i++) {
            byte b = buf[i];
            if (b == '\\' && quoted) {
                i++;
            } else if (b == '"') {
                quoted = !quoted;
            } else if (b == ']' && !quoted) {
                return i + 1;
            }
        }
        return -1;
    }
}
