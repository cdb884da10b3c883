package org.rtscope.ingest.backtrace;

import java.nio.charset.StandardCharsets;
import org.rtscope.ingest.text.Bytes;

/**
 * gdb's thread block header in {@code thread apply all bt}:
 * {@code Thread 3 (Thread 0x7fffea7fe700 (LWP 1235) "worker"):} (the name since gdb 8.3),
 * {@code Thread 1 (Thread -1215211840 (LWP 16322)):} (very old), {@code Thread 11 (Thread 19965):}
 * (no libthread_db: the number is the LWP), {@code Thread 2 (LWP 1234):}, {@code Thread 1 (process 99):}.
 *
 * @param number  gdb's thread number
 * @param pthread the pthread id as printed ({@code 0x7fffea7fe700}), or null
 * @param lwp     the kernel thread id, or -1
 * @param name    the thread name, or empty
 */
record ThreadHeader(int number, String pthread, int lwp, String name) {

    /** Parses {@code buf[from, end)} (leading spaces already skipped), or null when it is no thread header. */
    static ThreadHeader parse(byte[] buf, int from, int end) {
        if (!Bytes.startsWith(buf, from, end, "Thread ")) {
            return null;
        }
        int p = from + 7;
        int digits = p;
        while (p < end && Bytes.isDigit(buf[p])) {
            p++;
        }
        if (p == digits || p + 1 >= end || buf[p] != ' ' || buf[p + 1] != '(') {
            return null;
        }
        int number = Bytes.parseInt(buf, digits, p, -1);
        int close = Bytes.lastIndexOf(buf, p, end, (byte) ')');
        if (number < 0 || close < 0) {
            return null;
        }
        String pthread = null;
        int lwp = -1;
        int inner = p + 2;
        int lwpAt = Bytes.indexOf(buf, inner, close, "LWP ");
        if (lwpAt >= 0) {
            lwp = Bytes.parseInt(buf, lwpAt + 4, close, -1);
        }
        if (Bytes.startsWith(buf, inner, close, "Thread ")) {
            int id = inner + 7;
            int idEnd = id;
            while (idEnd < close && buf[idEnd] != ' ' && buf[idEnd] != ')') {
                idEnd++;
            }
            if (Bytes.startsWith(buf, id, idEnd, "0x") || lwpAt >= 0) {
                pthread = new String(buf, id, idEnd - id, StandardCharsets.US_ASCII);
            } else {
                // no thread library: gdb shows the kernel thread id in place of the pthread
                lwp = Bytes.parseInt(buf, id, idEnd, -1);
            }
        } else if (Bytes.startsWith(buf, inner, close, "process ") && lwp < 0) {
            lwp = Bytes.parseInt(buf, inner + 8, close, -1);
        }
        return new ThreadHeader(number, pthread, lwp, quotedName(buf, inner, end));
    }

    /** The {@code "name"} after the thread ids, or empty. */
    private static String quotedName(byte[] buf, int from, int end) {
        int open = Bytes.indexOf(buf, from, end, ") \"");
        if (open < 0) {
            return "";
        }
        int start = open + 3;
        int close = Bytes.lastIndexOf(buf, start, end, (byte) '"');
        return close < 0 ? "" : new String(buf, start, close - start, StandardCharsets.UTF_8);
    }
}
