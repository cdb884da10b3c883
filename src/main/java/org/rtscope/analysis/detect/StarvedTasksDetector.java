package org.rtscope.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.rtscope.analysis.derived.Starvation;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Evidences;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.analysis.pattern.SourceRef;
import org.rtscope.model.Trace;

/**
 * {@code starvedTasks}: tasks runnable but not running for at least {@code minMillis} (default 1000),
 * while other tasks kept their CPU busy for at least {@code minBusy} (default 0.9) of the wait, optionally
 * only those whose comm matches one of {@code comms} (e.g. {@code kworker/.*}, {@code rcu_(preempt|sched)});
 * see {@link Starvation}.
 */
final class StarvedTasksDetector extends TraceDetector {

    @Override
    public String name() {
        return "starvedTasks";
    }

    @Override
    public String description() {
        return "task runnable (woken or preempted) but not running for long";
    }

    @Override
    public Map<String, DetectorParams.Type> parameters() {
        return Map.of("minMillis", DetectorParams.Type.NUMBER, "minBusy", DetectorParams.Type.NUMBER, "comms",
                DetectorParams.Type.STRINGS);
    }

    @Override
    List<Hit> detect(CaseView view, SourceRef source, Trace trace, DetectorParams params) {
        long min = params.millis("minMillis", 1000);
        double minBusy = params.number("minBusy", 0.9);
        List<Pattern> comms = params.patterns("comms", List.of(".*"));
        List<Hit> hits = new ArrayList<>();
        for (Starvation.Wait wait : view.starvation(trace, min)) {
            String comm = Evidences.comm(trace, wait.tid());
            if (wait.cpuBusy() < minBusy || comms.stream().noneMatch(p -> p.matcher(comm).matches())) {
                continue;
            }
            String text = String.format(Locale.ROOT, "%s-%d runnable on CPU %d from %s for %s ms (CPU %.0f %% busy with"
                    + " others)%s", comm, wait.tid(), wait.cpu(), seconds(wait.since()), ms(wait.nanos()),
                    wait.cpuBusy() * 100,
                    wait.ranAgain() ? " before it ran" : " and had not run when the trace ended");
            hits.add(new Hit(source, wait.since(), wait.until(), wait.cpu(), wait.tid(), pid(trace, wait.tid()), comm,
                    Map.of("waitMs", ms(wait.nanos()), "starved", comm),
                    List.of(Evidences.event(source, trace, wait.sinceEvent()),
                            Evidences.note(source, trace.line(wait.sinceEvent()), wait.since(), text))));
        }
        return hits;
    }
}
