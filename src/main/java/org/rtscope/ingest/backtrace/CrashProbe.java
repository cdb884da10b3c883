package org.rtscope.ingest.backtrace;

import java.util.regex.Pattern;
import org.rtscope.ingest.FormatProbe;
import org.rtscope.ingest.SniffSample;
import org.rtscope.model.SourceFormat;

/**
 * Recognises crash utility output: a {@code crash>} prompt is certain; otherwise task headers
 * ({@code PID: 286  TASK: c0b3a000  CPU: 0  COMMAND: "in.rlogind"}), run queue headers
 * ({@code CPU 0 RUNQUEUE: …}) and frames ({@code #0 [c0b3be90] schedule at c011aed0}) count.
 */
public final class CrashProbe implements FormatProbe {
    private static final Pattern PROMPT = Pattern.compile("^crash\\S{0,10}> ");
    private static final Pattern TASK = Pattern.compile("^PID: +\\d+ +TASK: +[0-9a-f]+ +CPU: +\\S+ +COMMAND: \"");
    private static final Pattern RUNQUEUE = Pattern.compile("^ ?CPU \\d+ RUNQUEUE: [0-9a-f]+");
    private static final Pattern FRAME = Pattern.compile("^ *#\\d+ \\[[0-9a-f]+\\] \\S.* at [0-9a-f]+");

    @Override
    public SourceFormat format() {
        return SourceFormat.CRASH_BT;
    }

    @Override
    public int score(SniffSample sample) {
        int score = 0;
        for (String line : sample.lines()) {
            if (PROMPT.matcher(line).find() || line.equals("crash>")) {
                return CERTAIN;
            }
            if (TASK.matcher(line).find() || RUNQUEUE.matcher(line).find()) {
                score += 10;
            } else if (FRAME.matcher(line).find()) {
                score += 2;
            }
        }
        return Math.min(score, 99);
    }
}
