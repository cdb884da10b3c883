package org.rtscope.ui;

import java.nio.file.Path;
import java.util.List;
import org.rtscope.analysis.Finding;
import org.rtscope.model.Backtrace;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;
import org.rtscope.model.Trace;
import org.rtscope.timeline.EvidenceLocator;
import org.rtscope.timeline.LogTrack;
import org.rtscope.timeline.TimelineData;

/**
 * Fills the inspector's details and the backtrace pane for a selection: the facts of a slice, event,
 * task state, log record or report, and its stack (an event's recorded kernel stack, a report's
 * backtrace, the report a log record belongs to) with the frames the selected finding names marked.
 */
final class SelectionDetails {
    private final InspectorView inspector;
    private final BacktracePane backtrace;

    SelectionDetails(InspectorView inspector, BacktracePane backtrace) {
        this.inspector = inspector;
        this.backtrace = backtrace;
    }

    /** Shows {@code now} of {@code d} (null clears); {@code finding} decides which frames are marked. */
    void show(TimelineData d, Selection now, Finding finding) {
        if (now == null || d == null) {
            inspector.clear();
            backtrace.clear();
            return;
        }
        Trace trace = d.trace();
        backtrace.clear();
        if (now instanceof Selection.Slice slice) {
            inspector.show(InspectorContent.ofSlice(trace, slice.cpu(), slice.index()));
        } else if (now instanceof Selection.Event event) {
            int i = event.index();
            inspector.show(InspectorContent.ofEvent(trace, d.traceName(), i));
            Backtrace stack = trace.stack(i);
            if (stack != null) {
                backtrace.show(trace.eventName(i) + " at " + InspectorContent.seconds(trace.ts(i)), stack,
                        EvidenceLocator.signature(finding, stack));
            }
        } else if (now instanceof Selection.TaskState state) {
            inspector.show(InspectorContent.ofTaskState(trace, d.task(state.tid()), state.index()));
        } else if (now instanceof Selection.Log log) {
            LogTrack track = d.logs().get(log.track());
            LogStore logs = track.logs();
            inspector.show(InspectorContent.ofLog(track.sourceName(), logs, log.record()));
            int report = logs.report(log.record());
            List<StackReport> reports = d.reportsOf(track.source());
            if (report >= 0 && report < reports.size()) {
                showReport(reports.get(report), finding);
            }
        } else if (now instanceof Selection.Report report) {
            StackReport r = d.reportsOf(report.source()).get(report.index());
            String name = String.valueOf(Path.of(d.source().sources().get(report.source()).report().path()).getFileName());
            inspector.show(InspectorContent.ofReport(name, r));
            showReport(r, finding);
        }
    }

    private void showReport(StackReport r, Finding finding) {
        backtrace.show(r.title(), r.backtrace(), EvidenceLocator.signature(finding, r.backtrace()));
    }
}
