package org.rtscope.analysis.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.TestData;
import org.rtscope.analysis.TestTraces;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

class StarvationTest {
    private static final long MS = 1_000_000L;

    @Test
    void aWokenTaskWaitsUntilItsNextSliceAndTheWaitSaysHowBusyItsCpuWas() {
        Trace trace = new TestTraces().cpus(1)
                .sw(0, 0, 0, 120, 100, 49)
                .wakeup(10 * MS, 0, 100, 200, 120)
                .sw(810 * MS, 0, 100, 49, TaskState.SLEEPING, 200, 120)
                .sw(820 * MS, 0, 200, 120, TaskState.SLEEPING, 0, 120)
                .localTimer(900 * MS, 0, 0)
                .builder.build();
        List<Starvation.Wait> waits = Starvation.of(trace, TaskSlices.of(trace), 100 * MS);
        assertEquals(1, waits.size(), waits.toString());
        Starvation.Wait w = waits.get(0);
        assertEquals(200, w.tid());
        assertEquals(10 * MS, w.since());
        assertEquals(810 * MS, w.until());
        assertTrue(w.ranAgain());
        assertEquals(1.0, w.cpuBusy(), 1e-9);
    }

    @Test
    void aPreemptedTaskIsRunnableUntilItRunsAgainAndShortWaitsAreDropped() {
        Trace trace = new TestTraces().cpus(1)
                .sw(0, 0, 0, 120, 200, 120)
                .sw(5 * MS, 0, 200, 120, 100, 49)          // preempted by RT task 100
                .sw(505 * MS, 0, 100, 49, TaskState.SLEEPING, 0, 120)
                .localTimer(600 * MS, 0, 0)
                .builder.build();
        List<Starvation.Wait> waits = Starvation.of(trace, TaskSlices.of(trace), 100 * MS);
        assertEquals(1, waits.size());
        assertEquals(595 * MS, waits.get(0).nanos(), "never ran again: waits until the trace end");
        assertEquals(500.0 / 595, waits.get(0).cpuBusy(), 1e-9);
        assertEquals(List.of(), Starvation.of(trace, TaskSlices.of(trace), 600 * MS));
    }

    @Test
    void s2KworkerWaitsBehindTheRtHog() {
        Trace trace = CaseLoader.loadOne(TestData.trace("s2_rt_throttling", "ftrace_instance_trace.txt"),
                ImportMonitor.NONE).trace();
        List<Starvation.Wait> busy = Starvation.of(trace, TaskSlices.of(trace), 500 * MS).stream()
                .filter(w -> w.cpuBusy() >= 0.9).toList();
        // kworker/1:0 woken at 1245.556 ran only when the third throttle window opened at 1246.4266
        assertTrue(busy.stream().anyMatch(w -> w.tid() == 7102 && Math.abs(w.until() - 1_246_426_620_000L) < MS),
                busy.toString());
    }

    @Test
    void theWaitsOfALargerMinimumAreTheLongerWaitsOfASmallerOne() {
        for (String recording : List.of("s2_rt_throttling", "s3_timer_load")) {
            Trace trace = CaseLoader.loadOne(TestData.trace(recording, "ftrace_instance_trace.txt"),
                    ImportMonitor.NONE).trace();
            TaskSlices slices = TaskSlices.of(trace);
            List<Starvation.Wait> floor = Starvation.of(trace, slices, 100 * MS);
            for (long min : new long[] {100 * MS, 250 * MS, 500 * MS, 1000 * MS}) {
                assertEquals(Starvation.of(trace, slices, min), floor.stream().filter(w -> w.nanos() >= min).toList(),
                        recording + " at " + min);
            }
            assertTrue(!floor.isEmpty() || recording.startsWith("s3"), recording + " has waits to compare");
        }
    }
}
