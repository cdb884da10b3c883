package org.rtscope.timeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.model.Case;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.LogStore;
import org.rtscope.model.SchedClass;
import org.rtscope.model.StackReport;
import org.rtscope.model.Task;
import org.rtscope.model.Trace;
import org.rtscope.model.TraceBuilder;

/**
 * Everything the timeline draws for one case, derived once off the FX thread and then immutable: the
 * primary trace with its interrupt intervals, marker tracks and task tracks, the log sources, the
 * reports with backtraces, and (once the pattern engine ran) the findings and throttle windows.
 *
 * <p>Copies made by {@link #withAnalysis} and {@link #withTracks} share the case's derived data and its
 * {@link #caseToken()}, so binned pixels of lanes that did not change stay valid across them.
 */
public final class TimelineData {
    /** At most this many RT tasks get a lane of their own without being asked for. */
    public static final int MAX_RT_LANES = 16;
    /** A CPU busy for less than this fraction of the trace counts as idle. */
    public static final double IDLE_FRACTION = 0.001;

    private final Object caseToken;
    private final Case source;
    private final Trace trace;
    private final String traceName;
    private final IrqIntervals[][] irq;
    private final MarkerTrack[] markers;
    private final List<LogTrack> logs;
    private final List<SourcedReport> reports;
    private final Map<Integer, TaskTrack> tasks;
    private final int[] rtTids;
    private final boolean[] idleCpu;
    private final boolean[] rtCpu;
    private final List<Finding> findings;
    private final List<ThrottleWindow> windows;
    private final long start;
    private final long end;

    private TimelineData(Object caseToken, Case source, Trace trace, String traceName, IrqIntervals[][] irq,
                         MarkerTrack[] markers, List<LogTrack> logs, List<SourcedReport> reports,
                         Map<Integer, TaskTrack> tasks, int[] rtTids, boolean[] idleCpu, boolean[] rtCpu,
                         List<Finding> findings, List<ThrottleWindow> windows, long start, long end) {
        this.caseToken = caseToken;
        this.source = source;
        this.trace = trace;
        this.traceName = traceName;
        this.irq = irq;
        this.markers = markers;
        this.logs = logs;
        this.reports = reports;
        this.tasks = tasks;
        this.rtTids = rtTids;
        this.idleCpu = idleCpu;
        this.rtCpu = rtCpu;
        this.findings = findings;
        this.windows = windows;
        this.start = start;
        this.end = end;
    }

    /** Derives the timeline of {@code aCase}: its primary trace (the largest) and all its logs and reports. */
    public static TimelineData of(Case aCase) {
        Case.Source primary = aCase.primary();
        Trace trace = primary == null ? new TraceBuilder().build() : primary.trace();
        String traceName = primary == null ? "" : fileName(primary);
        List<LogTrack> logs = new ArrayList<>();
        List<SourcedReport> reports = new ArrayList<>();
        for (int s = 0; s < aCase.sources().size(); s++) {
            Case.Source src = aCase.sources().get(s);
            if (src.logs() != null && src.logs().size() > 0) {
                logs.add(new LogTrack(s, fileName(src), src.logs()));
            }
            for (int r = 0; r < src.stacks().size(); r++) {
                reports.add(new SourcedReport(s, fileName(src), r, src.stacks().get(r)));
            }
        }
        int cpus = trace.cpuCount();
        boolean[] idle = new boolean[cpus];
        boolean[] rt = new boolean[cpus];
        long span = Math.max(1, trace.end() - trace.start());
        for (int cpu = 0; cpu < cpus; cpu++) {
            CpuSlices slices = trace.slices(cpu);
            long busy = 0;
            for (int k = 0; k < slices.size(); k++) {
                if (!slices.isIdle(k)) {
                    busy += slices.end(k) - slices.start(k);
                    if (SchedClass.ofKernelPrio(slices.prio(k)) == SchedClass.RT) {
                        rt[cpu] = true;
                    }
                }
            }
            idle[cpu] = busy < IDLE_FRACTION * span;
        }
        int[] rtTids = realtimeTasks(trace);
        Map<Integer, TaskTrack> tasks = TaskTracks.derive(trace, rtTids);
        long[] bounds = bounds(trace, logs, reports);
        return new TimelineData(new Object(), aCase, trace, traceName, IrqPairing.pair(trace),
                MarkerTrack.build(trace, reports), List.copyOf(logs), List.copyOf(reports), tasks, rtTids, idle, rt,
                List.of(), List.of(), bounds[0], bounds[1]);
    }

    /** RT tasks, most urgent first, at most {@link #MAX_RT_LANES}. */
    private static int[] realtimeTasks(Trace trace) {
        List<Task> rt = new ArrayList<>();
        for (Task task : trace.tasks().all()) {
            if (task.everRealtime()) {
                rt.add(task);
            }
        }
        rt.sort(Comparator.comparingInt(Task::bestPrio).thenComparingInt(Task::tid));
        return rt.stream().limit(MAX_RT_LANES).mapToInt(Task::tid).toArray();
    }

    /** The trace's span; without events, the span of the logs and reports. */
    private static long[] bounds(Trace trace, List<LogTrack> logs, List<SourcedReport> reports) {
        if (!trace.isEmpty()) {
            return new long[] {trace.start(), Math.max(trace.end(), trace.start() + 1)};
        }
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (LogTrack log : logs) {
            if (log.size() > 0) {
                lo = Math.min(lo, log.time(0));
                hi = Math.max(hi, log.time(log.size() - 1));
            }
        }
        for (SourcedReport r : reports) {
            if (r.report().time() != LogStore.NO_TIME) {
                lo = Math.min(lo, r.report().time());
                hi = Math.max(hi, r.report().time());
            }
        }
        if (lo > hi) {
            return new long[] {0, 1_000_000_000L};
        }
        return new long[] {lo, Math.max(hi, lo + 1_000_000)};
    }

    /** A copy showing {@code newFindings} (ordered by start) and {@code newWindows}. */
    public TimelineData withAnalysis(List<Finding> newFindings, List<ThrottleWindow> newWindows) {
        List<Finding> sorted = new ArrayList<>(newFindings);
        sorted.sort(Comparator.comparingLong(Finding::start));
        return new TimelineData(caseToken, source, trace, traceName, irq, markers, logs, reports, tasks, rtTids, idleCpu,
                rtCpu, List.copyOf(sorted), List.copyOf(newWindows), start, end);
    }

    /** Tids among {@code tids} that have no track yet (derive them with {@link TaskTracks#derive}). */
    public int[] missingTracks(int... tids) {
        return java.util.Arrays.stream(tids).filter(t -> t > 0 && !tasks.containsKey(t)).distinct().toArray();
    }

    /** A copy that also has {@code more} task tracks. */
    public TimelineData withTracks(Map<Integer, TaskTrack> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<Integer, TaskTrack> all = new LinkedHashMap<>(tasks);
        all.putAll(more);
        return new TimelineData(caseToken, source, trace, traceName, irq, markers, logs, reports, all, rtTids, idleCpu,
                rtCpu, findings, windows, start, end);
    }

    /** Shared by this data and every copy made from it: binned pixels stay valid while it is the same. */
    public Object caseToken() {
        return caseToken;
    }

    public Case source() {
        return source;
    }

    /** The primary trace (empty, never null, when the case has none). */
    public Trace trace() {
        return trace;
    }

    /** File name of the primary trace ("" without one). */
    public String traceName() {
        return traceName;
    }

    public int cpuCount() {
        return trace.cpuCount();
    }

    public IrqIntervals irq(int cpu, IrqRow row) {
        return irq[cpu][row.ordinal()];
    }

    /** Markers of {@code cpu}, or the case-wide markers for cpu -1. */
    public MarkerTrack markers(int cpu) {
        return cpu < 0 ? markers[trace.cpuCount()] : markers[cpu];
    }

    public List<LogTrack> logs() {
        return logs;
    }

    public List<SourcedReport> reports() {
        return reports;
    }

    /** The task track of {@code tid}, or null when it was not derived. */
    public TaskTrack task(int tid) {
        return tasks.get(tid);
    }

    /** The RT tasks that get lanes by default, most urgent first. */
    public int[] realtimeTids() {
        return rtTids.clone();
    }

    public boolean isIdleCpu(int cpu) {
        return idleCpu[cpu];
    }

    public boolean ranRealtime(int cpu) {
        return rtCpu[cpu];
    }

    /** Findings ordered by start time. */
    public List<Finding> findings() {
        return findings;
    }

    public List<ThrottleWindow> throttleWindows() {
        return windows;
    }

    /** First time the timeline can show, ns. */
    public long start() {
        return start;
    }

    /** Last time the timeline can show, ns. */
    public long end() {
        return end;
    }

    private static String fileName(Case.Source source) {
        return String.valueOf(Path.of(source.report().path()).getFileName());
    }

    /** True when the report list has a report with a time but no CPU of this trace. */
    public boolean hasCaseMarkers() {
        return markers(-1).size() > 0;
    }

    /** The stack reports of one source. */
    public List<StackReport> reportsOf(int sourceIndex) {
        return source.sources().get(sourceIndex).stacks();
    }
}
