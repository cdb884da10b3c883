package org.rtscope.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Case;
import org.rtscope.model.Frame;
import org.rtscope.model.LogStore;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.StackReport;

/**
 * crash {@code bt} output as {@link StackReport}s (one per task header), for tests before and independently
 * of the backtrace importer: {@code PID: N  TASK: …  CPU: N  COMMAND: "comm"} headers, {@code  #N [addr] func
 * at addr} frames, {@code [exception RIP: func+off]}; {@code bt -FF} stack words are skipped.
 */
public final class CrashFixture {
    private static final Pattern TASK = Pattern.compile("^PID: (\\d+)\\s+TASK: (\\S+)\\s+CPU: (\\d+)\\s+COMMAND: \"([^\"]*)\"");
    private static final Pattern FRAME = Pattern.compile("^\\s*#(\\d+) \\[([0-9a-f]+)\\] (\\S+) at ([0-9a-f]+)");
    private static final Pattern EXCEPTION_RIP = Pattern.compile("\\[exception RIP: ([^\\]]+)\\]");

    private CrashFixture() {
    }

    public static List<StackReport> tasks(String text) {
        List<StackReport> reports = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Matcher header = null;
        int first = 0;
        int framesLine = 0;
        List<Frame> frames = new ArrayList<>();
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            Matcher t = TASK.matcher(line);
            boolean end = i == lines.length || t.find() || line.startsWith("crash> ");
            if (end && header != null) {
                reports.add(new StackReport(StackReport.CRASH_TASK, lines[first - 1].strip(), LogStore.NO_TIME,
                        Integer.parseInt(header.group(3)), Integer.parseInt(header.group(1)), header.group(4), first, i,
                        new Backtrace(Backtrace.KERNEL, frames, framesLine), attributes));
                header = null;
                frames = new ArrayList<>();
                attributes = new HashMap<>();
            }
            if (i == lines.length) {
                break;
            }
            t = TASK.matcher(line);
            if (t.find()) {
                header = t;
                first = i + 1;
                attributes.put("TASK", t.group(2));
                continue;
            }
            if (header == null) {
                continue;
            }
            Matcher rip = EXCEPTION_RIP.matcher(line);
            if (rip.find()) {
                attributes.put("exception RIP", rip.group(1));
                continue;
            }
            Matcher f = FRAME.matcher(line);
            if (f.find()) {
                if (frames.isEmpty()) {
                    framesLine = i + 1;
                }
                frames.add(new Frame(f.group(3), Long.parseUnsignedLong(f.group(4), 16), -1, -1, null, false, null));
            }
        }
        return reports;
    }

    public static Case.Source source(String path, String text) {
        SourceReport report = new SourceReport(path, SourceFormat.CRASH_BT);
        report.lines(text.split("\n", -1).length);
        return new Case.Source(report, null, null, tasks(text));
    }
}
