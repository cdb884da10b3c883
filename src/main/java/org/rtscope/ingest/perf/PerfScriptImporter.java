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
 * Imports {@code perf script} text (CATALOG F6) in one streaming pass: tracepoints and sampled
 * events with or without callchains, any {@code -F} field selection, {@code --ns}, {@code --header},
 * the {@code PERF_RECORD_*} side-band lines, a UTF-8 BOM and CRLF line ends. The perf clock is the
 * kernel's local clock, the same as dmesg's (CATALOG §6), so times are kept as printed.
 */
public final class PerfScriptImporter implements TraceImporter {

    @Override
    public Trace read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor) throws IOException {
        TraceBuilder builder = new TraceBuilder();
        PerfScriptReader reader = new PerfScriptReader(builder, report);
        if (!new LineScanner(in, totalBytes, monitor, report).scan(reader::line)) {
            report.markCancelled();
        }
        reader.finish();
        if (builder.size() == 0 && report.lines() > 0) {
            report.warn(0, "no perf events found in " + report.lines() + " lines");
        }
        return builder.build();
    }
}
