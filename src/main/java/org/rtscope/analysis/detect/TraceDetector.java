package org.rtscope.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.Detector;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.analysis.pattern.SourceRef;
import org.rtscope.model.Task;
import org.rtscope.model.Trace;

/** A detector that looks at each trace of the case on its own: runs {@link #detect(CaseView, SourceRef, Trace, DetectorParams)} per trace. */
abstract class TraceDetector implements Detector {

    @Override
    public final List<Hit> detect(CaseView view, DetectorParams params) {
        List<Hit> hits = new ArrayList<>();
        for (SourceRef source : view.traceSources()) {
            hits.addAll(detect(view, source, source.source().trace(), params));
        }
        return hits;
    }

    abstract List<Hit> detect(CaseView view, SourceRef source, Trace trace, DetectorParams params);

    /** The process id a trace knows for {@code tid}, or -1. */
    static int pid(Trace trace, int tid) {
        Task task = trace.tasks().get(tid);
        return task == null ? -1 : task.pid();
    }

    /** Milliseconds with one decimal, as findings show durations. */
    static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }

    /** Seconds with the microsecond precision ftrace prints. */
    static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.6f", nanos / 1e9);
    }
}
