package org.rtscope.analysis.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtscope.TestData;
import org.rtscope.analysis.TestTraces;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Trace;

class IrqSlicesTest {
    @Test
    void pairsNestedEntriesPerCpuAndKind() {
        Trace trace = new TestTraces().cpus(1)
                .localTimer(1000, 0, 5)
                .hrtimer(1100, 0, 5, "tick_nohz_handler")
                .hrtimerExit(1400, 0, 5)
                .localTimerExit(2_001_000, 0, 5)
                .softirq(3_000_000, 3_500_000, 0, 5, 7)
                .builder.build();
        List<IrqSlices.Slice> all = IrqSlices.atLeast(trace, 0);
        assertEquals(3, all.size());
        assertEquals(IrqSlices.Kind.LOCAL_TIMER, all.get(0).kind());
        assertEquals(2_000_000, all.get(0).nanos());
        assertEquals("SCHED softirq", all.get(1).name());
        assertEquals("tick_nohz_handler", all.get(2).name());
        assertEquals(1, IrqSlices.atLeast(trace, 1_000_000).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"s1_rttime_kill", "s2_rt_throttling", "s3_timer_load", "s4_sigalrm_mutex_deadlock"})
    void noInterruptWorkInTheRecordingsLastsAMillisecond(String scenario) {
        Trace trace = CaseLoader.loadOne(TestData.trace(scenario, "trace-cmd_report.txt"), ImportMonitor.NONE).trace();
        assertEquals(List.of(), IrqSlices.atLeast(trace, 1_000_000));
    }
}
