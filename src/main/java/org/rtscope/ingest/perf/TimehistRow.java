package org.rtscope.ingest.perf;

import org.rtscope.ingest.text.Bytes;

/**
 * The columns of one {@code perf sched timehist} line (CATALOG F7, tools/perf/builtin-sched.c),
 * located in place. One instance is reused for every line.
 * <pre>
 *   time            cpu    [-V]  task name [tid/pid]  [prio]  wait  sch delay  run  [pre-mig] [state] [next: t] [callchain]
 *     1820.499278 [0000]  s    perf[4994]                0.000      0.000      0.000    D     schedule_timeout &lt;- …
 *     1820.499257 [0000]       perf[4994]                                                awakened: migration/0[18]     (-w)
 *     1820.499291 [0000]   m   migration/0[18]                                           migrated: perf[4994] cpu 0 =&gt; 1  (-M)
 *     1820.510000 lost 12 events on cpu 1
 * </pre>
 * The task name is padded to a width that grows with the longest name seen, and comms may contain
 * spaces, so the columns are found by shape, not position: the task ends with its {@code [tid]} (or is
 * {@code <idle>}), the three times are {@code msec.usec} numbers.
 */
final class TimehistRow {
    static final int SWITCH = 1;
    static final int WAKEUP = 2;
    static final int MIGRATION = 3;
    static final int LOST = 4;

    int kind;
    long ts;
    int cpu;
    int commStart;
    int commEnd;
    int tid;
    int pid;
    /** Kernel prio of the task when it left ({@code --show-prio}), or -1. */
    int prio;
    long waitNs;
    long delayNs;
    long runNs;
    /** The number columns as printed, for the inspector: [numbersStart, numbersEnd). */
    int numbersStart;
    int numbersEnd;
    /** The prev_state letter ({@code --state}, see {@link TimehistStates}), or 0. */
    byte state;
    /** The switched-in task of {@code -n} ("next: comm[tid]"), or -1; its comm is [nextStart, nextCommEnd). */
    int nextTid;
    int nextStart;
    int nextCommEnd;
    /** Callchain text ("a &lt;- b &lt;- c"), or an empty range. */
    int chainStart;
    int chainEnd;
    /** For wake-ups and migrations: the other task ("comm[tid]") and the rest of the line. */
    int otherStart;
    int otherEnd;
    int otherTid;
    /** Scratch: the last column read by {@link #msec}. */
    private long value;

    boolean parse(byte[] buf, int off, int end) {
        prio = -1;
        state = 0;
        nextTid = -1;
        chainStart = chainEnd = 0;
        pid = -1;
        int s = Bytes.skipSpaces(buf, off, end);
        int e = Bytes.tokenEnd(buf, s, end);
        ts = Bytes.parseSecondsAsNanos(buf, s, e);
        if (ts == Bytes.NONE || e == end) {
            return false;
        }
        s = Bytes.skipSpaces(buf, e, end);
        if (Bytes.startsWith(buf, s, end, "lost ")) {
            kind = LOST;
            otherStart = s;
            otherEnd = end;
            return true;
        }
        e = Bytes.tokenEnd(buf, s, end);
        if (e - s < 3 || buf[s] != '[' || buf[e - 1] != ']') {
            return false;
        }
        cpu = Bytes.parseInt(buf, s + 1, e - 1, -1);
        if (cpu < 0) {
            return false;
        }
        s = Bytes.skipSpaces(buf, e, end);
        e = Bytes.tokenEnd(buf, s, end);
        if (e - s == 1 && (buf[s] == 's' || buf[s] == 'i' || buf[s] == 'm')) {
            s = Bytes.skipSpaces(buf, e, end); // the -V CPU-visual marker
        }
        int after = task(buf, s, end);
        return after >= 0 && rest(buf, after, end);
    }

    /** Reads "comm[tid]", "comm[tid/pid]" or "&lt;idle&gt;" from {@code from}; returns the index after it or -1. */
    private int task(byte[] buf, int from, int end) {
        commStart = from;
        int s = from;
        while (s < end) {
            int e = Bytes.tokenEnd(buf, s, end);
            if (buf[e - 1] == ']') {
                int open = Bytes.lastIndexOf(buf, s, e, (byte) '[');
                if (open >= 0 && taskIds(buf, open + 1, e - 1)) {
                    commEnd = open;
                    return e;
                }
            }
            if (s > from && (isMsec(buf, s, e) || isMarker(buf, s, e))) {
                break;
            }
            s = Bytes.skipSpaces(buf, e, end);
        }
        // no [tid]: perf prints the bare comm for pid 0, the idle task
        commEnd = Bytes.tokenEnd(buf, from, end);
        tid = 0;
        pid = -1;
        return commEnd > from ? commEnd : -1;
    }

    private boolean taskIds(byte[] buf, int from, int end) {
        int slash = Bytes.lastIndexOf(buf, from, end, (byte) '/');
        tid = Bytes.parseInt(buf, from, slash < 0 ? end : slash, -1);
        if (slash >= 0) {
            pid = Bytes.parseInt(buf, slash + 1, end, -1);
        }
        return tid >= 0 && Bytes.isDigit(buf[from]) && Bytes.isDigit(buf[end - 1]);
    }

    private boolean rest(byte[] buf, int from, int end) {
        int s = Bytes.skipSpaces(buf, from, end);
        if (Bytes.startsWith(buf, s, end, "awakened:") || Bytes.startsWith(buf, s, end, "migrated:")) {
            kind = buf[s] == 'a' ? WAKEUP : MIGRATION;
            otherStart = Bytes.skipSpaces(buf, s + 9, end);
            otherEnd = Bytes.trimEnd(buf, otherStart, end);
            otherTid = otherTid(buf, otherStart, otherEnd);
            return otherTid >= 0;
        }
        kind = SWITCH;
        int e = Bytes.tokenEnd(buf, s, end);
        if (!isMsec(buf, s, e)) {
            int arrow = Bytes.indexOf(buf, s, e, "->");
            prio = Bytes.parseInt(buf, arrow < 0 ? s : arrow + 2, e, Integer.MIN_VALUE);
            if (prio == Integer.MIN_VALUE) {
                return false;
            }
            s = Bytes.skipSpaces(buf, e, end);
        }
        numbersStart = s;
        s = msec(buf, s, end);
        waitNs = value;
        s = s < 0 ? -1 : msec(buf, s, end);
        delayNs = value;
        s = s < 0 ? -1 : msec(buf, s, end);
        runNs = value;
        if (s < 0) {
            return false;
        }
        e = Bytes.tokenEnd(buf, s, end);
        if (isMsec(buf, s, e)) {
            numbersEnd = e; // --pre-migrations
            s = Bytes.skipSpaces(buf, e, end);
            e = Bytes.tokenEnd(buf, s, end);
        }
        if (e - s == 1 && Character.isLetter(buf[s])) {
            state = buf[s];
            s = Bytes.skipSpaces(buf, e, end);
        }
        if (Bytes.startsWith(buf, s, end, "next: ")) {
            int taskStart = s + 6;
            int taskEnd = Bytes.tokenEnd(buf, taskStart, end);
            while (taskEnd < end && buf[taskEnd - 1] != ']') {
                taskEnd = Bytes.tokenEnd(buf, Bytes.skipSpaces(buf, taskEnd, end), end);
            }
            nextTid = otherTid(buf, taskStart, taskEnd);
            nextStart = taskStart;
            int open = Bytes.lastIndexOf(buf, taskStart, taskEnd, (byte) '[');
            nextCommEnd = open < 0 ? taskStart : open;
            s = Bytes.skipSpaces(buf, taskEnd, end);
        }
        chainStart = s;
        chainEnd = Bytes.trimEnd(buf, s, end);
        return true;
    }

    /** Reads one msec.usec column at {@code from} into {@link #value}; returns where the next starts, or -1. */
    private int msec(byte[] buf, int from, int end) {
        int e = Bytes.tokenEnd(buf, from, end);
        if (!isMsec(buf, from, e)) {
            return -1;
        }
        value = msecToNanos(buf, from, e);
        numbersEnd = e;
        return Bytes.skipSpaces(buf, e, end);
    }

    /** The tid in "comm[tid]" / "comm[tid/pid]" / ":tid" at the start of [from, end), or -1. */
    private static int otherTid(byte[] buf, int from, int end) {
        int close = Bytes.indexOf(buf, from, end, "]");
        if (close > from) {
            int open = Bytes.lastIndexOf(buf, from, close, (byte) '[');
            return open < 0 ? -1 : Bytes.parseInt(buf, open + 1, close, -1);
        }
        int colon = Bytes.lastIndexOf(buf, from, end, (byte) ':');
        return colon < 0 ? -1 : Bytes.parseInt(buf, colon + 1, end, -1);
    }

    /** End of the other task's "comm[tid]" in a wake-up or migration line. */
    int otherTaskEnd(byte[] buf) {
        int close = Bytes.indexOf(buf, otherStart, otherEnd, "]");
        return close < 0 ? otherEnd : close + 1;
    }

    private static boolean isMarker(byte[] buf, int from, int end) {
        return Bytes.startsWith(buf, from, end, "awakened:") || Bytes.startsWith(buf, from, end, "migrated:");
    }

    /** {@code msec.usec}: digits, a dot, three digits. */
    private static boolean isMsec(byte[] buf, int from, int end) {
        if (end - from < 5 || buf[end - 4] != '.') {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (i != end - 4 && !Bytes.isDigit(buf[i])) {
                return false;
            }
        }
        return true;
    }

    private static long msecToNanos(byte[] buf, int from, int end) {
        long ms = Bytes.parseLong(buf, from, end - 4);
        long us = Bytes.parseLong(buf, end - 3, end);
        return (ms * 1000 + us) * 1000;
    }
}
