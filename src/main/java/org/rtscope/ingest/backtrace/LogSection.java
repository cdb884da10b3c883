package org.rtscope.ingest.backtrace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.kmsg.KernelLogImporter;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;

/**
 * Reads {@code log} / {@code dmesg} output of crash — the kernel ring buffer saved in the dump — with
 * the kernel-log importer, so the last messages before the crash, and any oops, lockup, RCU stall or
 * hung-task dump among them, are read exactly as from a dmesg file: log records on the boot clock and
 * reports with their backtraces. All of crash's variants are dmesg shapes the kernel-log importer knows
 * ({@code log -T} wall-clock stamps, {@code -m} levels, {@code -t} no stamps, {@code -c} caller ids once
 * the space crash puts before them is taken out).
 *
 * <p>The section is collected and imported when the next command starts (a ring buffer is a few tens of
 * megabytes at most; beyond {@link #MAX_BYTES} the rest is passed over with a warning); its records,
 * reports, warnings and skipped lines then join the transcript's at their line numbers.
 */
final class LogSection implements CrashSection {
    /** Log output collected per section. */
    static final int MAX_BYTES = 128 << 20;

    private final CrashOutput out;
    private byte[] text = new byte[64 * 1024];
    private int length;
    private long firstLine = -1;
    private long cutAt = -1;

    LogSection(CrashOutput out) {
        this.out = out;
    }

    @Override
    public void line(byte[] buf, int off, int s, int end, long lineNo) {
        if (firstLine < 0) {
            firstLine = lineNo;
        }
        if (cutAt >= 0) {
            return;
        }
        int n = end - off;
        if (length + n + 1 > MAX_BYTES) {
            cutAt = lineNo;
            return;
        }
        if (length + n + 1 > text.length) {
            text = Arrays.copyOf(text, Math.max(length + n + 1, text.length * 2));
        }
        int space = callerIdSpace(buf, off, end);
        if (space < 0) {
            System.arraycopy(buf, off, text, length, n);
            length += n;
        } else {
            System.arraycopy(buf, off, text, length, space - off);
            length += space - off;
            System.arraycopy(buf, space + 1, text, length, end - space - 1);
            length += end - space - 1;
        }
        text[length++] = '\n';
    }

    /**
     * {@code log -c} prints {@code [    0.014179] [     T1] msg}, with a space the kernel's own
     * console format ({@code [    0.014179][     T1] msg}, what the kernel-log importer reads) does not
     * have: the index of that space, or -1.
     */
    static int callerIdSpace(byte[] buf, int off, int end) {
        if (off >= end || buf[off] != '[') {
            return -1;
        }
        int close = Bytes.indexOf(buf, off, Math.min(end, off + 32), "] [");
        if (close < 0) {
            return -1;
        }
        int id = Bytes.skipSpaces(buf, close + 3, end);
        if (id + 1 >= end || (buf[id] != 'T' && buf[id] != 'C') || !Bytes.isDigit(buf[id + 1])) {
            return -1;
        }
        int digits = id + 1;
        while (digits < end && Bytes.isDigit(buf[digits])) {
            digits++;
        }
        return digits < end && buf[digits] == ']' ? close + 1 : -1;
    }

    @Override
    public void finish() {
        if (firstLine < 0) {
            return;
        }
        SourceReport part = new SourceReport(out.report.path(), SourceFormat.DMESG);
        Case.Source log;
        try {
            log = new KernelLogImporter().read(new ByteArrayInputStream(text, 0, length), length, part,
                    ImportMonitor.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array cannot fail", e);
        }
        out.addKernelLog(log, part, firstLine - 1);
        if (cutAt >= 0) {
            out.report.warn(cutAt, "crash log output beyond " + (MAX_BYTES >> 20) + " MB is not read");
        }
    }
}
