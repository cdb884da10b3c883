package org.rtscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtscope.TestData;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.EventKind;
import org.rtscope.model.Trace;

/**
 * The analyses against the ground truth of the real recordings (sample-traces/*&#47;README.md), on both
 * text forms of each recording: the tracefs instance ({@code cat trace}) and {@code trace-cmd report}.
 */
class RecordedTracesTest {
    private static final String INSTANCE = "ftrace_instance_trace.txt";
    private static final String REPORT = "trace-cmd_report.txt";

    private static Trace load(String scenario, String file) {
        Path path = TestData.trace(scenario, file);
        Trace trace = CaseLoader.loadOne(path, ImportMonitor.NONE).trace();
        assertNotNull(trace, path.toString());
        return trace;
    }

    private static CaseAnalysis analyze(String scenario, String file) {
        return CaseAnalyzer.analyze(CaseLoader.load(List.of(TestData.trace(scenario, file)), ImportMonitor.NONE));
    }

    /** Time of the first event of {@code kind} whose first argument is {@code tid}. */
    private static long firstEvent(Trace trace, EventKind kind, int tid) {
        for (int i = 0; i < trace.size(); i++) {
            if (trace.kind(i) == kind && trace.arg(i, 0) == tid) {
                return trace.ts(i);
            }
        }
        throw new AssertionError("no " + kind + " for " + tid);
    }

    private static TaskSummary task(CaseAnalysis analysis, int tid) {
        return analysis.tasks().stream().filter(t -> t.tid() == tid).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + tid));
    }

    @ParameterizedTest
    @ValueSource(strings = {INSTANCE, REPORT})
    void s2RtHogKeepsCpu1NinetyFivePercentBusyDuringItsRun(String file) {
        Trace trace = load("s2_rt_throttling", file);
        long exec = firstEvent(trace, EventKind.SCHED_PROCESS_EXEC, 26988);
        long exit = firstEvent(trace, EventKind.SCHED_PROCESS_EXIT, 26988);
        double busy = new RtOccupancy(trace).fraction(1, exec, exit);
        // three throttled windows of 47–52 ms in 3 s, plus 15 short preemptions by the fair server
        assertEquals(0.951, busy, 0.004, "RT busy on CPU 1 between exec and exit");
        assertEquals(0.0, new RtOccupancy(trace).fraction(0, exec, exit), 0.001, "nothing RT on CPU 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {INSTANCE, REPORT})
    void s2ListsTheHogAsTheOnlyUserRtTask(String file) {
        CaseAnalysis analysis = analyze("s2_rt_throttling", file);
        TaskSummary hog = task(analysis, 26988);
        assertEquals("rt_hog", hog.comm());
        assertEquals(SchedPolicy.RT, hog.policy());
        assertEquals(50, hog.rtPriority());
        assertEquals(26988, hog.pid());
        assertEquals(2.85, hog.onCpuNanos() / 1e9, 0.02, "3 s minus three ≈50 ms throttled windows");
        assertEquals(List.of("migration/0", "migration/1", "rt_hog"),
                analysis.realtimeTasks().stream().map(TaskSummary::comm).sorted().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {INSTANCE, REPORT})
    void s3CountsAbout1660LocalTimerInterruptsPerSecondPerCpuDuringTheWorkload(String file) {
        Trace trace = load("s3_timer_load", file);
        long exec = firstEvent(trace, EventKind.SCHED_PROCESS_EXEC, 28661);
        long exit = firstEvent(trace, EventKind.SCHED_PROCESS_EXIT, 28661);
        TimerInterrupts timers = TimerInterrupts.of(trace, exec, exit + 1);
        assertEquals(TimerSource.LOCAL_TIMER_ENTRY, timers.source());
        assertEquals(6673, timers.count(0) + timers.count(1), "ground truth of s3/README.md");
        double seconds = (exit - exec) / 1e9;
        assertEquals(1660, timers.count(0) / seconds, 60);
        assertEquals(1660, timers.count(1) / seconds, 60);
    }

    @ParameterizedTest
    @ValueSource(strings = {INSTANCE, REPORT})
    void s3HasNoRtLoad(String file) {
        CaseAnalysis analysis = analyze("s3_timer_load", file);
        for (CpuSummary cpu : analysis.cpus()) {
            assertTrue(cpu.rtBusyFraction() < 0.01, "CPU " + cpu.cpu() + ": " + cpu.rtBusyFraction());
        }
        for (int worker = 28662; worker <= 28665; worker++) {
            assertEquals(SchedPolicy.OTHER, task(analysis, worker).policy());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {INSTANCE, REPORT})
    void s1RttimeKillRunsAtRtPriority99ForAboutHalfASecond(String file) {
        CaseAnalysis analysis = analyze("s1_rttime_kill", file);
        TaskSummary victim = task(analysis, 26542);
        assertEquals("rttime_kill", victim.comm());
        assertEquals(SchedPolicy.RT, victim.policy());
        assertEquals(99, victim.rtPriority());
        assertEquals(0.502, victim.onCpuNanos() / 1e9, 0.01, "RLIMIT_RTTIME 500 ms + one tick");
    }

    @ParameterizedTest
    @ValueSource(strings = {INSTANCE, REPORT})
    void s4DeadlockedProcessNeverRunsAfterItsSwitchToSleep(String file) {
        Trace trace = load("s4_sigalrm_mutex_deadlock", file);
        long lastRun = 0;
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            CpuSlices slices = trace.slices(cpu);
            for (int k = 0; k < slices.size(); k++) {
                if (slices.tid(k) == 28831) {
                    lastRun = Math.max(lastRun, slices.end(k));
                }
            }
        }
        assertEquals(1_374_206_752_000L, lastRun, "the sched_switch prev_state=S of the deadlock");
        TaskSummary hung = task(CaseAnalyzer.analyze(new Case(List.of(
                CaseLoader.loadOne(TestData.trace("s4_sigalrm_mutex_deadlock", file), ImportMonitor.NONE)))), 28831);
        assertEquals("sigalrm_deadloc", hung.comm());
        assertEquals(SchedPolicy.OTHER, hung.policy());
        // as workload.sh and taskset from its fork at 1374.198869, then 1.7 ms as sigalrm_deadlock
        assertEquals(3.05e-3, hung.onCpuNanos() / 1e9, 0.1e-3);
    }
}
