package org.rtscope.analysis.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.analysis.derived.RtRunBudget;
import org.rtscope.analysis.derived.TaskSlices;
import org.rtscope.model.Case;
import org.rtscope.model.LogStore;
import org.rtscope.model.Trace;

/**
 * A loaded case as the pattern engine reads it: its sources ranked (primary trace first), the settings,
 * and the derived analyses of each trace computed once and shared by every clue and detector that asks.
 * One view serves one engine run on one thread.
 */
public final class CaseView {
    private final Case aCase;
    private final AnalysisSettings settings;
    private final List<SourceRef> sources;
    private final Map<Trace, Map<String, Object>> derived = new IdentityHashMap<>();
    private final Map<String, List<Hit>> detectorHits = new HashMap<>();
    private final Map<LogStore, String[]> logTexts = new IdentityHashMap<>();

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
    @SuppressWarnings("unchecked")
    public <T> T derived(Trace trace, String key, Function<Trace, T> compute) {
        Map<String, Object> perTrace = derived.computeIfAbsent(trace, t -> new HashMap<>());
        Object value = perTrace.get(key);
        if (value == null) {
            value = compute.apply(trace);
            perTrace.put(key, value);
        }
        return (T) value;
    }

    /** The per-task slices of {@code trace}. */
    public TaskSlices taskSlices(Trace trace) {
        return derived(trace, "taskSlices", TaskSlices::of);
    }

    /** The RLIMIT_RTTIME budget view of {@code trace}. */
    public RtRunBudget rtRunBudget(Trace trace) {
        return derived(trace, "rtRunBudget", t -> RtRunBudget.of(t, taskSlices(t), settings));
    }

    /** The texts of {@code logs}, decoded once for all log clues. */
    public String[] texts(LogStore logs) {
        return logTexts.computeIfAbsent(logs, l -> {
            String[] texts = new String[l.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = l.text(i);
            }
            return texts;
        });
    }

    /** Hits of a detector with given parameters, computed once per distinct {@code key}. */
    List<Hit> detectorHits(String key, java.util.function.Supplier<List<Hit>> compute) {
        return detectorHits.computeIfAbsent(key, k -> List.copyOf(compute.get()));
    }
}
