package org.rtscope.analysis.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.rtscope.analysis.Finding;

/**
 * Matches pattern definitions against a case and turns each occurrence into a {@link Finding}.
 *
 * <p>For each pattern: every clue's hits are found; hits of anchor clues, best-ranked source first, start
 * incidents, and an anchor hit that correlates with an incident (by the clue's time window, CPU, task)
 * joins it instead — for crash reports, hits with the same normalised title join regardless of time, so
 * repeated reports of one failure become one finding with a count. The other clues' hits that correlate
 * are added as support. An incident missing a required clue, or with a hit of an excluding clue, is
 * dropped. Confidence combines the weights of the clues that matched as independent evidence:
 * 1 − Π(1 − weight).
 */
public final class PatternEngine {
    /** Findings, most severe first, then most confident, then earliest. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::confidence, Comparator.reverseOrder())
            .thenComparing(f -> f.hasTime() ? f.start() : Long.MAX_VALUE)
            .thenComparing(Finding::pattern);

    private PatternEngine() {
    }

    /**
     * All findings of {@code patterns} in {@code view}, in {@link #REPORT_ORDER}. Patterns are independent
     * and share derived analyses through the view, so they are matched on all cores: this thread and the
     * common pool's take the next pattern whenever they finish one. A parallel stream handed each core a
     * fixed quarter of the list instead, and on a large trace one core then sat idle for a tenth of a
     * second while the other finished its share.
     */
    public static List<Finding> run(List<PatternDef> patterns, CaseView view) {
        List<Finding>[] results = newResults(patterns.size());
        AtomicInteger next = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(patterns.size());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable matcher = () -> {
            for (int k = next.getAndIncrement(); k < patterns.size(); k = next.getAndIncrement()) {
                try {
                    results[k] = match(patterns.get(k), view);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }
        };
        // a helper that only starts after the others took every pattern finds nothing to do: nobody waits for it
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), patterns.size() - 1);
        for (int h = 0; h < helpers; h++) {
            ForkJoinPool.commonPool().execute(matcher);
        }
        matcher.run();
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("analysis interrupted");
        }
        if (failure.get() instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure.get() instanceof Error error) {
            throw error;
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Finding> found : results) {
            findings.addAll(found);
        }
        findings.sort(REPORT_ORDER);
        return findings;
    }

    @SuppressWarnings("unchecked")
    private static List<Finding>[] newResults(int size) {
        return (List<Finding>[]) new List<?>[size];
    }

    /** The findings of one pattern. */
    static List<Finding> match(PatternDef pattern, CaseView view) {
        Map<Clue, List<Hit>> hits = new LinkedHashMap<>();
        for (Clue clue : pattern.clues()) {
            hits.put(clue, clue.hits(view));
        }
        List<Incident> incidents = anchor(pattern, hits);
        List<Finding> findings = new ArrayList<>();
        for (Incident incident : incidents) {
            for (Clue clue : pattern.clues()) {
                if (clue.anchor()) {
                    continue;
                }
                for (Hit hit : hits.get(clue)) {
                    if (incident.accepts(clue, hit)) {
                        incident.addSupport(clue, hit);
                    }
                }
            }
            if (qualifies(pattern, incident)) {
                findings.add(FindingBuilder.build(pattern, incident));
            }
        }
        return findings;
    }

    private static List<Incident> anchor(PatternDef pattern, Map<Clue, List<Hit>> hits) {
        record Anchor(Clue clue, Hit hit) {
        }
        List<Anchor> anchors = new ArrayList<>();
        for (Map.Entry<Clue, List<Hit>> e : hits.entrySet()) {
            if (e.getKey().anchor()) {
                e.getValue().forEach(h -> anchors.add(new Anchor(e.getKey(), h)));
            }
        }
        anchors.sort(Comparator.comparingInt((Anchor a) -> a.hit().source().rank())
                .thenComparingLong(a -> a.hit().hasTime() ? a.hit().start() : Long.MAX_VALUE)
                .thenComparingLong(a -> a.hit().evidence().isEmpty() ? 0 : a.hit().evidence().get(0).line()));
        String crashTitle = pattern.spec().crashTitle();
        Map<String, Incident> byKey = new HashMap<>();
        List<Incident> incidents = new ArrayList<>();
        for (Anchor a : anchors) {
            String key = null;
            if (crashTitle != null && (a.hit().record() >= 0 || a.hit().report() != null)) {
                key = CrashTitles.render(crashTitle, CrashTitles.frame(a.hit()));
            }
            Incident target = key != null ? byKey.get(key) : null;
            if (target == null) {
                for (Incident incident : incidents) {
                    if ((key == null || incident.key() == null) && incident.accepts(a.clue(), a.hit())) {
                        target = incident;
                        break;
                    }
                }
            }
            if (target == null) {
                target = new Incident(a.clue(), a.hit(), key);
                incidents.add(target);
                if (key != null) {
                    byKey.put(key, target);
                }
            } else {
                target.addAnchor(a.clue(), a.hit());
            }
        }
        return incidents;
    }

    private static boolean qualifies(PatternDef pattern, Incident incident) {
        for (Set<String> group : pattern.requires()) {
            if (group.stream().noneMatch(incident::matched)) {
                return false;
            }
        }
        return pattern.excludes().stream().noneMatch(incident::matched);
    }
}
