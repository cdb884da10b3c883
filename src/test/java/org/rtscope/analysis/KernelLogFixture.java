package org.rtscope.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rtscope.model.Case;
import org.rtscope.model.LogStore;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.StackReport;
import org.rtscope.model.StringPool;

/**
 * Log records for tests, made from real lines (quoted in CATALOG.md, the seeds, the recordings): dmesg
 * {@code [ 1244.392351] msg} with an optional caller id {@code [    C1]}/{@code [ T123]}, {@code dmesg -T}
 * {@code [Mon Oct 24 22:43:47 2022] msg} (no boot time), syslog {@code Nov  3 19:39:41 host ident[pid]: msg}
 * (kernel lines keep their printk time), or a bare line. One record per line, line numbers as in the text.
 * This is not the kmsg importer, only enough of these shapes to feed the pattern engine before (and
 * independently of) it.
 */
public final class KernelLogFixture {
    private static final Pattern DMESG = Pattern.compile("^\\[\\s*(\\d+)\\.(\\d{6})\\](?:\\[\\s*([CT])(\\d+)\\])? ?(.*)$");
    private static final Pattern CTIME = Pattern.compile("^\\[\\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\\] ?(.*)$");
    private static final Pattern SYSLOG = Pattern.compile(
            "^\\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\S+ ([^\\[:\\s]+)(?:\\[(\\d+)\\])?: (.*)$");

    private KernelLogFixture() {
    }

    /** The records of {@code text}. */
    public static LogStore logs(String text) {
        LogStore.Builder b = new LogStore.Builder();
        int kernel = b.strings().intern("kernel");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher sys = SYSLOG.matcher(line);
            int ident = kernel;
            int loggerPid = -1;
            if (sys.matches()) {
                ident = b.strings().intern(sys.group(1));
                loggerPid = sys.group(2) == null ? -1 : Integer.parseInt(sys.group(2));
                line = sys.group(3);
                if (!sys.group(1).equals("kernel")) {
                    b.add(LogStore.NO_TIME, LogStore.NO_TIME, LogStore.NO_LEVEL, ident, loggerPid, -1, i + 1, 0, line);
                    continue;
                }
            }
            Matcher c = CTIME.matcher(line);
            if (c.matches()) {
                b.add(LogStore.NO_TIME, LogStore.NO_TIME, LogStore.NO_LEVEL, kernel, -1, -1, i + 1, 0, c.group(1));
                continue;
            }
            Matcher m = DMESG.matcher(line);
            if (m.matches()) {
                long ns = Long.parseLong(m.group(1)) * 1_000_000_000L + Long.parseLong(m.group(2)) * 1000L;
                int cpu = "C".equals(m.group(3)) ? Integer.parseInt(m.group(4)) : -1;
                int pid = "T".equals(m.group(3)) ? Integer.parseInt(m.group(4)) : -1;
                b.add(ns, LogStore.NO_TIME, LogStore.NO_LEVEL, kernel, pid, cpu, i + 1, 0, m.group(5));
            } else {
                b.add(LogStore.NO_TIME, LogStore.NO_TIME, LogStore.NO_LEVEL, StringPool.EMPTY, -1, -1, i + 1, 0, line);
            }
        }
        return b.build();
    }

    /** A case source holding the records of {@code text} (and {@code reports}), as the kmsg importer would give it. */
    public static Case.Source source(String path, String text, List<StackReport> reports) {
        SourceReport report = new SourceReport(path, SourceFormat.DMESG);
        LogStore logs = logs(text);
        report.lines(text.split("\n", -1).length);
        report.events(logs.size());
        return new Case.Source(report, null, logs, reports);
    }

    public static Case.Source source(String path, String text) {
        return source(path, text, List.of());
    }
}
