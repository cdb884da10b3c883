package org.rtscope.ui;

import org.rtscope.model.CpuSlices;
import org.rtscope.timeline.HitTester;
import org.rtscope.timeline.IrqRow;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.LaneKind;
import org.rtscope.timeline.MarkerTrack;
import org.rtscope.timeline.NavTarget;
import org.rtscope.timeline.TaskTrack;
import org.rtscope.timeline.TimelineData;

/**
 * Turns what the timeline found (a hit under the mouse, a navigation step) into the shared
 * {@link Selection}: an interrupt or a signal marker selects its event, so the table and the inspector
 * show the line of the trace it came from; a report marker selects the report.
 */
final class Selections {
    private Selections() {
    }

    /** The selection a navigation step on {@code lane} lands on. */
    static Selection of(TimelineData d, Lane lane, NavTarget target) {
        switch (target.kind()) {
            case MARKER:
                return marker(d.markers(lane.kind() == LaneKind.REPORTS ? -1 : lane.cpu()), target.index());
            case LOG:
                return new Selection.Log(lane.id(), d.logs().get(lane.id()).record(target.index()));
            default:
                return new Selection.Event(target.index());
        }
    }

    /** The selection a click on {@code hit} makes, or null (an idle CPU column selects the idle slice). */
    static Selection of(TimelineData d, HitTester.Hit hit) {
        Lane lane = hit.lane();
        int item = hit.item();
        switch (lane.kind()) {
            case CPU:
                CpuSlices slices = d.trace().slices(lane.cpu());
                int k = item >= 0 ? item : slices.indexAt((long) hit.time());
                return k < 0 ? null : new Selection.Slice(lane.cpu(), k);
            case IRQ:
                return item < 0 ? null : new Selection.Event(d.irq(lane.cpu(), IrqRow.values()[hit.row()]).event(item));
            case MARKERS:
                return item < 0 ? null : marker(d.markers(lane.cpu()), item);
            case REPORTS:
                return item < 0 ? null : marker(d.markers(-1), item);
            case TASK:
                TaskTrack track = d.task(lane.id());
                int s = item >= 0 ? item : track == null ? -1 : track.indexAt((long) hit.time());
                return s < 0 ? null : new Selection.TaskState(lane.id(), s);
            case LOG:
                return item < 0 ? null : new Selection.Log(lane.id(), d.logs().get(lane.id()).record(item));
            default:
                return null;
        }
    }

    private static Selection marker(MarkerTrack track, int k) {
        int event = track.event(k);
        if (event >= 0) {
            return new Selection.Event(event);
        }
        return new Selection.Report(track.report(k).source(), track.report(k).index());
    }
}
