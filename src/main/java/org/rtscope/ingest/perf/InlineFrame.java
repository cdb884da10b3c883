package org.rtscope.ingest.perf;

import org.rtscope.ingest.text.Bytes;

/**
 * Finds the {@code ip sym (dso)} that perf appends to an event line when no callchain is printed
 * ({@code cycles:  ffffffff96613abf [unknown] ([kernel.kallsyms])}, or after a tracepoint's own text
 * with {@code -F trace,ip,sym,dso}). It is the last balanced parenthesis group at the end of the
 * line, preceded by a hexadecimal address and at least one symbol token; tracepoint text such as
 * {@code NR 7 (7ffe5f0e7e10, 2, 0)} has no symbol between its number and the parenthesis and is left
 * alone.
 */
final class InlineFrame {
    private InlineFrame() {
    }

    /** Index of the address that starts the trailing frame in [from, end), or -1. */
    static int start(byte[] buf, int from, int end) {
        if (end - from < 4 || buf[end - 1] != ')') {
            return -1;
        }
        int depth = 0;
        int open = -1;
        for (int i = end - 1; i >= from; i--) {
            if (buf[i] == ')') {
                depth++;
            } else if (buf[i] == '(' && --depth == 0) {
                open = i;
                break;
            }
        }
        if (open <= from || buf[open - 1] != ' ') {
            return -1;
        }
        // the last hexadecimal token that has a symbol token after it, before the '('
        int tokensAfter = 0;
        int i = Bytes.trimEnd(buf, from, open);
        while (i > from) {
            int tokenStart = i;
            while (tokenStart > from && !Bytes.isSpace(buf[tokenStart - 1])) {
                tokenStart--;
            }
            if (tokensAfter > 0 && isHex(buf, tokenStart, i)) {
                return tokenStart;
            }
            tokensAfter++;
            i = Bytes.trimEnd(buf, from, tokenStart);
        }
        return -1;
    }

    private static boolean isHex(byte[] buf, int from, int end) {
        if (end - from < 1 || end - from > 16) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (Character.digit(buf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
