package org.rtscope.ingest.ftrace;

import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.IrqFlags;

/**
 * The columns every ftrace-family event line starts with, located in place:
 * <pre>
 *   comm-pid (tgid) [cpu] flags  timestamp: event: body      ftrace (TGID and flags optional)
 *   comm-pid [cpu]  timestamp: event:          body          trace-cmd report
 *   comm-pid   1d..2.  timestamp: event:       body          trace-cmd report -l (cpu glued to flags)
 * </pre>
 * Comms may contain spaces, dashes, colons and brackets; the pid is the digits after the last '-'
 * before the CPU column. One instance is reused for every line.
 */
final class EventLine {
    /** Stack marker kinds of {@link #stack}. */
    static final int NO_STACK = 0;
    static final int KERNEL_STACK = 1;
    static final int USER_STACK = 2;

    /** What a fraction of n digits is multiplied by to be nanoseconds. */
    private static final long[] FRACTION_SCALE = {1, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    int commStart;
    int commEnd;
    int pid;
    int tgid;
    int cpu;
    int flags;
    long ts;
    int nameStart;
    int nameEnd;
    int bodyStart;
    int bodyEnd;
    int stack;
    /** The comm column is truncated (latency format prints 8 characters). */
    boolean commTruncated;

    /** Locates the columns in [off, end); false when the line is not an event line. */
    boolean parse(byte[] buf, int off, int end) {
        tgid = -1;
        flags = IrqFlags.NONE;
        stack = NO_STACK;
        commTruncated = false;
        int start = Bytes.skipSpaces(buf, off, end);
        int bracket = cpuBracket(buf, start, end);
        if (bracket >= 0 && bracketColumns(buf, start, bracket, end)) {
            return true;
        }
        // no CPU column in brackets (or "[120]" in a body fooled us): try trace-cmd -l
        tgid = -1;
        flags = IrqFlags.NONE;
        int afterCpu = latencyColumns(buf, start, end);
        return afterCpu >= 0 && timestampAndName(buf, afterCpu, end);
    }

    private boolean bracketColumns(byte[] buf, int start, int bracket, int end) {
        int close = bracket + 1;
        int value = 0;
        while (Bytes.isDigit(buf[close])) {
            value = value * 10 + (buf[close] - '0');
            close++;
        }
        cpu = value;
        if (!commPid(buf, start, bracket)) {
            return false;
        }
        int afterCpu = Bytes.skipSpaces(buf, close + 1, end);
        if (afterCpu < end && !Bytes.isDigit(buf[afterCpu])) {
            // a flag field never starts with a digit; trace-cmd's plain layout goes straight to the timestamp
            int tokenEnd = Bytes.tokenEnd(buf, afterCpu, end);
            int flagBits = IrqFlags.parse(buf, afterCpu, tokenEnd - afterCpu);
            if (flagBits != IrqFlags.NONE) {
                flags = flagBits;
                afterCpu = Bytes.skipSpaces(buf, tokenEnd, end);
            }
        }
        return timestampAndName(buf, afterCpu, end);
    }

    /** Finds " [ddd] " after a "-pid"; returns the index of '[' or -1. */
    private static int cpuBracket(byte[] buf, int from, int end) {
        for (int i = Bytes.indexOfByte(buf, from + 1, end - 2, (byte) '['); i >= 0;
                i = Bytes.indexOfByte(buf, i + 1, end - 2, (byte) '[')) {
            if (buf[i - 1] != ' ' || !Bytes.isDigit(buf[i + 1])) {
                continue;
            }
            int j = i + 1;
            while (j < end && Bytes.isDigit(buf[j])) {
                j++;
            }
            if (j < end && buf[j] == ']' && (j + 1 == end || buf[j + 1] == ' ')) {
                return i;
            }
        }
        return -1;
    }

    /** Reads "comm-pid" and an optional "(tgid)" from [start, limit). */
    private boolean commPid(byte[] buf, int start, int limit) {
        int end = Bytes.trimEnd(buf, start, limit);
        if (end > start && buf[end - 1] == ')') {
            int open = Bytes.lastIndexOf(buf, start, end, (byte) '(');
            if (open < 0) {
                return false;
            }
            int tgidStart = Bytes.skipSpaces(buf, open + 1, end - 1);
            tgid = Bytes.parseInt(buf, tgidStart, end - 1, -1);
            end = Bytes.trimEnd(buf, start, open);
        }
        // the pid is the digits that end the column, right after the last '-'
        int digits = end;
        while (digits > start && Bytes.isDigit(buf[digits - 1])) {
            digits--;
        }
        int dash = digits - 1;
        if (digits == end || dash < start || buf[dash] != '-') {
            return false;
        }
        pid = Bytes.parseInt(buf, digits, end, -1);
        commStart = start;
        commEnd = dash;
        return pid >= 0;
    }

    /**
     * trace-cmd -l: "comm-pid   1d..2.  ts:". Finds a token of CPU digits followed by a flag field
     * that is itself followed by a timestamp token; returns the index after it or -1.
     */
    private int latencyColumns(byte[] buf, int start, int end) {
        int i = start;
        while (i < end) {
            int tokenStart = Bytes.skipSpaces(buf, i, end);
            int tokenEnd = Bytes.tokenEnd(buf, tokenStart, end);
            if (tokenStart > start && Bytes.isDigit(buf[tokenStart])) {
                int digitsEnd = tokenStart;
                while (digitsEnd < tokenEnd && Bytes.isDigit(buf[digitsEnd])) {
                    digitsEnd++;
                }
                int flagBits = IrqFlags.parse(buf, digitsEnd, tokenEnd - digitsEnd);
                if (flagBits != IrqFlags.NONE && commPid(buf, start, tokenStart)) {
                    cpu = Bytes.parseInt(buf, tokenStart, digitsEnd, -1);
                    flags = flagBits;
                    commTruncated = true;
                    return Bytes.skipSpaces(buf, tokenEnd, end);
                }
            }
            i = tokenEnd;
        }
        return -1;
    }

    /** Reads "seconds[.fraction]: name:" at {@code from}; the timestamp is parsed while its colon is sought. */
    private boolean timestampAndName(byte[] buf, int from, int end) {
        int i = from;
        long seconds = 0;
        while (i < end && Bytes.isDigit(buf[i])) {
            seconds = seconds * 10 + (buf[i] - '0');
            i++;
        }
        if (i == from || i >= end) {
            return false;
        }
        long fraction = 0;
        if (buf[i] == '.') {
            int digits = 0;
            i++;
            while (i < end && Bytes.isDigit(buf[i])) {
                if (digits < 9) {
                    fraction = fraction * 10 + (buf[i] - '0');
                    digits++;
                }
                i++;
            }
            if (digits == 0) {
                return false;
            }
            fraction *= FRACTION_SCALE[digits];
        }
        if (i >= end || buf[i] != ':') {
            return false;
        }
        ts = seconds * 1_000_000_000L + fraction;
        int colon = i;
        int name = Bytes.skipSpaces(buf, colon + 1, end);
        if (name >= end) {
            return false;
        }
        if (buf[name] == '<') {
            // "<stack trace>" / "<user stack trace>" entries of the ftrace stacktrace option
            int close = name;
            while (close < end && buf[close] != '>') {
                close++;
            }
            if (close == end) {
                return false;
            }
            stack = Bytes.indexOf(buf, name, close, "user") >= 0 ? USER_STACK : KERNEL_STACK;
            nameStart = name;
            nameEnd = close + 1;
            bodyStart = close + 1;
            bodyEnd = close + 1;
            return true;
        }
        int nameEndAt = name;
        while (nameEndAt < end && buf[nameEndAt] != ':' && !Bytes.isSpace(buf[nameEndAt])) {
            nameEndAt++;
        }
        if (nameEndAt >= end || buf[nameEndAt] != ':' || nameEndAt == name) {
            return false;
        }
        nameStart = name;
        nameEnd = nameEndAt;
        bodyStart = Bytes.skipSpaces(buf, nameEndAt + 1, end);
        bodyEnd = Bytes.trimEnd(buf, bodyStart, end);
        return true;
    }
}
