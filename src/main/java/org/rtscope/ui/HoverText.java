package org.rtscope.ui;

import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.EventFields;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;
import org.rtscope.timeline.HitTester;
import org.rtscope.timeline.IrqIntervals;
import org.rtscope.timeline.IrqRow;
import org.rtscope.timeline.LogTrack;
import org.rtscope.timeline.MarkerTrack;
import org.rtscope.timeline.SourcedReport;
import org.rtscope.timeline.TaskTrack;
import org.rtscope.timeline.TimeFormat;
import org.rtscope.timeline.TimelineData;

/**
 * The hover tooltip's text for what is under the mouse: a few lines a kernel engineer would otherwise
 * look up in the table (task, class, times, duration, how it ended; an interrupt's name and length; a
 * marker's event; a log line), plus the throttle window the pointer is in, if any.
 */
final class HoverText {
    private HoverText() {
    }

    static String of(TimelineData data, HitTester.Hit hit) {
        StringBuilder sb = new StringBuilder();
        sb.append(TimeFormat.seconds(Math.round(hit.time()), 6)).append(" s  (+")
                .append(TimeFormat.duration(hit.time() - data.start())).append(')');
        String what = describe(data, hit);
        if (!what.isEmpty()) {
            sb.append('\n').append(what);
        }
        if (hit.lane().cpu() >= 0) {
            for (ThrottleWindow w : data.throttleWindows()) {
                if ((w.cpu() == hit.lane().cpu() || w.cpu() < 0) && hit.time() >= w.start() && hit.time() <= w.end()) {
                    sb.append("\nRT throttled on CPU ").append(w.cpu() < 0 ? "?" : String.valueOf(w.cpu())).append(" for ")
                            .append(TimeFormat.duration(w.end() - w.start()))
                            .append(ThrottleWindow.LOG.equals(w.origin()) ? " (from the log)" : "");
                }
            }
        }
        return sb.toString();
    }

    private static String describe(TimelineData data, HitTester.Hit hit) {
        Trace trace = data.trace();
        int item = hit.item();
        switch (hit.lane().kind()) {
            case CPU:
                CpuSlices slices = trace.slices(hit.lane().cpu());
                int k = item >= 0 ? item : slices.indexAt((long) hit.time());
                if (k < 0) {
                    return "";
                }
                long d = slices.end(k) - slices.start(k);
                String task = slices.isIdle(k) ? "idle" : trace.tasks().label(slices.tid(k)) + "  "
                        + InspectorContent.describeClass(slices.prio(k));
                String end = slices.isIdle(k) ? "" : "\nended " + TaskState.toString(slices.endState(k));
                return task + "\nran " + TimeFormat.duration(d) + " from " + TimeFormat.timestamp(slices.start(k)) + end;
            case IRQ:
                if (item < 0) {
                    return "";
                }
                IrqIntervals irq = data.irq(hit.lane().cpu(), IrqRow.values()[hit.row()]);
                return IrqRow.values()[hit.row()].label() + " " + irq.label(item) + "\n"
                        + TimeFormat.duration(irq.end(item) - irq.start(item)) + " from "
                        + TimeFormat.timestamp(irq.start(item));
            case MARKERS:
            case REPORTS:
                if (item < 0) {
                    return "";
                }
                MarkerTrack markers = data.markers(hit.lane().kind() == org.rtscope.timeline.LaneKind.REPORTS ? -1
                        : hit.lane().cpu());
                int event = markers.event(item);
                if (event >= 0) {
                    return markers.label(item) + "\n" + trace.eventName(event) + " " + EventFields.summary(trace, event);
                }
                SourcedReport report = markers.report(item);
                StackReport r = report.report();
                return r.title() + "\n" + report.sourceName() + ":" + r.firstLine();
            case TASK:
                TaskTrack track = data.task(hit.lane().id());
                if (track == null || item < 0) {
                    return "";
                }
                String line = TaskTrack.stateName(track.state(item)) + " for "
                        + TimeFormat.duration(track.end(item) - track.start(item));
                if (track.state(item) == TaskTrack.RUNNING) {
                    line += " on CPU " + track.cpu(item);
                } else if (track.state(item) == TaskTrack.RUNNABLE && track.ref(item) >= 0) {
                    int w = track.ref(item);
                    line += "\nwoken by " + trace.tasks().label(track.wakerTid(w)) + " on CPU " + track.wakerCpu(w);
                }
                return trace.tasks().label(track.tid()) + "\n" + line;
            case LOG:
                if (item < 0) {
                    return "";
                }
                LogTrack log = data.logs().get(hit.lane().id());
                LogStore logs = log.logs();
                int rec = log.record(item);
                return log.sourceName() + ":" + logs.line(rec) + "\n" + logs.text(rec);
            default:
                return "";
        }
    }
}
