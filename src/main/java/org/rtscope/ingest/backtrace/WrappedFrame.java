package org.rtscope.ingest.backtrace;

import java.util.Arrays;

/**
 * The text of a gdb frame that continues on the next lines: gdb wraps long argument lists and puts
 * {@code at FILE:LINE} or {@code from LIB} on lines of their own. The pieces are joined with one space
 * until the frame parses; the text is capped so a frame that never closes cannot grow without bound.
 */
final class WrappedFrame {
    /** Longest frame text assembled from continuation lines. */
    static final int MAX_TEXT = 64 * 1024;

    private byte[] text = new byte[256];
    private int length = -1;
    private long line;
    private String number;

    /** True while a frame waits for its continuation. */
    boolean isOpen() {
        return length >= 0;
    }

    /** Starts with the text after the frame number {@code frameNumber} on line {@code lineNo}. */
    void start(String frameNumber, long lineNo, byte[] buf, int from, int to) {
        length = 0;
        line = lineNo;
        number = frameNumber;
        append(buf, from, to);
    }

    /** Adds a continuation line after a space; false (nothing added) when the text would exceed {@link #MAX_TEXT}. */
    boolean continueWith(byte[] buf, int from, int to) {
        if (length + 1 + (to - from) > MAX_TEXT) {
            return false;
        }
        append(new byte[] {' '}, 0, 1);
        append(buf, from, to);
        return true;
    }

    void close() {
        length = -1;
    }

    byte[] text() {
        return text;
    }

    int length() {
        return length;
    }

    /** The line the frame started on. */
    long line() {
        return line;
    }

    /** Its {@code #N}. */
    String number() {
        return number;
    }

    private void append(byte[] buf, int from, int to) {
        int n = to - from;
        if (length + n > text.length) {
            text = Arrays.copyOf(text, Math.max(length + n, text.length * 2));
        }
        System.arraycopy(buf, from, text, length, n);
        length += n;
    }
}
