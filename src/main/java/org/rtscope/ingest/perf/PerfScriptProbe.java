package org.rtscope.ingest.perf;

import java.util.List;
import java.util.regex.Pattern;
import org.rtscope.ingest.FormatProbe;
import org.rtscope.ingest.SniffSample;
import org.rtscope.model.SourceFormat;

/**
 * Recognises {@code perf script} text: the {@code --header} block, event lines
 * ({@code comm [pid/]tid [cpu] [time:] [period] event:}) and the tab-indented callchain frames
 * ({@code addr sym (dso)}) under them; frames count only next to event lines. ftrace lines are told
 * apart by their {@code comm-pid} column.
 */
public final class PerfScriptProbe implements FormatProbe {
    /** An event line with a time: {@code [comm] [pid/]tid [cpu] time: [period] event:}. */
    private static final Pattern TIMED = Pattern.compile(
            "^\\s*(\\S.{0,60}?\\s)?\\d+(/\\d+)?\\s+(\\[\\d+\\]\\s+)?\\d+\\.\\d+:\\s+(\\d+\\s+)?\\S+:(\\s|$)");
    /** An event line without a time ({@code comm tid [period] event:}); the comm has no colon. */
    private static final Pattern UNTIMED = Pattern.compile(
            "^\\s*[^:\\s][^:]{0,60}?\\s\\d+(/\\d+)?\\s+(\\[\\d+\\]\\s+)?(\\d+\\s+)?[A-Za-z][\\w.:=,/-]*:(\\s|$)");
    /** A callchain frame: a tab or padding, an address, then a symbol and a DSO in parentheses. */
    private static final Pattern FRAME = Pattern.compile("^(\\t|\\s{4,})\\s*[0-9a-fA-F]{4,16}\\s+\\S.*\\([^()]*\\)$");

    @Override
    public SourceFormat format() {
        return SourceFormat.PERF_SCRIPT;
    }

    @Override
    public int score(SniffSample sample) {
        List<String> lines = sample.lines();
        boolean[] frame = new boolean[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("# perf version :") || line.startsWith("# captured on")) {
                return CERTAIN;
            }
            frame[i] = !line.isEmpty() && Character.isWhitespace(line.charAt(0)) && FRAME.matcher(line).find();
        }
        int events = 0;
        int frames = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (frame[i]) {
                frames++;
            } else if (!line.startsWith("\t") && (TIMED.matcher(line).find()
                    // without a time column an event line is only believed when a callchain frame follows it
                    || (frame[i + 1] && UNTIMED.matcher(line).find()))) {
                events++;
            }
        }
        // frame-like lines alone ("  151916 bytes in size (…)") are no perf script
        return events == 0 ? 0 : Math.min(events + frames, 99);
    }
}
