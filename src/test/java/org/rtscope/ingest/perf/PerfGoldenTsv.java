package org.rtscope.ingest.perf;

import java.util.stream.Collectors;
import org.rtscope.model.Backtrace;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.EventFields;
import org.rtscope.model.Frame;
import org.rtscope.model.SourceReport;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

/**
 * Renders an imported perf text as the TSV kept beside each golden input: one row per event (with
 * its backtrace, frames showing module and user context), then who ran on each CPU, then the report.
 */
final class PerfGoldenTsv {
    private PerfGoldenTsv() {
    }

    static String render(Trace trace, SourceReport report) {
        StringBuilder sb = new StringBuilder("line\tts_ns\tcpu\ttid\ttask\tevent\tfields\tstack\n");
        for (int i = 0; i < trace.size(); i++) {
            Backtrace stack = trace.stack(i);
            sb.append(trace.line(i)).append('\t')
                    .append(trace.ts(i)).append('\t')
                    .append(trace.cpu(i)).append('\t')
                    .append(trace.tid(i)).append('\t')
                    .append(trace.tasks().label(trace.tid(i))).append('\t')
                    .append(trace.eventName(i)).append('\t')
                    .append(EventFields.summary(trace, i).replace("\n", "\\n")).append('\t')
                    .append(stack == null ? "" : stack.kind() + ":" + stack.frames().stream()
                            .map(PerfGoldenTsv::frame).collect(Collectors.joining(" | ")))
                    .append('\n');
        }
        for (int c = 0; c < trace.cpuCount(); c++) {
            CpuSlices slices = trace.slices(c);
            sb.append("# cpu ").append(c).append(':');
            for (int k = 0; k < slices.size(); k++) {
                sb.append(' ').append(trace.tasks().label(slices.tid(k))).append('@').append(slices.start(k))
                        .append('-').append(slices.end(k)).append('[').append(TaskState.toString(slices.endState(k)))
                        .append(']');
            }
            sb.append('\n');
        }
        sb.append("# format=").append(report.format().id()).append(" lines=").append(report.lines())
                .append(" events=").append(trace.size()).append(" skipped=").append(report.skipped())
                .append(" cpus=").append(trace.cpuCount()).append(" tasks=").append(trace.tasks().size()).append('\n');
        report.warnings().forEach(w -> sb.append("# warning line ").append(w.line()).append(": ")
                .append(w.message()).append('\n'));
        return sb.toString();
    }

    private static String frame(Frame f) {
        return f.toString() + ("user".equals(f.context()) ? " {user}" : "");
    }
}
