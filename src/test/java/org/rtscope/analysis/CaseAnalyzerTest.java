package org.rtscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;
import org.rtscope.model.TraceBuilder;

class CaseAnalyzerTest {

    private static Case.Source source(String path, Trace trace) {
        SourceReport report = new SourceReport(path, SourceFormat.FTRACE);
        report.events(trace == null ? 0 : trace.size());
        return new Case.Source(report, trace);
    }

    /** CPU 1 runs RT task 100 ("hog") from 1000 to 2000 of 1000–3000; CPU 0 only ticks. */
    private static Trace hogTrace() {
        return new TestTraces().cpus(2).comm(100, "hog").comm(200, "shell")
                .localTimer(1000, 0, 0)
                .sw(1000, 1, 0, 120, 100, 49)
                .sw(2000, 1, 100, 49, 200, 120)
                .localTimer(2500, 1, 200)
                .localTimer(3000, 0, 0)
                .builder.build();
    }

    @Test
    void summarisesCpusAndTasksOfTheTrace() {
        CaseAnalysis analysis = CaseAnalyzer.analyze(new Case(List.of(source("hog.txt", hogTrace()))));
        assertTrue(analysis.hasEvents());
        assertFalse(analysis.hasUnreadableSource());
        assertEquals("hog.txt", analysis.cpuSource());
        assertEquals(1000, analysis.start());
        assertEquals(3000, analysis.end());
        assertEquals(TimerSource.LOCAL_TIMER_ENTRY, analysis.timerSource());
        assertEquals(2, analysis.cpus().size());
        CpuSummary cpu1 = analysis.cpus().get(1);
        assertEquals(3, cpu1.events());
        assertEquals(0.5, cpu1.rtBusyFraction(), 1e-12);
        assertEquals(1, cpu1.timerInterrupts());
        assertEquals(1 / 2000e-9, cpu1.timerInterruptsPerSecond(), 1e-6);
        assertEquals(2, analysis.cpus().get(0).timerInterrupts());
        assertEquals(0.0, analysis.cpus().get(0).rtBusyFraction());

        TaskSummary first = analysis.tasks().get(0);
        assertEquals(100, first.tid());
        assertEquals("hog", first.comm());
        assertEquals(50, first.rtPriority());
        assertEquals(1000, first.onCpuNanos());
        assertEquals(List.of(first), analysis.realtimeTasks());
        assertEquals(200, analysis.tasks().get(1).tid());
        assertEquals(1000, analysis.tasks().get(1).onCpuNanos());
    }

    @Test
    void figuresComeFromThePrimaryTraceAndTheSpanCoversAllTraces() {
        Trace small = new TestTraces().cpus(1).localTimer(500, 0, 0).localTimer(600, 0, 0).builder.build();
        CaseAnalysis analysis = CaseAnalyzer.analyze(new Case(List.of(source("small.txt", small),
                source("hog.txt", hogTrace()))));
        assertEquals("hog.txt", analysis.cpuSource());
        assertEquals(2, analysis.cpus().size());
        assertEquals(500, analysis.start());
        assertEquals(3000, analysis.end());
    }

    @Test
    void unreadableSourcesAreReportedWithoutLosingTheOthers() {
        SourceReport missing = new SourceReport("gone.txt", SourceFormat.UNKNOWN);
        missing.warn(0, "file not found");
        CaseAnalysis analysis = CaseAnalyzer.analyze(new Case(List.of(new Case.Source(missing, null),
                source("empty.txt", new TraceBuilder().build()), source("hog.txt", hogTrace()))));
        assertTrue(analysis.hasUnreadableSource());
        assertEquals("file not found", analysis.sources().get(0).problem());
        SourceSummary empty = analysis.sources().get(1);
        assertEquals("no trace events found", empty.problem());
        assertEquals("no trace events found", empty.warnings().get(0).message());
        assertNull(analysis.sources().get(2).problem());
        assertEquals(2, analysis.cpus().size());
    }

    @Test
    void aCaseWithoutEventsHasNoSpanNoCpusNoTasks() {
        CaseAnalysis analysis = CaseAnalyzer.analyze(new Case(List.of(source("empty.txt", new TraceBuilder().build()))));
        assertFalse(analysis.hasEvents());
        assertTrue(analysis.cpus().isEmpty());
        assertTrue(analysis.tasks().isEmpty());
        assertEquals(TimerSource.NONE, analysis.timerSource());
    }

    @Test
    void findingsAreComparedAgainstTheFailOnThreshold() {
        Finding warning = new Finding("RT_THROTTLE", "RT throttling", Severity.WARNING, 0.9, 1000, 2000,
                List.of(1), List.of(), List.of(), "", List.of());
        CaseAnalysis analysis = CaseAnalyzer.analyze(new Case(List.of(source("hog.txt", hogTrace()))),
                List.of(warning));
        assertTrue(analysis.hasFindingAtLeast(Severity.INFO));
        assertTrue(analysis.hasFindingAtLeast(Severity.WARNING));
        assertFalse(analysis.hasFindingAtLeast(Severity.ERROR));
        assertFalse(CaseAnalyzer.analyze(new Case(List.of(source("hog.txt", hogTrace()))))
                .hasFindingAtLeast(Severity.INFO));
    }
}
