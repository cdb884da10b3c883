package org.rtscope.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.rtscope.model.Case;
import org.rtscope.model.Task;
import org.rtscope.model.Trace;

/**
 * Computes a {@link CaseAnalysis} from a loaded case: the one place that decides which trace the
 * figures describe and over which span.
 *
 * <p>Per-CPU and per-task figures come from the case's primary trace (the one with most events). Two
 * traces of one case are usually two recordings of the same machine and window (trace-cmd and a tracefs
 * instance, say), so adding them up would count every event twice. Findings and throttle windows come
 * from the pattern engine ({@link CaseReport}); a case analysed without it has none.
 */
public final class CaseAnalyzer {

    private CaseAnalyzer() {
    }

    public static CaseAnalysis analyze(Case aCase) {
        return analyze(aCase, List.of());
    }

    /** Analyses {@code aCase} with what the pattern engine said about it. */
    public static CaseAnalysis analyze(Case aCase, CaseReport report) {
        return analyze(aCase, report.findings(), report.throttleWindows());
    }

    /** Analyses {@code aCase} and reports {@code findings} with it. */
    public static CaseAnalysis analyze(Case aCase, List<Finding> findings) {
        return analyze(aCase, findings, List.of());
    }

    /**
     * Analyses {@code aCase} while {@code reporter} runs the pattern engine on another thread: the case's
     * figures (events, RT occupancy and CPU time of every CPU and task) do not depend on the findings,
     * so on a large trace the two passes share the cores instead of running one after the other.
     */
    public static CaseAnalysis analyze(Case aCase, Supplier<CaseReport> reporter) {
        CompletableFuture<CaseReport> report = CompletableFuture.supplyAsync(reporter);
        Figures figures = figures(aCase);
        CaseReport done = report.join();
        return figures.with(done.findings(), done.throttleWindows());
    }

    private static CaseAnalysis analyze(Case aCase, List<Finding> findings, List<ThrottleWindow> windows) {
        return figures(aCase).with(findings, windows);
    }

    /** What the analysis says about a case before the findings and throttle windows are known. */
    private record Figures(List<SourceSummary> sources, Case.Source primary, long start, long end,
                           TimerInterrupts timers, List<CpuSummary> cpus, List<TaskSummary> tasks) {
        CaseAnalysis with(List<Finding> findings, List<ThrottleWindow> windows) {
            if (primary == null) {
                return new CaseAnalysis(sources, null, 0, 0, TimerSource.NONE, List.of(), List.of(), findings);
            }
            List<CpuSummary> withWindows = cpus.stream().map(c -> new CpuSummary(c.cpu(), c.events(), c.spanNanos(),
                    c.rtBusyNanos(), c.timerInterrupts(), windows.stream().filter(w -> w.cpu() == c.cpu()).toList()))
                    .toList();
            return new CaseAnalysis(sources, primary.report().path(), start, end, timers.source(), withWindows, tasks,
                    findings);
        }
    }

    private static Figures figures(Case aCase) {
        List<SourceSummary> sources = aCase.sources().stream().map(SourceSummary::of).toList();
        Case.Source primary = aCase.primary();
        if (primary == null || primary.trace().isEmpty()) {
            return new Figures(sources, null, 0, 0, null, List.of(), List.of());
        }
        Trace trace = primary.trace();
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (Trace t : aCase.traces()) {
            if (!t.isEmpty()) {
                start = Math.min(start, t.start());
                end = Math.max(end, t.end());
            }
        }
        TimerInterrupts timers = TimerInterrupts.of(trace);
        return new Figures(sources, primary, start, end, timers, cpus(trace, timers), tasks(trace));
    }

    private static List<CpuSummary> cpus(Trace trace, TimerInterrupts timers) {
        long span = trace.end() - trace.start();
        List<CpuSummary> cpus = new ArrayList<>(trace.cpuCount());
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            long rt = trace.slices(cpu).rtNanos();
            cpus.add(new CpuSummary(cpu, trace.eventsOn(cpu), span, rt, timers.count(cpu), List.of()));
        }
        return cpus;
    }

    private static List<TaskSummary> tasks(Trace trace) {
        List<TaskSummary> tasks = new ArrayList<>(trace.tasks().size());
        for (Task task : trace.tasks().all()) {
            tasks.add(TaskSummary.of(task, task.onCpuNanos()));
        }
        tasks.sort(TaskSummary.REPORT_ORDER);
        return tasks;
    }
}
