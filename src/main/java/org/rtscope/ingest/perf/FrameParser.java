package org.rtscope.ingest.perf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Frame;
import org.rtscope.model.StringPool;

/**
 * Reads one callchain frame as perf prints it, {@code addr sym+0xoff (dso)}:
 * <pre>
 *   ffffffff8136bc19 __send_signal_locked+0x229 ([kernel.kallsyms])
 *             8fdd4 pthread_sigmask@GLIBC_2.2.5+0x44 (/usr/lib/x86_64-linux-gnu/libc.so.6)
 *   7f93991a6140 [unknown] ([unknown])
 *   7f1e2162ad6f StealTask::do_it(GCTaskManager*, unsigned int) (/…/libjvm.so)
 *   ffffffffc0878d87 mlx5e_skb_from_cqe_linear+0xc7 (/lib/modules/…/mlx5_core.ko)
 * </pre>
 * Every part is optional ({@code -F ip}, {@code -F sym,dso}, no {@code symoff}); symbols may contain
 * spaces and parentheses, so the DSO is the last balanced parenthesis group and the address the first
 * token. Frames repeat millions of times in a large profile, so equal frames are shared: a recording
 * costs one {@link Frame} per distinct frame, not per line, and a frame line seen before is found by
 * its bytes alone (a lookup in a private byte-keyed pool, no parsing, no allocation). That pool keeps
 * at most {@link #MAX_CACHED_LINES} lines and then starts afresh, so a profile whose every sample has
 * its own ip does not hold its text twice, while the hot lines are soon found again.
 */
final class FrameParser {
    static final int MAX_CACHED_LINES = 1 << 18;

    private final StringPool pool;
    private StringPool lines = new StringPool();
    private final List<Frame> frameOfLine = new ArrayList<>();
    private final Map<Frame, Frame> known = new HashMap<>();
    private final int maxCachedLines;

    FrameParser(StringPool pool) {
        this(pool, MAX_CACHED_LINES);
    }

    /** A parser whose line cache starts afresh after {@code maxCachedLines} distinct lines. */
    FrameParser(StringPool pool, int maxCachedLines) {
        this.pool = pool;
        this.maxCachedLines = maxCachedLines;
    }

    /** The frame in [from, end), or null when the text has neither an address nor a DSO. */
    Frame parse(byte[] buf, int from, int end) {
        int s = Bytes.skipSpaces(buf, from, end);
        int e = Bytes.trimEnd(buf, s, end);
        if (s >= e) {
            return null;
        }
        if (lines.size() >= maxCachedLines) {
            lines = new StringPool();
            frameOfLine.clear();
        }
        int id = lines.intern(buf, s, e - s);
        if (id < frameOfLine.size()) {
            return frameOfLine.get(id);
        }
        Frame frame = parseNew(buf, s, e);
        while (frameOfLine.size() < id) {
            frameOfLine.add(null);
        }
        frameOfLine.add(frame);
        return frame;
    }

    private Frame parseNew(byte[] buf, int s, int e) {
        int dsoStart = -1;
        int dsoEnd = -1;
        if (buf[e - 1] == ')') {
            int open = openingParen(buf, s, e - 1);
            if (open > s && buf[open - 1] == ' ') {
                dsoStart = open + 1;
                dsoEnd = e - 1;
                e = Bytes.trimEnd(buf, s, open);
            }
        }
        int firstEnd = Bytes.tokenEnd(buf, s, e);
        long address = -1;
        int symStart;
        if (firstEnd < e) {
            long hex = Bytes.parseHex(buf, s, firstEnd);
            address = isHex(buf, s, firstEnd) ? hex : -1;
            symStart = Bytes.skipSpaces(buf, firstEnd, e);
        } else if (isHex(buf, s, e) && (dsoStart < 0 || e - s >= 8)) {
            address = Bytes.parseHex(buf, s, e);
            symStart = e;
        } else if (dsoStart >= 0) {
            symStart = s;
        } else {
            return null;
        }
        return frame(buf, address, symStart, e, dsoStart, dsoEnd);
    }

    private Frame frame(byte[] buf, long address, int symStart, int symEnd, int dsoStart, int dsoEnd) {
        long offset = -1;
        int plus = Bytes.lastIndexOf(buf, symStart, symEnd, (byte) '+');
        if (plus > symStart && Bytes.startsWith(buf, plus + 1, symEnd, "0x") && isHex(buf, plus + 3, symEnd)) {
            offset = Bytes.parseHex(buf, plus + 3, symEnd);
            symEnd = plus;
        }
        String function = symEnd - symStart == 9 && Bytes.startsWith(buf, symStart, symEnd, "[unknown]") ? ""
                : pool.get(pool.intern(buf, symStart, symEnd - symStart));
        Dso dso = Dso.of(buf, dsoStart, dsoEnd);
        String module = dso.module(pool, buf, dsoStart, dsoEnd);
        Frame frame = new Frame(function, address, offset, -1, module, false, dso.isUser() ? "user" : null);
        Frame shared = known.putIfAbsent(frame, frame);
        return shared == null ? frame : shared;
    }

    /** Index of the '(' that balances the ')' at {@code close}, or -1. */
    private static int openingParen(byte[] buf, int from, int close) {
        int depth = 0;
        for (int i = close; i >= from; i--) {
            if (buf[i] == ')') {
                depth++;
            } else if (buf[i] == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHex(byte[] buf, int from, int end) {
        if (from >= end || end - from > 16) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (Character.digit(buf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** What the DSO column says about a frame: core kernel, kernel module, user object or unknown. */
    private enum Dso {
        NONE, KERNEL, MODULE, USER, UNKNOWN;

        static Dso of(byte[] buf, int from, int end) {
            if (from < 0) {
                return NONE;
            }
            int len = end - from;
            if (len >= 2 && buf[from] == '[' && buf[end - 1] == ']') {
                if (Bytes.startsWith(buf, from, end, "[kernel.") || Bytes.startsWith(buf, from, end, "[guest.kernel")) {
                    return KERNEL;
                }
                if (Bytes.startsWith(buf, from, end, "[unknown]")) {
                    return UNKNOWN;
                }
                if (Bytes.startsWith(buf, from, end, "[vdso") || Bytes.startsWith(buf, from, end, "[vsyscall")
                        || Bytes.startsWith(buf, from, end, "[heap") || Bytes.startsWith(buf, from, end, "[stack")
                        || Bytes.startsWith(buf, from, end, "[anon")) {
                    return USER;
                }
                return MODULE;
            }
            if (Bytes.indexOf(buf, from, end, "vmlinux") >= 0 && Bytes.indexOf(buf, from, end, ".so") < 0) {
                return KERNEL;
            }
            if (Bytes.startsWith(buf, from, end, "bpf_prog_")) {
                return MODULE;
            }
            if (len > 3 && Bytes.startsWith(buf, end - 3, end, ".ko")) {
                return MODULE;
            }
            return USER;
        }

        boolean isUser() {
            return this == USER;
        }

        /** The module name of {@link Frame#module()}: null for the core kernel and unknown DSOs. */
        String module(StringPool pool, byte[] buf, int from, int end) {
            switch (this) {
                case MODULE:
                    if (buf[from] == '[') {
                        return pool.get(pool.intern(buf, from + 1, end - from - 2));
                    }
                    return pool.get(pool.intern(buf, from, end - from));
                case USER:
                    return pool.get(pool.intern(buf, from, end - from));
                default:
                    return null;
            }
        }
    }
}
