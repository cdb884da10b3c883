package org.rtscope.export.report;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.rtscope.analysis.CpuSummary;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.Severity;
import org.rtscope.analysis.SourceSummary;
import org.rtscope.analysis.TaskSummary;
import org.rtscope.timeline.TimeFormat;
import org.rtscope.workspace.CaseDocument;

/**
 * The words of a report, decided before anything is drawn: the header (files, kernel, CPUs, time
 * range), one {@link Callout} per finding or note that fits, the "case at a glance" figures and the
 * footer. Kept apart from painting so what a report says can be tested without a display.
 *
 * <p>When more findings exist than boxes fit, the most severe (then most confident) are kept and the
 * others counted, so a report never silently drops a critical finding for an informational one. Kept
 * findings are numbered in time order, so numbers run left to right along the timeline.
 */
record ReportContent(String title, String files, String facts, String findingsSummary, List<Callout> callouts,
                     int hidden, List<String> glance, String footerLeft, String footerRight) {
    static final int MAX_CPUS_AT_A_GLANCE = 8;
    static final int MAX_RT_TASKS_AT_A_GLANCE = 3;
    static final int MAX_TASKS_NAMED = 3;
    static final int MAX_EVIDENCE_CHARS = 220;
    private static final long SAME_FINDING_NS = 1_000;
    private static final Comparator<Finding> MOST_IMPORTANT = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::confidence, Comparator.reverseOrder())
            .thenComparingLong(Finding::start);
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    ReportContent {
        callouts = List.copyOf(callouts);
        glance = List.copyOf(glance);
    }

    /** The content of {@code in} with at most {@code capacity} callouts. */
    static ReportContent of(ReportInput in, int capacity) {
        List<Finding> kept = in.analysis().findings().stream().sorted(MOST_IMPORTANT).limit(Math.max(0, capacity))
                .sorted(Comparator.comparingLong(Finding::start)).toList();
        List<CaseDocument.Note> timeNotes = in.notes().stream().filter(n -> n.time() != null)
                .sorted(Comparator.comparingDouble(CaseDocument.Note::time)).toList();
        List<CaseDocument.Note> keptNotes = timeNotes.subList(0, Math.min(timeNotes.size(),
                Math.max(0, capacity - kept.size())));
        List<Callout> callouts = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            callouts.add(findingCallout(in, kept.get(i), Integer.toString(i + 1)));
        }
        for (int i = 0; i < keptNotes.size(); i++) {
            callouts.add(noteCallout(in, keptNotes.get(i), noteLabel(i)));
        }
        int hidden = in.analysis().findings().size() - kept.size() + timeNotes.size() - keptNotes.size();
        return new ReportContent("rtscope report — " + in.name(), files(in), facts(in), findingsSummary(in), callouts,
                hidden, glance(in), "rtscope " + in.version() + " · generated " + GENERATED.format(in.generated()),
                "times are seconds on the case clock (since boot)");
    }

    /** "N1", "N2", …: letters are left to the user's markers. */
    static String noteLabel(int i) {
        return "N" + (i + 1);
    }

    private static String files(ReportInput in) {
        List<String> parts = new ArrayList<>();
        List<SourceSummary> summaries = in.analysis().sources();
        for (int i = 0; i < summaries.size(); i++) {
            SourceSummary source = summaries.get(i);
            String name = fileName(source.path());
            boolean trace = i < in.aCase().sources().size() && in.aCase().sources().get(i).trace() != null;
            String unit = (trace ? "event" : "record") + (source.events() == 1 ? "" : "s");
            parts.add(source.isReadable()
                    ? String.format(Locale.ROOT, "%s (%s, %,d %s)", name, source.format().id(), source.events(), unit)
                    : name + " (unreadable: " + source.problem() + ")");
        }
        return (parts.size() == 1 ? "File: " : "Files: ") + String.join(" · ", parts);
    }

    private static String facts(ReportInput in) {
        List<String> parts = new ArrayList<>();
        String kernel = KernelVersion.of(in.aCase());
        if (kernel != null) {
            parts.add("kernel " + kernel);
        }
        int cpus = in.analysis().cpus().size();
        parts.add(cpus == 1 ? "1 CPU" : cpus + " CPUs");
        if (in.whole()) {
            parts.add("the whole trace, " + range(in.from(), in.to()));
        } else {
            parts.add(range(in.from(), in.to()) + " of the trace's " + TimeFormat.seconds(in.timeline().start(), 6)
                    + " – " + TimeFormat.seconds(in.timeline().end(), 6) + " s");
        }
        return String.join(" · ", parts);
    }

    private static String range(long from, long to) {
        return TimeFormat.seconds(from, 6) + " – " + TimeFormat.seconds(to, 6) + " s (" + TimeFormat.duration(to - from)
                + ")";
    }

    private static String findingsSummary(ReportInput in) {
        List<Finding> findings = in.analysis().findings();
        if (findings.isEmpty()) {
            return "no failure pattern matched";
        }
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        for (Finding f : findings) {
            bySeverity.merge(f.severity(), 1L, Long::sum);
        }
        String counts = bySeverity.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
                .map(e -> e.getValue() + " " + e.getKey().id()).collect(Collectors.joining(", "));
        return (findings.size() == 1 ? "1 finding: " : findings.size() + " findings: ") + counts;
    }

    private static Callout findingCallout(ReportInput in, Finding f, String label) {
        List<Callout.Row> rows = new ArrayList<>();
        rows.add(new Callout.Row("when", f.hasTime() ? when(in, f.start(), f.end())
                : "no time on the trace clock (matched in backtraces or wall-clock logs)"));
        String where = where(f);
        if (!where.isEmpty()) {
            rows.add(new Callout.Row("where", where));
        }
        if (!f.evidence().isEmpty()) {
            rows.add(new Callout.Row("evidence", evidence(f.evidence().get(0))));
        }
        if (f.cause() != null && !f.cause().isBlank()) {
            rows.add(new Callout.Row("cause", f.cause()));
        }
        if (!f.remedies().isEmpty()) {
            rows.add(new Callout.Row("remedy", f.remedies().get(0)));
        }
        for (CaseDocument.Note note : in.notes()) {
            if (note.finding() != null && note.finding().pattern().equals(f.pattern())
                    && Math.abs(Math.round(note.finding().start() * 1e9) - f.start()) < SAME_FINDING_NS) {
                rows.add(new Callout.Row("note", note.text()));
            }
        }
        String badge = f.severity().id().toUpperCase(Locale.ROOT) + " · " + Math.round(f.confidence() * 100) + " %"
                + (f.count() > 1 ? " · " + f.count() + " occurrences" : "");
        return new Callout(label, f.severity(), f.start(), f.hasTime() ? Math.max(f.start(), f.end()) : f.end(),
                f.cpus(), f.title(), badge, rows);
    }

    private static Callout noteCallout(ReportInput in, CaseDocument.Note note, String label) {
        long time = Math.round(note.time() * 1e9);
        return new Callout(label, null, time, time, List.of(), "Note", "",
                List.of(new Callout.Row("when", when(in, time, time)), new Callout.Row("note", note.text())));
    }

    private static String when(ReportInput in, long start, long end) {
        StringBuilder sb = new StringBuilder(TimeFormat.seconds(start, 6)).append(" s");
        if (end > start) {
            sb.append(" for ").append(TimeFormat.duration(end - start));
        }
        sb.append(", ").append(TimeFormat.duration(start - in.timeline().start())).append(" into the trace");
        if (end < in.from()) {
            sb.append(" (before the range shown)");
        } else if (start > in.to()) {
            sb.append(" (after the range shown)");
        }
        return sb.toString();
    }

    private static String where(Finding f) {
        List<String> parts = new ArrayList<>();
        if (!f.cpus().isEmpty()) {
            parts.add((f.cpus().size() == 1 ? "CPU " : "CPUs ")
                    + f.cpus().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        List<String> tasks = f.tasks().stream().limit(MAX_TASKS_NAMED)
                .map(t -> (t.comm() == null || t.comm().isEmpty() ? "tid" : t.comm()) + " " + t.tid()).toList();
        if (!tasks.isEmpty()) {
            parts.add(String.join(", ", tasks) + (f.tasks().size() > MAX_TASKS_NAMED
                    ? " and " + (f.tasks().size() - MAX_TASKS_NAMED) + " more" : ""));
        }
        return String.join(" · ", parts);
    }

    private static String evidence(Finding.Evidence e) {
        String text = e.text().strip();
        if (text.length() > MAX_EVIDENCE_CHARS) {
            text = text.substring(0, MAX_EVIDENCE_CHARS - 1) + TextWrap.ELLIPSIS;
        }
        return e.line() > 0 ? text + " (" + fileName(e.source()) + ":" + e.line() + ")" : text;
    }

    private static List<String> glance(ReportInput in) {
        List<String> lines = new ArrayList<>();
        if (!in.analysis().hasEvents()) {
            lines.add("No trace events in this case.");
            return lines;
        }
        List<CpuSummary> cpus = in.analysis().cpus();
        for (CpuSummary cpu : cpus.subList(0, Math.min(MAX_CPUS_AT_A_GLANCE, cpus.size()))) {
            long throttled = cpu.throttleWindows().stream().mapToLong(w -> w.end() - w.start()).sum();
            String throttling = cpu.throttleWindows().isEmpty() ? ""
                    : " · throttled " + cpu.throttleWindows().size() + "× (" + TimeFormat.duration(throttled) + ")";
            lines.add(String.format(Locale.ROOT, "CPU %d: RT busy %.1f %%%s · %,.0f timer IRQs/s · %,d events",
                    cpu.cpu(), cpu.rtBusyFraction() * 100, throttling, cpu.timerInterruptsPerSecond(), cpu.events()));
        }
        if (cpus.size() > MAX_CPUS_AT_A_GLANCE) {
            lines.add("… and " + (cpus.size() - MAX_CPUS_AT_A_GLANCE) + " more CPUs");
        }
        List<TaskSummary> rt = in.analysis().realtimeTasks();
        for (TaskSummary task : rt.subList(0, Math.min(MAX_RT_TASKS_AT_A_GLANCE, rt.size()))) {
            lines.add(String.format(Locale.ROOT, "%s %d: RT prio %s, ran %s", task.comm(), task.tid(),
                    task.rtPriority(), TimeFormat.duration(task.onCpuNanos())));
        }
        if (rt.isEmpty()) {
            lines.add("No real-time task ran.");
        } else if (rt.size() > MAX_RT_TASKS_AT_A_GLANCE) {
            lines.add("… and " + (rt.size() - MAX_RT_TASKS_AT_A_GLANCE) + " more RT tasks");
        }
        return lines;
    }

    private static String fileName(String path) {
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }
}
