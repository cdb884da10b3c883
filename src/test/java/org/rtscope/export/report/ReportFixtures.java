package org.rtscope.export.report;

import java.time.Instant;
import java.util.List;
import org.rtscope.TestData;
import org.rtscope.analysis.CaseAnalysis;
import org.rtscope.analysis.CaseAnalyzer;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.Severity;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.timeline.TimelineData;
import org.rtscope.workspace.CaseDocument;

/** The RT throttling recording (s2) with findings constructed where its throttling gaps are. */
final class ReportFixtures {
    /** The 51.27 ms gap on CPU 1 (sample-traces/s2_rt_throttling/README.md). */
    static final long GAP_START = 1_245_422_545_000L;
    static final long GAP_END = 1_245_473_815_000L;
    static final Instant GENERATED = Instant.parse("2026-11-21T08:30:00Z");
    private static Case s2;

    private ReportFixtures() {
    }

    static synchronized Case s2() {
        if (s2 == null) {
            s2 = CaseLoader.load(List.of(TestData.trace("s2_rt_throttling", "trace-cmd_report.txt")), ImportMonitor.NONE);
        }
        return s2;
    }

    static Finding finding(String pattern, Severity severity, double confidence, long start, long end, int cpu) {
        return new Finding(pattern, pattern.replace('_', ' ').toLowerCase() + " on CPU " + cpu, severity, confidence,
                start, end, List.of(cpu), List.of(new Finding.TaskRef(26988, 26988, "rt_hog")),
                List.of(new Finding.Evidence("/traces/trace-cmd_report.txt", 8123, start,
                        "rt_hog-26988 [001] 1245.422545: sched_switch: rt_hog:26988 [49] R ==> swapper/1:0 [120]")),
                "explanation", List.of("Let the loop block, or raise kernel.sched_rt_runtime_us", "second remedy"));
    }

    static Finding throttle() {
        return finding("RT_THROTTLE", Severity.CRITICAL, 0.95, GAP_START, GAP_END, 1);
    }

    static TimelineData timeline(List<Finding> findings) {
        return TimelineData.of(s2()).withAnalysis(findings, List.of());
    }

    static ReportInput input(List<Finding> findings, List<CaseDocument.Note> notes, long from, long to) {
        CaseAnalysis analysis = CaseAnalyzer.analyze(s2(), findings);
        TimelineData timeline = timeline(findings);
        boolean whole = from == timeline.start() && to == timeline.end();
        return new ReportInput("s2", timeline, analysis, List.of(new CaseDocument.Marker(1245.0, "A")), notes, from, to,
                whole, "test", GENERATED);
    }

    static ReportInput whole(List<Finding> findings) {
        TimelineData timeline = timeline(List.of());
        return input(findings, List.of(), timeline.start(), timeline.end());
    }
}
