package org.rtscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rtscope.TestData;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.Task;
import org.rtscope.model.Trace;

/** What the inspector says about the real s2 recording (RT throttling of rt_hog on CPU 1). */
class InspectorContentTest {
    private static Trace trace;

    @BeforeAll
    static void load() {
        trace = CaseLoader.load(List.of(TestData.trace("s2_rt_throttling", "trace-cmd_report.txt")), ImportMonitor.NONE)
                .primary().trace();
    }

    private static Map<String, String> rows(InspectorContent content) {
        return content.rows().stream().filter(r -> !r.section())
                .collect(Collectors.toMap(InspectorContent.Row::key, InspectorContent.Row::value, (a, b) -> a + "; " + b));
    }

    @Test
    void theSliceBeforeTheFirstThrottlingWindowEndsRunnable() {
        CpuSlices cpu1 = trace.slices(1);
        // the hog is switched out at 1244.426573 with prev_state=R: throttled, not blocked
        int k = cpu1.indexAt(1_244_426_000_000L);
        InspectorContent content = InspectorContent.ofSlice(trace, 1, k);
        Map<String, String> rows = rows(content);
        assertEquals("rt_hog", rows.get("Task"));
        assertEquals("26988", rows.get("TID"));
        assertEquals("RT (SCHED_FIFO/RR) prio 50 (kernel 49)", rows.get("Class"));
        assertTrue(rows.get("End").startsWith("1244.426573000 s"), rows.get("End"));
        assertTrue(rows.get("Ended").startsWith("R"), rows.get("Ended"));
        assertEquals("rt_hog-26988 on CPU 1", content.title());
    }

    @Test
    void theThrottlingWindowIsMostlyIdle() {
        int k = trace.slices(1).indexAt(1_244_440_000_000L);
        Map<String, String> rows = rows(InspectorContent.ofSlice(trace, 1, k));
        assertEquals("idle (swapper/1)", rows.get("Task"));
        assertTrue(rows.get("Start").startsWith("1244.426573000 s"), rows.get("Start"));
    }

    @Test
    void theSliceInWhichTheHogBecameRealtimeSaysSo() {
        int k = trace.slices(1).indexAt(1_244_000_000_000L);
        Map<String, String> rows = rows(InspectorContent.ofSlice(trace, 1, k));
        assertEquals("rt_hog", rows.get("Task"));
        assertEquals("RT (SCHED_FIFO/RR) prio 50 (kernel 49)", rows.get("Class"));
        assertEquals("kernel 120 at start → 49 at end", rows.get("Priority change"));
    }

    @Test
    void eventsShowFieldsFlagsAndSourceLine() {
        int i = trace.firstAtOrAfter(1_244_426_573_000L);
        while (!trace.eventName(i).equals("sched_switch")) {
            i++;
        }
        InspectorContent content = InspectorContent.ofEvent(trace, "trace-cmd_report.txt", i);
        Map<String, String> rows = rows(content);
        assertEquals("rt_hog", rows.get("prev_comm"));
        assertEquals("R", rows.get("prev_state"));
        assertEquals("49", rows.get("prev_prio"));
        assertEquals("trace-cmd_report.txt:" + trace.line(i), rows.get("Source"));
        assertTrue(content.asText().contains("sched_switch on CPU 1"));
    }

    @Test
    void eventsWithAStackListItsFrames() {
        Trace s1 = CaseLoader.load(List.of(TestData.trace("s1_rttime_kill", "trace-cmd_report.txt")), ImportMonitor.NONE)
                .primary().trace();
        int i = 0;
        while (i < s1.size() && (s1.stack(i) == null || !s1.eventName(i).equals("signal_generate"))) {
            i++;
        }
        InspectorContent content = InspectorContent.ofEvent(s1, "trace-cmd_report.txt", i);
        assertEquals(s1.stack(i).frames().size(), content.frames().size());
        assertTrue(content.frames().stream().anyMatch(f -> f.contains("send_signal")), content.frames().toString());
        assertTrue(content.asText().contains("Stack"));
    }

    @Test
    void describesEverySchedulingClass() {
        assertEquals("RT (SCHED_FIFO/RR) prio 99 (kernel 0)", InspectorContent.describeClass(0));
        assertEquals("normal (SCHED_OTHER/BATCH/IDLE) nice -5 (kernel 115)", InspectorContent.describeClass(115));
        assertEquals("deadline (SCHED_DEADLINE) (kernel -1)", InspectorContent.describeClass(-1));
        assertEquals("unknown (no priority logged)", InspectorContent.describeClass(Task.NO_PRIO));
    }
}
