package org.rtscope.ingest.backtrace;

import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.SourceReport;

/**
 * Output of gdb commands other than {@code bt} that crash reporters (abrt, drkonqi) paste after the
 * backtraces: {@code info sharedlibrary} tables, {@code disassemble} listings, {@code print} results.
 * It is expected text, not damage, so it is passed over as blocks with one warning per block naming its
 * lines, rather than as dozens of skipped lines.
 */
final class GdbOtherOutput {
    private final SourceReport report;
    private String block;
    private long first;
    private long last;

    GdbOtherOutput(SourceReport report) {
        this.report = report;
    }

    /** True when the line {@code buf[s, end)} belongs to such output (and is taken). */
    boolean take(byte[] buf, int s, int end, boolean indented, long lineNo) {
        if (block != null) {
            if (continues(buf, s, end, indented)) {
                last = lineNo;
                if (Bytes.startsWith(buf, s, end, "End of assembler dump.")) {
                    close();
                }
                return true;
            }
            close();
        }
        if (indented) {
            return false;
        }
        if (Bytes.startsWith(buf, s, end, "From ") && Bytes.indexOf(buf, s, end, "Shared Object Library") > 0) {
            open("info sharedlibrary", lineNo);
            return true;
        }
        if (Bytes.startsWith(buf, s, end, "Dump of assembler code")) {
            open("disassemble", lineNo);
            return true;
        }
        if (buf[s] == '$' && s + 1 < end && Bytes.isDigit(buf[s + 1]) && Bytes.indexOf(buf, s, end, " = ") > 0) {
            open("print", lineNo);
            return true;
        }
        return Bytes.startsWith(buf, s, end, "No symbol \"") || Bytes.startsWith(buf, s, end, "(*): Shared library");
    }

    /** Ends the open block (at the end of input or before a backtrace line). */
    void close() {
        if (block != null) {
            String lines = first == last ? "line " + first : "lines " + first + "-" + last;
            report.warn(first, "output of gdb's '" + block + "' (" + lines + ") is not interpreted by rtscope");
        }
        block = null;
    }

    private void open(String name, long lineNo) {
        block = name;
        first = lineNo;
        last = lineNo;
    }

    private boolean continues(byte[] buf, int s, int end, boolean indented) {
        switch (block) {
            case "info sharedlibrary":
                // rows start with the address range, or are indented when the library has none
                return s < end && (indented || Bytes.startsWith(buf, s, end, "0x")
                        || Bytes.startsWith(buf, s, end, "(*)"));
            case "disassemble":
                return true;
            case "print":
                return !indented && s + 1 < end && buf[s] == '$' && Bytes.isDigit(buf[s + 1]);
            default:
                return false;
        }
    }
}
