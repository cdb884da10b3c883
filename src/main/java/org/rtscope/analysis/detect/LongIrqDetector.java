package org.rtscope.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rtscope.analysis.derived.IrqSlices;
import org.rtscope.analysis.derived.TimerActivity;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Evidences;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.analysis.pattern.SourceRef;
import org.rtscope.model.Trace;

/**
 * {@code longIrq}: interrupt work that ran at least {@code minMillis} (default 1) from entry to exit; {@code kinds}
 * limits it to {@code hardirq}, {@code softirq}, {@code local_timer}, {@code hrtimer} (default all). See
 * {@link IrqSlices}. Each hit also says how busy the CPU's timers were in the second around it
 * ({@link TimerActivity}): a flood of hrtimers is one of the causes of a slow timer interrupt.
 */
final class LongIrqDetector extends TraceDetector {

    @Override
    public String name() {
        return "longIrq";
    }

    @Override
    public String description() {
        return "hard IRQ, softirq, local timer or hrtimer handler running long";
    }

    @Override
    public Map<String, DetectorParams.Type> parameters() {
        return Map.of("minMillis", DetectorParams.Type.NUMBER, "kinds", DetectorParams.Type.STRINGS);
    }

    /** Timer interrupt and hrtimer rates of the slice's CPU in the second around it, and the busiest callback. */
    private static String timers(Trace trace, IrqSlices.Slice s) {
        long from = s.start() - 500_000_000L;
        TimerActivity.Cpu cpu = TimerActivity.of(trace, from, from + 1_000_000_000L).get(s.cpu());
        String busiest = cpu.topCallbacks().isEmpty() ? "" : String.format(Locale.ROOT, ", most often %s (%d)",
                cpu.topCallbacks().get(0).function(), cpu.topCallbacks().get(0).expiries());
        return String.format(Locale.ROOT, "CPU %d around it: %.0f timer interrupts/s, %.0f hrtimer expiries/s%s",
                s.cpu(), cpu.localTimersPerSecond(), cpu.hrtimersPerSecond(), busiest);
    }

    @Override
    List<Hit> detect(CaseView view, SourceRef source, Trace trace, DetectorParams params) {
        long min = params.millis("minMillis", 1);
        Set<String> kinds = params.strings("kinds", List.of("hardirq", "softirq", "local_timer", "hrtimer")).stream()
                .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Hit> hits = new ArrayList<>();
        for (IrqSlices.Slice s : IrqSlices.atLeast(trace, min)) {
            if (!kinds.contains(s.kind().name())) {
                continue;
            }
            String text = String.format(Locale.ROOT, "CPU %d: %s ran %s ms (%s to %s)", s.cpu(), s.name(), ms(s.nanos()),
                    seconds(s.start()), seconds(s.end()));
            int tid = trace.tid(s.entry());
            hits.add(new Hit(source, s.start(), s.end(), s.cpu(), -1, -1, "",
                    Map.of("handler", s.name(), "handlerMs", ms(s.nanos()), "interrupted", Evidences.comm(trace, tid)),
                    List.of(Evidences.event(source, trace, s.entry()), Evidences.event(source, trace, s.exit()),
                            Evidences.note(source, trace.line(s.entry()), s.start(), text),
                            Evidences.note(source, trace.line(s.entry()), s.start(), timers(trace, s)))));
        }
        return hits;
    }
}
