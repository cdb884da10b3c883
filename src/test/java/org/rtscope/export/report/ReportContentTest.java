package org.rtscope.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.Severity;
import org.rtscope.workspace.CaseDocument;

/** What a report says, from the header to each callout's when / where / evidence / remedy. */
class ReportContentTest {
    private static final long S = 1_000_000_000L;

    @Test
    void headerNamesFilesCpusRangeAndCounts() {
        ReportContent content = ReportContent.of(ReportFixtures.whole(List.of(ReportFixtures.throttle(),
                ReportFixtures.finding("TIMER_LOAD", Severity.WARNING, 0.6, 1243 * S, 1243 * S, 0))), 10);
        assertEquals("rtscope report — s2", content.title());
        assertEquals("File: trace-cmd_report.txt (trace-cmd, 26,299 events)", content.files());
        assertEquals("2 CPUs · the whole trace, 1242.326755 – 1247.985651 s (5.659 s)", content.facts());
        assertEquals("2 findings: 1 critical, 1 warning", content.findingsSummary());
        assertEquals("rtscope test · generated 2026-11-21 08:30 UTC", content.footerLeft());
    }

    @Test
    void calloutTextsSayWhenWhereEvidenceAndFirstRemedy() {
        Callout callout = ReportContent.of(ReportFixtures.whole(List.of(ReportFixtures.throttle())), 10).callouts().get(0);
        assertEquals("1", callout.label());
        assertEquals("CRITICAL · 95 %", callout.badge());
        assertEquals(List.of(
                new Callout.Row("when", "1245.422545 s for 51.27 ms, 3.096 s into the trace"),
                new Callout.Row("where", "CPU 1 · rt_hog 26988"),
                new Callout.Row("evidence", "rt_hog-26988 [001] 1245.422545: sched_switch: rt_hog:26988 [49] R ==> "
                        + "swapper/1:0 [120] (trace-cmd_report.txt:8123)"),
                new Callout.Row("remedy", "Let the loop block, or raise kernel.sched_rt_runtime_us")), callout.rows());
    }

    @Test
    void keepsTheMostSevereWhenBoxesRunOutAndNumbersThemInTimeOrder() {
        Finding earlyInfo = ReportFixtures.finding("EARLY", Severity.INFO, 0.9, 1243 * S, 1243 * S, 0);
        Finding lateCritical = ReportFixtures.finding("LATE", Severity.CRITICAL, 0.9, 1247 * S, 1247 * S, 1);
        Finding midWarning = ReportFixtures.finding("MID", Severity.WARNING, 0.9, 1245 * S, 1245 * S, 1);
        ReportContent content = ReportContent.of(ReportFixtures.whole(List.of(earlyInfo, lateCritical, midWarning)), 2);
        assertEquals(List.of("1", "2"), content.callouts().stream().map(Callout::label).toList());
        assertEquals(List.of(Severity.WARNING, Severity.CRITICAL),
                content.callouts().stream().map(Callout::severity).toList());
        assertEquals(1, content.hidden());
    }

    @Test
    void notesOnFindingsJoinTheirBoxAndNotesOnTimesGetTheirOwn() {
        Finding throttle = ReportFixtures.throttle();
        List<CaseDocument.Note> notes = List.of(
                new CaseDocument.Note("budget is 950 ms", null, new CaseDocument.FindingRef("RT_THROTTLE",
                        ReportFixtures.GAP_START / 1e9)),
                new CaseDocument.Note("audio glitched here", 1246.5, null),
                new CaseDocument.Note("not this one", null, new CaseDocument.FindingRef("OTHER", 1245.0)));
        ReportInput in = ReportFixtures.input(List.of(throttle), notes, ReportFixtures.whole(List.of()).from(),
                ReportFixtures.whole(List.of()).to());
        ReportContent content = ReportContent.of(in, 10);
        assertEquals(2, content.callouts().size());
        assertTrue(content.callouts().get(0).rows().contains(new Callout.Row("note", "budget is 950 ms")));
        assertEquals(1, content.callouts().get(0).rows().stream().filter(r -> r.key().equals("note")).count());
        Callout note = content.callouts().get(1);
        assertTrue(note.isNote());
        assertEquals("N1", note.label());
        assertEquals(new Callout.Row("note", "audio glitched here"), note.rows().get(1));
    }

    @Test
    void aPartialViewSaysWhatItShowsAndWhatLiesOutside() {
        Finding early = ReportFixtures.finding("EARLY", Severity.ERROR, 0.9, 1243 * S, 1243 * S + 5_000_000, 0);
        ReportContent content = ReportContent.of(ReportFixtures.input(List.of(early), List.of(), 1245 * S, 1246 * S), 10);
        assertTrue(content.facts().endsWith(" · 1245.000000 – 1246.000000 s (1.000 s) of the trace's 1242.326755 – "
                + "1247.985651 s"), content.facts());
        assertTrue(content.callouts().get(0).rows().get(0).text().endsWith("(before the range shown)"));
    }

    @Test
    void groupedFindingsCountTheirOccurrencesAndNameTheirCause() {
        Finding grouped = new Finding("RT_THROTTLE", "RT throttling on CPU 1", Severity.WARNING, 0.85,
                ReportFixtures.GAP_START, ReportFixtures.GAP_END, List.of(1), List.of(), List.of(), "explanation",
                List.of("block"), List.of(), 3, "a busy loop at RT priority");
        Callout callout = ReportContent.of(ReportFixtures.whole(List.of(grouped)), 10).callouts().get(0);
        assertEquals("WARNING · 85 % · 3 occurrences", callout.badge());
        assertTrue(callout.rows().contains(new Callout.Row("cause", "a busy loop at RT priority")), callout.rows().toString());
    }

    @Test
    void aFindingOnlyWallClockLogsMatchedHasABoxButNoTime() {
        Finding wallClock = new Finding("OOM_KILL", "OOM killer", Severity.ERROR, 0.9, Finding.NO_TIME, Finding.NO_TIME,
                List.of(), List.of(), List.of(), "explanation", List.of());
        Callout callout = ReportContent.of(ReportFixtures.whole(List.of(wallClock)), 10).callouts().get(0);
        assertTrue(!callout.hasTime());
        assertEquals(new Callout.Row("when", "no time on the trace clock (matched in backtraces or wall-clock logs)"), callout.rows().get(0));
    }

    @Test
    void glanceListsCpusAndRtTasks() {
        List<String> glance = ReportContent.of(ReportFixtures.whole(List.of()), 10).glance();
        assertEquals("CPU 1: RT busy 50.5 % · 231 timer IRQs/s · 10,684 events", glance.get(1));
        assertTrue(glance.contains("rt_hog 26988: RT prio 50, ran 2.856 s"), glance.toString());
        assertEquals("no failure pattern matched",
                ReportContent.of(ReportFixtures.whole(List.of()), 10).findingsSummary());
    }
}
