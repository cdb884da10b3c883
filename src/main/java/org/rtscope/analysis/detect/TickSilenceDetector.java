package org.rtscope.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Evidences;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.analysis.pattern.SourceRef;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.EventKind;
import org.rtscope.model.Trace;

/**
 * {@code tickSilence}: a busy CPU (a task, not idle, on it) that took no timer interrupt for at least
 * {@code minSeconds} (default 10, {@code kernel.watchdog_thresh}) while the trace went on — interrupts
 * were off, the trace shape of a hard lockup (CATALOG P07). Idle CPUs are skipped: a tickless idle CPU
 * legitimately takes no ticks. Only traces that record {@code local_timer_entry} are judged.
 */
final class TickSilenceDetector extends TraceDetector {

    @Override
    public String name() {
        return "tickSilence";
    }

    @Override
    public String description() {
        return "busy CPU without timer interrupts for long (interrupts disabled)";
    }

    @Override
    public Map<String, DetectorParams.Type> parameters() {
        return Map.of("minSeconds", DetectorParams.Type.NUMBER);
    }

    @Override
    List<Hit> detect(CaseView view, SourceRef source, Trace trace, DetectorParams params) {
        long min = params.seconds("minSeconds", 10);
        List<Hit> hits = new ArrayList<>();
        long[] lastTick = new long[trace.cpuCount()];
        boolean any = false;
        java.util.Arrays.fill(lastTick, trace.start());
        for (int i : trace.eventsOf(EventKind.LOCAL_TIMER_ENTRY)) {
            any = true;
            int cpu = trace.cpu(i);
            check(source, trace, cpu, lastTick[cpu], trace.ts(i), min, hits);
            lastTick[cpu] = trace.ts(i);
        }
        if (!any) {
            return List.of();
        }
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            check(source, trace, cpu, lastTick[cpu], trace.end(), min, hits);
        }
        return hits;
    }

    /** Reports {@code [from, to)} when it is long and the CPU was busy all along. */
    private static void check(SourceRef source, Trace trace, int cpu, long from, long to, long min, List<Hit> out) {
        if (to - from < min) {
            return;
        }
        CpuSlices slices = trace.slices(cpu);
        int k = slices.indexAt(from);
        if (k < 0 || slices.isIdle(k) || slices.end(k) < to) {
            return;
        }
        int tid = slices.tid(k);
        String comm = Evidences.comm(trace, tid);
        String text = String.format(Locale.ROOT, "CPU %d: no timer interrupt for %.1f s while %s-%d ran", cpu,
                (to - from) / 1e9, comm, tid);
        out.add(new Hit(source, from, to, cpu, tid, pid(trace, tid), comm,
                Map.of("seconds", String.format(Locale.ROOT, "%.0f", (to - from) / 1e9)),
                List.of(Evidences.event(source, trace, slices.startEvent(k)),
                        Evidences.note(source, trace.line(slices.startEvent(k)), from, text))));
    }
}
