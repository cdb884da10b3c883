package org.rtscope.ingest.backtrace;

import java.nio.charset.StandardCharsets;

/**
 * Line bytes as attribute text. Register dumps and frame memory are aligned with runs of spaces and
 * tabs for the terminal; kept as single spaces they read the same and stay short.
 */
final class LineText {
    private LineText() {
    }

    /** {@code buf[from, to)} decoded as UTF-8. */
    static String of(byte[] buf, int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /** {@code buf[from, to)} with every run of spaces and tabs turned into one space. */
    static String collapsed(byte[] buf, int from, int to) {
        byte[] out = new byte[to - from];
        int n = 0;
        boolean space = false;
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if (b == ' ' || b == '\t') {
                space = true;
                continue;
            }
            if (space && n > 0) {
                out[n++] = ' ';
            }
            space = false;
            out[n++] = b;
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
