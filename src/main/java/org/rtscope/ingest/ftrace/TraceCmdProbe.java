package org.rtscope.ingest.ftrace;

import java.util.List;
import java.util.regex.Pattern;
import org.rtscope.ingest.FormatProbe;
import org.rtscope.ingest.SniffSample;
import org.rtscope.model.SourceFormat;

/** Recognises {@code trace-cmd report} text: its first lines, or event lines without the flags column (or with -l). */
public final class TraceCmdProbe implements FormatProbe {
    /** {@code comm-pid [ddd] ts: event:}. */
    private static final Pattern LINE = Pattern.compile("^.{1,40}?-\\d+\\s+\\[\\d{3,}\\]\\s+\\d+\\.\\d+:\\s+\\S+:");
    /** {@code comm-pid cpuFlags ts: event:} (trace-cmd report -l). */
    private static final Pattern LATENCY_LINE = Pattern.compile(
            "^.{1,40}?-\\d+\\s+\\d+[.dDbX][.NnpBLbl][.hsHzZ][.0-9a-f][.0-9a-f]?\\s+\\d+\\.\\d+:\\s+\\S+:");

    @Override
    public SourceFormat format() {
        return SourceFormat.TRACE_CMD;
    }

    @Override
    public int score(SniffSample sample) {
        List<String> head = sample.firstNonBlank(3);
        for (String line : head) {
            if (line.startsWith("version = ") || line.matches("cpus=\\d+")) {
                return CERTAIN;
            }
        }
        int matches = 0;
        for (String line : sample.lines()) {
            if (!FtraceProbe.LINE.matcher(line).find()
                    && (LINE.matcher(line).find() || LATENCY_LINE.matcher(line).find())) {
                matches++;
            }
        }
        return Math.min(matches, 99);
    }
}
