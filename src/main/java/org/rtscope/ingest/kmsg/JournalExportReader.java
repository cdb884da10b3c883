package org.rtscope.ingest.kmsg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.SourceReport;

/**
 * Reads the journal export format ({@code journalctl -o export}, systemd's JOURNAL_EXPORT_FORMATS):
 * entries separated by an empty line, each field a {@code NAME=value} line, or for binary values the
 * name alone on a line, a 64-bit little-endian length, the raw bytes and a newline. Binary data may
 * hold newlines, so this reads bytes itself instead of lines. A length that cannot be right (beyond
 * {@link #MAX_FIELD}) or a field cut off by the end of the file is reported with its line; the entry is
 * dropped and reading goes on after the next empty line.
 */
final class JournalExportReader {
    /** Largest field value read. */
    static final int MAX_FIELD = 64 << 20;
    private static final int MAX_LINE = 1 << 20;

    private final SourceReport report;
    private final JournalRecords records;
    private final JournalEntry entry = new JournalEntry();
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long consumed;
    private long line = 1;
    private byte[] lineBytes = new byte[256];
    private int lineLength;

    JournalExportReader(InputStream in, SourceReport report, JournalRecords records) {
        this.in = in;
        this.report = report;
        this.records = records;
    }

    /** Reads the whole stream; false when cancelled. */
    boolean read(long totalBytes, ImportMonitor monitor) throws IOException {
        long reported = 0;
        while (true) {
            if (consumed - reported >= 1 << 20) {
                if (monitor.isCancelled()) {
                    report.lines(line - 1);
                    return false;
                }
                monitor.progress(consumed, totalBytes);
                reported = consumed;
            }
            long lineNo = line;
            if (!readLine()) {
                break;
            }
            if (lineLength == 0) {
                flush();
                continue;
            }
            if (entry.isEmpty() && entry.line == 0) {
                entry.line = (int) lineNo;
            }
            int eq = ByteScan.indexOf(lineBytes, 0, lineLength, (byte) '=');
            if (eq > 0) {
                String name = new String(lineBytes, 0, eq, StandardCharsets.US_ASCII);
                if (JournalEntry.isUsed(name)) {
                    entry.field(name, lineBytes, eq + 1, lineLength - eq - 1);
                }
            } else if (!binaryField(lineNo)) {
                entry.clear();
                skipToEntryEnd();
            }
        }
        flush();
        monitor.progress(consumed, totalBytes);
        report.lines(line - 1);
        return true;
    }

    /** The value of a binary field whose name was the line just read; false when the stream is corrupt. */
    private boolean binaryField(long lineNo) throws IOException {
        String name = new String(lineBytes, 0, lineLength, StandardCharsets.US_ASCII);
        long size = 0;
        for (int k = 0; k < 8; k++) {
            int b = next();
            if (b < 0) {
                report.skip(lineNo, "binary field " + Bytes.excerpt(lineBytes, 0, lineLength) + " cut off by the end of the file");
                return false;
            }
            size |= (long) b << (8 * k);
        }
        if (size < 0 || size > MAX_FIELD) {
            report.skip(lineNo, "binary field " + Bytes.excerpt(lineBytes, 0, lineLength) + " claims " + size
                    + " bytes; its entry is skipped");
            return false;
        }
        byte[] value = new byte[(int) size];
        for (int k = 0; k < value.length; k++) {
            int b = next();
            if (b < 0) {
                report.skip(lineNo, "binary field " + name + " cut off by the end of the file");
                return false;
            }
            value[k] = (byte) b;
        }
        if (next() != '\n') {
            report.warn(lineNo, "binary field " + name + " is not followed by a newline");
        }
        if (JournalEntry.isUsed(name)) {
            entry.field(name, value, 0, value.length);
        }
        return true;
    }

    /** After a corrupt field: drops the rest of the entry up to the empty line that ends it. */
    private void skipToEntryEnd() throws IOException {
        boolean more;
        do {
            more = readLine();
        } while (more && lineLength != 0);
    }

    private void flush() {
        if (!entry.isEmpty()) {
            records.add(entry);
        }
        entry.clear();
    }

    /** Reads up to the next newline into {@link #lineBytes}; false at the end of the stream. */
    private boolean readLine() throws IOException {
        lineLength = 0;
        boolean any = false;
        int b;
        while ((b = next()) >= 0) {
            any = true;
            if (b == '\n') {
                return true;
            }
            if (lineLength < MAX_LINE) {
                if (lineLength == lineBytes.length) {
                    lineBytes = Arrays.copyOf(lineBytes, lineLength * 2);
                }
                lineBytes[lineLength++] = (byte) b;
            }
        }
        return any;
    }

    private int next() throws IOException {
        if (pos == limit) {
            int n = in.read(buf);
            if (n <= 0) {
                return -1;
            }
            pos = 0;
            limit = n;
        }
        consumed++;
        byte b = buf[pos++];
        if (b == '\n') {
            line++;
        }
        return b & 0xFF;
    }
}
