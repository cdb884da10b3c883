package org.rtscope.analysis.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rtscope.analysis.Finding;

/**
 * Renders an {@link Incident} as a {@link Finding}: title (crash title, first fillable summary, or the
 * pattern's name), explanation and cause with the captured values filled in, evidence in clue order,
 * CPUs, tasks, count and confidence.
 */
final class FindingBuilder {

    private FindingBuilder() {
    }

    static Finding build(PatternDef pattern, Incident incident) {
        PatternSpec spec = pattern.spec();
        Map<String, String> values = values(pattern, incident);
        String title = title(spec, incident, values);
        values.putIfAbsent("title", title);
        String cause = null;
        for (PatternSpec.CauseSpec c : spec.causes() == null ? List.<PatternSpec.CauseSpec>of() : spec.causes()) {
            List<String> needs = c.requires() == null ? List.of() : c.requires();
            if (needs.stream().allMatch(incident::matched)) {
                cause = Templates.renderLenient(c.text(), values);
                break;
            }
        }
        List<Integer> cpus = incident.cpus().stream().sorted().toList();
        return new Finding(spec.id(), title, spec.severity(), confidence(pattern, incident), incident.start(),
                incident.end(), cpus, tasks(incident), evidence(pattern, incident),
                Templates.renderLenient(spec.explanation(), values),
                spec.remedies() == null ? List.of() : spec.remedies(),
                spec.references() == null ? List.of() : spec.references(), Math.max(1, incident.anchorCount()), cause);
    }

    private static String title(PatternSpec spec, Incident incident, Map<String, String> values) {
        if (incident.key() != null) {
            return incident.key();
        }
        for (String template : spec.summaries() == null ? List.<String>of() : spec.summaries()) {
            String rendered = Templates.render(template, values);
            if (rendered != null) {
                return rendered;
            }
        }
        return spec.title();
    }

    /** Values of the hits, anchors first, then clues in spec order; the first value of a name wins. */
    private static Map<String, String> values(PatternDef pattern, Incident incident) {
        Map<String, String> values = new HashMap<>();
        List<Clue> order = new ArrayList<>(pattern.clues());
        order.sort(Comparator.comparing(c -> !c.anchor()));
        for (Clue clue : order) {
            for (Hit hit : incident.hits().getOrDefault(clue, List.of())) {
                hit.values().forEach(values::putIfAbsent);
                if (hit.cpu() >= 0) {
                    values.putIfAbsent("cpu", Integer.toString(hit.cpu()));
                }
                if (!hit.comm().isEmpty()) {
                    values.putIfAbsent("comm", hit.comm());
                }
                if (hit.tid() > 0) {
                    values.putIfAbsent("tid", Integer.toString(hit.tid()));
                }
            }
        }
        values.put("count", Integer.toString(Math.max(1, incident.anchorCount())));
        values.put("cpus", String.join(",", incident.cpus().stream().sorted().map(String::valueOf).toList()));
        return values;
    }

    private static double confidence(PatternDef pattern, Incident incident) {
        double doubt = 1;
        for (Clue clue : pattern.clues()) {
            if (!pattern.excludes().contains(clue.id()) && incident.matched(clue.id())) {
                doubt *= 1 - clue.weight();
            }
        }
        return Math.round((1 - doubt) * 100) / 100.0;
    }

    private static List<Finding.TaskRef> tasks(Incident incident) {
        List<Finding.TaskRef> tasks = new ArrayList<>();
        for (Hit hit : incident.taskHits()) {
            boolean known = tasks.stream().anyMatch(t -> Hit.sameTask(t.tid(), t.pid(), t.comm(), hit.tid(),
                    hit.pid(), hit.comm()));
            if (!known) {
                tasks.add(new Finding.TaskRef(hit.pid(), hit.tid(), hit.comm()));
            }
        }
        return tasks;
    }

    private static List<Finding.Evidence> evidence(PatternDef pattern, Incident incident) {
        Set<Finding.Evidence> evidence = new LinkedHashSet<>();
        for (Clue clue : pattern.clues()) {
            List<Hit> hits = new ArrayList<>(incident.hits().getOrDefault(clue, List.of()));
            hits.sort(Comparator.comparingInt((Hit h) -> h.source().rank())
                    .thenComparingLong(h -> h.hasTime() ? h.start() : Long.MAX_VALUE));
            int kept = 0;
            for (Hit hit : hits) {
                if (kept >= clue.maxEvidence()) {
                    break;
                }
                int before = evidence.size();
                evidence.addAll(hit.evidence());
                if (evidence.size() > before) {
                    kept++;
                }
            }
        }
        return new ArrayList<>(evidence);
    }
}
