package org.rtscope.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rtscope.analysis.derived.RtRunBudget;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Evidences;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.analysis.pattern.SourceRef;
import org.rtscope.model.EventKind;
import org.rtscope.model.Trace;

/**
 * {@code rtRunWithoutBlock}: RT tasks that accumulated at least {@code minMillis} (default 100) of RT run
 * time without blocking — the quantity RLIMIT_RTTIME limits (see {@link RtRunBudget}).
 */
final class RtRunWithoutBlockDetector extends TraceDetector {

    @Override
    public String name() {
        return "rtRunWithoutBlock";
    }

    @Override
    public String description() {
        return "RT task on a CPU for long without blocking (the RLIMIT_RTTIME budget)";
    }

    @Override
    public Map<String, DetectorParams.Type> parameters() {
        return Map.of("minMillis", DetectorParams.Type.NUMBER);
    }

    @Override
    List<Hit> detect(CaseView view, SourceRef source, Trace trace, DetectorParams params) {
        long min = params.millis("minMillis", 100);
        List<Hit> hits = new ArrayList<>();
        for (RtRunBudget.Run run : view.rtRunBudget(trace).atLeast(min)) {
            String comm = Evidences.comm(trace, run.tid());
            boolean becameRt = run.startEvent() >= 0 && trace.kind(run.startEvent()) == EventKind.HRTIMER_EXPIRE_ENTRY;
            String text = String.format(Locale.ROOT, "%s-%d ran %s ms at RT priority without blocking, %s to %s (%s)%s",
                    comm, run.tid(), ms(run.onCpuNanos()), seconds(run.start()), seconds(run.end()),
                    run.endedBlocked() ? "then blocked" : "then exited or the trace ended",
                    becameRt ? "; it became RT at the start, when the RT bandwidth timer re-armed" : "");
            List<org.rtscope.analysis.Finding.Evidence> evidence = new ArrayList<>();
            if (run.startEvent() >= 0) {
                evidence.add(Evidences.event(source, trace, run.startEvent()));
            }
            evidence.add(Evidences.note(source, run.startEvent() >= 0 ? trace.line(run.startEvent()) : 0, run.start(),
                    text));
            hits.add(new Hit(source, run.start(), run.end(), run.cpu(), run.tid(), pid(trace, run.tid()), comm,
                    Map.of("runMs", ms(run.onCpuNanos())), evidence));
        }
        return hits;
    }
}
