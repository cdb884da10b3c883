package org.rtscope.analysis;

import java.nio.file.Path;

/**
 * The real recordings under {@code sample-traces/}. Surefire passes their folder as the system property
 * {@code rtscope.traces}, so tests find them whatever the working directory is.
 */
public final class RecordedTraces {

    private RecordedTraces() {
    }

    /** A file under sample-traces, e.g. {@code s2_rt_throttling/trace-cmd_report.txt}. */
    public static Path path(String relative) {
        return Path.of(System.getProperty("rtscope.traces", "sample-traces")).resolve(relative);
    }
}
