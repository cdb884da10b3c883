package org.rtscope.ui;

import java.util.ArrayList;
import java.util.List;
import org.rtscope.model.Backtrace;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.EventFields;
import org.rtscope.model.Frame;
import org.rtscope.model.IrqFlags;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;
import org.rtscope.model.SchedClass;
import org.rtscope.model.Task;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;
import org.rtscope.timeline.TaskTrack;
import org.rtscope.timeline.TimeFormat;

/**
 * The words the inspector shows for a selection, as plain rows, kept apart from the JavaFX layout so
 * what a user reads about a slice or event can be checked without a window.
 *
 * @param title    headline (task or event name)
 * @param rows     key/value rows, in display order
 * @param frames   stack frames, innermost first (empty when none)
 */
public record InspectorContent(String title, List<Row> rows, List<String> frames) {

    /** One labelled value; {@code section} rows start a new group (their value is empty). */
    public record Row(String key, String value, boolean section) {
        static Row of(String key, String value) {
            return new Row(key, value, false);
        }

        static Row section(String title) {
            return new Row(title, "", true);
        }
    }

    public InspectorContent {
        rows = List.copyOf(rows);
        frames = List.copyOf(frames);
    }

    /** All text as lines, for the clipboard. */
    public String asText() {
        StringBuilder sb = new StringBuilder(title).append('\n');
        for (Row row : rows) {
            sb.append(row.section() ? "\n" + row.key() : row.key() + ": " + row.value()).append('\n');
        }
        if (!frames.isEmpty()) {
            sb.append("\nStack\n");
            for (String frame : frames) {
                sb.append("  ").append(frame).append('\n');
            }
        }
        return sb.toString();
    }

    /** What is known about slice {@code k} of {@code cpu}. */
    public static InspectorContent ofSlice(Trace trace, int cpu, int k) {
        CpuSlices slices = trace.slices(cpu);
        int tid = slices.tid(k);
        long start = slices.start(k);
        long end = slices.end(k);
        List<Row> rows = new ArrayList<>();
        if (tid == 0) {
            rows.add(Row.of("Task", "idle (swapper/" + cpu + ")"));
        } else {
            Task task = trace.tasks().get(tid);
            String comm = task == null || task.comm().isEmpty() ? "?" : task.comm();
            rows.add(Row.of("Task", comm));
            rows.add(Row.of("TID", Integer.toString(tid)));
            if (task != null && task.pid() > 0) {
                rows.add(Row.of("PID", Integer.toString(task.pid())));
            }
            rows.add(Row.of("Class", describeClass(slices.prio(k))));
            int atStart = task == null ? Task.NO_PRIO : task.prioAtTime(start);
            int atEnd = task == null ? Task.NO_PRIO : task.prioAtTime(end);
            if (atStart != Task.NO_PRIO && atEnd != Task.NO_PRIO && atStart != atEnd) {
                // e.g. sched_setscheduler() while running: the slice is shown with the more urgent one
                rows.add(Row.of("Priority change", "kernel " + atStart + " at start → " + atEnd + " at end"));
            }
        }
        rows.add(Row.of("CPU", Integer.toString(cpu)));
        rows.add(Row.section("Time"));
        rows.add(Row.of("Start", TimeFormat.preciseTimestamp(start) + "  (+" + TimeFormat.duration(start - trace.start()) + ")"));
        rows.add(Row.of("End", TimeFormat.preciseTimestamp(end) + "  (+" + TimeFormat.duration(end - trace.start()) + ")"));
        rows.add(Row.of("Duration", TimeFormat.duration(end - start)));
        if (tid != 0) {
            rows.add(Row.of("Ended", describeEnd(slices, k)));
        }
        int flags = slices.flags(k);
        if ((flags & CpuSlices.PARTIAL_START) != 0) {
            rows.add(Row.of("Note", "already running when the trace started"));
        }
        if ((flags & CpuSlices.PARTIAL_END) != 0) {
            rows.add(Row.of("Note", "still running when the trace ended"));
        }
        if ((flags & CpuSlices.INFERRED_START) != 0) {
            rows.add(Row.of("Note", "start inferred: the switch onto the CPU was not logged"));
        }
        String title = trace.tasks().label(tid) + " on CPU " + cpu;
        return new InspectorContent(title, rows, List.of());
    }

    /** Everything recorded with event {@code i}; {@code sourceName} names the file it came from. */
    public static InspectorContent ofEvent(Trace trace, String sourceName, int i) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Time", TimeFormat.preciseTimestamp(trace.ts(i)) + "  (+"
                + TimeFormat.duration(trace.ts(i) - trace.start()) + ")"));
        rows.add(Row.of("CPU", Integer.toString(trace.cpu(i))));
        rows.add(Row.of("Task", trace.tasks().label(trace.tid(i))));
        rows.add(Row.of("Event", trace.eventName(i)));
        int flags = trace.flags(i);
        if (IrqFlags.present(flags)) {
            rows.add(Row.of("IRQ flags", IrqFlags.toString(flags) + describeFlags(flags)));
        }
        rows.add(Row.of("Source", sourceName + ":" + trace.line(i)));
        rows.add(Row.section("Fields"));
        for (EventFields.Field field : EventFields.of(trace, i)) {
            rows.add(Row.of(field.name(), field.value()));
        }
        List<String> frames = new ArrayList<>();
        Backtrace stack = trace.stack(i);
        if (stack != null) {
            for (Frame frame : stack.frames()) {
                frames.add(frame.toString());
            }
        }
        return new InspectorContent(trace.eventName(i) + " on CPU " + trace.cpu(i), rows, frames);
    }

    /** What a task was doing in state interval {@code k} of its track. */
    public static InspectorContent ofTaskState(Trace trace, TaskTrack track, int k) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Task", trace.tasks().label(track.tid())));
        rows.add(Row.of("State", TaskTrack.stateName(track.state(k))));
        if (track.state(k) == TaskTrack.RUNNING) {
            rows.add(Row.of("CPU", Integer.toString(track.cpu(k))));
            rows.add(Row.of("Class", describeClass(trace.slices(track.cpu(k)).prio(track.ref(k)))));
        }
        if (track.state(k) == TaskTrack.RUNNABLE) {
            int w = track.ref(k);
            rows.add(Row.of("Waiting", w >= 0 ? "for a CPU since " + trace.tasks().label(track.wakerTid(w))
                    + " woke it on CPU " + track.wakerCpu(w) : "for a CPU since it was preempted (or throttled)"));
        }
        rows.add(Row.section("Time"));
        rows.add(Row.of("Start", TimeFormat.preciseTimestamp(track.start(k))));
        rows.add(Row.of("End", TimeFormat.preciseTimestamp(track.end(k))));
        rows.add(Row.of("Duration", TimeFormat.duration(track.end(k) - track.start(k))));
        return new InspectorContent(trace.tasks().label(track.tid()) + " " + TaskTrack.stateName(track.state(k)), rows,
                List.of());
    }

    /** A log record with its source line. */
    public static InspectorContent ofLog(String sourceName, LogStore logs, int i) {
        List<Row> rows = new ArrayList<>();
        if (logs.bootNs(i) != LogStore.NO_TIME) {
            rows.add(Row.of("Time", TimeFormat.preciseTimestamp(logs.bootNs(i))));
        }
        if (logs.level(i) != LogStore.NO_LEVEL) {
            rows.add(Row.of("Level", LEVELS[Math.max(0, Math.min(7, logs.level(i)))]));
        }
        if (!logs.ident(i).isEmpty()) {
            rows.add(Row.of("From", logs.ident(i) + (logs.pid(i) > 0 ? "[" + logs.pid(i) + "]" : "")));
        }
        if (logs.cpu(i) >= 0) {
            rows.add(Row.of("CPU", Integer.toString(logs.cpu(i))));
        }
        rows.add(Row.of("Source", sourceName + ":" + logs.line(i)));
        rows.add(Row.section("Message"));
        rows.add(Row.of("Text", logs.text(i)));
        return new InspectorContent("Log record", rows, List.of());
    }

    /** A report with a backtrace (oops, lockup, crash or gdb thread). */
    public static InspectorContent ofReport(String sourceName, StackReport report) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Kind", report.kind()));
        if (report.time() != LogStore.NO_TIME) {
            rows.add(Row.of("Time", TimeFormat.preciseTimestamp(report.time())));
        }
        if (report.cpu() >= 0) {
            rows.add(Row.of("CPU", Integer.toString(report.cpu())));
        }
        if (report.pid() >= 0) {
            rows.add(Row.of("Task", (report.comm().isEmpty() ? "" : report.comm() + "-") + report.pid()));
        }
        rows.add(Row.of("Source", sourceName + ":" + report.firstLine() + "–" + report.lastLine()));
        for (var attribute : new java.util.TreeMap<>(report.attributes()).entrySet()) {
            rows.add(Row.of(attribute.getKey(), attribute.getValue()));
        }
        List<String> frames = new ArrayList<>();
        for (Frame frame : report.backtrace().frames()) {
            frames.add(frame.toString());
        }
        return new InspectorContent(report.title(), rows, frames);
    }

    private static final String[] LEVELS = {"emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"};

    /** "1211.966607 s" for a time in ns. */
    static String seconds(long ns) {
        return TimeFormat.timestamp(ns);
    }

    /** "RT (SCHED_FIFO/RR) prio 50 (kernel 49)" and the like. */
    static String describeClass(int kernelPrio) {
        switch (SchedClass.ofKernelPrio(kernelPrio)) {
            case RT:
                return "RT (SCHED_FIFO/RR) prio " + SchedClass.rtPriority(kernelPrio) + " (kernel " + kernelPrio + ")";
            case FAIR:
                return "normal (SCHED_OTHER/BATCH/IDLE) nice " + (kernelPrio - 120) + " (kernel " + kernelPrio + ")";
            case DEADLINE:
                return "deadline (SCHED_DEADLINE) (kernel " + kernelPrio + ")";
            default:
                return "unknown (no priority logged)";
        }
    }

    private static String describeEnd(CpuSlices slices, int k) {
        int state = slices.endState(k);
        if ((slices.flags(k) & CpuSlices.PARTIAL_END) != 0) {
            return "did not end within the trace";
        }
        String letters = TaskState.toString(state);
        if ((state & TaskState.UNKNOWN) != 0) {
            return letters + " — switch out not logged";
        }
        if (TaskState.isRunnable(state)) {
            return letters + " — switched out while still runnable (preempted or throttled)";
        }
        if ((state & (TaskState.DEAD | TaskState.ZOMBIE | TaskState.DEAD_OLD)) != 0) {
            return letters + " — exited";
        }
        return letters + " — blocked (went to sleep)";
    }

    private static String describeFlags(int flags) {
        List<String> parts = new ArrayList<>();
        if (IrqFlags.irqsOff(flags)) {
            parts.add("irqs off");
        }
        if (IrqFlags.inNmi(flags)) {
            parts.add("in NMI");
        } else if (IrqFlags.inHardIrq(flags)) {
            parts.add("in hardirq");
        } else if (IrqFlags.inSoftIrq(flags)) {
            parts.add("in softirq");
        }
        if (IrqFlags.preemptDepth(flags) > 0) {
            parts.add("preempt depth " + IrqFlags.preemptDepth(flags));
        }
        return parts.isEmpty() ? "" : "  (" + String.join(", ", parts) + ")";
    }
}
