package org.rtscope.analysis.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** All findings of {@code patterns} in {@code view}, in {@link #REPORT_ORDER}. */
    public static List<Finding> run(List<PatternDef> patterns, CaseView view) {
        // patterns are independent and share derived analyses through the view: match them on all cores
        List<Finding> findings = new ArrayList<>();
        patterns.parallelStream().map(pattern -> match(pattern, view)).toList().forEach(findings::addAll);
        findings.sort(REPORT_ORDER);
        return findings;
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
