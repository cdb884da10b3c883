package org.rtscope.ingest.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.TestData;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.Trace;

class CaseClockTest {

    @Test
    void twoRecordingsOfOneClockAreRecognisedAsSuch() {
        Case both = CaseLoader.load(List.of(TestData.trace("s1_rttime_kill", "trace-cmd_report.txt"),
                TestData.trace("s1_rttime_kill", "ftrace_instance_trace.txt")), ImportMonitor.NONE);
        Case.Source instance = both.sources().get(1);
        assertEquals(0, instance.trace().clockOffset());
        assertTrue(instance.report().warnings().stream().anyMatch(w -> w.message().startsWith("clock: same clock")));
    }

    @Test
    void aShiftedCopyIsMeasuredAndPutBack() {
        Trace reference = CaseLoader.loadOne(TestData.trace("s1_rttime_kill", "ftrace_instance_trace.txt"),
                ImportMonitor.NONE).trace();
        Trace perfLike = reference.shifted(-34_231_000);
        SharedEventOffset.Result result = SharedEventOffset.measure(reference, perfLike);
        assertNotNull(result);
        assertEquals(34_231_000, result.offsetNs());
        assertTrue(result.pairs() > 50, "pairs " + result.pairs());
    }

    @Test
    void unrelatedRecordingsShareNoEvents() {
        Trace s1 = CaseLoader.loadOne(TestData.trace("s1_rttime_kill", "ftrace_instance_trace.txt"),
                ImportMonitor.NONE).trace();
        Trace s3 = CaseLoader.loadOne(TestData.trace("s3_timer_load", "ftrace_instance_trace.txt"),
                ImportMonitor.NONE).trace();
        assertEquals(null, SharedEventOffset.measure(s1, s3));
    }
}
