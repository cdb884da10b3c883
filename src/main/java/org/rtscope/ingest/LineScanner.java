package org.rtscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.SourceReport;

/**
 * Splits a byte stream into lines without creating a String per line. Reads in large blocks, reports
 * progress per block and polls for cancellation. A line longer than {@link #MAX_LINE} bytes is not
 * handed on: it is counted as skipped (binary junk or a runaway line must not exhaust memory).
 */
public final class LineScanner {
    /** Longest line handed to a parser. */
    public static final int MAX_LINE = 1 << 20;
    private static final int BLOCK = 1 << 22;
    private static final byte NEWLINE = '\n';

    private final InputStream in;
    private final long totalBytes;
    private final ImportMonitor monitor;
    private final SourceReport report;

    public LineScanner(InputStream in, long totalBytes, ImportMonitor monitor, SourceReport report) {
        this.in = in;
        this.totalBytes = totalBytes;
        this.monitor = monitor;
        this.report = report;
    }

    /**
     * Feeds every line to {@code handler}; returns false if cancelled. The number of lines read is
     * stored in the report.
     */
    public boolean scan(LineHandler handler) throws IOException {
        byte[] buf = new byte[BLOCK + MAX_LINE];
        int filled = 0;
        int lineStart = 0;
        long lineNo = 0;
        long consumed = 0;
        boolean skippingLongLine = false;
        long longLineLength = 0;
        boolean eof = false;
        while (!eof) {
            if (monitor.isCancelled()) {
                report.lines(lineNo);
                return false;
            }
            // keep the unfinished line at the front of the buffer
            if (lineStart > 0) {
                System.arraycopy(buf, lineStart, buf, 0, filled - lineStart);
                filled -= lineStart;
                lineStart = 0;
            }
            int read = in.read(buf, filled, Math.min(BLOCK, buf.length - filled));
            if (read < 0) {
                eof = true;
            } else {
                consumed += read;
                monitor.progress(consumed, totalBytes);
            }
            int scanFrom = filled;
            if (read > 0) {
                filled += read;
            }
            for (int i = Bytes.indexOfByte(buf, scanFrom, filled, NEWLINE); i >= 0;
                    i = Bytes.indexOfByte(buf, i + 1, filled, NEWLINE)) {
                lineNo++;
                if (skippingLongLine) {
                    longLineLength += i - lineStart;
                    report.skip(lineNo, "line of " + longLineLength + " bytes is too long to be a trace line");
                    skippingLongLine = false;
                } else if (i - lineStart > MAX_LINE) {
                    report.skip(lineNo, "line of " + (i - lineStart) + " bytes is too long to be a trace line");
                } else {
                    int end = i > lineStart && buf[i - 1] == '\r' ? i - 1 : i;
                    handler.line(buf, lineStart, end - lineStart, lineNo);
                }
                lineStart = i + 1;
            }
            if (filled - lineStart >= MAX_LINE) {
                // runaway line: drop what we have and keep skipping until its end
                skippingLongLine = true;
                longLineLength += filled - lineStart;
                lineStart = filled;
            }
        }
        if (lineStart < filled || skippingLongLine) {
            lineNo++;
            if (skippingLongLine) {
                report.skip(lineNo, "line of " + (longLineLength + filled - lineStart)
                        + " bytes is too long to be a trace line");
            } else {
                int end = buf[filled - 1] == '\r' ? filled - 1 : filled;
                handler.line(buf, lineStart, end - lineStart, lineNo);
            }
        }
        report.lines(lineNo);
        return true;
    }
}
