package org.rtscope.ingest.ftrace;

import java.util.regex.Pattern;
import org.rtscope.ingest.FormatProbe;
import org.rtscope.ingest.SniffSample;
import org.rtscope.model.SourceFormat;

/** Recognises {@code /sys/kernel/tracing/trace} text: its header, or event lines with the irq-flags column. */
public final class FtraceProbe implements FormatProbe {
    /** {@code comm-pid [ddd] flags ts: event:}, optionally with the {@code (tgid)} column. */
    static final Pattern LINE = Pattern.compile(
            "^.{1,40}?-\\d+\\s+(\\(\\s*[\\d-]+\\)\\s+)?\\[\\d{3,}\\]\\s+[.dDbX][.NnpBLbl][.hsHzZ][.0-9a-f][.0-9a-f]?\\s+\\d+(\\.\\d+)?:\\s+\\S+:");

    @Override
    public SourceFormat format() {
        return SourceFormat.FTRACE;
    }

    @Override
    public int score(SniffSample sample) {
        int matches = 0;
        for (String line : sample.lines()) {
            if (line.startsWith("# tracer:") || line.startsWith("# entries-in-buffer/")) {
                return CERTAIN;
            }
            if (LINE.matcher(line).find()) {
                matches++;
            }
        }
        return Math.min(matches, 99);
    }
}
