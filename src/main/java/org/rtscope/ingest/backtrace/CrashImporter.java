package org.rtscope.ingest.backtrace;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.LineScanner;
import org.rtscope.ingest.SourceImporter;
import org.rtscope.model.Case;
import org.rtscope.model.LogStore;
import org.rtscope.model.SourceReport;
import org.rtscope.model.StackReport;

/**
 * Imports the text of a crash utility session: {@code bt} in its variants as one report per task,
 * {@code runq} as one report per CPU, {@code ps} as one report per task, and {@code log} as log records
 * on the boot clock. Streams line by line through {@link LineScanner}.
 */
public final class CrashImporter implements SourceImporter {

    @Override
    public Case.Source read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor)
            throws IOException {
        CrashTranscript transcript = new CrashTranscript(report);
        LineScanner scanner = new LineScanner(in, totalBytes, monitor, report);
        if (!scanner.scan(transcript::line)) {
            report.markCancelled();
        }
        transcript.finish();
        List<StackReport> stacks = transcript.reports();
        LogStore logs = transcript.logs();
        if (stacks.isEmpty() && logs == null && report.lines() > 0) {
            report.warn(0, "no backtrace, run queue, task list or log found in " + report.lines() + " lines");
        }
        return new Case.Source(report, null, logs, stacks);
    }
}
