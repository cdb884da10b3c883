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

    /**
     * True when [from, end) holds control bytes no text log line has (NUL and the like; TAB, ESC of
     * colour codes, CR, FF and VT are text): a binary file or a corrupted block, not a message.
     */
    static boolean isBinary(byte[] buf, int from, int end) {
        for (int i = from; i < end; i++) {
            byte b = buf[i];
            if (b >= 0 && b < 0x20 && b != '\t' && b != 0x1B && b != '\r' && b != '\f' && b != 0x0B) {
                return true;
            }
        }
        return false;
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
