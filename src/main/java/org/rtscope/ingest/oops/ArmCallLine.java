package org.rtscope.ingest.oops;

import java.nio.charset.StandardCharsets;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Frame;

/**
 * ARM32 prints each step of the unwind as "function, called from caller+offset":
 * {@code [<c0105e38>] (__schedule) from [<c01064a4>] (schedule+0x58/0xb8)} (old) or
 * {@code  __schedule from schedule+0x20/0xac} (≈5.17+). The offset of a function is therefore on the
 * line before it, and the outermost caller only appears after the last "from". {@link BacktraceCollector}
 * stitches the lines back into one frame per function.
 */
final class ArmCallLine {
    private static final String FROM = " from ";

    private ArmCallLine() {
    }

    /** One parsed line: the function that ran and the call site it returns to. */
    record Parsed(Frame where, Frame from) {
    }

    /** True when the line has the {@code [<addr>] (func) from [<addr>]} shape that starts a trace by itself. */
    static boolean isOldStyle(byte[] buf, int from, int end) {
        int s = Bytes.skipSpaces(buf, from, end);
        return Bytes.startsWith(buf, s, end, "[<") && Bytes.indexOf(buf, s, end, ") from [<") > 0;
    }

    /** Parses a line, or returns null when it is not an ARM "from" line. */
    static Parsed parse(byte[] buf, int from, int end, String context) {
        int s = Bytes.skipSpaces(buf, from, end);
        int e = Bytes.trimEnd(buf, s, end);
        int mid = Bytes.indexOf(buf, s, e, FROM);
        if (mid < 0) {
            return null;
        }
        Frame where = side(buf, s, mid, context);
        Frame caller = side(buf, mid + FROM.length(), e, context);
        if (where == null || caller == null) {
            return null;
        }
        return new Parsed(where, caller);
    }

    /** {@code [<addr>] (sym)} or {@code sym [module]}. */
    private static Frame side(byte[] buf, int s, int e, String context) {
        s = Bytes.skipSpaces(buf, s, e);
        e = Bytes.trimEnd(buf, s, e);
        long address = -1;
        if (Bytes.startsWith(buf, s, e, "[<")) {
            int close = Bytes.indexOf(buf, s, e, ">]");
            if (close < 0 || !FrameParser.isHex(buf, s + 2, close)) {
                return null;
            }
            address = Bytes.parseHex(buf, s + 2, close);
            s = Bytes.skipSpaces(buf, close + 2, e);
            if (s >= e || buf[s] != '(' || buf[e - 1] != ')') {
                return null;
            }
            s++;
            e--;
        }
        String module = null;
        if (e > s && buf[e - 1] == ']') {
            int open = Bytes.lastIndexOf(buf, s, e, (byte) '[');
            if (open > s) {
                module = new String(buf, open + 1, e - open - 2, StandardCharsets.UTF_8);
                e = Bytes.trimEnd(buf, s, open);
            }
        }
        Symbol symbol = Symbol.parse(buf, s, e);
        if (symbol == null || symbol.end() != e) {
            return null;
        }
        if (symbol.function().isEmpty()) {
            address = symbol.address();
        }
        return new Frame(symbol.function(), address, symbol.offset(), symbol.size(), module, false, context);
    }
}
