package org.rtscope.analysis;

import java.util.List;

/**
 * Everything the headless analysis says about a case: its sources, its time span, per-CPU and
 * per-task figures and the findings. Reports (text, JSON) render it; nothing here is recomputed by them.
 *
 * @param sources    one summary per file, in the order given
 * @param cpuSource  path of the source the CPU and task figures come from, or null when no file held events
 * @param start      first event of all traces, nanoseconds on the case clock (0 when no file held events)
 * @param end        last event of all traces, nanoseconds on the case clock (0 when no file held events)
 * @param tasks      in {@link TaskSummary#REPORT_ORDER}
 */
public record CaseAnalysis(List<SourceSummary> sources, String cpuSource, long start, long end,
                           TimerSource timerSource, List<CpuSummary> cpus, List<TaskSummary> tasks,
                           List<Finding> findings) {

    public CaseAnalysis {
        sources = List.copyOf(sources);
        cpus = List.copyOf(cpus);
        tasks = List.copyOf(tasks);
        findings = List.copyOf(findings);
    }

    /** True when some file held events, so that the span and the per-CPU figures mean something. */
    public boolean hasEvents() {
        return cpuSource != null;
    }

    /** True when some file gave nothing usable (the CLI's exit code 2). */
    public boolean hasUnreadableSource() {
        return sources.stream().anyMatch(s -> !s.isReadable());
    }

    /** True when some finding is {@code threshold} or worse (the CLI's {@code --fail-on}). */
    public boolean hasFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }

    public List<TaskSummary> realtimeTasks() {
        return tasks.stream().filter(TaskSummary::isRealtime).toList();
    }
}
