package org.rtscope.ingest.backtrace;

import java.nio.charset.StandardCharsets;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Frame;

/**
 * Reads the text of one frame after gdb's {@code #N}:
 * {@code 0x00007ffff7801438 in __GI_raise (sig=sig@entry=6) at ../sysdeps/unix/sysv/linux/raise.c:54},
 * {@code __GI_raise (sig=6) at raise.c:50} (frame 0 or an inlined frame: no address),
 * {@code 0x0000155555 in ?? () from /usr/lib/libstdc++.so.6}, {@code <signal handler called>}; also the
 * same numbered shape from systemd-coredump ({@code 0x7fb109a9318b raise (libc.so.6 + 0x3a18b)}) and drgn
 * ({@code queued_spin_lock (./include/asm-generic/qspinlock.h:111:6)},
 * {@code at 0xffffffff814b6446 (_raw_spin_lock_irqsave+0x36/0x68) in f at kernel/x.c:162:9 (inlined)}).
 *
 * <p>C++ names carry parentheses and angle brackets of their own ({@code std::function<void (int)>::
 * operator()(int) const (this=0x0)}); the arguments are the first parenthesis that follows a space
 * outside any template brackets, and they end at the matching parenthesis outside string literals.
 */
final class GdbFrameParser {
    /** gdb's marker between a signal handler's frames and the interrupted code. */
    static final String SIGNAL_FRAME = "<signal handler called>";

    private final Interner interner;
    private boolean kernelSyntax;

    GdbFrameParser(Interner interner) {
        this.interner = interner;
    }

    /** True when the last parsed frame was in drgn's kernel form (source location in parentheses). */
    boolean lastWasKernelSyntax() {
        return kernelSyntax;
    }

    /**
     * The frame of {@code buf[from, end)}, or null when the text is cut short and continues on the next
     * line (arguments not closed, a trailing {@code at} or {@code from}) and {@code force} is false.
     * With {@code force} a cut frame is read as far as it goes.
     */
    Frame parse(byte[] buf, int from, int end, boolean force) {
        kernelSyntax = false;
        int s = Bytes.skipSpaces(buf, from, end);
        int e = Bytes.trimEnd(buf, s, end);
        if (e - s == SIGNAL_FRAME.length() && Bytes.startsWith(buf, s, e, SIGNAL_FRAME)) {
            return interner.frame(new Frame(SIGNAL_FRAME, -1, -1, -1, null, false, "signal", null, null));
        }
        if (Bytes.startsWith(buf, s, e, "at 0x")) {
            return drgnVerbose(buf, s + 3, e);
        }
        long address = -1;
        int p = s;
        if (Bytes.startsWith(buf, p, e, "0x")) {
            int tokenEnd = Bytes.tokenEnd(buf, p, e);
            long value = Bytes.parseHex(buf, p + 2, tokenEnd);
            address = value == Bytes.NONE ? -1 : value;
            p = Bytes.skipSpaces(buf, tokenEnd, e);
            if (Bytes.startsWith(buf, p, e, "in ")) {
                p += 3;
            }
        }
        int open = argsOpen(buf, p, e);
        if (open < 0) {
            return withoutArguments(buf, p, e, address, force);
        }
        int close = matchingParen(buf, open, e);
        if (close < 0 && !force) {
            return null;
        }
        int argsEnd = close < 0 ? e : close;
        int restFrom = close < 0 ? e : Bytes.skipSpaces(buf, close + 1, e);
        String location = location(buf, restFrom, e);
        if (location == null && !force) {
            return null;
        }
        return frame(buf, p, Bytes.trimEnd(buf, p, open), address, buf, open + 1, argsEnd, location);
    }

    /** A frame with no parenthesis: only an address ({@code #30 0x7f1ef33679b9}) or a bare name. */
    private Frame withoutArguments(byte[] buf, int p, int e, long address, boolean force) {
        int nameEnd = Bytes.tokenEnd(buf, p, e);
        String location = location(buf, Bytes.skipSpaces(buf, nameEnd, e), e);
        if (location == null && !force) {
            return null;
        }
        return frame(buf, p, nameEnd, address, buf, 0, -1, location);
    }

    private Frame frame(byte[] buf, int nameFrom, int nameTo, long address, byte[] argBuf, int argFrom, int argTo,
                        String location) {
        long offset = -1;
        long size = -1;
        int plus = Bytes.indexOf(buf, nameFrom, nameTo, "+0x");
        if (plus > nameFrom) {
            int slash = Bytes.indexOf(buf, plus, nameTo, "/0x");
            offset = orMinusOne(Bytes.parseHex(buf, plus + 3, slash < 0 ? nameTo : slash));
            if (slash > 0) {
                size = orMinusOne(Bytes.parseHex(buf, slash + 3, nameTo));
            }
            nameTo = plus;
        }
        String function = interner.text(buf, nameFrom, nameTo);
        if (function.equals("??") || function.equals("n/a")) {
            function = "";
        }
        String module = null;
        String args = argTo < 0 ? null : new String(argBuf, argFrom, argTo - argFrom, StandardCharsets.UTF_8);
        if (args != null) {
            int libPlus = args.indexOf(" + 0x");
            if (libPlus > 0 && args.indexOf(' ') == libPlus && location.isEmpty()) {
                // systemd-coredump: raise (libc.so.6 + 0x3a18b)
                module = args.substring(0, libPlus);
                offset = hex(args.substring(libPlus + 5));
                args = null;
            } else if (location.isEmpty() && isSourceLocation(args)) {
                // drgn: queued_spin_lock (./include/asm-generic/qspinlock.h:111:6)
                kernelSyntax = true;
                location = args;
                args = null;
            }
        }
        return interner.frame(new Frame(function, address, offset, size, module, false, null,
                location.isEmpty() ? null : location, args));
    }

    /**
     * The location after the arguments: {@code at FILE:LINE} gives {@code FILE:LINE}, {@code from LIB}
     * gives {@code from LIB}, nothing gives "", other text is kept as it is; null when the line ends in
     * a bare {@code at} or {@code from} whose operand is on the next line.
     */
    private String location(byte[] buf, int from, int end) {
        if (from >= end) {
            return "";
        }
        int len = end - from;
        if ((len == 2 && Bytes.startsWith(buf, from, end, "at"))
                || (len == 4 && Bytes.startsWith(buf, from, end, "from"))) {
            return null;
        }
        if (Bytes.startsWith(buf, from, end, "at ")) {
            return interner.text(buf, Bytes.skipSpaces(buf, from + 3, end), end);
        }
        return interner.text(buf, from, end);
    }

    /** drgn -v: {@code at 0xADDR (SYM+0xOFF/0xSIZE) in FUNC at FILE:LINE:COL (inlined)}. */
    private Frame drgnVerbose(byte[] buf, int from, int end) {
        kernelSyntax = true;
        int tokenEnd = Bytes.tokenEnd(buf, from, end);
        long address = orMinusOne(Bytes.parseHex(buf, from + 2, tokenEnd));
        int p = Bytes.skipSpaces(buf, tokenEnd, end);
        int symFrom = -1;
        int symTo = -1;
        if (p < end && buf[p] == '(') {
            int close = matchingParen(buf, p, end);
            if (close > p) {
                symFrom = p + 1;
                symTo = close;
                p = Bytes.skipSpaces(buf, close + 1, end);
            }
        }
        if (!Bytes.startsWith(buf, p, end, "in ")) {
            if (symFrom < 0) {
                return interner.frame(new Frame("", address, -1, -1, null, false, null, null, null));
            }
            return frame(buf, symFrom, symTo, address, buf, 0, -1, "");
        }
        int nameFrom = p + 3;
        int at = Bytes.indexOf(buf, nameFrom, end, " at ");
        int nameTo = at < 0 ? Bytes.tokenEnd(buf, nameFrom, end) : at;
        String function = interner.text(buf, nameFrom, nameTo);
        String location = at < 0 ? null : interner.text(buf, at + 4, end);
        long offset = -1;
        long size = -1;
        if (symFrom >= 0) {
            int plus = Bytes.indexOf(buf, symFrom, symTo, "+0x");
            // the symbol is the real function containing the address; its offset belongs to the
            // frame only when the frame is that function, not code inlined into it
            if (plus > symFrom && plus - symFrom == nameTo - nameFrom
                    && Bytes.startsWith(buf, symFrom, plus, function)) {
                int slash = Bytes.indexOf(buf, plus, symTo, "/0x");
                offset = orMinusOne(Bytes.parseHex(buf, plus + 3, slash < 0 ? symTo : slash));
                size = slash < 0 ? -1 : orMinusOne(Bytes.parseHex(buf, slash + 3, symTo));
            }
        }
        return interner.frame(new Frame(function, address, offset, size, null, false, null, location, null));
    }

    /** {@code FILE:LINE} or {@code FILE:LINE:COL}: no spaces, no '=', ends in digits after a colon. */
    private static boolean isSourceLocation(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1 || text.indexOf(' ') >= 0 || text.indexOf('=') >= 0) {
            return false;
        }
        for (int i = colon + 1; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Index of the parenthesis that opens the arguments: the first {@code (} after a space, outside
     * template brackets and outside the name's own parentheses; -1 when there is none.
     */
    static int argsOpen(byte[] buf, int from, int end) {
        int angle = 0;
        int paren = 0;
        for (int i = from; i < end; i++) {
            byte c = buf[i];
            if (c == '<' && !afterOperator(buf, from, i)) {
                angle++;
            } else if (c == '>' && angle > 0 && !afterOperator(buf, from, i)) {
                angle--;
            } else if (c == '(') {
                if (angle == 0 && paren == 0 && i > from && buf[i - 1] == ' ') {
                    return i;
                }
                paren++;
            } else if (c == ')' && paren > 0) {
                paren--;
            }
        }
        return -1;
    }

    /** True when {@code buf[at]} is part of an operator name such as {@code operator<<} or {@code operator->}. */
    private static boolean afterOperator(byte[] buf, int from, int at) {
        int i = at;
        while (i > from && (buf[i - 1] == '<' || buf[i - 1] == '>' || buf[i - 1] == '-' || buf[i - 1] == '=')) {
            i--;
        }
        return i - from >= 8 && Bytes.startsWith(buf, i - 8, i, "operator");
    }

    /** Index of the parenthesis closing the one at {@code open}, skipping string literals; -1 when cut. */
    static int matchingParen(byte[] buf, int open, int end) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < end; i++) {
            byte c = buf[i];
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static long hex(String digits) {
        try {
            return Long.parseUnsignedLong(digits, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long orMinusOne(long value) {
        return value == Bytes.NONE ? -1 : value;
    }
}
