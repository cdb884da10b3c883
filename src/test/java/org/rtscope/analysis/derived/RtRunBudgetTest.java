package org.rtscope.analysis.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtscope.TestData;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.analysis.TestTraces;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

class RtRunBudgetTest {
    private static final long MS = 1_000_000L;

    private static RtRunBudget budget(Trace trace) {
        return RtRunBudget.of(trace, TaskSlices.of(trace), AnalysisSettings.DEFAULTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftrace_instance_trace.txt", "trace-cmd_report.txt", "trace.dat"})
    void s1VictimRan501Point7MsAtRtPriorityWhenItWasKilled(String file) {
        Trace trace = CaseLoader.loadOne(TestData.trace("s1_rttime_kill", file), ImportMonitor.NONE).trace();
        RtRunBudget budget = budget(trace);
        // SIGKILL at 1211.9666; the task became SCHED_RR at 1211.4649 (sched_rt_period_timer re-armed there)
        assertEquals(501.7, budget.onCpuSinceLastBlock(26542, 1_211_966_600_000L) / 1e6, 0.5);
        RtRunBudget.Run run = budget.runs(26542).get(0);
        assertEquals(1_211_464_914_000L, run.start(), 1000);
        assertEquals(1, run.cpu());
        assertFalse(run.endedBlocked(), "it exited (prev_state=Z), it did not block");
    }

    @Test
    void preemptionKeepsCountingAndSleepingResets() {
        Trace trace = new TestTraces().cpus(1)
                .sw(0, 0, 0, 120, 100, 49)
                .sw(100 * MS, 0, 100, 49, 200, 120)             // preempted (R): no reset
                .sw(110 * MS, 0, 200, 120, 100, 49)
                .sw(160 * MS, 0, 100, 49, TaskState.SLEEPING, 0, 120)  // blocks: the run ends
                .sw(200 * MS, 0, 0, 120, 100, 49)
                .localTimer(230 * MS, 0, 100)
                .builder.build();
        RtRunBudget budget = budget(trace);
        List<RtRunBudget.Run> runs = budget.runs(100);
        assertEquals(2, runs.size());
        assertEquals(150 * MS, runs.get(0).onCpuNanos(), "100 ms + 50 ms across the preemption");
        assertTrue(runs.get(0).endedBlocked());
        assertEquals(30 * MS, runs.get(1).onCpuNanos());
        assertEquals(120 * MS, budget.onCpuSinceLastBlock(100, 130 * MS));
        assertEquals(0, budget.onCpuSinceLastBlock(100, 180 * MS), "asleep: no run in progress");
        assertEquals(List.of(), budget.runs(200), "fair tasks have no RT budget");
    }

    @Test
    void aTaskThatTurnsRtInsideASliceCountsFromWhenThePeriodTimerReArmed() {
        Trace trace = new TestTraces().cpus(1)
                .localTimer(0, 0, 0)
                .sw(1500 * MS, 0, 0, 120, 100, 120)
                .hrtimer(1600 * MS, 0, 100, "sched_rt_period_timer")
                .sw(1800 * MS, 0, 100, 0, TaskState.SLEEPING, 0, 120)
                .localTimer(1900 * MS, 0, 0)
                .builder.build();
        RtRunBudget.Run run = budget(trace).runs(100).get(0);
        assertEquals(1600 * MS, run.start());
        assertEquals(200 * MS, run.onCpuNanos());
    }

    @Test
    void withoutEnoughTraceBeforeTheTimerTheWholeSliceCounts() {
        Trace trace = new TestTraces().cpus(1)
                .sw(1500 * MS, 0, 0, 120, 100, 120)
                .hrtimer(1600 * MS, 0, 100, "sched_rt_period_timer")
                .sw(1800 * MS, 0, 100, 0, TaskState.SLEEPING, 0, 120)
                .localTimer(1900 * MS, 0, 0)
                .builder.build();
        assertEquals(300 * MS, budget(trace).runs(100).get(0).onCpuNanos(), "an upper bound when the start is unknown");
    }
}
