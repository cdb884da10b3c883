package org.rtscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtscope.TestData;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;

/**
 * The run slices of the real RT-throttling recording must show what happened (traces/README.md §2):
 * SCHED_FIFO 50 {@code rt_hog} (tid 26988, kernel prio 49) owns CPU 1 except for three throttled
 * windows of ≈ 50 ms, one per second, each starting when it is switched out still runnable.
 */
class RtThrottlingSlicesTest {
    private static final int RT_HOG = 26988;
    private static final double[][] WINDOWS = {{1244.426573, 47.2}, {1245.422544, 51.3}, {1246.426561, 47.2}};

    @ParameterizedTest
    @ValueSource(strings = {"trace-cmd_report.txt", "ftrace_instance_trace.txt"})
    void rtHogRunsOnCpu1WithThreeThrottleGaps(String file) {
        Trace trace = CaseLoader.loadOne(TestData.trace("s2_rt_throttling", file), ImportMonitor.NONE).trace();
        Task hog = trace.tasks().get(RT_HOG);
        assertEquals("rt_hog", hog.comm());
        assertEquals(49, hog.bestPrio());
        assertEquals(SchedClass.RT, SchedClass.ofKernelPrio(hog.bestPrio()));

        CpuSlices cpu1 = trace.slices(1);
        List<long[]> gaps = new ArrayList<>();
        long lastEnd = -1;
        int lastState = TaskState.UNKNOWN;
        long onCpu = 0;
        for (int k = 0; k < cpu1.size(); k++) {
            // before its sched_setscheduler() call the hog runs as a normal task (prio 120)
            if (cpu1.tid(k) != RT_HOG || cpu1.prio(k) != 49) {
                continue;
            }
            onCpu += cpu1.end(k) - cpu1.start(k);
            if (lastEnd >= 0 && cpu1.start(k) - lastEnd > 10_000_000L) {
                assertTrue(TaskState.isRunnable(lastState), "switched out runnable before a throttle gap");
                gaps.add(new long[] {lastEnd, cpu1.start(k)});
            }
            lastEnd = cpu1.end(k);
            lastState = cpu1.endState(k);
        }
        assertEquals(WINDOWS.length, gaps.size(), "throttle gaps");
        for (int g = 0; g < WINDOWS.length; g++) {
            double start = gaps.get(g)[0] / 1e9;
            double lengthMs = (gaps.get(g)[1] - gaps.get(g)[0]) / 1e6;
            assertEquals(WINDOWS[g][0], start, 0.00002, "gap " + g + " start");
            assertEquals(WINDOWS[g][1], lengthMs, 0.5, "gap " + g + " length");
        }
        // 3 s of run time minus ≈ 3 × 50 ms of throttling
        assertEquals(2.85, onCpu / 1e9, 0.06);
        assertTrue(trace.slices(0).size() > 100);
    }
}
