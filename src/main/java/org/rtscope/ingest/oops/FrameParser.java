package org.rtscope.ingest.oops;

import java.nio.charset.StandardCharsets;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Frame;

/**
 * Reads one frame line of a kernel stack dump, in every shape the architectures print (CATALOG F10):
 * <ul>
 *   <li>x86 ≥4.10, arm64, RISC-V new: {@code  ? func+0x1b8/0x220 [module]}</li>
 *   <li>x86 ≤4.9, arm64 old, RISC-V, s390: {@code  [<ffffffff8158a6a3>] ? dump_stack+0x40/0x50}</li>
 *   <li>s390 guesses in parentheses: {@code ([<000000000012f3bc>] show_trace+0x98/0x148)}</li>
 *   <li>powerpc: {@code [c00000000ffefae0] [c00000000053950c] .dump_stack+0xe0/0x13c (unreliable)}</li>
 *   <li>syzbot / decode_stacktrace.sh: {@code  __schedule+0x190e/0x4c90 kernel/sched/core.c:6765} and
 *       {@code  context_switch kernel/sched/core.c:5378 [inline]}</li>
 *   <li>arm64 ≥6.14 unwind-source marker: {@code  __switch_to+0xf8/0x168 (T)}</li>
 *   <li>unsymbolised: {@code  [<ffffffffa0123456>] 0xffffffffa0123456}</li>
 * </ul>
 * Kernel addresses are above 2^63, so they are negative as Java longs; -1 alone means "no address".
 * A bare word is never a frame (that would turn ordinary messages into stacks): a frame needs an
 * offset, a printed address or a source location. ARM32's {@code (f) from (g)} lines are read by
 * {@link ArmCallLine}.
 */
final class FrameParser {
    private static final byte[] UNRELIABLE = " (unreliable)".getBytes(StandardCharsets.US_ASCII);

    private FrameParser() {
    }

    /** The frame in {@code buf[from, end)}, or null when the text is not a frame. */
    static Frame parse(byte[] buf, int from, int end, String context) {
        int s = Bytes.skipSpaces(buf, from, end);
        int e = Bytes.trimEnd(buf, s, end);
        if (s >= e) {
            return null;
        }
        boolean unreliable = false;
        // arm64 " (T)"-style unwind-source marker
        if (e - s > 4 && buf[e - 1] == ')' && buf[e - 3] == '(' && buf[e - 4] == ' ' && isUpper(buf[e - 2])) {
            e = Bytes.trimEnd(buf, s, e - 4);
        }
        if (endsWith(buf, s, e, UNRELIABLE)) {
            unreliable = true;
            e = Bytes.trimEnd(buf, s, e - UNRELIABLE.length);
        }
        if (e - s > 2 && buf[s] == '(' && buf[s + 1] == '[' && buf[e - 1] == ')') {
            unreliable = true;
            s++;
            e--;
        }
        long address = -1;
        boolean addressed = false;
        if (buf[s] == '[' && s + 1 < e && buf[s + 1] != '<') {
            // powerpc: [stack pointer] [return address] function
            int close = indexOf(buf, s, e, (byte) ']');
            if (close < 0 || !isHex(buf, s + 1, close)) {
                return null;
            }
            int next = Bytes.skipSpaces(buf, close + 1, e);
            if (next >= e || buf[next] != '[') {
                return null;
            }
            int close2 = indexOf(buf, next, e, (byte) ']');
            if (close2 < 0 || !isHex(buf, next + 1, close2)) {
                return null;
            }
            address = Bytes.parseHex(buf, next + 1, close2);
            addressed = true;
            s = Bytes.skipSpaces(buf, close2 + 1, e);
        }
        int afterAddress = bracketAddressEnd(buf, s, e);
        if (afterAddress > 0) {
            address = Bytes.parseHex(buf, s + 2, afterAddress - 2);
            addressed = true;
            s = Bytes.skipSpaces(buf, afterAddress, e);
        }
        if (s + 1 < e && buf[s] == '?' && buf[s + 1] == ' ') {
            unreliable = true;
            s = Bytes.skipSpaces(buf, s + 1, e);
        }
        if (!addressed) {
            afterAddress = bracketAddressEnd(buf, s, e);
            if (afterAddress > 0) {
                address = Bytes.parseHex(buf, s + 2, afterAddress - 2);
                addressed = true;
                s = Bytes.skipSpaces(buf, afterAddress, e);
            }
        }
        if (s >= e) {
            return null;
        }
        Symbol symbol = Symbol.parse(buf, s, Bytes.tokenEnd(buf, s, e));
        if (symbol == null) {
            return null;
        }
        if (symbol.function().isEmpty() && !addressed) {
            address = symbol.address();
            addressed = true;
        }
        String module = null;
        StringBuilder location = null;
        int i = Bytes.skipSpaces(buf, symbol.end(), e);
        while (i < e) {
            if (buf[i] == '[') {
                int close = indexOf(buf, i, e, (byte) ']');
                if (close < 0) {
                    return null;
                }
                String inside = new String(buf, i + 1, close - i - 1, StandardCharsets.UTF_8);
                if (inside.equals("inline")) {
                    location = append(location, "[inline]");
                } else if (module == null && !inside.isEmpty()) {
                    int space = inside.indexOf(' ');
                    module = space < 0 ? inside : inside.substring(0, space);
                } else {
                    return null;
                }
                i = Bytes.skipSpaces(buf, close + 1, e);
            } else {
                int t = Bytes.tokenEnd(buf, i, e);
                if (!isSourceLocation(buf, i, t)) {
                    return null;
                }
                location = append(location, new String(buf, i, t - i, StandardCharsets.UTF_8));
                i = Bytes.skipSpaces(buf, t, e);
            }
        }
        boolean located = location != null && location.indexOf(":") > 0;
        if (symbol.offset() < 0 && !addressed && !located) {
            return null;
        }
        return new Frame(symbol.function(), address, symbol.offset(), symbol.size(), module, unreliable, context,
                location == null ? null : location.toString(), null);
    }

    /** End (exclusive) of a {@code [<hex>]} at {@code s}, or -1. */
    private static int bracketAddressEnd(byte[] buf, int s, int e) {
        if (s + 4 > e || buf[s] != '[' || buf[s + 1] != '<') {
            return -1;
        }
        int close = indexOf(buf, s + 2, e, (byte) '>');
        if (close < 0 || close + 1 >= e || buf[close + 1] != ']' || !isHex(buf, s + 2, close)) {
            return -1;
        }
        return close + 2;
    }

    /** {@code path/file.c:123}: what syzbot and decode_stacktrace.sh append. */
    private static boolean isSourceLocation(byte[] buf, int s, int t) {
        int colon = Bytes.lastIndexOf(buf, s, t, (byte) ':');
        if (colon <= s || colon + 1 >= t) {
            return false;
        }
        for (int k = colon + 1; k < t; k++) {
            if (!Bytes.isDigit(buf[k])) {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder append(StringBuilder sb, String part) {
        if (sb == null) {
            return new StringBuilder(part);
        }
        return sb.append(' ').append(part);
    }

    static boolean isHex(byte[] buf, int s, int e) {
        if (s >= e) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (Character.digit(buf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] buf, int s, int e, byte b) {
        for (int i = s; i < e; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsWith(byte[] buf, int s, int e, byte[] suffix) {
        if (e - s < suffix.length) {
            return false;
        }
        for (int k = 0; k < suffix.length; k++) {
            if (buf[e - suffix.length + k] != suffix[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpper(byte b) {
        return b >= 'A' && b <= 'Z';
    }
}
