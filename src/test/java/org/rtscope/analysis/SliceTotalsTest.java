package org.rtscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rtscope.TestData;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.Task;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

/**
 * The per-task on-CPU time and per-CPU RT time summed while the slices are derived equal what adding up
 * the finished slices gives ({@link RtOccupancy} over the whole trace, and every slice of each task).
 */
class SliceTotalsTest {

    @Test
    void aTaskRunsForTheSumOfItsSlicesOnEveryCpu() {
        Trace trace = new TestTraces().cpus(2)
                .sw(0, 0, 0, 120, 10, 120)
                .sw(300, 0, 10, 120, TaskState.SLEEPING, 20, 120)
                .sw(400, 0, 20, 120, TaskState.SLEEPING, 0, 120)
                .sw(500, 1, 0, 120, 10, 120)
                .sw(750, 1, 10, 120, TaskState.SLEEPING, 0, 120)
                .localTimer(1000, 0, 0)
                .builder.build();
        assertEquals(300 + 250, trace.tasks().get(10).onCpuNanos());
        assertEquals(100, trace.tasks().get(20).onCpuNanos());
    }

    @Test
    void aCpusRtTimeCountsRtSlicesToTheTraceEnd() {
        // FIFO 50 (kernel prio 49) from 100 to 400, then fair, then an RT task still running at the end
        Trace trace = new TestTraces().cpus(1)
                .sw(100, 0, 0, 120, 10, 49)
                .sw(400, 0, 10, 49, TaskState.SLEEPING, 20, 120)
                .sw(600, 0, 20, 120, TaskState.SLEEPING, 30, 9)
                .localTimer(1000, 0, 30)
                .builder.build();
        assertEquals(300 + 400, trace.slices(0).rtNanos());
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
        "s1_rttime_kill, ftrace_instance_trace.txt",
        "s1_rttime_kill, trace-cmd_report.txt",
        "s2_rt_throttling, trace-cmd_report.txt",
        "s3_timer_load, ftrace_instance_trace.txt",
        "s4_sigalrm_mutex_deadlock, trace-cmd_report.txt"})
    void totalsEqualTheSumsOfTheSlicesOfARecording(String scenario, String file) throws IOException {
        Trace trace = CaseLoader.loadOne(TestData.trace(scenario, file), ImportMonitor.NONE).trace();
        RtOccupancy occupancy = new RtOccupancy(trace);
        Map<Integer, Long> bySlices = new HashMap<>();
        long rtSomewhere = 0;
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            CpuSlices slices = trace.slices(cpu);
            assertEquals(occupancy.rtNanos(cpu, trace.start(), trace.end()), slices.rtNanos(), "CPU " + cpu);
            rtSomewhere += slices.rtNanos();
            for (int k = 0; k < slices.size(); k++) {
                if (!slices.isIdle(k)) {
                    bySlices.merge(slices.tid(k), slices.end(k) - slices.start(k), Long::sum);
                }
            }
        }
        for (Task task : trace.tasks().all()) {
            assertEquals(bySlices.getOrDefault(task.tid(), 0L), task.onCpuNanos(), task.comm() + "-" + task.tid());
        }
        if (!scenario.startsWith("s3")) {
            assertTrue(rtSomewhere > 0, "the RT scenarios ran RT tasks");
        }
    }
}
