package org.rtscope.analysis.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rtscope.analysis.RtOccupancy;
import org.rtscope.analysis.derived.RtPeriods;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Evidences;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.analysis.pattern.SourceRef;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.SchedClass;
import org.rtscope.model.Trace;

/**
 * {@code rtHog}: a CPU whose RT occupancy stays at or above {@code minFraction} (default 0.99, above the
 * 0.95 budget) for at least {@code minPeriods} whole {@code sched_rt_period_us} periods in a row — RT
 * monopolised it and throttling did not cut in (CATALOG P03). The hit names the RT task that ran most.
 */
final class RtHogDetector extends TraceDetector {

    @Override
    public String name() {
        return "rtHog";
    }

    @Override
    public String description() {
        return "RT occupancy of a CPU above the RT budget for consecutive whole periods";
    }

    @Override
    public Map<String, DetectorParams.Type> parameters() {
        return Map.of("minFraction", DetectorParams.Type.NUMBER, "minPeriods", DetectorParams.Type.NUMBER);
    }

    @Override
    List<Hit> detect(CaseView view, SourceRef source, Trace trace, DetectorParams params) {
        double minFraction = params.number("minFraction", 0.99);
        int minPeriods = (int) params.number("minPeriods", 2);
        List<Hit> hits = new ArrayList<>();
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            List<RtPeriods.Period> periods = RtPeriods.of(trace, cpu, view.settings(), view.periodTimers(trace));
            int runStart = -1;
            for (int k = 0; k <= periods.size(); k++) {
                boolean hot = k < periods.size() && !periods.get(k).partial() && periods.get(k).fraction() >= minFraction;
                if (hot && runStart < 0) {
                    runStart = k;
                } else if (!hot && runStart >= 0) {
                    if (k - runStart >= minPeriods) {
                        hits.add(hit(source, trace, cpu, periods.subList(runStart, k)));
                    }
                    runStart = -1;
                }
            }
        }
        return hits;
    }

    private static Hit hit(SourceRef source, Trace trace, int cpu, List<RtPeriods.Period> streak) {
        long from = streak.get(0).start();
        long to = streak.get(streak.size() - 1).end();
        CpuSlices slices = trace.slices(cpu);
        Map<Integer, Long> rtByTid = new HashMap<>();
        int firstSlice = -1;
        for (int k = slices.firstEndingAfter(from); k < slices.size() && slices.start(k) < to; k++) {
            if (RtOccupancy.isRealtime(slices, k)) {
                long overlap = Math.min(slices.end(k), to) - Math.max(slices.start(k), from);
                rtByTid.merge(slices.tid(k), overlap, Long::sum);
                if (firstSlice < 0) {
                    firstSlice = k;
                }
            }
        }
        int hog = rtByTid.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
        int hogSlice = firstSlice;
        for (int k = slices.firstEndingAfter(from); k < slices.size() && slices.start(k) < to; k++) {
            if (slices.tid(k) == hog) {
                hogSlice = k;
                break;
            }
        }
        double fraction = streak.stream().mapToLong(RtPeriods.Period::rtNanos).sum() / (double) (to - from);
        String comm = Evidences.comm(trace, hog);
        int prio = hogSlice >= 0 ? slices.prio(hogSlice) : -1;
        List<org.rtscope.analysis.Finding.Evidence> evidence = new ArrayList<>();
        if (hogSlice >= 0) {
            evidence.add(Evidences.event(source, trace, slices.startEvent(hogSlice)));
        }
        String seconds = String.format(Locale.ROOT, "%.1f", (to - from) / 1e9);
        evidence.add(Evidences.note(source, hogSlice >= 0 ? trace.line(slices.startEvent(hogSlice)) : 0, from,
                String.format(Locale.ROOT, "CPU %d: RT tasks held %.1f %% of %d whole periods in a row (%s s), %s-%d most",
                        cpu, fraction * 100, streak.size(), seconds, comm, hog)));
        Map<String, String> values = new HashMap<>();
        values.put("seconds", seconds);
        values.put("percent", String.format(Locale.ROOT, "%.1f", fraction * 100));
        if (prio >= 0 && prio < 100) {
            values.put("rtprio", Integer.toString(SchedClass.rtPriority(prio)));
        }
        return new Hit(source, from, to, cpu, hog, pid(trace, hog), comm, values, evidence);
    }
}
