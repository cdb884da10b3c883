package org.rtscope.analysis.pattern;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.derived.FrameNames;
import org.rtscope.model.Backtrace;
import org.rtscope.model.EventFields;
import org.rtscope.model.EventKind;
import org.rtscope.model.Frame;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;
import org.rtscope.model.Task;
import org.rtscope.model.Trace;

/**
 * Turns what a clue matched into {@link Finding.Evidence} lines that the inspector can show and jump to:
 * the source path, the 1-based line, the time on the source's clock and readable text. Trace events are
 * rendered the way ftrace prints them, so the text can be searched for in the file.
 */
public final class Evidences {
    /** Longest evidence text kept; log records of multi-line reports can be long. */
    static final int MAX_TEXT = 400;

    private Evidences() {
    }

    /** A trace event as {@code comm-tid [cpu] seconds: event: fields}. */
    public static Finding.Evidence event(SourceRef source, Trace trace, int i) {
        String fields = EventFields.summary(trace, i);
        if (trace.kind(i) == EventKind.SCHED_SWITCH) {
            fields = fields.replace(" next_comm=", " ==> next_comm=");
        }
        String text = String.format(Locale.ROOT, "%s-%d [%03d] %.6f: %s: %s", comm(trace, trace.tid(i)), trace.tid(i),
                trace.cpu(i), trace.ts(i) / 1e9, trace.eventName(i), fields);
        return new Finding.Evidence(source.path(), trace.line(i), trace.ts(i), clip(text));
    }

    /** The stack recorded with event {@code i} as one line, or null when it has none. */
    public static Finding.Evidence eventStack(SourceRef source, Trace trace, int i) {
        Backtrace stack = trace.stack(i);
        if (stack == null || stack.frames().isEmpty()) {
            return null;
        }
        return new Finding.Evidence(source.path(), stack.line(), trace.ts(i), clip("callchain: " + chain(stack.frames())));
    }

    /** A log record; {@code time} is its boot-clock time or {@link Hit#NO_TIME}. */
    public static Finding.Evidence log(SourceRef source, LogStore logs, int i) {
        return new Finding.Evidence(source.path(), logs.line(i), logs.bootNs(i), clip(logs.text(i).strip()));
    }

    /** The first line of a report with a backtrace (its title). */
    public static Finding.Evidence report(SourceRef source, StackReport report) {
        return new Finding.Evidence(source.path(), report.firstLine(), report.time(), clip(report.title().strip()));
    }

    /** A note about a report's backtrace: {@code label} followed by the frames, innermost first. */
    public static Finding.Evidence frames(SourceRef source, StackReport report, String label, List<Frame> frames) {
        int line = report.backtrace().line() > 0 ? report.backtrace().line() : report.firstLine();
        return new Finding.Evidence(source.path(), line, report.time(), clip(label + chain(frames)));
    }

    /** A derived fact that belongs to no single line (a computed duration, a count), anchored at a line. */
    public static Finding.Evidence note(SourceRef source, long line, long time, String text) {
        return new Finding.Evidence(source.path(), line, time, clip(text));
    }

    /** Frames joined innermost first with " ← ", unknown functions as "??". */
    public static String chain(List<Frame> frames) {
        return frames.stream().map(f -> f.function().isEmpty() ? "??" : FrameNames.normalize(f.function()))
                .collect(Collectors.joining(" ← "));
    }

    /** The comm a trace knows for {@code tid} ("swapper" for the idle task). */
    public static String comm(Trace trace, int tid) {
        if (tid == 0) {
            return "<idle>";
        }
        Task task = trace.tasks().get(tid);
        return task == null || task.comm().isEmpty() ? "<...>" : task.comm();
    }

    static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
