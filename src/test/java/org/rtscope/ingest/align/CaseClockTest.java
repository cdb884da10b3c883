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

    /** The s1 incident as users have it: trace-cmd text, perf script and dmesg, opened together. */
    @Test
    void traceCmdPerfAndDmesgOfS1LineUpOnTheTraceClock() {
        Case s1 = CaseLoader.load(List.of(TestData.trace("s1_rttime_kill", "trace-cmd_report.txt"),
                TestData.trace("s1_rttime_kill", "perf_script.txt"),
                TestData.trace("s1_rttime_kill", "dmesg_after.txt")), ImportMonitor.NONE);
        Case.Source perf = s1.sources().get(1);
        Case.Source dmesg = s1.sources().get(2);
        // ftrace local − perf clock = +34.231 ms on this machine (traces/README.md); µs stamps round it
        assertEquals(34.231, perf.trace().clockOffset() / 1e6, 0.02);
        assertEquals(perf.trace().clockOffset(), dmesg.logs().clockOffset());
        // the SIGKILL of rttime_kill: 1211.932369 on the perf clock, 1211.966607 in trace-cmd's text
        Trace trace = perf.trace();
        int kill = -1;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.eventName(i).equals("signal_generate") && trace.arg(i, 0) == 9 && trace.arg(i, 2) == 26542) {
                kill = i;
            }
        }
        assertTrue(kill >= 0);
        assertEquals(1211.966607, trace.ts(kill) / 1e9, 0.00003);
        assertTrue(dmesg.report().warnings().stream().anyMatch(w -> w.message().contains("shares perf's clock")));
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
