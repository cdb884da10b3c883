package org.rtscope.analysis.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.TestData;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.analysis.TestTraces;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Trace;

class RtPeriodsTest {
    @Test
    void s2PeriodsFollowTheKernelsGridAndSitAtTheBudget() {
        Trace trace = CaseLoader.loadOne(TestData.trace("s2_rt_throttling", "trace-cmd_report.txt"),
                ImportMonitor.NONE).trace();
        assertEquals(1_243_473_794_000L, RtPeriods.anchor(trace), "first sched_rt_period_timer");
        List<RtPeriods.Period> periods = RtPeriods.of(trace, 1, AnalysisSettings.DEFAULTS);
        List<RtPeriods.Period> full = periods.stream().filter(p -> !p.partial() && p.fraction() > 0.5).toList();
        assertEquals(3, full.size(), periods.toString());
        for (RtPeriods.Period p : full) {
            assertEquals(0.95, p.fraction(), 0.004, "950 ms of every second: " + p);
        }
        assertTrue(periods.get(0).partial());
        assertTrue(periods.get(periods.size() - 1).partial());
    }

    @Test
    void aShorterPeriodSettingMakesAFinerGrid() {
        Trace trace = new TestTraces().cpus(1)
                .sw(0, 0, 0, 120, 100, 49)
                .sw(150_000_000, 0, 100, 49, 0, 120)
                .localTimer(400_000_000, 0, 0)
                .builder.build();
        List<RtPeriods.Period> periods = RtPeriods.of(trace, 0, AnalysisSettings.ofMicros(100_000, 95_000));
        assertEquals(4, periods.size());
        assertEquals(1.0, periods.get(0).fraction(), 1e-9);
        assertEquals(0.5, periods.get(1).fraction(), 1e-9);
        assertEquals(0.0, periods.get(3).fraction(), 1e-9);
        assertFalse(periods.get(0).partial());
    }
}
