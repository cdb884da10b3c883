package org.rtscope.ingest.backtrace;

import java.nio.charset.StandardCharsets;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Case;
import org.rtscope.model.LogStore;
import org.rtscope.model.SourceReport;
import org.rtscope.model.StackReport;

/**
 * What the sections of one crash transcript produce together: the reports of every {@code bt},
 * {@code runq} and {@code ps}, the kernel log of {@code log}, and the import report for warnings.
 * One interner serves all sections, so a function seen by {@code bt -a} and {@code foreach bt} is one string.
 */
final class CrashOutput {
    final SourceReport report;
    final Interner interner = new Interner();
    final ReportList reports;
    private LogStore.Builder logs;

    CrashOutput(SourceReport report) {
        this.report = report;
        this.reports = new ReportList(report, interner);
    }

    /** The log records, created when a {@code log} section first needs them. */
    LogStore.Builder logs() {
        if (logs == null) {
            logs = new LogStore.Builder();
        }
        return logs;
    }

    /**
     * Adds what the kernel-log importer read from a {@code log} section whose first line is line
     * {@code lineOffset + 1} of the transcript: its reports, its records (linked to those reports) and
     * its warnings and skipped lines, all at their transcript line numbers.
     */
    void addKernelLog(Case.Source log, SourceReport part, long lineOffset) {
        int offset = (int) lineOffset;
        int reportBase = reports.size();
        for (StackReport r : log.stacks()) {
            Backtrace b = r.backtrace();
            reports.add(new StackReport(r.kind(), r.title(), r.time(), r.cpu(), r.pid(), r.comm(),
                    r.firstLine() + offset, r.lastLine() + offset, new Backtrace(b.kind(), b.frames(), b.line() + offset),
                    r.attributes()));
        }
        LogStore store = log.logs();
        LogStore.Builder builder = logs();
        for (int i = 0; store != null && i < store.size(); i++) {
            byte[] message = store.text(i).getBytes(StandardCharsets.UTF_8);
            int record = builder.add(store.bootNs(i), store.wallNs(i), store.level(i),
                    builder.strings().intern(store.ident(i)), store.pid(i), store.cpu(i), store.line(i) + offset,
                    store.boot(i), message, 0, message.length);
            if (store.report(i) >= 0) {
                builder.linkReport(record, record, reportBase + store.report(i));
            }
        }
        // absorb counts the part's lines too; the transcript counts its own
        long lines = report.lines();
        report.absorb(part, lineOffset);
        report.lines(lines);
    }

    /** The kernel log read from the transcript, or null when it had no {@code log} output. */
    LogStore builtLogs() {
        return logs == null ? null : logs.build();
    }
}
