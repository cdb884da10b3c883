package org.rtscope.ingest.perf;

import java.util.regex.Pattern;
import org.rtscope.ingest.FormatProbe;
import org.rtscope.ingest.SniffSample;
import org.rtscope.model.SourceFormat;

/** Recognises {@code perf sched timehist} text: its column header, or rows {@code time [cccc] task …}. */
public final class PerfTimehistProbe implements FormatProbe {
    private static final Pattern HEADER = Pattern.compile("^\\s*time\\s+cpu\\s+(\\S+\\s+)?task name");
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+\\.\\d{6}\\s+\\[\\d{4}\\]\\s+\\S");

    @Override
    public SourceFormat format() {
        return SourceFormat.PERF_TIMEHIST;
    }

    @Override
    public int score(SniffSample sample) {
        int matches = 0;
        for (String line : sample.lines()) {
            if (HEADER.matcher(line).find()) {
                return CERTAIN;
            }
            if (ROW.matcher(line).find()) {
                matches++;
            }
        }
        return Math.min(matches, 99);
    }
}
