package org.rtscope.analysis.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtscope.TestData;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.analysis.TestTraces;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

class ThrottleGapsTest {
    private static final long MS = 1_000_000L;

    private static Trace load(String scenario, String file) {
        return CaseLoader.loadOne(TestData.trace(scenario, file), ImportMonitor.NONE).trace();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftrace_instance_trace.txt", "trace-cmd_report.txt", "trace.dat"})
    void s2HasTheThreeWindowsOfTheGroundTruthEndedByThePeriodTimer(String file) {
        List<ThrottleGaps.Gap> gaps = ThrottleGaps.of(load("s2_rt_throttling", file), AnalysisSettings.DEFAULTS);
        long[][] truth = {{1_244_426_573_000L, 1_244_473_792_000L}, {1_245_422_544_000L, 1_245_473_801_000L},
            {1_246_426_561_000L, 1_246_473_796_000L}};
        assertEquals(3, gaps.size(), gaps.toString());
        for (int i = 0; i < 3; i++) {
            ThrottleWindow w = gaps.get(i).window();
            assertEquals(1, w.cpu());
            assertEquals(truth[i][0], w.start(), MS, "start " + i);
            assertEquals(truth[i][1], w.end(), MS, "end " + i);
            assertEquals(26988, gaps.get(i).tid());
            assertEquals(49, gaps.get(i).prio());
            assertTrue(gaps.get(i).timerEvent() >= 0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftrace_instance_trace.txt", "trace-cmd_report.txt"})
    void s2FifteenShortFairServerPreemptionsAreNotWindows(String file) {
        Trace trace = load("s2_rt_throttling", file);
        CpuSlices cpu1 = trace.slices(1);
        List<Long> windows = ThrottleGaps.windows(trace, AnalysisSettings.DEFAULTS).stream().map(ThrottleWindow::start)
                .toList();
        int shortGaps = 0;
        for (int k = 0; k + 1 < cpu1.size(); k++) {
            if (cpu1.tid(k) != 26988 || !TaskState.isRunnable(cpu1.endState(k))) {
                continue;
            }
            int j = k + 1;
            while (j < cpu1.size() && cpu1.tid(j) != 26988) {
                j++;
            }
            long gap = j < cpu1.size() ? cpu1.start(j) - cpu1.end(k) : Long.MAX_VALUE;
            if (gap < MS) {
                shortGaps++;
                assertTrue(gap >= 8_000 && gap <= 180_000, "0.008–0.18 ms: " + gap);
                assertTrue(!windows.contains(cpu1.end(k)));
            }
        }
        assertEquals(15, shortGaps, "s2/README.md: 1× migration/1, 14× SCHED_OTHER tasks of the fair server");
    }

    @ParameterizedTest
    @ValueSource(strings = {"s1_rttime_kill", "s3_timer_load", "s4_sigalrm_mutex_deadlock"})
    void theOtherRecordingsHaveNoThrottling(String scenario) {
        assertEquals(List.of(), ThrottleGaps.windows(load(scenario, "trace-cmd_report.txt"), AnalysisSettings.DEFAULTS));
    }

    @Test
    void aShortFairServerPreemptionIsNotAWindowEvenWithATimerNearby() {
        // RT task 100 preempted for 0.15 ms by fair task 200 (the v6.12+ fair server), period timer 10 ms later
        Trace trace = new TestTraces().cpus(1).comm(100, "hog").comm(200, "kworker/0:1")
                .sw(0, 0, 0, 120, 100, 49)
                .sw(500 * MS, 0, 100, 49, 200, 120)
                .sw(500 * MS + 150_000, 0, 200, 120, 100, 49)
                .hrtimer(510 * MS, 0, 100, "sched_rt_period_timer")
                .localTimer(600 * MS, 0, 100)
                .builder.build();
        assertEquals(List.of(), ThrottleGaps.of(trace, AnalysisSettings.DEFAULTS));
    }

    @Test
    void aGapWithoutThePeriodTimerIsNotThrottlingWhenTheTraceRecordsHrtimers() {
        // 50 ms with a fair task, but no sched_rt_period_timer: the fair server's 50 ms slice, not throttling
        Trace trace = new TestTraces().cpus(1)
                .sw(0, 0, 0, 120, 100, 49)
                .sw(950 * MS, 0, 100, 49, 200, 120)
                .hrtimer(960 * MS, 0, 200, "dl_task_timer")
                .sw(1000 * MS, 0, 200, 120, 100, 49)
                .localTimer(1100 * MS, 0, 100)
                .builder.build();
        assertEquals(List.of(), ThrottleGaps.of(trace, AnalysisSettings.DEFAULTS));
    }

    @Test
    void withoutHrtimerEventsAGapOfTheThrottledShareAfterAFullBudgetCounts() {
        Trace trace = new TestTraces().cpus(1)
                .sw(0, 0, 0, 120, 100, 49)
                .sw(1950 * MS, 0, 100, 49, 0, 120)
                .sw(2000 * MS, 0, 0, 120, 100, 49)
                .localTimer(2100 * MS, 0, 100)
                .builder.build();
        assertEquals(List.of(new ThrottleWindow(0, 1950 * MS, 2000 * MS, ThrottleWindow.TRACE)),
                ThrottleGaps.windows(trace, AnalysisSettings.DEFAULTS));
    }

    @Test
    void theMigrationStopperDoesNotEndAWindow() {
        Trace trace = new TestTraces().cpus(1).comm(100, "hog").comm(18, "migration/0")
                .sw(0, 0, 0, 120, 100, 49)
                .sw(950 * MS, 0, 100, 49, 0, 120)
                .sw(970 * MS, 0, 0, 120, 18, 0)
                .sw(970 * MS + 20_000, 0, 18, 0, TaskState.SLEEPING, 0, 120)
                .hrtimer(1000 * MS, 0, 0, "sched_rt_period_timer/0x0")
                .sw(1000 * MS + 300_000, 0, 0, 120, 100, 49)
                .localTimer(1100 * MS, 0, 100)
                .builder.build();
        assertEquals(List.of(new ThrottleWindow(0, 950 * MS, 1000 * MS, ThrottleWindow.TRACE)),
                ThrottleGaps.windows(trace, AnalysisSettings.DEFAULTS));
    }

    @Test
    void noWindowsWhenThrottlingIsDisabled() {
        assertEquals(List.of(), ThrottleGaps.of(load("s2_rt_throttling", "trace-cmd_report.txt"),
                AnalysisSettings.ofMicros(1_000_000, -1)));
    }

}
