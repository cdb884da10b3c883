package org.rtscope.ingest.backtrace;

/**
 * Removes terminal escape sequences from a line in place. gdb colours function names, file names and
 * addresses when its output went to a terminal ({@code set style enabled on}, the default since gdb 10),
 * and users paste or {@code script}-record such sessions; the parsers must see the same text as in a
 * plain transcript.
 */
final class AnsiEscapes {
    private static final byte ESC = 0x1b;
    private static final byte BEL = 0x07;

    private AnsiEscapes() {
    }

    /**
     * Strips CSI ({@code ESC [ ... letter}), OSC ({@code ESC ] ... BEL} or {@code ESC \}) and two-byte
     * escapes from {@code buf[off, off+len)}, moving the rest left; returns the new length.
     */
    static int strip(byte[] buf, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end && buf[i] != ESC) {
            i++;
        }
        if (i == end) {
            return len;
        }
        int out = i;
        while (i < end) {
            if (buf[i] == ESC) {
                i = skipSequence(buf, i, end);
            } else {
                buf[out++] = buf[i++];
            }
        }
        return out - off;
    }

    /** Index after the escape sequence starting at {@code at}. */
    private static int skipSequence(byte[] buf, int at, int end) {
        int i = at + 1;
        if (i >= end) {
            return end;
        }
        if (buf[i] == '[') {
            i++;
            // parameter and intermediate bytes, then one final byte in 0x40..0x7E
            while (i < end && (buf[i] < 0x40 || buf[i] > 0x7E)) {
                i++;
            }
            return Math.min(i + 1, end);
        }
        if (buf[i] == ']') {
            i++;
            while (i < end) {
                if (buf[i] == BEL) {
                    return i + 1;
                }
                if (buf[i] == ESC && i + 1 < end && buf[i + 1] == '\\') {
                    return i + 2;
                }
                i++;
            }
            return end;
        }
        return i + 1;
    }
}
