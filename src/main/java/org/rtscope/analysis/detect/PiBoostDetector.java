package org.rtscope.analysis.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Evidences;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.analysis.pattern.SourceRef;
import org.rtscope.model.EventKind;
import org.rtscope.model.SchedClass;
import org.rtscope.model.Trace;

/**
 * {@code piBoost}: a lock owner boosted by priority inheritance ({@code sched_pi_setprio} to a more urgent
 * priority) for at least {@code minMillis} (default 1) before it was restored. A boost means a more urgent
 * task blocked on a lock this task held: a priority inversion happened and PI bounded it (CATALOG P04).
 * A long boost is how long the urgent task waited.
 */
final class PiBoostDetector extends TraceDetector {

    @Override
    public String name() {
        return "piBoost";
    }

    @Override
    public String description() {
        return "lock owner priority-boosted by a waiting higher-priority task for long";
    }

    @Override
    public Map<String, DetectorParams.Type> parameters() {
        return Map.of("minMillis", DetectorParams.Type.NUMBER);
    }

    @Override
    List<Hit> detect(CaseView view, SourceRef source, Trace trace, DetectorParams params) {
        long min = params.millis("minMillis", 1);
        Map<Integer, Integer> boostedAt = new HashMap<>();
        List<Hit> hits = new ArrayList<>();
        for (int i : trace.eventsOf(EventKind.SCHED_PI_SETPRIO)) {
            int tid = trace.arg(i, 0);
            int oldPrio = trace.arg(i, 1);
            int newPrio = trace.arg(i, 2);
            if (newPrio < oldPrio) {
                boostedAt.putIfAbsent(tid, i);
            } else if (boostedAt.containsKey(tid)) {
                int from = boostedAt.remove(tid);
                long nanos = trace.ts(i) - trace.ts(from);
                if (nanos >= min) {
                    hits.add(hit(source, trace, from, i, nanos));
                }
            }
        }
        return hits;
    }

    private static Hit hit(SourceRef source, Trace trace, int boost, int restore, long nanos) {
        int tid = trace.arg(boost, 0);
        int to = trace.arg(boost, 2);
        String comm = Evidences.comm(trace, tid);
        String urgency = SchedClass.ofKernelPrio(to) == SchedClass.RT ? "RT priority " + SchedClass.rtPriority(to)
                : "kernel prio " + to;
        String text = String.format(Locale.ROOT, "%s-%d ran boosted to %s for %s ms while a more urgent task waited"
                + " for its lock", comm, tid, urgency, ms(nanos));
        return new Hit(source, trace.ts(boost), trace.ts(restore), trace.cpu(boost), tid, pid(trace, tid), comm,
                Map.of("boostMs", ms(nanos), "boostedTo", urgency),
                List.of(Evidences.event(source, trace, boost), Evidences.event(source, trace, restore),
                        Evidences.note(source, trace.line(boost), trace.ts(boost), text)));
    }
}
