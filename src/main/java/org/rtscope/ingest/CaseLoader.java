package org.rtscope.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rtscope.ingest.align.CaseClock;
import org.rtscope.ingest.backtrace.CrashImporter;
import org.rtscope.ingest.backtrace.GdbImporter;
import org.rtscope.ingest.ftrace.FtraceImporter;
import org.rtscope.ingest.tracedat.TraceDatImporter;
import org.rtscope.ingest.kmsg.JournalImporter;
import org.rtscope.ingest.kmsg.KernelLogImporter;
import org.rtscope.ingest.kmsg.SyslogImporter;
import org.rtscope.ingest.perf.PerfScriptImporter;
import org.rtscope.ingest.perf.TimehistImporter;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;

/**
 * Opens files as one {@link Case}: sniffs each, runs its importer, and turns every failure into a
 * message in that source's report instead of an exception, so one bad file never loses the others.
 */
public final class CaseLoader {

    private CaseLoader() {
    }

    /** Loads several files; {@code monitor} sees the bytes of all files as one progress. */
    public static Case load(List<Path> paths, ImportMonitor monitor) {
        long total = 0;
        for (Path path : paths) {
            try {
                total += Files.size(path);
            } catch (IOException e) {
                // reported when the file is opened below
            }
        }
        List<Case.Source> sources = new ArrayList<>();
        long before = 0;
        for (Path path : paths) {
            long offset = before;
            long grandTotal = total;
            ImportMonitor part = new ImportMonitor() {
                @Override
                public void progress(long done, long fileTotal) {
                    monitor.progress(offset + done, grandTotal);
                }

                @Override
                public boolean isCancelled() {
                    return monitor.isCancelled();
                }
            };
            sources.add(loadOne(path, part));
            try {
                before += Files.size(path);
            } catch (IOException e) {
                // already reported
            }
            if (monitor.isCancelled()) {
                break;
            }
        }
        return CaseClock.align(new Case(sources));
    }

    /** Loads one file; never throws. */
    public static Case.Source loadOne(Path path, ImportMonitor monitor) {
        SourceReport report = new SourceReport(path.toString(), SourceFormat.UNKNOWN);
        try {
            if (!Files.isRegularFile(path)) {
                report.warn(0, Files.exists(path) ? "not a regular file" : "file not found");
                return new Case.Source(report, null);
            }
            long size = Files.size(path);
            if (size == 0) {
                report.warn(0, "file is empty");
                return new Case.Source(report, null);
            }
            SourceFormat format = Sniffer.sniff(path);
            report.format(format);
            SourceImporter importer = importerFor(format);
            if (importer == null) {
                report.warn(0, describeUnsupported());
                return new Case.Source(report, null);
            }
            CompressedInput.Codec codec = CompressedInput.detect(path);
            Case.Source source = codec == null ? importer.readFile(path, report, monitor)
                    : CompressedInput.read(path, codec, importer, report, monitor);
            // a trace counts its events; a log or backtrace file its records and reports
            Trace trace = source.trace();
            long records = (source.logs() == null ? 0 : source.logs().size()) + source.stacks().size();
            report.events(trace == null ? records : trace.size());
            return source;
        } catch (IOException e) {
            report.warn(0, "cannot read: " + e.getMessage());
            return new Case.Source(report, null);
        } catch (RuntimeException e) {
            // importers do not throw on bad content; this is a safety net so one file never ends the case
            report.warn(0, "import failed: " + e);
            return new Case.Source(report, null);
        } catch (OutOfMemoryError e) {
            report.warn(0, "file too large for the memory available (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); start rtscope with a larger -Xmx");
            return new Case.Source(report, null);
        }
    }

    /** The importer for a format, or null when this build cannot read it. */
    public static SourceImporter importerFor(SourceFormat format) {
        switch (format) {
            case FTRACE:
            case TRACE_CMD:
                return SourceImporter.of(new FtraceImporter());
            case TRACE_DAT:
                return SourceImporter.of(new TraceDatImporter());
            case DMESG: case OOPS: return new KernelLogImporter();
            case SYSLOG: case JOURNAL_TEXT: return new SyslogImporter();
            case JOURNAL_JSON: return new JournalImporter();
            case PERF_SCRIPT: return SourceImporter.of(new PerfScriptImporter());
            case PERF_TIMEHIST: return SourceImporter.of(new TimehistImporter());
            case CRASH_BT: return new CrashImporter();
            case GDB_BT: return new GdbImporter();
            default:
                return null;
        }
    }

    private static String describeUnsupported() {
        return "not a supported format (tried: " + Sniffer.triedFormats() + ")";
    }
}
