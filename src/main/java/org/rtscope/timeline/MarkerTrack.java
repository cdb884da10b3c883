package org.rtscope.timeline;

import java.util.Arrays;
import java.util.List;
import org.rtscope.model.EventKind;
import org.rtscope.model.StackReport;
import org.rtscope.model.Trace;

/**
 * The markers of one marker lane (one CPU's, or the case-wide lane for reports without a CPU), in time
 * order and primitive columns: kills and other signals and exits from the trace, stalls and other
 * reports from the logs and backtrace files. Each marker refers back to its trace event or report so
 * a click can select it. Built by {@link #build}.
 */
public final class MarkerTrack implements PointSeries {
    private final Trace trace;
    private final List<SourcedReport> reports;
    private final long[] time;
    private final byte[] kind;
    /** Event index (≥ 0) or -(report index + 1). */
    private final int[] ref;

    private MarkerTrack(Trace trace, List<SourcedReport> reports, long[] time, byte[] kind, int[] ref) {
        this.trace = trace;
        this.reports = reports;
        this.time = time;
        this.kind = kind;
        this.ref = ref;
    }

    /**
     * Marker tracks for {@code trace} and {@code reports}: index {@code cpu} for each CPU, and one more at
     * index {@code trace.cpuCount()} for markers without a CPU. Reports without a time are left out.
     */
    public static MarkerTrack[] build(Trace trace, List<SourcedReport> reports) {
        int lanes = trace.cpuCount() + 1;
        Builder[] builders = new Builder[lanes];
        for (int lane = 0; lane < lanes; lane++) {
            builders[lane] = new Builder();
        }
        SourcedReport[] timed = reports.stream().filter(r -> r.report().time() != org.rtscope.model.LogStore.NO_TIME)
                .sorted((a, b) -> Long.compare(a.report().time(), b.report().time())).toArray(SourcedReport[]::new);
        int r = 0;
        int size = trace.size();
        for (int i = 0; i < size; i++) {
            long ts = trace.ts(i);
            while (r < timed.length && timed[r].report().time() <= ts) {
                addReport(builders, trace, reports, timed[r++]);
            }
            EventKind k = trace.kind(i);
            if (k == EventKind.SIGNAL_GENERATE) {
                MarkerKind mk = SignalNames.isKill(trace.arg(i, 0)) ? MarkerKind.KILL : MarkerKind.SIGNAL;
                builders[trace.cpu(i)].add(ts, mk, i);
            } else if (k == EventKind.SCHED_PROCESS_EXIT) {
                builders[trace.cpu(i)].add(ts, MarkerKind.EXIT, i);
            }
        }
        while (r < timed.length) {
            addReport(builders, trace, reports, timed[r++]);
        }
        MarkerTrack[] tracks = new MarkerTrack[lanes];
        for (int lane = 0; lane < lanes; lane++) {
            tracks[lane] = builders[lane].build(trace, reports);
        }
        return tracks;
    }

    private static void addReport(Builder[] builders, Trace trace, List<SourcedReport> all, SourcedReport report) {
        int cpu = report.report().cpu();
        int lane = cpu >= 0 && cpu < trace.cpuCount() ? cpu : trace.cpuCount();
        builders[lane].add(report.report().time(), kindOf(report.report()), -(all.indexOf(report) + 1));
    }

    static MarkerKind kindOf(StackReport report) {
        switch (report.kind()) {
            case StackReport.SOFT_LOCKUP:
            case StackReport.HARD_LOCKUP:
            case StackReport.RCU_STALL:
            case StackReport.HUNG_TASK:
                return MarkerKind.STALL;
            default:
                return MarkerKind.REPORT;
        }
    }

    @Override
    public int size() {
        return time.length;
    }

    @Override
    public long time(int k) {
        return time[k];
    }

    @Override
    public int key(int k) {
        return kind[k];
    }

    @Override
    public int priority(int k) {
        return MarkerKind.values()[kind[k]].priority();
    }

    public MarkerKind kind(int k) {
        return MarkerKind.values()[kind[k]];
    }

    /** The trace event of marker {@code k}, or -1 for a report marker. */
    public int event(int k) {
        return ref[k] >= 0 ? ref[k] : -1;
    }

    /** The report of marker {@code k}, or null for an event marker. */
    public SourcedReport report(int k) {
        return ref[k] < 0 ? reports.get(-ref[k] - 1) : null;
    }

    /** A short label: "SIGKILL → rttime_kill-26542", "soft lockup rt-123", "exit stress-ng-17". */
    public String label(int k) {
        SourcedReport report = report(k);
        if (report != null) {
            return ReportLabels.shortTitle(report.report());
        }
        int i = ref[k];
        if (trace.kind(i) == EventKind.SIGNAL_GENERATE) {
            return SignalNames.of(trace.arg(i, 0)) + " → " + trace.tasks().label(trace.arg(i, 2));
        }
        return "exit " + trace.tasks().label(trace.arg(i, 0));
    }

    private static final class Builder {
        private long[] time = new long[16];
        private byte[] kind = new byte[16];
        private int[] ref = new int[16];
        private int size;

        void add(long t, MarkerKind k, int reference) {
            if (size == time.length) {
                int n = size * 2;
                time = Arrays.copyOf(time, n);
                kind = Arrays.copyOf(kind, n);
                ref = Arrays.copyOf(ref, n);
            }
            time[size] = t;
            kind[size] = (byte) k.ordinal();
            ref[size] = reference;
            size++;
        }

        MarkerTrack build(Trace trace, List<SourcedReport> reports) {
            return new MarkerTrack(trace, reports, Arrays.copyOf(time, size), Arrays.copyOf(kind, size),
                    Arrays.copyOf(ref, size));
        }
    }
}
