package org.rtscope.ingest.oops;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.rtscope.ingest.text.Bytes;

/**
 * Register dump lines: x86 {@code RSP: 0018:ffffc90000003e38 EFLAGS: 00000202},
 * {@code RAX: ... RBX: ...}, {@code FS:  00007f6b9af6b700(0000) GS:ffff8801db400000(0000)}; arm64
 * {@code x29: ffff00006a238e50 x28: ...}, {@code sp : ...}, {@code pstate: 10000005 (nzcV ...)};
 * powerpc {@code GPR00: ...}, {@code MSR:  800000010280b033 <SF,...>}. A line counts when it starts
 * with a short register name, a colon and a hex value of at least four digits, which ordinary
 * messages ({@code ACPI: bus type PCI registered}, {@code tsc: Detected ...}) never do.
 */
final class RegisterLine {
    private static final int MIN_HEX_DIGITS = 4;

    private RegisterLine() {
    }

    /** True when the text is a register dump line. */
    static boolean matches(byte[] buf, int from, int end) {
        int s = Bytes.skipSpaces(buf, from, end);
        int value = valueStart(buf, s, end);
        return value >= 0 && hexValueEnd(buf, value, end) >= 0;
    }

    /** Adds each {@code NAME: value} pair of the line to {@code attributes} (first value of a name wins). */
    static void collect(byte[] buf, int from, int end, Map<String, String> attributes) {
        int i = Bytes.skipSpaces(buf, from, end);
        while (i < end) {
            int nameEnd = nameEnd(buf, i, end);
            int value = nameEnd < 0 ? -1 : valueStart(buf, i, end);
            if (value < 0) {
                return;
            }
            int valueEnd = Bytes.tokenEnd(buf, value, end);
            String name = new String(buf, i, nameEnd - i, StandardCharsets.US_ASCII);
            attributes.putIfAbsent(name, new String(buf, value, valueEnd - value, StandardCharsets.UTF_8));
            i = Bytes.skipSpaces(buf, valueEnd, end);
        }
    }

    /**
     * End of a register name ({@code [A-Za-z][A-Za-z0-9_]{0,7}}) at {@code s}, or -1. A name of hex
     * digits only is the offset of a stack dump row ({@code dd40: 977bdda0 ...}), not a register.
     */
    private static int nameEnd(byte[] buf, int s, int end) {
        if (s >= end || !Character.isLetter(buf[s])) {
            return -1;
        }
        int i = s + 1;
        while (i < end && i - s <= 8 && (Character.isLetterOrDigit(buf[i]) || buf[i] == '_')) {
            i++;
        }
        return i - s > 8 || FrameParser.isHex(buf, s, i) ? -1 : i;
    }

    /** Start of the value after {@code NAME:} or {@code NAME :}, or -1. */
    private static int valueStart(byte[] buf, int s, int end) {
        int i = nameEnd(buf, s, end);
        if (i < 0) {
            return -1;
        }
        if (i + 1 < end && buf[i] == ' ' && buf[i + 1] == ':') {
            i++;
        }
        if (i >= end || buf[i] != ':') {
            return -1;
        }
        int v = Bytes.skipSpaces(buf, i + 1, end);
        return v < end ? v : -1;
    }

    /** End of a hex value of at least {@link #MIN_HEX_DIGITS} digits at {@code s}, or -1. */
    private static int hexValueEnd(byte[] buf, int s, int end) {
        int i = s;
        while (i < end && Character.digit(buf[i], 16) >= 0) {
            i++;
        }
        if (i - s < MIN_HEX_DIGITS) {
            return -1;
        }
        if (i < end && buf[i] != ' ' && buf[i] != ':' && buf[i] != '(') {
            return -1;
        }
        return i;
    }
}
