package org.rtscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rtscope.TestData;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Frame;
import org.rtscope.model.StackReport;
import org.rtscope.timeline.HitTester;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.TaskTrack;
import org.rtscope.timeline.TimelineData;

/** What the inspector and the hover tooltip say about task states, reports and throttled windows (s2). */
class DetailsTextTest {
    private static final int RT_HOG = 26988;
    private static TimelineData data;

    @BeforeAll
    static void load() {
        data = TimelineData.of(CaseLoader.load(List.of(TestData.trace("s2_rt_throttling", "trace-cmd_report.txt")),
                ImportMonitor.NONE)).withAnalysis(List.of(), List.of(new ThrottleWindow(1, 1_244_426_573_000L,
                1_244_473_792_000L, ThrottleWindow.TRACE)));
    }

    private static Map<String, String> rows(InspectorContent content) {
        return content.rows().stream().filter(r -> !r.section())
                .collect(Collectors.toMap(InspectorContent.Row::key, InspectorContent.Row::value, (a, b) -> a + "; " + b));
    }

    @Test
    void theHogWaitsRunnableThroughTheWindowAfterBeingPreempted() {
        TaskTrack hog = data.task(RT_HOG);
        int k = hog.indexAt(1_244_450_000_000L);
        Map<String, String> rows = rows(InspectorContent.ofTaskState(data.trace(), hog, k));
        assertEquals("runnable", rows.get("State"));
        assertEquals("for a CPU since it was preempted (or throttled)", rows.get("Waiting"));
        assertEquals("47.23 ms", rows.get("Duration"));
    }

    @Test
    void aReportListsItsFactsAndKeepsItsFramesForTheClipboard() {
        StackReport report = new StackReport(StackReport.SOFT_LOCKUP, "watchdog: BUG: soft lockup - CPU#1 stuck for 22s! [rt:123]",
                1_000_000_000L, 1, 123, "rt", 10, 20, new Backtrace(Backtrace.KERNEL,
                List.of(Frame.of("spin_loop", -1), Frame.of("do_work", -1)), 12), Map.of("Tainted", "G W"));
        InspectorContent content = InspectorContent.ofReport("kern.log", report);
        Map<String, String> rows = rows(content);
        assertEquals("rt-123", rows.get("Task"));
        assertEquals("kern.log:10–20", rows.get("Source"));
        assertEquals("G W", rows.get("Tainted"));
        assertTrue(content.asText().contains("spin_loop"));
    }

    @Test
    void theTooltipNamesTheThrottledWindowUnderTheMouse() {
        HitTester.Hit hit = new HitTester.Hit(3, Lane.cpu(1), 0, -1, -1, 1_244_450_000_000.0);
        String text = HoverText.of(data, hit);
        assertTrue(text.startsWith("1244.450000 s"), text);
        assertTrue(text.contains("RT throttled on CPU 1 for 47.22 ms"), text);
        HitTester.Hit task = new HitTester.Hit(8, Lane.task(RT_HOG), 0, data.task(RT_HOG).indexAt(1_244_450_000_000L), 1,
                1_244_450_000_000.0);
        assertTrue(HoverText.of(data, task).contains("runnable for 47.23 ms"), HoverText.of(data, task));
    }
}
