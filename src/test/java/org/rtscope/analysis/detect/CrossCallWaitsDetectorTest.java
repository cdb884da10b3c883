package org.rtscope.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.analysis.KernelLogFixture;
import org.rtscope.analysis.pattern.CaseView;
import org.rtscope.analysis.pattern.DetectorParams;
import org.rtscope.analysis.pattern.Hit;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Case;
import org.rtscope.model.Frame;
import org.rtscope.model.StackReport;

class CrossCallWaitsDetectorTest {
    private static final long S = 1_000_000_000L;

    private static List<Hit> detect(Case.Source source) {
        return new CrossCallWaitsDetector().detect(new CaseView(new Case(List.of(source)), AnalysisSettings.DEFAULTS),
                new DetectorParams(Map.of()));
    }

    private static StackReport lockup(int cpu, long time, String rip, String... frames) {
        return new StackReport(StackReport.SOFT_LOCKUP, "watchdog: BUG: soft lockup - CPU#" + cpu + " stuck for 22s!",
                time, cpu, 100 + cpu, "k", 1, 9, new Backtrace(Backtrace.KERNEL,
                List.of(frames).stream().map(f -> Frame.of(f, -1)).toList(), 3), Map.of("RIP", "0010:" + rip + "+0x1/0x2"));
    }

    @Test
    void twoCpusInCrossCallWaitsAreAWaitForCycle() {
        List<Hit> hits = detect(KernelLogFixture.source("dmesg", "", List.of(
                lockup(0, 100 * S, "smp_call_function_many_cond", "on_each_cpu_cond_mask", "flush_tlb_mm_range"),
                lockup(3, 104 * S, "csd_lock_wait", "smp_call_function_single", "text_poke_bp"))));
        assertEquals(2, hits.size());
        assertEquals("0,3", hits.get(0).values().get("waitingCpus"));
        assertEquals("smp_call_function_many_cond", hits.get(0).values().get("waitFunction"));
        assertEquals("csd_lock_wait", hits.get(1).values().get("waitFunction"));
    }

    @Test
    void oneCpuWaitingOrWaitsFarApartAreNot() {
        assertEquals(List.of(), detect(KernelLogFixture.source("dmesg", "", List.of(
                lockup(0, 100 * S, "smp_call_function_single", "x"),
                lockup(0, 126 * S, "smp_call_function_single", "x"),
                lockup(1, 100 * S, "native_queued_spin_lock_slowpath", "_raw_spin_lock")))));
        assertEquals(List.of(), detect(KernelLogFixture.source("dmesg", "", List.of(
                lockup(0, 100 * S, "smp_call_function_single", "x"),
                lockup(1, 900 * S, "csd_lock_wait", "y")))));
    }

    @Test
    void theIpiHandlerServingACallIsNotAWait() {
        assertEquals(List.of(), detect(KernelLogFixture.source("dmesg", "", List.of(
                lockup(0, 100 * S, "smp_call_function_single", "x"),
                lockup(1, 101 * S, "smp_call_function_single_interrupt", "y")))));
    }
}
