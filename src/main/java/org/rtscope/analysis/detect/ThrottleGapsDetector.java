package org.rtscope.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.analysis.derived.ThrottleGaps;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Evidences;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.analysis.pattern.SourceRef;
import org.rtscope.model.SchedClass;
import org.rtscope.model.Trace;

/** {@code throttleGaps}: each RT throttling window the trace shows (see {@link ThrottleGaps}). */
final class ThrottleGapsDetector extends TraceDetector {

    @Override
    public String name() {
        return "throttleGaps";
    }

    @Override
    public String description() {
        return "RT task switched out runnable until sched_rt_period_timer refills the RT budget";
    }

    @Override
    public Map<String, DetectorParams.Type> parameters() {
        return Map.of();
    }

    @Override
    List<Hit> detect(CaseView view, SourceRef source, Trace trace, DetectorParams params) {
        List<Hit> hits = new ArrayList<>();
        for (ThrottleGaps.Gap gap : view.throttleGaps(trace)) {
            ThrottleWindow w = gap.window();
            String comm = Evidences.comm(trace, gap.tid());
            List<org.rtscope.analysis.Finding.Evidence> evidence = new ArrayList<>();
            evidence.add(Evidences.event(source, trace, gap.switchEvent()));
            if (gap.timerEvent() >= 0) {
                evidence.add(Evidences.event(source, trace, gap.timerEvent()));
            }
            evidence.add(Evidences.note(source, trace.line(gap.switchEvent()), w.start(), String.format(
                    java.util.Locale.ROOT, "CPU %d: %s-%d (RT priority %d) runnable but off the CPU for %s ms, %s to %s",
                    w.cpu(), comm, gap.tid(), SchedClass.rtPriority(gap.prio()), ms(w.end() - w.start()),
                    seconds(w.start()), seconds(w.end()))));
            hits.add(new Hit(source, w.start(), w.end(), w.cpu(), gap.tid(), pid(trace, gap.tid()), comm,
                    Map.of("gapMs", ms(w.end() - w.start()), "rtprio", Integer.toString(SchedClass.rtPriority(gap.prio()))),
                    evidence));
        }
        return hits;
    }
}
