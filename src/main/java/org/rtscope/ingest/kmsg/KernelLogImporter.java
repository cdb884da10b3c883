package org.rtscope.ingest.kmsg;

import java.io.IOException;
import java.io.InputStream;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.LineScanner;
import org.rtscope.ingest.SourceImporter;
import org.rtscope.ingest.oops.ReportRecognizer;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Case;
import org.rtscope.model.LogStore;
import org.rtscope.model.SourceReport;

/**
 * Imports a kernel log as {@code dmesg}, {@code dmesg -r/-x/-T/-d}, {@code /dev/kmsg} or a console
 * capture prints it, and a pasted oops without timestamps: one log record per message, plus one
 * {@link org.rtscope.model.StackReport} per multi-line report ({@link ReportRecognizer}).
 *
 * <p>A line with a prefix {@link DmesgPrefix} recognises starts a record; its text is the message
 * after the prefix, kept byte for byte. In a log that has such prefixes, a line without one (a
 * hard-wrapped line, a /dev/kmsg dictionary line, console noise) continues the record before it
 * (joined with '\n'); in a log without any, every line is a record without time. A line of binary data
 * (control characters other than TAB and ESC) is skipped with a warning. Boot-clock times come
 * from {@code [sec.usec]} and /dev/kmsg's µs, wall times from {@code -T} and ISO stamps (taken as UTC
 * when they carry no zone). A boot-clock stamp more than a second earlier than the previous one, or a
 * second {@code Linux version} banner, starts a new boot: several boots in one file stay apart.
 */
public final class KernelLogImporter implements SourceImporter {
    /** A timestamp this much earlier than the one before means the machine rebooted. */
    static final long REBOOT_STEP_BACK_NS = 1_000_000_000L;
    private static final String BANNER = "Linux version ";

    @Override
    public Case.Source read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor)
            throws IOException {
        Reader reader = new Reader(report);
        LineScanner scanner = new LineScanner(in, totalBytes, monitor, report);
        if (!scanner.scan(reader::line)) {
            report.markCancelled();
        }
        return reader.finish();
    }

    /** State of one import. */
    private static final class Reader {
        private final SourceReport report;
        private final LogStore.Builder logs = new LogStore.Builder();
        private final ReportRecognizer reports = new ReportRecognizer(logs);
        private final DmesgPrefix prefix = new DmesgPrefix();
        private final int kernel = logs.strings().intern("kernel");
        private boolean stamped;
        private boolean lastWasKmsg;
        private long lastBootNs = LogStore.NO_TIME;
        private int boot;

        Reader(SourceReport report) {
            this.report = report;
        }

        void line(byte[] buf, int off, int len, long lineNo) {
            int end = off + len;
            int line = (int) lineNo;
            if (lastWasKmsg && len > 0 && buf[off] == ' ') {
                logs.continueLast(buf, off, len);
                return;
            }
            if (!prefix.parse(buf, off, end)) {
                lastWasKmsg = false;
                if (ByteScan.isBinary(buf, off, end)) {
                    report.skip(lineNo, "binary data, not a log line: " + Bytes.excerpt(buf, off, len));
                    return;
                }
                if (stamped) {
                    logs.continueLast(buf, off, len);
                    reports.line(logs.size() - 1, line, LogStore.NO_TIME, ReportRecognizer.UNSTAMPED, buf, off, end);
                } else {
                    int record = logs.add(LogStore.NO_TIME, LogStore.NO_TIME, LogStore.NO_LEVEL, kernel, -1, -1, line,
                            boot, buf, off, len);
                    reports.line(record, line, LogStore.NO_TIME, ReportRecognizer.NO_CALLER, buf, off, end);
                }
                return;
            }
            int message = prefix.message;
            if (isNewBoot(buf, message, end)) {
                boot++;
                reports.newBoot();
            }
            stamped = true;
            lastWasKmsg = prefix.kmsgRecord;
            if (prefix.bootNs != LogStore.NO_TIME) {
                lastBootNs = prefix.bootNs;
            }
            int record = logs.add(prefix.bootNs, prefix.wallNs, prefix.level, kernel, prefix.pid, prefix.cpu, line, boot,
                    buf, message, end - message);
            int caller = prefix.pid >= 0 ? ReportRecognizer.taskCaller(prefix.pid)
                    : prefix.cpu >= 0 ? ReportRecognizer.cpuCaller(prefix.cpu) : ReportRecognizer.NO_CALLER;
            reports.line(record, line, prefix.bootNs, caller, buf, message, end);
        }

        private boolean isNewBoot(byte[] buf, int message, int end) {
            if (logs.size() == 0) {
                return false;
            }
            if (prefix.bootNs != LogStore.NO_TIME && lastBootNs != LogStore.NO_TIME
                    && prefix.bootNs < lastBootNs - REBOOT_STEP_BACK_NS) {
                return true;
            }
            return Bytes.startsWith(buf, message, end, BANNER) && (prefix.bootNs == LogStore.NO_TIME
                    || lastBootNs == LogStore.NO_TIME || prefix.bootNs < lastBootNs);
        }

        Case.Source finish() {
            LogStore store = logs.build();
            if (store.size() == 0 && report.lines() > 0) {
                report.warn(0, "no kernel log lines found");
            }
            return new Case.Source(report, null, store, reports.finish());
        }
    }
}
