package org.rtscope.analysis.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtscope.TestData;
import org.rtscope.analysis.AnalysisSettings;
import org.rtscope.analysis.TestTraces;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Trace;

class KillAttributionTest {
    private static final Set<Integer> FATAL = Set.of(9, 24);

    private static List<KillAttribution.Kill> kills(Trace trace) {
        return KillAttribution.of(trace, FATAL, RtRunBudget.of(trace, TaskSlices.of(trace), AnalysisSettings.DEFAULTS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftrace_instance_trace.txt", "trace-cmd_report.txt", "trace.dat"})
    void s1KillIsSentOnTheTaskWorkPathInTheVictimsOwnContext(String file) {
        Trace trace = CaseLoader.loadOne(TestData.trace("s1_rttime_kill", file), ImportMonitor.NONE).trace();
        List<KillAttribution.Kill> kills = kills(trace);
        assertEquals(1, kills.size(), "SIGSEGVs and SIGCHLDs of the recording are not kernel kills: " + kills);
        KillAttribution.Kill kill = kills.get(0);
        assertEquals(1_211_966_600_000L, kill.time(), 10_000);
        assertEquals(9, kill.signal());
        assertEquals(26542, kill.victimTid());
        assertEquals(26542, kill.senderTid());
        assertEquals("rttime_kill", kill.victimComm());
        assertEquals(KillAttribution.Path.TASK_WORK, kill.path());
        assertFalse(kill.inHardIrq(), "task context (flags d..1.), not the tick");
        assertEquals(Boolean.TRUE, kill.victimRealtime());
        assertEquals(501.7, kill.rtRunNanos() / 1e6, 0.5);
    }

    @Test
    void pathsFromTheCallchain() {
        Trace trace = new TestTraces().cpus(1).comm(10, "victim").comm(20, "posixcputmr/0")
                .signal(100, 0, 10, 9, 128, 10, "__send_signal", "__group_send_sig_info", "run_posix_cpu_timers",
                        "update_process_times", "tick_sched_handle.isra.12", "hrtimer_interrupt")
                .signal(200, 0, 10, 9, 128, 10, "__send_signal_locked", "posix_cpu_timers_work", "task_work_run")
                .signal(300, 0, 10, 9, 128, 10, "__send_signal", "do_send_sig_info", "__oom_kill_process",
                        "oom_kill_process", "out_of_memory")
                .signal(400, 0, 20, 24, 128, 10)
                .signal(500, 0, 10, 9, 128, 10)
                .signal(600, 0, 10, 9, 128, 10, "__send_signal", "do_send_specific", "do_tkill")
                .signal(700, 0, 30, 9, 0, 10, "__send_signal", "kill_pid_info")
                .builder.build();
        List<KillAttribution.Path> paths = kills(trace).stream().map(KillAttribution.Kill::path).toList();
        assertEquals(List.of(KillAttribution.Path.TICK, KillAttribution.Path.TASK_WORK, KillAttribution.Path.OOM,
                KillAttribution.Path.TIMER_THREAD, KillAttribution.Path.UNKNOWN, KillAttribution.Path.OTHER), paths,
                "the kill(2) with code=0 is not a kernel kill");
        assertTrue(kills(trace).stream().allMatch(k -> k.rtRunNanos() == -1), "no scheduling events, no run time");
    }
}
