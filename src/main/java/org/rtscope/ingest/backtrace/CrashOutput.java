package org.rtscope.ingest.backtrace;

import org.rtscope.model.LogStore;
import org.rtscope.model.SourceReport;

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

    /** The kernel log read from the transcript, or null when it had no {@code log} output. */
    LogStore builtLogs() {
        return logs == null ? null : logs.build();
    }
}
