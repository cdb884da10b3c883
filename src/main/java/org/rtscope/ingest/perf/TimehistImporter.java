package org.rtscope.ingest.perf;

import java.io.IOException;
import java.io.InputStream;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.LineScanner;
import org.rtscope.ingest.TraceImporter;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;
import org.rtscope.model.TraceBuilder;

/**
 * Imports {@code perf sched timehist} text (CATALOG F7) as per-CPU run slices with their wait times
 * and scheduling delays; how rows map onto events is explained in {@link TimehistReader}.
 */
public final class TimehistImporter implements TraceImporter {

    @Override
    public Trace read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor) throws IOException {
        TraceBuilder builder = new TraceBuilder();
        TimehistReader reader = new TimehistReader(builder, report);
        if (!new LineScanner(in, totalBytes, monitor, report).scan(reader::line)) {
            report.markCancelled();
        }
        reader.finish();
        if (builder.size() == 0 && report.lines() > 0) {
            report.warn(0, "no timehist rows found in " + report.lines() + " lines");
        }
        return builder.build();
    }
}
