package org.rtscope.ingest.backtrace;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.LineScanner;
import org.rtscope.ingest.SourceImporter;
import org.rtscope.model.Case;
import org.rtscope.model.SourceReport;
import org.rtscope.model.StackReport;

/**
 * Imports gdb backtraces ({@code bt}, {@code bt full}, {@code thread apply all bt [full]}, coloured
 * or not), and the same numbered-frame shape written by systemd-coredump and drgn, as one
 * {@link StackReport} per thread. Streams line by line through {@link LineScanner}.
 */
public final class GdbImporter implements SourceImporter {

    @Override
    public Case.Source read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor)
            throws IOException {
        GdbTranscript transcript = new GdbTranscript(report);
        LineScanner scanner = new LineScanner(in, totalBytes, monitor, report);
        if (!scanner.scan(transcript::line)) {
            report.markCancelled();
        }
        List<StackReport> stacks = transcript.finish();
        if (stacks.isEmpty() && report.lines() > 0) {
            report.warn(0, "no backtrace found in " + report.lines() + " lines");
        }
        return new Case.Source(report, null, null, stacks);
    }
}
