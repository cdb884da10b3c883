package org.rtscope.analysis.pattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One occurrence of a pattern being assembled: the anchor hits that started and joined it, and the
 * supporting hits of its other clues. Its time range comes from the anchors of the source that seeded it,
 * so a finding's times are on one clock even when evidence from other sources (perf clock, printk clock)
 * joined it.
 */
final class Incident {
    private final SourceRef seedSource;
    private final String key;
    private long start = Hit.NO_TIME;
    private long end = Hit.NO_TIME;
    private int anchorCount;
    private final Set<Integer> cpus = new LinkedHashSet<>();
    private final List<Hit> anchorTasks = new ArrayList<>();
    private final List<Hit> taskHits = new ArrayList<>();
    private final Map<Clue, List<Hit>> hits = new LinkedHashMap<>();

    /** @param key the crash title that groups reports, or null for incidents joined by correlation */
    Incident(Clue clue, Hit seed, String key) {
        this.seedSource = seed.source();
        this.key = key;
        addAnchor(clue, seed);
    }

    String key() {
        return key;
    }

    void addAnchor(Clue clue, Hit hit) {
        if (hit.source().equals(seedSource)) {
            anchorCount++;
            if (hit.hasTime()) {
                start = start == Hit.NO_TIME ? hit.start() : Math.min(start, hit.start());
                end = end == Hit.NO_TIME ? hit.end() : Math.max(end, hit.end());
            }
        }
        addFacts(hit);
        add(clue, hit);
    }

    void addSupport(Clue clue, Hit hit) {
        if (clue.sameCpu() || clue.sameTask()) {
            if (clue.sameCpu() && hit.cpu() >= 0) {
                cpus.add(hit.cpu());
            }
            if (clue.sameTask() && hit.hasTask()) {
                taskHits.add(hit);
            }
        }
        add(clue, hit);
    }

    private void addFacts(Hit hit) {
        if (hit.cpu() >= 0) {
            cpus.add(hit.cpu());
        }
        if (hit.hasTask()) {
            anchorTasks.add(hit);
            taskHits.add(hit);
        }
    }

    /** Each hit reaches an incident once: anchors when anchoring, the other clues' hits when supporting. */
    private void add(Clue clue, Hit hit) {
        hits.computeIfAbsent(clue, c -> new ArrayList<>()).add(hit);
    }

    /**
     * True when {@code hit} of {@code clue} belongs here by time, CPU and task. Tasks are compared with the
     * anchors' tasks only, so one supporting hit cannot pull in the next (thread 12511 through process 12497).
     */
    boolean accepts(Clue clue, Hit hit) {
        if (!clue.anywhere() && hit.hasTime() && start != Hit.NO_TIME) {
            long w = Math.round(clue.window() * 1e9);
            if (hit.end() < start - w || hit.start() > end + w) {
                return false;
            }
        }
        if (clue.sameCpu() && hit.cpu() >= 0 && !cpus.isEmpty() && !cpus.contains(hit.cpu())) {
            return false;
        }
        if (clue.sameTask() && hit.hasTask() && !anchorTasks.isEmpty()) {
            return anchorTasks.stream().anyMatch(t -> Hit.sameTask(t.tid(), t.pid(), t.comm(), hit.tid(), hit.pid(),
                    hit.comm()));
        }
        return true;
    }

    long start() {
        return start;
    }

    long end() {
        return end;
    }

    int anchorCount() {
        return anchorCount;
    }

    Set<Integer> cpus() {
        return cpus;
    }

    List<Hit> taskHits() {
        return taskHits;
    }

    /** Hits per clue, in the order clues were first matched. */
    Map<Clue, List<Hit>> hits() {
        return hits;
    }

    boolean matched(String clueId) {
        return hits.keySet().stream().anyMatch(c -> c.id().equals(clueId) && !hits.get(c).isEmpty());
    }
}
