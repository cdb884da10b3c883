package org.rtscope.ingest.kmsg;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.LineScanner;
import org.rtscope.ingest.SourceImporter;
import org.rtscope.model.Case;
import org.rtscope.model.SourceReport;

/**
 * Imports the journal's field-structured outputs, which keep both clocks and the boot id of every
 * entry: {@code journalctl -o json / json-pretty / json-seq} ({@link JournalJsonReader}), {@code -o export}
 * ({@link JournalExportReader}) and {@code -o verbose} ({@link JournalVerboseReader}). The first bytes
 * tell which; the entries become log records through {@link JournalRecords}.
 */
public final class JournalImporter implements SourceImporter {
    private static final int PEEK = 8192;

    @Override
    public Case.Source read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor)
            throws IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
        buffered.mark(PEEK);
        byte[] head = buffered.readNBytes(PEEK);
        buffered.reset();
        JournalRecords records = new JournalRecords();
        boolean complete;
        switch (mode(head)) {
            case JSON:
                complete = new JournalJsonReader(report, records).read(buffered, totalBytes, monitor);
                break;
            case VERBOSE:
                JournalVerboseReader verbose = new JournalVerboseReader(report, records);
                complete = new LineScanner(buffered, totalBytes, monitor, report).scan(verbose::line);
                verbose.finish();
                break;
            default:
                complete = new JournalExportReader(buffered, report, records).read(totalBytes, monitor);
                break;
        }
        if (!complete) {
            report.markCancelled();
        }
        if (records.size() == 0 && report.lines() > 0) {
            report.warn(0, "no journal entries found");
        }
        return new Case.Source(report, null, records.logs(), records.reports());
    }

    private enum Mode { JSON, VERBOSE, EXPORT }

    private static Mode mode(byte[] head) {
        for (byte b : head) {
            if (b == '{' || b == 0x1E || b == '[') {
                return Mode.JSON;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                break;
            }
        }
        for (String line : new String(head, StandardCharsets.UTF_8).split("\n")) {
            if (LogLineShapes.VERBOSE_HEADER.matcher(line).find()) {
                return Mode.VERBOSE;
            }
        }
        return Mode.EXPORT;
    }
}
