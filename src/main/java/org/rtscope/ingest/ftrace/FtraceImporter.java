package org.rtscope.ingest.ftrace;

import java.io.IOException;
import java.io.InputStream;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.TraceImporter;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;
import org.rtscope.model.TraceBuilder;

/** Placeholder while the parser is being written on main; replaced in the next commit. */
public final class FtraceImporter implements TraceImporter {
    @Override
    public Trace read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor) throws IOException {
        return new TraceBuilder().build();
    }
}
