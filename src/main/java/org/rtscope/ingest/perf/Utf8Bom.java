package org.rtscope.ingest.perf;

/** The UTF-8 byte order mark some Windows tools (PerfView's test inputs, editors) put before line 1. */
final class Utf8Bom {
    private Utf8Bom() {
    }

    /** {@code off} moved past a byte order mark when line 1 starts with one. */
    static int skip(byte[] buf, int off, int end, long lineNo) {
        if (lineNo == 1 && end - off >= 3 && buf[off] == (byte) 0xEF && buf[off + 1] == (byte) 0xBB
                && buf[off + 2] == (byte) 0xBF) {
            return off + 3;
        }
        return off;
    }
}
