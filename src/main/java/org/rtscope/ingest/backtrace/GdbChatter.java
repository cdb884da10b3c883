package org.rtscope.ingest.backtrace;

import org.rtscope.ingest.text.Bytes;

/**
 * gdb's messages around the backtraces, which carry nothing to keep: status lines in brackets
 * ({@code [New LWP 28831]}, {@code [Inferior 1 (process 28831) detached]}), symbol and library loading,
 * the location gdb prints when it stops (a frame without its number) and the source line it echoes
 * after it ({@code 146\t../sysdeps/nptl/futex-internal.h: No such file or directory.}, then
 * {@code \tin …}). Recognising them keeps real transcripts free of skipped-line warnings.
 */
final class GdbChatter {
    private static final String[] PREFIXES = {
        "Using host libthread_db library", "Reading symbols from", "Loaded symbols for", "warning: ",
        "Downloading separate debug info", "Missing separate debuginfo", "Try: ", "Attaching to process",
        "Detaching from", "A debugging session is active", "Quit anyway?", "Download failed",
        "Symbols already loaded for", "No symbol table is loaded."};

    private boolean afterSourceEcho;

    /** True right after a source-line echo, whose indented {@code in FILE} line follows. */
    boolean afterSourceEcho() {
        return afterSourceEcho;
    }

    /** Forgets the source-line echo (a blank line or a frame came between). */
    void reset() {
        afterSourceEcho = false;
    }

    /** True when {@code buf[s, end)} is such a message (and is taken). */
    boolean take(byte[] buf, int s, int end, boolean indented) {
        if (indented) {
            return afterSourceEcho && Bytes.startsWith(buf, s, end, "in ");
        }
        if (buf[s] == '[' && buf[end - 1] == ']') {
            return true;
        }
        int digits = s;
        while (digits < end && Bytes.isDigit(buf[digits])) {
            digits++;
        }
        if (digits > s && digits + 1 < end
                && (buf[digits] == '\t' || (buf[digits] == ' ' && buf[digits + 1] == ' '))) {
            afterSourceEcho = true;
            return true;
        }
        for (String prefix : PREFIXES) {
            if (Bytes.startsWith(buf, s, end, prefix)) {
                return true;
            }
        }
        return isStopLocation(buf, s, end);
    }

    /** {@code f (a=1) at x.c:3} or {@code 0x… in f () from /lib/libc.so.6} without a frame number. */
    private static boolean isStopLocation(byte[] buf, int s, int end) {
        int open = GdbFrameParser.argsOpen(buf, s, end);
        if (open < 0) {
            return false;
        }
        int close = GdbFrameParser.matchingParen(buf, open, end);
        if (close < 0) {
            return false;
        }
        int rest = Bytes.skipSpaces(buf, close + 1, end);
        return Bytes.startsWith(buf, rest, end, "at ") || Bytes.startsWith(buf, rest, end, "from ");
    }
}
