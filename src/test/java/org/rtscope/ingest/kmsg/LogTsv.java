package org.rtscope.ingest.kmsg;

import java.util.TreeMap;
import java.util.stream.Collectors;
import org.rtscope.model.Case;
import org.rtscope.model.Frame;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;

/**
 * Renders an imported log source as the TSV kept beside each golden input: one row per log record,
 * then one row per report with its frames, then the import report.
 */
public final class LogTsv {
    private LogTsv() {
    }

    public static String render(Case.Source source) {
        StringBuilder sb = new StringBuilder("line\tboot_ns\twall_ns\tlevel\tident\tpid\tcpu\tboot\treport\ttext\n");
        LogStore logs = source.logs();
        for (int i = 0; logs != null && i < logs.size(); i++) {
            sb.append(logs.line(i)).append('\t')
                    .append(time(logs.bootNs(i))).append('\t')
                    .append(time(logs.wallNs(i))).append('\t')
                    .append(logs.level(i)).append('\t')
                    .append(logs.ident(i)).append('\t')
                    .append(logs.pid(i)).append('\t')
                    .append(logs.cpu(i)).append('\t')
                    .append(logs.boot(i)).append('\t')
                    .append(logs.report(i)).append('\t')
                    .append(escape(logs.text(i))).append('\n');
        }
        sb.append("#\n# report\tkind\tlines\ttime_ns\tcpu\tpid\tcomm\ttitle\tattributes\ttrace_line\tframes\n");
        int n = 0;
        for (StackReport r : source.stacks()) {
            sb.append("# ").append(n++).append('\t')
                    .append(r.kind()).append('\t')
                    .append(r.firstLine()).append('-').append(r.lastLine()).append('\t')
                    .append(time(r.time())).append('\t')
                    .append(r.cpu()).append('\t')
                    .append(r.pid()).append('\t')
                    .append(r.comm()).append('\t')
                    .append(escape(r.title())).append('\t')
                    .append(escape(new TreeMap<>(r.attributes()).toString())).append('\t')
                    .append(r.backtrace().line()).append('\t')
                    .append(r.backtrace().frames().stream().map(LogTsv::frame).collect(Collectors.joining(" | ")))
                    .append('\n');
        }
        sb.append("# format=").append(source.report().format().id())
                .append(" lines=").append(source.report().lines())
                .append(" records=").append(logs == null ? 0 : logs.size())
                .append(" reports=").append(source.stacks().size())
                .append(" skipped=").append(source.report().skipped()).append('\n');
        source.report().warnings().forEach(w -> sb.append("# warning line ").append(w.line()).append(": ")
                .append(w.message()).append('\n'));
        return sb.toString();
    }

    /**
     * A frame as {@code <IRQ> ? func+0x1b8/0x220 [module] @ffffffff8158a6a3 at file.c:12}; unlike
     * {@link Frame#toString()} it shows kernel addresses, which are negative as longs.
     */
    static String frame(Frame f) {
        StringBuilder sb = new StringBuilder();
        if (f.context() != null) {
            sb.append('<').append(f.context()).append("> ");
        }
        if (f.unreliable()) {
            sb.append("? ");
        }
        sb.append(f.function().isEmpty() ? "??" : f.function());
        if (f.offset() >= 0) {
            sb.append("+0x").append(Long.toHexString(f.offset()));
            if (f.size() >= 0) {
                sb.append("/0x").append(Long.toHexString(f.size()));
            }
        }
        if (f.module() != null) {
            sb.append(" [").append(f.module()).append(']');
        }
        if (f.address() != -1) {
            sb.append(" @").append(Long.toHexString(f.address()));
        }
        if (f.location() != null) {
            sb.append(" at ").append(f.location());
        }
        return sb.toString();
    }

    private static String time(long t) {
        return t == LogStore.NO_TIME ? "-" : Long.toString(t);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
