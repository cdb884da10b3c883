package org.rtscope.ingest.ftrace;

import java.util.stream.Collectors;
import org.rtscope.model.Backtrace;
import org.rtscope.model.EventFields;
import org.rtscope.model.IrqFlags;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;

/** Renders a parsed trace as the TSV kept beside each golden input: one row per event, then the report. */
final class GoldenTsv {
    private GoldenTsv() {
    }

    static String render(Trace trace, SourceReport report) {
        StringBuilder sb = new StringBuilder("line\tts_ns\tcpu\ttid\ttask\tflags\tevent\tfields\tstack\n");
        for (int i = 0; i < trace.size(); i++) {
            Backtrace stack = trace.stack(i);
            sb.append(trace.line(i)).append('\t')
                    .append(trace.ts(i)).append('\t')
                    .append(trace.cpu(i)).append('\t')
                    .append(trace.tid(i)).append('\t')
                    .append(trace.tasks().label(trace.tid(i))).append('\t')
                    .append(IrqFlags.toString(trace.flags(i))).append('\t')
                    .append(trace.eventName(i)).append('\t')
                    .append(EventFields.summary(trace, i).replace("\n", "\\n")).append('\t')
                    .append(stack == null ? "" : stack.kind() + ":" + stack.frames().stream()
                            .map(Object::toString).collect(Collectors.joining(" | ")))
                    .append('\n');
        }
        sb.append("# format=").append(report.format().id()).append(" lines=").append(report.lines())
                .append(" events=").append(trace.size()).append(" skipped=").append(report.skipped())
                .append(" cpus=").append(trace.cpuCount()).append('\n');
        report.warnings().forEach(w -> sb.append("# warning line ").append(w.line()).append(": ")
                .append(w.message()).append('\n'));
        return sb.toString();
    }
}
