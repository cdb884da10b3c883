package org.rtscope.ingest.kmsg;

import org.rtscope.ingest.text.Bytes;

/** Byte-range helpers the log parsers share beyond {@link Bytes}. */
final class ByteScan {
    private ByteScan() {
    }

    /** Index of the first {@code b} in [from, end), or -1. */
    static int indexOf(byte[] buf, int from, int end, byte b) {
        for (int i = from; i < end; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** True when [from, end) is non-empty and all decimal digits. */
    static boolean allDigits(byte[] buf, int from, int end) {
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
