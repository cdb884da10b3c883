package org.rtscope.analysis;

import java.util.ArrayList;
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
 * gdb {@code thread apply all bt} text as {@link StackReport}s (one per thread), for tests of the stack clues
 * and detectors before and independently of the backtrace importer. Reads the frame shapes of CATALOG F9:
 * {@code #3  0x… in func (args) at file:line}, frames without an address, {@code <signal handler called>};
 * {@code bt full} locals are skipped.
 */
public final class GdbFixture {
    private static final Pattern THREAD = Pattern.compile("^Thread (\\d+) \\(.*?LWP (\\d+)\\)(?: \"([^\"]*)\")?\\):");
    private static final Pattern FRAME = Pattern.compile(
            "^#(\\d+)\\s+(?:0x([0-9a-f]+) in )?(<signal handler called>|[\\w.@:<>~]+|\\?\\?)\\s*(?:\\((.*?)\\))?"
            + "(?: (?:at|from) (\\S+))?\\s*$");

    private GdbFixture() {
    }

    public static List<StackReport> threads(String text) {
        List<StackReport> reports = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        List<Frame> frames = new ArrayList<>();
        String title = null;
        int lwp = -1;
        String name = "";
        int first = 0;
        int framesLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            Matcher t = THREAD.matcher(line);
            boolean end = i == lines.length || t.find() || line.isBlank() && title != null && !frames.isEmpty();
            if (end && title != null) {
                reports.add(new StackReport(StackReport.GDB_THREAD, title, LogStore.NO_TIME, -1, lwp, name, first, i,
                        new Backtrace(Backtrace.USER, frames, framesLine), Map.of()));
                title = null;
                frames = new ArrayList<>();
            }
            if (i == lines.length) {
                break;
            }
            t = THREAD.matcher(line);
            if (t.find()) {
                title = line.strip();
                lwp = Integer.parseInt(t.group(2));
                name = t.group(3) == null ? "" : t.group(3);
                first = i + 1;
                continue;
            }
            Matcher f = FRAME.matcher(line.strip());
            if (title != null && f.matches()) {
                if (frames.isEmpty()) {
                    framesLine = i + 1;
                }
                long address = f.group(2) == null ? -1 : Long.parseUnsignedLong(f.group(2), 16);
                String function = f.group(3).equals("??") ? "" : f.group(3);
                frames.add(new Frame(function, address, -1, -1, null, false, null, f.group(5), f.group(4)));
            }
        }
        return reports;
    }

    public static Case.Source source(String path, String text) {
        SourceReport report = new SourceReport(path, SourceFormat.GDB_BT);
        List<StackReport> threads = threads(text);
        report.lines(text.split("\n", -1).length);
        return new Case.Source(report, null, null, threads);
    }
}
