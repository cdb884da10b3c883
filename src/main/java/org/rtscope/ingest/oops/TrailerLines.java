package org.rtscope.ingest.oops;

import java.util.List;
import org.rtscope.ingest.text.Bytes;

/**
 * Lines that may follow or interrupt a stack without ending the report: instruction dumps
 * ({@code Code:}, powerpc {@code Instruction dump:} and its word rows), ARM {@code Exception stack(...)}
 * and its {@code bfa0: 00000000 ...} rows, the old x86 {@code RIP  [<...>]}/{@code  RSP <...>} summary,
 * lockdep's irq-state lines, {@code Kernel Offset:}, the ftrace dump notice and the reboot notice.
 * Anything else after a trace closes the report.
 */
final class TrailerLines {
    private static final List<String> PREFIXES = List.of("Code:", "Instruction dump:", "Exception stack(", "Stack:",
            "Kernel Offset:", "Dumping ftrace buffer:", "(ftrace buffer empty)", "Rebooting in", "irq event stamp:",
            "hardirqs last", "softirqs last", "LR = ", "Modules linked in:", "RIP  [<", "RIP [<", "RSP <", "RIP: ",
            "Krnl ", "Last Breaking-Event-Address:", "PGD ", "---[ end ");

    private TrailerLines() {
    }

    static boolean matches(byte[] buf, int s, int e) {
        for (String prefix : PREFIXES) {
            if (Bytes.startsWith(buf, s, e, prefix)) {
                return true;
            }
        }
        return isHexDumpRow(buf, s, e);
    }

    /** {@code bfa0: 00000000 ...} (ARM stack words) or {@code 7fa3eb78 38a00000 ...} (powerpc instructions). */
    private static boolean isHexDumpRow(byte[] buf, int s, int e) {
        int i = s;
        while (i < e && Character.digit(buf[i], 16) >= 0) {
            i++;
        }
        int digits = i - s;
        if (digits == 4 && i < e && buf[i] == ':') {
            return true;
        }
        return digits == 8 && i + 9 <= e && buf[i] == ' ' && FrameParser.isHex(buf, i + 1, i + 9);
    }
}
