package org.rtscope.ingest.perf;

import org.rtscope.ingest.text.Bytes;

/**
 * The columns of one {@code perf script} event line, located in place. perf prints the fields in a
 * fixed order whatever the order given to {@code -F}, each optional:
 * <pre>
 *   comm  [pid/]tid  [cpu]  time:  [period]  event:  trace | ip sym+off (dso) | …
 *   sleep 26464 [000]  1209.501790: signal:signal_generate: sig=17 errno=0 …      default, callchains
 *            perf  2048 [001] 346737.268854:  1 cycles:  ffffffff96613abf [unknown] ([kernel.kallsyms])
 *   xwax  1896 cycles:                                                           no time, no cpu
 *    4994  1820.499224: sched:sched_stat_runtime: comm=perf …                    -F tid,time,event,trace
 *   comm1\t0/0\t\t[000] 0.0:\t\t\t1 sched:sched_switch: …                       tab-separated
 * </pre>
 * The comm is padded or not and may contain spaces, so the line is read from the right-hand anchors:
 * the time token ({@code digits.digits:}) or, without time, the first token ending in ':' that
 * follows a number; what precedes it is {@code comm tid [cpu]} read from the right.
 * {@code PERF_RECORD_*} side-band lines have the same prefix and are flagged by {@link #sideBand}.
 * One instance is reused for every line.
 */
final class SampleHeader {
    private static final int MAX_PREFIX_TOKENS = 48;
    private static final int OTHER = 0;
    private static final int NUMBER = 1;
    private static final int PID_TID = 2;
    private static final int CPU = 3;

    private final int[] tokenStart = new int[MAX_PREFIX_TOKENS];
    private final int[] tokenEnd = new int[MAX_PREFIX_TOKENS];
    private final int[] tokenKind = new int[MAX_PREFIX_TOKENS];

    int commStart;
    int commEnd;
    int pid;
    int tid;
    int cpu;
    /** Nanoseconds, or {@link Bytes#NONE} when the line has no time column. */
    long ts;
    /** The sample period, or -1 when not printed. */
    long period;
    /** The event name without its trailing ':'. */
    int nameStart;
    int nameEnd;
    int bodyStart;
    int bodyEnd;
    /** The line is a {@code PERF_RECORD_*} record; {@link #nameStart} points at "PERF_RECORD_". */
    boolean sideBand;

    /** Locates the columns in [off, end); false when the line is not an event line. */
    boolean parse(byte[] buf, int off, int end) {
        pid = -1;
        tid = -1;
        cpu = -1;
        ts = Bytes.NONE;
        period = -1;
        sideBand = false;
        int count = 0;
        int i = Bytes.skipSpaces(buf, off, end);
        while (i < end && count < MAX_PREFIX_TOKENS) {
            int e = Bytes.tokenEnd(buf, i, end);
            boolean afterId = count > 0 && tokenKind[count - 1] != OTHER;
            if (afterId && isTime(buf, i, e)) {
                ts = Bytes.parseSecondsAsNanos(buf, i, e - 1);
                return prefix(buf, count, false) && afterTime(buf, Bytes.skipSpaces(buf, e, end), end);
            }
            if (afterId && (buf[e - 1] == ':' || Bytes.startsWith(buf, i, e, "PERF_RECORD_"))) {
                return prefix(buf, count, true) && event(buf, i, e, end);
            }
            tokenStart[count] = i;
            tokenEnd[count] = e;
            tokenKind[count] = kind(buf, i, e);
            count++;
            i = Bytes.skipSpaces(buf, e, end);
        }
        return false;
    }

    /** After the time: an optional period, then the event token. */
    private boolean afterTime(byte[] buf, int from, int end) {
        if (from >= end) {
            return false;
        }
        int e = Bytes.tokenEnd(buf, from, end);
        if (kind(buf, from, e) == NUMBER) {
            period = Bytes.parseLong(buf, from, e);
            from = Bytes.skipSpaces(buf, e, end);
            if (from >= end) {
                return false;
            }
            e = Bytes.tokenEnd(buf, from, end);
        }
        return event(buf, from, e, end);
    }

    private boolean event(byte[] buf, int from, int tokenEndAt, int end) {
        nameStart = from;
        if (Bytes.startsWith(buf, from, tokenEndAt, "PERF_RECORD_")) {
            sideBand = true;
            nameEnd = buf[tokenEndAt - 1] == ':' ? tokenEndAt - 1 : tokenEndAt;
            bodyStart = Bytes.skipSpaces(buf, tokenEndAt, end);
            bodyEnd = Bytes.trimEnd(buf, bodyStart, end);
            return true;
        }
        if (buf[tokenEndAt - 1] != ':' || tokenEndAt - 1 == from) {
            return false;
        }
        nameEnd = tokenEndAt - 1;
        bodyStart = Bytes.skipSpaces(buf, tokenEndAt, end);
        bodyEnd = Bytes.trimEnd(buf, bodyStart, end);
        return true;
    }

    /**
     * Reads {@code comm [pid/]tid [cpu]} from the {@code count} tokens before the time or event,
     * right to left. Without a time column a trailing number after the tid is the period.
     */
    private boolean prefix(byte[] buf, int count, boolean noTime) {
        int k = count - 1;
        if (noTime && k >= 1 && tokenKind[k] == NUMBER
                && (tokenKind[k - 1] == CPU || tokenKind[k - 1] == NUMBER || tokenKind[k - 1] == PID_TID)) {
            period = Bytes.parseLong(buf, tokenStart[k], tokenEnd[k]);
            k--;
        }
        if (k >= 0 && tokenKind[k] == CPU) {
            cpu = Bytes.parseInt(buf, tokenStart[k] + 1, tokenEnd[k] - 1, -1);
            k--;
        }
        if (k < 0 || (tokenKind[k] != NUMBER && tokenKind[k] != PID_TID)) {
            return false;
        }
        int s = tokenStart[k];
        int e = tokenEnd[k];
        int slash = Bytes.lastIndexOf(buf, s, e, (byte) '/');
        if (slash >= 0) {
            pid = Bytes.parseInt(buf, s, slash, -1);
            tid = Bytes.parseInt(buf, slash + 1, e, -1);
        } else {
            tid = Bytes.parseInt(buf, s, e, -1);
        }
        commStart = k > 0 ? tokenStart[0] : s;
        commEnd = k > 0 ? tokenEnd[k - 1] : s;
        return true;
    }

    private static int kind(byte[] buf, int from, int end) {
        if (buf[from] == '[' && buf[end - 1] == ']' && end - from > 2 && allDigits(buf, from + 1, end - 1)) {
            return CPU;
        }
        if (isId(buf, from, end)) {
            return NUMBER;
        }
        int slash = Bytes.lastIndexOf(buf, from, end, (byte) '/');
        if (slash > from && slash < end - 1 && isId(buf, from, slash) && isId(buf, slash + 1, end)) {
            return PID_TID;
        }
        return OTHER;
    }

    /** {@code digits.digits:} */
    private static boolean isTime(byte[] buf, int from, int end) {
        if (end - from < 4 || buf[end - 1] != ':') {
            return false;
        }
        int dot = -1;
        for (int i = from; i < end - 1; i++) {
            if (buf[i] == '.' && dot < 0 && i > from) {
                dot = i;
            } else if (!Bytes.isDigit(buf[i])) {
                return false;
            }
        }
        return dot > 0 && dot < end - 2;
    }

    /** A pid or tid: digits, or -1, which perf prints for a thread it could not resolve. */
    private static boolean isId(byte[] buf, int from, int end) {
        return allDigits(buf, from, end) || (end - from == 2 && buf[from] == '-' && buf[from + 1] == '1');
    }

    private static boolean allDigits(byte[] buf, int from, int end) {
        if (from >= end) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (!Bytes.isDigit(buf[i])) {
                return false;
            }
        }
        return true;
    }
}
