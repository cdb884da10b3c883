package org.rtscope.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import org.rtscope.analysis.Finding;
import org.rtscope.timeline.EvidenceLocator;
import org.rtscope.timeline.EvidenceTarget;
import org.rtscope.timeline.TimelineData;

/**
 * Ties the findings list, the finding inspector and the timeline together, both ways:
 * <ul>
 *   <li>selecting a finding shows it in the inspector, marks its span and evidence on the timeline,
 *       shows the first stack among its evidence and brings the finding into view;</li>
 *   <li>clicking an evidence line selects what it points at (everywhere), marks it as the active
 *       evidence and moves the timeline to it, while the finding stays on screen;</li>
 *   <li>selecting a piece of evidence anywhere else (a marker, a table row) selects its finding,
 *       without moving the view.</li>
 * </ul>
 */
final class FindingLinks {
    /** A finding or evidence shorter than this is shown in a window this long. */
    static final long MIN_SPAN = 10_000_000;

    private final TimelineView timeline;
    private final ObjectProperty<Selection> selection;
    private final FindingsList findings;
    private final FindingView view;
    private final BacktracePane backtrace;
    private final Runnable showFindingTab;
    private final Map<Selection, Finding> evidenceOf = new HashMap<>();
    private boolean quiet;
    private boolean followingEvidence;

    FindingLinks(TimelineView timeline, ObjectProperty<Selection> selection, FindingsList findings, BacktracePane backtrace,
                 Runnable showFindingTab) {
        this.timeline = timeline;
        this.selection = selection;
        this.findings = findings;
        this.backtrace = backtrace;
        this.showFindingTab = showFindingTab;
        this.view = new FindingView(this::followEvidence);
        findings.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> findingChanged(now));
    }

    FindingView view() {
        return view;
    }

    /** The selected finding, or null. */
    Finding current() {
        return findings.getSelectionModel().getSelectedItem();
    }

    /** True while a selection is being made by an evidence click (the inspector keeps showing the finding). */
    boolean followingEvidence() {
        return followingEvidence;
    }

    /** Lists the findings of {@code d} and learns which selections are evidence of which finding. */
    void show(TimelineData d) {
        findings.show(d.findings());
        evidenceOf.clear();
        for (Finding f : d.findings()) {
            for (Finding.Evidence e : f.evidence()) {
                Selection s = selectionOf(EvidenceLocator.locate(d, f, e));
                if (s != null) {
                    evidenceOf.putIfAbsent(s, f);
                }
            }
        }
    }

    /** Forgets everything (a new case). */
    void clear() {
        findings.getSelectionModel().clearSelection();
        findings.show(List.of());
        evidenceOf.clear();
        view.clear();
    }

    /** A selection made elsewhere: when it is evidence of a finding, that finding is selected (the view stays). */
    void selectionChanged(Selection now) {
        if (followingEvidence || now == null) {
            return;
        }
        Finding owner = evidenceOf.get(now);
        if (owner != null && owner != current()) {
            quiet = true;
            try {
                findings.getSelectionModel().select(owner);
            } finally {
                quiet = false;
            }
        }
    }

    private void findingChanged(Finding f) {
        TimelineData d = timeline.data();
        timeline.findingProperty().set(f);
        if (f == null || d == null) {
            timeline.highlightsProperty().set(List.of());
            view.clear();
            return;
        }
        view.show(d, f);
        timeline.highlightsProperty().set(highlights(view.targets(), -1));
        if (quiet) {
            return;
        }
        showFindingTab.run();
        for (EvidenceTarget target : view.targets()) {
            if (target.backtrace() != null) {
                backtrace.show("evidence of " + f.pattern(), target.backtrace(), target.signature());
                break;
            }
        }
        if (FindingsList.hasTime(f)) {
            long from = f.start();
            long to = Math.max(f.end(), f.start());
            if (to - from < MIN_SPAN) {
                long mid = (from + to) / 2;
                from = mid - MIN_SPAN / 2;
                to = mid + MIN_SPAN / 2;
            }
            timeline.showAround(from, to);
        }
    }

    private void followEvidence(int k, EvidenceTarget target) {
        timeline.highlightsProperty().set(highlights(view.targets(), k));
        Selection s = selectionOf(target);
        followingEvidence = true;
        try {
            if (s != null) {
                selection.set(s);
            }
        } finally {
            followingEvidence = false;
        }
        if (target.backtrace() != null) {
            backtrace.show("evidence " + (k + 1) + " of " + view.finding().pattern(), target.backtrace(), target.signature());
        }
        if (target.hasTime()) {
            timeline.jumpTo(target.time(), MIN_SPAN);
        }
    }

    private static Selection selectionOf(EvidenceTarget target) {
        switch (target.kind()) {
            case EVENT:
                return new Selection.Event(target.index());
            case LOG:
                return new Selection.Log(target.logTrack(), target.index());
            case REPORT:
                return new Selection.Report(target.source(), target.index());
            default:
                return null;
        }
    }

    private static List<Highlight> highlights(List<EvidenceTarget> targets, int active) {
        List<Highlight> list = new ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            EvidenceTarget t = targets.get(k);
            if (t.hasTime()) {
                list.add(new Highlight(t.time(), t.cpu(), k == active));
            }
        }
        return list;
    }
}
