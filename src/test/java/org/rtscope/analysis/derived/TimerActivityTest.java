package org.rtscope.analysis.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.TestData;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.EventKind;
import org.rtscope.model.Trace;

class TimerActivityTest {
    @Test
    void s3WorkersWakeThroughHrtimerWakeupWellAboveTheTickRate() {
        Trace trace = CaseLoader.loadOne(TestData.trace("s3_timer_load", "ftrace_instance_trace.txt"),
                ImportMonitor.NONE).trace();
        long exec = first(trace, EventKind.SCHED_PROCESS_EXEC, 28661);
        long exit = first(trace, EventKind.SCHED_PROCESS_EXIT, 28661);
        List<TimerActivity.Cpu> cpus = TimerActivity.of(trace, exec, exit + 1);
        assertEquals(6673, cpus.get(0).localTimers() + cpus.get(1).localTimers(), "ground truth of s3/README.md");
        for (TimerActivity.Cpu cpu : cpus) {
            assertEquals(1660, cpu.localTimersPerSecond(), 60);
            assertEquals("hrtimer_wakeup", cpu.topCallbacks().get(0).function());
        }
        long wakeups = cpus.stream().mapToLong(c -> c.topCallbacks().get(0).expiries()).sum();
        assertEquals(5853, wakeups, 5, "hrtimer_wakeup expiries in the workload window (README: 5 853)");
    }

    private static long first(Trace trace, EventKind kind, int tid) {
        for (int i = 0; i < trace.size(); i++) {
            if (trace.kind(i) == kind && trace.arg(i, 0) == tid) {
                return trace.ts(i);
            }
        }
        throw new AssertionError(kind + " " + tid);
    }
}
