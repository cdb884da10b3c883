package org.rtscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.analysis.CaseAnalysis;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.Severity;
import org.rtscope.analysis.SourceSummary;
import org.rtscope.analysis.TimerSource;
import org.rtscope.model.ImportWarning;
import org.rtscope.model.SourceFormat;

/** The exit-code rules of {@code analyze}, with findings that the pattern engine will produce. */
class AnalyzeCommandTest {
    private static final SourceSummary READ = new SourceSummary("t.txt", SourceFormat.FTRACE, 10, 10, 0, List.of(),
            null);
    private static final SourceSummary MISSING = new SourceSummary("gone.txt", SourceFormat.UNKNOWN, 0, 0, 0,
            List.of(new ImportWarning(0, "file not found")), "file not found");

    private static CaseAnalysis analysis(List<SourceSummary> sources, Severity... severities) {
        List<Finding> findings = java.util.Arrays.stream(severities)
                .map(s -> new Finding("RT_THROTTLE", "RT throttling", s, 1, 0, 1, List.of(), List.of(), List.of(), "",
                        List.of()))
                .toList();
        return new CaseAnalysis(sources, "t.txt", 0, 1, TimerSource.NONE, List.of(), List.of(), findings);
    }

    @Test
    void findingsAloneDoNotFail() {
        assertEquals(0, AnalyzeCommand.exitCode(analysis(List.of(READ), Severity.CRITICAL), null));
    }

    @Test
    void failOnIsMetByAFindingOfThatSeverityOrWorse() {
        assertEquals(3, AnalyzeCommand.exitCode(analysis(List.of(READ), Severity.WARNING), Severity.WARNING));
        assertEquals(3, AnalyzeCommand.exitCode(analysis(List.of(READ), Severity.INFO, Severity.CRITICAL),
                Severity.ERROR));
        assertEquals(0, AnalyzeCommand.exitCode(analysis(List.of(READ), Severity.WARNING), Severity.ERROR));
        assertEquals(0, AnalyzeCommand.exitCode(analysis(List.of(READ)), Severity.INFO));
    }

    @Test
    void unreadableInputOutranksFailOn() {
        assertEquals(2, AnalyzeCommand.exitCode(analysis(List.of(READ, MISSING), Severity.CRITICAL), Severity.INFO));
    }
}
