package org.rtscope.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;

/**
 * Reads one source format into a {@link Trace}. Implementations stream, never throw on bad content
 * (bad lines are counted in the report with their line numbers), report progress and stop early
 * when cancelled, returning what was read so far. Only I/O failures surface as exceptions.
 */
public interface TraceImporter {
    Trace read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor) throws IOException;

    /** Reads a whole file; importers that can use random access (parallel chunks) override this. */
    default Trace readFile(Path file, SourceReport report, ImportMonitor monitor) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, Files.size(file), report, monitor);
        }
    }
}
