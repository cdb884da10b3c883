package org.rtscope.export;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rtscope.analysis.CaseAnalysis;
import org.rtscope.analysis.CpuSummary;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.SourceSummary;
import org.rtscope.analysis.TaskSummary;
import org.rtscope.analysis.TimerSource;
import org.rtscope.model.ImportWarning;
import org.rtscope.model.SourceFormat;

/**
 * Renders a {@link CaseAnalysis} as the plain-text summary of {@code analyze}: what a kernel engineer
 * checks first on a terminal — did every file load, what span is covered, how busy RT kept each CPU,
 * how often timers fired, which RT tasks ran and for how long, and what was found.
 */
public final class AnalysisText {
    /** Warnings shown per source; the JSON output carries all the importer kept. */
    static final int WARNINGS_SHOWN = 5;
    /** Evidence lines shown per finding; the JSON output carries them all. */
    static final int EVIDENCE_SHOWN = 8;

    private AnalysisText() {
    }

    public static void write(CaseAnalysis analysis, String version, PrintWriter out) {
        out.printf(Locale.ROOT, "rtscope %s: %d source%s%n", version, analysis.sources().size(),
                analysis.sources().size() == 1 ? "" : "s");
        writeSources(analysis.sources(), out);
        if (analysis.hasEvents()) {
            writeSpan(analysis, out);
            writeCpus(analysis, out);
            writeRealtimeTasks(analysis, out);
        }
        writeFindings(analysis.findings(), out);
        out.flush();
    }

    private static void writeSources(List<SourceSummary> sources, PrintWriter out) {
        out.println();
        out.println("Sources");
        for (SourceSummary source : sources) {
            out.printf("  %s%n", source.path());
            if (source.format() != SourceFormat.UNKNOWN) {
                out.printf(Locale.ROOT, "    %s, %d lines, %d events, %d lines skipped%n", source.format().id(),
                        source.lines(), source.events(), source.skipped());
            }
            if (!source.isReadable()) {
                out.printf("    UNREADABLE: %s%n", source.problem());
            }
            List<ImportWarning> warnings = source.warnings();
            for (ImportWarning warning : warnings.subList(0, Math.min(WARNINGS_SHOWN, warnings.size()))) {
                if (warning.line() > 0) {
                    out.printf(Locale.ROOT, "    line %d: %s%n", warning.line(), warning.message());
                } else if (!warning.message().equals(source.problem())) {
                    out.printf("    %s%n", warning.message());
                }
            }
            if (warnings.size() > WARNINGS_SHOWN) {
                out.printf(Locale.ROOT, "    ... %d more warning%s (see --json)%n", warnings.size() - WARNINGS_SHOWN,
                        warnings.size() - WARNINGS_SHOWN == 1 ? "" : "s");
            }
        }
    }

    private static void writeSpan(CaseAnalysis analysis, PrintWriter out) {
        out.println();
        out.println("Time range");
        out.printf(Locale.ROOT, "  %s s to %s s (%.6f s)%n", seconds(analysis.start()), seconds(analysis.end()),
                (analysis.end() - analysis.start()) / 1e9);
    }

    private static void writeCpus(CaseAnalysis analysis, PrintWriter out) {
        out.println();
        out.printf("CPUs (from %s)%n", analysis.cpuSource());
        out.printf("  timer interrupts counted from %s%n", analysis.timerSource().description());
        out.printf("  %4s %10s %8s %12s %10s%n", "cpu", "events", "RT busy", "timer irqs", "per second");
        for (CpuSummary cpu : analysis.cpus()) {
            out.printf(Locale.ROOT, "  %4d %10d %7.1f%% %12d %10.1f%n", cpu.cpu(), cpu.events(),
                    cpu.rtBusyFraction() * 100, cpu.timerInterrupts(), cpu.timerInterruptsPerSecond());
        }
        if (analysis.timerSource() == TimerSource.NONE) {
            out.println("  (record irq_vectors:local_timer_entry or timer:hrtimer_expire_entry to see timer load)");
        }
    }

    private static void writeRealtimeTasks(CaseAnalysis analysis, PrintWriter out) {
        List<TaskSummary> realtime = analysis.realtimeTasks();
        out.println();
        out.println("RT tasks");
        if (realtime.isEmpty()) {
            out.println("  none");
        } else {
            out.printf("  %8s %8s  %-16s %-8s %6s %14s%n", "tid", "pid", "comm", "policy", "rtprio", "on CPU (s)");
            for (TaskSummary task : realtime) {
                out.printf(Locale.ROOT, "  %8d %8s  %-16s %-8s %6d %14.6f%n", task.tid(),
                        task.pid() < 0 ? "?" : String.valueOf(task.pid()), task.comm(), task.policy().name(),
                        task.rtPriority(), task.onCpuNanos() / 1e9);
            }
        }
        int others = analysis.tasks().size() - realtime.size();
        out.printf(Locale.ROOT, "  (%d other task%s not listed; --json lists all)%n", others, others == 1 ? "" : "s");
    }

    private static void writeFindings(List<Finding> findings, PrintWriter out) {
        out.println();
        out.println("Findings");
        if (findings.isEmpty()) {
            out.println("  none");
        }
        int n = 0;
        for (Finding finding : findings) {
            out.printf(Locale.ROOT, "%n  %d. [%s] %s%n", ++n, finding.severity().id(), finding.title());
            out.printf(Locale.ROOT, "     pattern   %s, confidence %.2f%s%n", finding.pattern(), finding.confidence(),
                    finding.count() > 1 ? ", " + finding.count() + " occurrences" : "");
            out.printf("     when      %s%n", when(finding));
            String where = where(finding);
            if (!where.isEmpty()) {
                out.printf("     where     %s%n", where);
            }
            if (finding.cause() != null) {
                out.printf("     cause     %s%n", finding.cause());
            }
            List<Finding.Evidence> evidence = finding.evidence();
            if (!evidence.isEmpty()) {
                out.println("     evidence");
                for (Finding.Evidence e : evidence.subList(0, Math.min(EVIDENCE_SHOWN, evidence.size()))) {
                    out.printf(Locale.ROOT, "       %s:%d  %s%n", e.source(), e.line(), e.text());
                }
                if (evidence.size() > EVIDENCE_SHOWN) {
                    out.printf(Locale.ROOT, "       ... %d more (see --json)%n", evidence.size() - EVIDENCE_SHOWN);
                }
            }
            if (!finding.remedies().isEmpty()) {
                out.printf("     remedy    %s%n", finding.remedies().get(0));
                if (finding.remedies().size() > 1) {
                    out.printf(Locale.ROOT, "               (%d more remedies, explanation and references in --json)%n",
                            finding.remedies().size() - 1);
                }
            }
        }
    }

    private static String when(Finding finding) {
        if (!finding.hasTime()) {
            return "time unknown (wall-clock log lines only)";
        }
        if (finding.start() == finding.end()) {
            return seconds(finding.start()) + " s";
        }
        return seconds(finding.start()) + " s to " + seconds(finding.end()) + " s";
    }

    private static String where(Finding finding) {
        List<String> parts = new ArrayList<>();
        if (!finding.cpus().isEmpty()) {
            parts.add((finding.cpus().size() == 1 ? "CPU " : "CPUs ")
                    + String.join(",", finding.cpus().stream().map(String::valueOf).toList()));
        }
        for (Finding.TaskRef task : finding.tasks()) {
            String name = task.comm().isEmpty() ? "task" : task.comm();
            parts.add(task.tid() > 0 ? name + " (tid " + task.tid() + ")" : name);
        }
        return String.join("; ", parts);
    }

    /** Seconds with the microsecond precision ftrace prints, so times can be searched for in the trace. */
    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.6f", nanos / 1e9);
    }
}
