package org.rtscope.ingest.backtrace;

import java.util.Map;
import java.util.TreeMap;
import org.rtscope.model.Case;
import org.rtscope.model.Frame;
import org.rtscope.model.LogStore;
import org.rtscope.model.SourceReport;
import org.rtscope.model.StackReport;

/**
 * Renders an imported backtrace source as the TSV kept beside each golden input: per report an
 * {@code R} row (lines, kind, cpu, pid, comm, title), its attributes as {@code A} rows (sorted by key)
 * and its frames as {@code F} rows; log records as {@code L} rows (line, boot ns, wall ns, level, pid,
 * cpu, text); then the counts and warnings.
 */
final class BacktraceTsv {
    private BacktraceTsv() {
    }

    static String render(Case.Source source) {
        StringBuilder sb = new StringBuilder();
        long frames = 0;
        for (StackReport r : source.stacks()) {
            sb.append("R\t").append(r.firstLine()).append('-').append(r.lastLine()).append('\t').append(r.kind())
                    .append("\tcpu=").append(r.cpu()).append("\tpid=").append(r.pid()).append("\tcomm=")
                    .append(r.comm()).append('\t').append(escape(r.title())).append("\tstack=")
                    .append(r.backtrace().kind()).append('@').append(r.backtrace().line()).append('\n');
            for (Map.Entry<String, String> a : new TreeMap<>(r.attributes()).entrySet()) {
                sb.append("A\t").append(a.getKey()).append('\t').append(escape(a.getValue())).append('\n');
            }
            int i = 0;
            for (Frame f : r.backtrace().frames()) {
                sb.append("F\t").append(i++).append('\t').append(f).append('\t')
                        .append(f.context() == null ? "-" : f.context()).append('\t')
                        .append(f.args() == null ? "-" : escape(f.args())).append('\n');
                frames++;
            }
        }
        LogStore logs = source.logs();
        for (int i = 0; logs != null && i < logs.size(); i++) {
            sb.append("L\t").append(logs.line(i)).append('\t')
                    .append(logs.bootNs(i) == LogStore.NO_TIME ? "-" : Long.toString(logs.bootNs(i))).append('\t')
                    .append(logs.wallNs(i) == LogStore.NO_TIME ? "-" : Long.toString(logs.wallNs(i))).append('\t')
                    .append(logs.level(i)).append('\t').append(logs.pid(i)).append('\t').append(logs.cpu(i))
                    .append('\t').append(escape(logs.text(i))).append('\n');
        }
        SourceReport report = source.report();
        sb.append("# format=").append(report.format().id()).append(" lines=").append(report.lines())
                .append(" reports=").append(source.stacks().size()).append(" frames=").append(frames)
                .append(" logs=").append(logs == null ? 0 : logs.size()).append(" skipped=")
                .append(report.skipped()).append('\n');
        report.warnings().forEach(w -> sb.append("# warning line ").append(w.line()).append(": ")
                .append(w.message()).append('\n'));
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }
}
