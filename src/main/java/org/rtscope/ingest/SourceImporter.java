package org.rtscope.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rtscope.model.Case;
import org.rtscope.model.SourceReport;

/**
 * Reads one source format into whatever it holds: trace events, log records, reports with
 * backtraces. Like {@link TraceImporter}: streams, never throws on bad content (bad lines are counted
 * in the report with their numbers), reports progress, stops early when cancelled keeping what was
 * read. Only I/O failures surface as exceptions.
 */
public interface SourceImporter {

    /** Reads a stream of {@code totalBytes} bytes (-1 when unknown, e.g. decompressed input). */
    Case.Source read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor) throws IOException;

    /** Reads a whole file; importers that can use random access override this. */
    default Case.Source readFile(Path file, SourceReport report, ImportMonitor monitor) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, Files.size(file), report, monitor);
        }
    }

    /** Adapts a trace-only importer. */
    static SourceImporter of(TraceImporter importer) {
        return new SourceImporter() {
            @Override
            public Case.Source read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor)
                    throws IOException {
                return new Case.Source(report, importer.read(in, totalBytes, report, monitor));
            }

            @Override
            public Case.Source readFile(Path file, SourceReport report, ImportMonitor monitor) throws IOException {
                return new Case.Source(report, importer.readFile(file, report, monitor));
            }
        };
    }
}
