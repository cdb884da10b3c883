package org.rtscope.analysis.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.analysis.derived.RtRunBudget;
import org.rtscope.analysis.derived.Starvation;
import org.rtscope.analysis.derived.TaskSlices;
import org.rtscope.analysis.derived.ThrottleGaps;
import org.rtscope.analysis.derived.TimerFunctions;
import org.rtscope.model.Case;
import org.rtscope.model.LogStore;
import org.rtscope.model.Trace;

/**
 * A loaded case as the pattern engine reads it: its sources ranked (primary trace first), the settings,
 * and the derived analyses of each trace computed once and shared by every clue and detector that asks.
 * The engine matches patterns on several threads at once, so every cache here is a {@link Memo}: the first
 * thread to ask computes, the others wait for its answer instead of computing it again.
 */
public final class CaseView {
    /** Shortest wait worth sharing between patterns: every built-in starvation pattern asks for longer ones. */
    static final long STARVATION_FLOOR = 100_000_000L;
    private final Case aCase;
    private final AnalysisSettings settings;
    private final List<SourceRef> sources;
    private final Memo memo = new Memo();

    /** Cache keys: traces and log stores by identity (neither overrides equals). */
    private record DerivedKey(Trace trace, String name) {
    }

    private record TextsKey(LogStore logs) {
    }

    private record HitsKey(String detectorCall) {
    }

    public CaseView(Case aCase, AnalysisSettings settings) {
        this.aCase = aCase;
        this.settings = settings;
        this.sources = rank(aCase);
    }

    private static List<SourceRef> rank(Case aCase) {
        List<Case.Source> ordered = new ArrayList<>(aCase.sources());
        Comparator<Case.Source> bySize = Comparator.comparingLong(s -> s.trace() == null ? -1 : s.trace().size());
        ordered.sort(bySize.reversed());
        List<SourceRef> refs = new ArrayList<>();
        for (int r = 0; r < ordered.size(); r++) {
            refs.add(new SourceRef(r, ordered.get(r).report().path(), ordered.get(r)));
        }
        return List.copyOf(refs);
    }

    public Case aCase() {
        return aCase;
    }

    public AnalysisSettings settings() {
        return settings;
    }

    /** The sources, best rank first. */
    public List<SourceRef> sources() {
        return sources;
    }

    /** The sources holding a non-empty trace, best rank first. */
    public List<SourceRef> traceSources() {
        return sources.stream().filter(s -> s.source().trace() != null && !s.source().trace().isEmpty()).toList();
    }

    /** A derived analysis of {@code trace}, computed on first use under {@code key}. */
    public <T> T derived(Trace trace, String key, Function<Trace, T> compute) {
        return memo.get(new DerivedKey(trace, key), () -> compute.apply(trace));
    }

    /** The per-task slices of {@code trace}. */
    public TaskSlices taskSlices(Trace trace) {
        return derived(trace, "taskSlices", TaskSlices::of);
    }

    /** The RLIMIT_RTTIME budget view of {@code trace}. */
    public RtRunBudget rtRunBudget(Trace trace) {
        return derived(trace, "rtRunBudget", t -> RtRunBudget.of(t, taskSlices(t), settings, periodTimers(t)));
    }

    /** The {@code sched_rt_period_timer} expiries of {@code trace}, which several RT analyses are anchored on. */
    public List<Integer> periodTimers(Trace trace) {
        return derived(trace, "periodTimers", t -> TimerFunctions.expiries(t, TimerFunctions.RT_PERIOD_TIMER));
    }

    /** The RT throttling windows of {@code trace}: for the pattern and for the timeline's shading. */
    public List<ThrottleGaps.Gap> throttleGaps(Trace trace) {
        return derived(trace, "throttleGaps", t -> ThrottleGaps.of(t, settings, periodTimers(t)));
    }

    /**
     * Waits of at least {@code minNanos} in {@code trace} (see {@link Starvation}). Patterns ask with
     * different minimums; the waits of a larger minimum are exactly the longer waits of a smaller one (a
     * shorter wait never hides a longer one), so one pass at {@link #STARVATION_FLOOR} answers them all.
     */
    public List<Starvation.Wait> starvation(Trace trace, long minNanos) {
        if (minNanos < STARVATION_FLOOR) {
            return derived(trace, "starvation:" + minNanos, t -> Starvation.of(t, taskSlices(t), minNanos));
        }
        List<Starvation.Wait> all = derived(trace, "starvation",
                t -> Starvation.of(t, taskSlices(t), STARVATION_FLOOR));
        return all.stream().filter(w -> w.nanos() >= minNanos).toList();
    }

    /** The texts of {@code logs}, decoded once for all log clues. */
    public String[] texts(LogStore logs) {
        return memo.get(new TextsKey(logs), () -> {
            String[] texts = new String[logs.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = logs.text(i);
            }
            return texts;
        });
    }

    /** Hits of a detector with given parameters, computed once per distinct {@code key}. */
    List<Hit> detectorHits(String key, Supplier<List<Hit>> compute) {
        return memo.get(new HitsKey(key), () -> List.copyOf(compute.get()));
    }
}
