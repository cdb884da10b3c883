package org.rtscope.ui;

import org.rtscope.model.CpuSlices;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;
import org.rtscope.model.Trace;
import org.rtscope.timeline.IrqIntervals;
import org.rtscope.timeline.IrqRow;
import org.rtscope.timeline.LogTrack;
import org.rtscope.timeline.TaskTrack;
import org.rtscope.timeline.TimelineData;

/**
 * When a selection happened: the span it covers (a slice, an interrupt, a task state) or the instant
 * (an event, a log record, a report), for Z (zoom to selection), for bringing it into view and for
 * the next/previous steps that continue from it. Null when it has no time (a gdb stack).
 */
final class SelectionRange {
    private SelectionRange() {
    }

    /** {from, to} in ns, or null. */
    static long[] of(TimelineData data, Selection selection) {
        Trace trace = data.trace();
        if (selection instanceof Selection.Slice slice && slice.cpu() < trace.cpuCount()) {
            CpuSlices slices = trace.slices(slice.cpu());
            return new long[] {slices.start(slice.index()), slices.end(slice.index())};
        }
        if (selection instanceof Selection.Event event && event.index() < trace.size()) {
            int i = event.index();
            IrqRow row = IrqRow.of(trace.kind(i));
            if (row != null) {
                IrqIntervals irq = data.irq(trace.cpu(i), row);
                int k = irq.indexAt(trace.ts(i));
                if (k >= 0 && irq.event(k) == i) {
                    return new long[] {irq.start(k), irq.end(k)};
                }
            }
            return new long[] {trace.ts(i), trace.ts(i)};
        }
        if (selection instanceof Selection.TaskState state && data.task(state.tid()) != null) {
            TaskTrack track = data.task(state.tid());
            return new long[] {track.start(state.index()), track.end(state.index())};
        }
        if (selection instanceof Selection.Log log && log.track() < data.logs().size()) {
            LogTrack track = data.logs().get(log.track());
            long t = track.logs().bootNs(log.record());
            return t == LogStore.NO_TIME ? null : new long[] {t, t};
        }
        if (selection instanceof Selection.Report report) {
            StackReport r = data.reportsOf(report.source()).get(report.index());
            return r.time() == LogStore.NO_TIME ? null : new long[] {r.time(), r.time()};
        }
        return null;
    }

    /** The trace event a selection stands on (for tie-breaking in navigation), or -1. */
    static int event(Selection selection) {
        return selection instanceof Selection.Event event ? event.index() : -1;
    }
}
