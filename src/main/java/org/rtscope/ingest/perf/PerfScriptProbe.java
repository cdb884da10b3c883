package org.rtscope.ingest.perf;

import java.util.regex.Pattern;
import org.rtscope.ingest.FormatProbe;
import org.rtscope.ingest.SniffSample;
import org.rtscope.model.SourceFormat;

/**
 * Recognises {@code perf script} text: the {@code --header} block, event lines
 * ({@code comm [pid/]tid [cpu] [time:] [period] event:}) and the tab-indented callchain frames
 * ({@code addr sym (dso)}) under them. ftrace lines are told apart by their {@code comm-pid} column.
 */
public final class PerfScriptProbe implements FormatProbe {
    /** An event line with a time: {@code [comm] [pid/]tid [cpu] time: [period] event:}. */
    private static final Pattern TIMED = Pattern.compile(
            "^\\s*(\\S.{0,60}?\\s)?\\d+(/\\d+)?\\s+(\\[\\d+\\]\\s+)?\\d+\\.\\d+:\\s+(\\d+\\s+)?\\S+:(\\s|$)");
    /** An event line without a time ({@code comm tid [period] event:}); the comm has no colon. */
    private static final Pattern UNTIMED = Pattern.compile(
            "^\\s*[^:\\s][^:]{0,60}?\\s\\d+(/\\d+)?\\s+(\\[\\d+\\]\\s+)?(\\d+\\s+)?[A-Za-z][\\w.:=,/-]*:(\\s|$)");
    /** A callchain frame: indented address, then a symbol and/or a DSO in parentheses. */
    private static final Pattern FRAME = Pattern.compile("^\\s+[0-9a-fA-F]{1,16}\\s+\\S.*\\(.*\\)$");

    @Override
    public SourceFormat format() {
        return SourceFormat.PERF_SCRIPT;
    }

    @Override
    public int score(SniffSample sample) {
        int matches = 0;
        for (String line : sample.lines()) {
            if (line.startsWith("# perf version :") || line.startsWith("# captured on")) {
                return 100;
            }
            if (TIMED.matcher(line).find() || UNTIMED.matcher(line).find() || FRAME.matcher(line).find()) {
                matches++;
            }
        }
        return Math.min(matches, 99);
    }
}
