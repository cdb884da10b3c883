package org.rtscope.ingest.kmsg;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.LineScanner;
import org.rtscope.ingest.SourceImporter;
import org.rtscope.ingest.oops.ReportRecognizer;
import org.rtscope.ingest.text.Bytes;
import org.rtscope.model.Case;
import org.rtscope.model.LogStore;
import org.rtscope.model.SourceReport;
import org.rtscope.model.StringPool;

/**
 * Imports syslog files ({@code /var/log/kern.log}, {@code messages}, {@code syslog}; RFC 3164, RFC 3339,
 * RFC 5424) and journalctl's line output (short, short-precise, short-iso, short-iso-precise,
 * short-monotonic, short-unix, short-full): one record per line with its wall (or, short-monotonic,
 * boot) time, identifier and pid; every daemon's line is kept, since lines such as systemd's
 * {@code Main process exited, code=killed, status=9/KILL} are evidence too.
 *
 * <p>Kernel lines ({@code kernel:}) carry the kernel's own {@code [sec.usec]} stamp when klogd/imklog
 * collected them: it gives the record its boot time, which anchors the file's wall clock to the boot
 * clock, and the message after it goes through the {@link ReportRecognizer}. journalctl's
 * {@code -- Boot <id> --} separators keep boots apart (the same id keeps its index); in plain syslog a
 * kernel {@code Linux version} banner or a kernel stamp stepping back starts a new boot. Indented
 * lines continue the record before them. Year-less stamps get their year from {@link YearInference};
 * stamps without zone are read as UTC.
 */
public final class SyslogImporter implements SourceImporter {
    private static final String BOOT = "-- Boot ";
    private static final String BANNER = "Linux version ";
    private final long fixedReferenceNs;

    /** Year-less stamps end before the file's modification time (or now, for a stream). */
    public SyslogImporter() {
        this(LogStore.NO_TIME);
    }

    /** Year-less stamps end before {@code referenceEpochNs}. */
    SyslogImporter(long referenceEpochNs) {
        this.fixedReferenceNs = referenceEpochNs;
    }

    @Override
    public Case.Source read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor)
            throws IOException {
        long reference = fixedReferenceNs != LogStore.NO_TIME ? fixedReferenceNs
                : System.currentTimeMillis() * 1_000_000L;
        return read(in, totalBytes, report, monitor, reference);
    }

    @Override
    public Case.Source readFile(Path file, SourceReport report, ImportMonitor monitor) throws IOException {
        long reference = fixedReferenceNs != LogStore.NO_TIME ? fixedReferenceNs
                : Files.getLastModifiedTime(file).toMillis() * 1_000_000L;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, Files.size(file), report, monitor, reference);
        }
    }

    private static Case.Source read(InputStream in, long totalBytes, SourceReport report, ImportMonitor monitor,
                                    long reference) throws IOException {
        Reader reader = new Reader(report, reference);
        if (!new LineScanner(in, totalBytes, monitor, report).scan(reader::line)) {
            report.markCancelled();
        }
        return reader.finish();
    }

    /** State of one import. */
    private static final class Reader {
        private final SourceReport report;
        private final LogStore.Builder logs = new LogStore.Builder();
        private final StringPool strings = logs.strings();
        private final ReportRecognizer reports = new ReportRecognizer(logs);
        private final YearInference years;
        private final SyslogLine syslog;
        private final DmesgPrefix kernelPrefix = new DmesgPrefix();
        private final Map<String, Integer> bootIds = new HashMap<>();
        private final int kernel = strings.intern("kernel");
        private int boot;
        private int highestBoot;
        private boolean separators;
        private boolean lastWasKernel;
        private int lastCaller;
        private long lastKernelBootNs = LogStore.NO_TIME;
        private boolean kernelSeen;

        Reader(SourceReport report, long reference) {
            this.report = report;
            this.years = new YearInference(reference);
            this.syslog = new SyslogLine(years);
        }

        void line(byte[] buf, int off, int len, long lineNo) {
            int end = off + len;
            int line = (int) lineNo;
            if (Bytes.skipSpaces(buf, off, end) == end) {
                return;
            }
            if (Bytes.startsWith(buf, off, end, "-- ") && journalMarker(buf, off, end)) {
                return;
            }
            if (Bytes.isSpace(buf[off]) && logs.size() > 0) {
                logs.continueLast(buf, off, len);
                if (lastWasKernel) {
                    reports.line(logs.size() - 1, line, LogStore.NO_TIME, lastCaller, buf, off, end);
                }
                return;
            }
            if (!syslog.parse(buf, off, end)) {
                report.skip(lineNo, "not a syslog line: " + Bytes.excerpt(buf, off, len));
                return;
            }
            int ident = syslog.identEnd > syslog.identStart
                    ? strings.intern(buf, syslog.identStart, syslog.identEnd - syslog.identStart) : StringPool.EMPTY;
            int message = syslog.message;
            long bootNs = syslog.bootNs;
            int caller = ReportRecognizer.NO_CALLER;
            int cpu = -1;
            boolean isKernel = ident == kernel;
            if (isKernel && kernelPrefix.parse(buf, message, end)) {
                message = kernelPrefix.message;
                if (kernelPrefix.bootNs != LogStore.NO_TIME) {
                    bootNs = kernelPrefix.bootNs;
                }
                cpu = kernelPrefix.cpu;
                caller = kernelPrefix.pid >= 0 ? ReportRecognizer.taskCaller(kernelPrefix.pid)
                        : cpu >= 0 ? ReportRecognizer.cpuCaller(cpu) : ReportRecognizer.NO_CALLER;
            }
            if (isKernel && !separators && isReboot(buf, message, end, bootNs)) {
                boot = ++highestBoot;
                reports.newBoot();
            }
            int record = logs.add(bootNs, syslog.wallNs, syslog.level, ident, syslog.pid, cpu, line, boot, buf, message,
                    end - message);
            if (syslog.yearless) {
                years.inferred(record, syslog.wallNs);
            }
            lastWasKernel = isKernel;
            lastCaller = caller;
            if (isKernel) {
                reports.line(record, line, bootNs, caller, buf, message, end);
            }
        }

        /** A kernel banner after other kernel lines, or a kernel stamp a second earlier than the last. */
        private boolean isReboot(byte[] buf, int message, int end, long bootNs) {
            boolean seen = kernelSeen;
            kernelSeen = true;
            long last = lastKernelBootNs;
            if (bootNs != LogStore.NO_TIME) {
                lastKernelBootNs = bootNs;
            }
            if (!seen) {
                return false;
            }
            boolean steppedBack = bootNs != LogStore.NO_TIME && last != LogStore.NO_TIME
                    && bootNs < last - KernelLogImporter.REBOOT_STEP_BACK_NS;
            boolean banner = Bytes.startsWith(buf, message, end, BANNER)
                    && (bootNs == LogStore.NO_TIME || last == LogStore.NO_TIME || bootNs < last);
            return steppedBack || banner;
        }

        /** journalctl's {@code -- Boot id --}, {@code -- Reboot --} and header lines; false for other text. */
        private boolean journalMarker(byte[] buf, int off, int end) {
            int e = Bytes.trimEnd(buf, off, end);
            if (Bytes.startsWith(buf, off, e, BOOT) && e - off > BOOT.length() + 3) {
                String id = new String(buf, off + BOOT.length(), e - 3 - off - BOOT.length(), StandardCharsets.US_ASCII)
                        .strip();
                Integer known = bootIds.get(id);
                if (known != null) {
                    boot = known;
                } else {
                    boot = logs.size() == 0 && bootIds.isEmpty() ? 0 : ++highestBoot;
                    bootIds.put(id, boot);
                }
                separators = true;
                reports.newBoot();
                return true;
            }
            if (Bytes.startsWith(buf, off, e, "-- Reboot --")) {
                boot = ++highestBoot;
                separators = true;
                reports.newBoot();
                return true;
            }
            return Bytes.startsWith(buf, off, e, "-- Logs begin at ") || Bytes.startsWith(buf, off, e, "-- Journal begins at ")
                    || Bytes.startsWith(buf, off, e, "-- No entries --");
        }

        Case.Source finish() {
            int moved = years.correct(logs);
            if (moved > 0) {
                report.warn(0, "stamps without a year read " + moved + " year(s) earlier, to end before the file time");
            }
            if (syslog.unknownZone() != null) {
                report.warn(0, "unknown time zone '" + syslog.unknownZone() + "' read as UTC");
            }
            LogStore store = logs.build();
            if (store.size() == 0 && report.lines() > 0) {
                report.warn(0, "no syslog lines found");
            }
            return new Case.Source(report, null, store, reports.finish());
        }
    }
}
