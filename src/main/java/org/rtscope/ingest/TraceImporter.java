package org.rtscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;

/**
 * Reads one source format into a {@link Trace}. Implementations stream, never throw on bad content
 * (bad lines are counted in the report with their line numbers), report progress and stop early
 * when cancelled, returning what was read so far. Only I/O failures surface as exceptions.
 */
public interface TraceImporter {
    Trace read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor) throws IOException;
}
