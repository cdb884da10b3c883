package org.rtscope.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rtscope.analysis.RtOccupancy;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Evidences;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.analysis.pattern.SourceRef;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.EventKind;
import org.rtscope.model.Trace;

/**
 * {@code noReschedule}: a CPU that ran one non-idle, non-RT task for at least {@code minSeconds}
 * (default 20, twice {@code kernel.watchdog_thresh}) without a context switch while its timer interrupts
 * kept coming — a kernel loop that never schedules, the trace shape of a soft lockup (CATALOG P06). RT tasks
 * are left to {@code rtHog}; without timer events the interrupts cannot be confirmed and nothing is reported.
 * Since v4.19 the watchdog's stopper job switches in every 4 s even under a CPU-bound user task, so a silent
 * 20 s means it could not run — except on {@code nohz_full} CPUs, which the watchdog leaves out
 * ({@code kernel.watchdog_cpumask}) and where one task may legitimately run undisturbed.
 */
final class NoRescheduleDetector extends TraceDetector {

    @Override
    public String name() {
        return "noReschedule";
    }

    @Override
    public String description() {
        return "non-RT task on a CPU without a context switch for long while timer interrupts continue";
    }

    @Override
    public Map<String, DetectorParams.Type> parameters() {
        return Map.of("minSeconds", DetectorParams.Type.NUMBER);
    }

    @Override
    List<Hit> detect(CaseView view, SourceRef source, Trace trace, DetectorParams params) {
        long min = params.seconds("minSeconds", 20);
        List<Hit> hits = new ArrayList<>();
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            CpuSlices slices = trace.slices(cpu);
            for (int k = 0; k < slices.size(); k++) {
                long length = slices.end(k) - slices.start(k);
                if (slices.isIdle(k) || RtOccupancy.isRealtime(slices, k) || length < min) {
                    continue;
                }
                long ticks = timerInterrupts(trace, cpu, slices.start(k), slices.end(k));
                if (ticks == 0) {
                    continue;
                }
                int tid = slices.tid(k);
                String comm = Evidences.comm(trace, tid);
                String text = String.format(Locale.ROOT, "CPU %d ran %s-%d for %.1f s without a context switch; %d timer"
                        + " interrupts arrived meanwhile", cpu, comm, tid, length / 1e9, ticks);
                hits.add(new Hit(source, slices.start(k), slices.end(k), cpu, tid, pid(trace, tid), comm,
                        Map.of("seconds", String.format(Locale.ROOT, "%.0f", length / 1e9)),
                        List.of(Evidences.event(source, trace, slices.startEvent(k)),
                                Evidences.note(source, trace.line(slices.startEvent(k)), slices.start(k), text))));
            }
        }
        return hits;
    }

    private static long timerInterrupts(Trace trace, int cpu, long from, long to) {
        long n = 0;
        for (int i = trace.firstAtOrAfter(from); i < trace.size() && trace.ts(i) < to; i++) {
            if (trace.cpu(i) == cpu && (trace.kind(i) == EventKind.LOCAL_TIMER_ENTRY
                    || trace.kind(i) == EventKind.HRTIMER_EXPIRE_ENTRY)) {
                n++;
            }
        }
        return n;
    }
}
