package org.rtscope.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.analysis.CaseAnalysis;
import org.rtscope.analysis.CpuSummary;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.SchedPolicy;
import org.rtscope.analysis.Severity;
import org.rtscope.analysis.SourceSummary;
import org.rtscope.analysis.TaskSummary;
import org.rtscope.analysis.TimerSource;
import org.rtscope.model.ImportWarning;
import org.rtscope.model.SourceFormat;

class AnalysisTextTest {

    private static String render(CaseAnalysis analysis) {
        StringWriter out = new StringWriter();
        AnalysisText.write(analysis, "dev", new PrintWriter(out));
        return out.toString();
    }

    private static CaseAnalysis analysis(List<ImportWarning> warnings, TimerSource timers) {
        return new CaseAnalysis(
                List.of(new SourceSummary("trace.txt", SourceFormat.FTRACE, 1000, 990, warnings.size(), warnings, null),
                        new SourceSummary("gone.txt", SourceFormat.UNKNOWN, 0, 0, 0,
                                List.of(new ImportWarning(0, "file not found")), "file not found")),
                "trace.txt", 1_244_000_000_000L, 1_246_000_000_000L, timers,
                List.of(new CpuSummary(0, 400, 2_000_000_000L, 0, 500),
                        new CpuSummary(1, 590, 2_000_000_000L, 1_900_000_000L, 3320)),
                List.of(new TaskSummary(26988, 26988, "rt_hog", SchedPolicy.RT, 50, 1_900_000_000L),
                        new TaskSummary(7, -1, "ksoftirqd/0", SchedPolicy.OTHER, null, 5_000L)),
                List.of());
    }

    @Test
    void summarisesSourcesSpanCpusRtTasksAndFindings() {
        String text = render(analysis(List.of(new ImportWarning(12, "bad line")), TimerSource.LOCAL_TIMER_ENTRY));
        assertTrue(text.contains("ftrace, 1000 lines, 990 events, 1 lines skipped"), text);
        assertTrue(text.contains("line 12: bad line"), text);
        assertTrue(text.contains("gone.txt\n    UNREADABLE: file not found"), text);
        assertTrue(text.contains("1244.000000 s to 1246.000000 s (2.000000 s)"), text);
        assertTrue(text.contains("timer interrupts counted from local_timer_entry"), text);
        assertTrue(text.matches("(?s).*\\n +1 +590 +95\\.0% +3320 +1660\\.0\\n.*"), text);
        assertTrue(text.matches("(?s).*\\n +26988 +26988 +rt_hog +RT +50 +1\\.900000\\n.*"), text);
        assertFalse(text.contains("ksoftirqd/0"), "only RT tasks are listed");
        assertTrue(text.contains("(1 other task not listed; --json lists all)"), text);
        assertTrue(text.endsWith("Findings\n  none\n"), text);
    }

    @Test
    void printsEachFindingWithWhenWhereEvidenceAndARemedy() {
        List<Finding.Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            evidence.add(new Finding.Evidence("trace.txt", 100 + i, 1_244_000_000_000L, "line " + i));
        }
        Finding finding = new Finding("RT_THROTTLE", "RT throttling on CPU 1", Severity.WARNING, 0.85,
                1_244_426_573_000L, 1_246_473_796_000L, List.of(1), List.of(new Finding.TaskRef(26988, 26988, "rt_hog")),
                evidence, "e", List.of("make it block", "run it SCHED_OTHER"), List.of(), 3, "the cause");
        CaseAnalysis base = analysis(List.of(), TimerSource.LOCAL_TIMER_ENTRY);
        String text = render(new CaseAnalysis(base.sources(), base.cpuSource(), base.start(), base.end(),
                base.timerSource(), base.cpus(), base.tasks(), List.of(finding)));
        String block = text.substring(text.indexOf("Findings\n"));
        assertTrue(block.startsWith(String.join("\n",
                "Findings",
                "",
                "  1. [warning] RT throttling on CPU 1",
                "     pattern   RT_THROTTLE, confidence 0.85, 3 occurrences",
                "     when      1244.426573 s to 1246.473796 s",
                "     where     CPU 1; rt_hog (tid 26988)",
                "     cause     the cause",
                "     evidence",
                "       trace.txt:100  line 0")), block);
        assertTrue(block.contains("       trace.txt:107  line 7\n       ... 2 more (see --json)\n"), block);
        assertTrue(block.contains("     remedy    make it block\n"
                + "               (1 more remedies, explanation and references in --json)\n"), block);
    }

    @Test
    void aFindingFromWallClockLogsHasNoTime() {
        Finding finding = new Finding("RTTIME_KILL", "suspected", Severity.ERROR, 0.35, Finding.NO_TIME,
                Finding.NO_TIME, List.of(), List.of(), List.of(), "e", List.of());
        CaseAnalysis base = analysis(List.of(), TimerSource.LOCAL_TIMER_ENTRY);
        String text = render(new CaseAnalysis(base.sources(), base.cpuSource(), base.start(), base.end(),
                base.timerSource(), base.cpus(), base.tasks(), List.of(finding)));
        assertTrue(text.contains("     when      time unknown (wall-clock log lines only)\n"), text);
        assertFalse(text.contains("where"), text);
    }

    @Test
    void namesTheTickFallbackAndCapsWarnings() {
        List<ImportWarning> warnings = new ArrayList<>();
        for (int line = 1; line <= 8; line++) {
            warnings.add(new ImportWarning(line, "bad line " + line));
        }
        String text = render(analysis(warnings, TimerSource.TICK_HRTIMER));
        assertTrue(text.contains("counted from hrtimer_expire_entry of tick_nohz_handler/tick_sched_timer"), text);
        assertTrue(text.contains("line 5: bad line 5"), text);
        assertFalse(text.contains("line 6: bad line 6"), text);
        assertTrue(text.contains("... 3 more warnings (see --json)"), text);
    }
}
