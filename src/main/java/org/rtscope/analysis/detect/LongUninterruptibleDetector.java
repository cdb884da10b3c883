package org.rtscope.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rtscope.analysis.derived.TaskSlices;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Evidences;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.analysis.pattern.SourceRef;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

/**
 * {@code longUninterruptible}: a task switched out in uninterruptible sleep ({@code prev_state=D}, not
 * killable) that did not run again for at least {@code minSeconds} (default 120,
 * {@code kernel.hung_task_timeout_secs}) — what khungtaskd reports as a hung task (CATALOG P11).
 */
final class LongUninterruptibleDetector extends TraceDetector {

    @Override
    public String name() {
        return "longUninterruptible";
    }

    @Override
    public String description() {
        return "task in uninterruptible sleep (D) for long";
    }

    @Override
    public Map<String, DetectorParams.Type> parameters() {
        return Map.of("minSeconds", DetectorParams.Type.NUMBER);
    }

    @Override
    List<Hit> detect(CaseView view, SourceRef source, Trace trace, DetectorParams params) {
        long min = params.seconds("minSeconds", 120);
        TaskSlices taskSlices = view.taskSlices(trace);
        List<Hit> hits = new ArrayList<>();
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            CpuSlices slices = trace.slices(cpu);
            for (int k = 0; k + 1 < slices.size(); k++) {
                int state = slices.endState(k);
                if (slices.isIdle(k) || (state & TaskState.UNKNOWN) != 0 || (state & TaskState.DISK) == 0
                        || (state & TaskState.WAKEKILL) != 0) {
                    continue;
                }
                int tid = slices.tid(k);
                long since = slices.end(k);
                int next = taskSlices.firstStartingAtOrAfter(tid, since + 1);
                long until = next < taskSlices.of(tid).size() ? taskSlices.of(tid).get(next).start() : trace.end();
                if (until - since < min) {
                    continue;
                }
                String comm = Evidences.comm(trace, tid);
                String text = String.format(Locale.ROOT, "%s-%d in D state from %s for %.0f s", comm, tid, seconds(since),
                        (until - since) / 1e9);
                int event = slices.startEvent(k + 1);
                hits.add(new Hit(source, since, until, cpu, tid, pid(trace, tid), comm,
                        Map.of("seconds", String.format(Locale.ROOT, "%.0f", (until - since) / 1e9)),
                        List.of(Evidences.event(source, trace, event),
                                Evidences.note(source, trace.line(event), since, text))));
            }
        }
        return hits;
    }
}
