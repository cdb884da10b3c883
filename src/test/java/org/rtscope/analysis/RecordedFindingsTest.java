package org.rtscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtscope.TestData;
import org.rtscope.analysis.detect.Detectors;
import org.rtscope.analysis.pattern.PatternLibrary;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;

/**
 * The pattern engine against the ground truth of the real recordings (sample-traces/*&#47;README.md): the
 * acceptance of issue 4 for s1–s4, end to end through the importers (trace text, perf script, dmesg, gdb).
 */
class RecordedFindingsTest {
    private static final String INSTANCE = "ftrace_instance_trace.txt";
    private static final String REPORT = "trace-cmd_report.txt";
    private static final PatternLibrary BUILT_IN = PatternLibrary.builtInOnly(Detectors.byName());

    static Case.Source trace(String scenario, String file) {
        return CaseLoader.loadOne(TestData.trace(scenario, file), ImportMonitor.NONE);
    }

    static Case.Source dmesg(String scenario) {
        return trace(scenario, "dmesg_new_lines.txt");
    }

    static Case.Source gdb(String file) {
        return trace("s4_sigalrm_mutex_deadlock", file);
    }

    static CaseReport run(Case.Source... sources) {
        return CaseReport.run(new Case(List.of(sources)), AnalysisSettings.DEFAULTS, BUILT_IN);
    }

    private static List<Finding> of(CaseReport report, String pattern) {
        return report.findings().stream().filter(f -> f.pattern().equals(pattern)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {INSTANCE, REPORT})
    void s1IsAnRttimeKillOfPid26542RightAfterATickWithItsCallchainAndRunTime(String file) {
        CaseReport report = run(trace("s1_rttime_kill", file));
        Finding kill = report.findings().get(0);
        assertEquals("RTTIME_KILL", kill.pattern());
        assertEquals(Severity.ERROR, kill.severity());
        assertEquals(1211.9666, kill.start() / 1e9, 0.0001, "signal_generate on the trace clock");
        assertEquals(List.of(1), kill.cpus());
        assertEquals(List.of(new Finding.TaskRef(26542, 26542, "rttime_kill")), kill.tasks());
        String evidence = texts(kill);
        assertTrue(evidence.contains("signal_generate: sig=9 errno=0 code=128 comm=rttime_kill pid=26542"), evidence);
        assertTrue(evidence.contains("callchain: trace_event_raw_event_signal_generate ← __traceiter_signal_generate"
                + " ← __send_signal_locked ← posix_cpu_timers_work ← task_work_run"), evidence);
        assertTrue(evidence.contains("task-work path"), evidence);
        // ≈ 501.7 ms of RT run time after sched_setscheduler (500 ms limit + one 4 ms tick)
        assertTrue(kill.title().matches("RLIMIT_RTTIME killed rttime_kill \\(26542\\) after 501\\.[67] ms of RT run time"
                + " without blocking"), kill.title());
        assertTrue(kill.confidence() > 0.8, "kill path + run budget: " + kill.confidence());
        assertEquals(1, kill.count());
        assertTrue(of(report, "OOM_KILL").isEmpty());
        assertEquals(1, report.findings().size(), report.findings().toString());
    }

    @Test
    void s1PerfScriptAloneIsTheKillOnThePerfClockWithItsCallchain() {
        Finding kill = run(trace("s1_rttime_kill", "perf_script.txt")).findings().get(0);
        assertEquals("RTTIME_KILL", kill.pattern());
        assertEquals(1211.9324, kill.start() / 1e9, 0.0001, "perf clock = trace clock − 34.231 ms");
        assertEquals(26542, kill.tasks().get(0).tid());
        assertTrue(texts(kill).contains("__send_signal_locked ← posix_cpu_timers_work ← task_work_run"), texts(kill));
    }

    @Test
    void s1AllThreeRecordingsAsOneCaseAreOneKillAtTheTraceClockTime() {
        List<Case.Source> all = CaseLoader.load(List.of(TestData.trace("s1_rttime_kill", REPORT),
                TestData.trace("s1_rttime_kill", INSTANCE), TestData.trace("s1_rttime_kill", "perf_script.txt")),
                ImportMonitor.NONE).sources();
        CaseReport report = run(all.toArray(Case.Source[]::new));
        List<Finding> kills = of(report, "RTTIME_KILL");
        assertEquals(1, kills.size(), kills.toString());
        assertEquals(1211.9666, kills.get(0).start() / 1e9, 0.0001);
        assertTrue(kills.get(0).evidence().stream().anyMatch(e -> e.source().endsWith("perf_script.txt")));
        assertTrue(kills.get(0).title().contains("after 501.7 ms of RT run time"), kills.get(0).title());
        assertTrue(of(report, "OOM_KILL").isEmpty());
    }

    @Test
    void s1BothRecordingsAsOneCaseGiveOneKillOnTheLargerTracesClock() {
        CaseReport report = run(trace("s1_rttime_kill", INSTANCE), trace("s1_rttime_kill", REPORT));
        List<Finding> kills = of(report, "RTTIME_KILL");
        assertEquals(1, kills.size(), kills.toString());
        Finding kill = kills.get(0);
        assertEquals(1_211_966_607_000L, kill.start(), "trace-cmd report: 19 552 events, the primary trace");
        assertTrue(kill.evidence().stream().anyMatch(e -> e.source().endsWith(INSTANCE) && e.time() == 1_211_966_600_000L),
                "the instance's signal_generate joins as evidence");
        assertEquals(1, kill.count(), "one kill, seen by two recordings");
    }

    @ParameterizedTest
    @ValueSource(strings = {INSTANCE, REPORT})
    void s2IsRtThrottlingWithTheThreeGroundTruthWindowsAndNotTheFairServerPreemptions(String file) {
        CaseReport report = run(trace("s2_rt_throttling", file));
        assertWindows(report.throttleWindows(), ThrottleWindow.TRACE);
        Finding throttle = report.findings().get(0);
        assertEquals("RT_THROTTLE", throttle.pattern());
        assertEquals(Severity.WARNING, throttle.severity());
        assertEquals(3, throttle.count());
        assertEquals(List.of(1), throttle.cpus());
        assertEquals("rt_hog", throttle.tasks().get(0).comm());
        assertEquals(1244.426573, throttle.start() / 1e9, 0.001);
        assertEquals(1246.473796, throttle.end() / 1e9, 0.001);
        assertEquals(1, report.findings().size(), report.findings().toString());
    }

    @Test
    void s2WithItsDmesgHasTheThrottlingLineAsEvidenceAndNoExtraWindow() {
        CaseReport report = run(trace("s2_rt_throttling", REPORT), dmesg("s2_rt_throttling"));
        assertWindows(report.throttleWindows(), ThrottleWindow.TRACE);
        List<Finding> throttles = of(report, "RT_THROTTLE");
        assertEquals(1, throttles.size(), throttles.toString());
        Finding.Evidence line = throttles.get(0).evidence().stream()
                .filter(e -> e.source().endsWith("dmesg_new_lines.txt")).findFirst().orElseThrow();
        assertEquals(1, line.line());
        assertEquals(1_244_392_351_000L, line.time());
        assertEquals("sched: RT throttling activated", line.text());
        assertTrue(throttles.get(0).confidence() > 0.95, "gaps and the kernel's message: " + throttles.get(0).confidence());
    }

    @Test
    void s2DmesgAloneGivesAThrottlingFindingAndAWindowMarkedAsFromTheLog() {
        CaseReport report = run(dmesg("s2_rt_throttling"));
        Finding throttle = report.findings().get(0);
        assertEquals("RT_THROTTLE", throttle.pattern());
        assertEquals("RT throttling activated: RT tasks used their whole bandwidth", throttle.title());
        assertEquals(List.of(new ThrottleWindow(-1, 1_244_392_351_000L, 1_244_442_351_000L, ThrottleWindow.LOG)),
                report.throttleWindows());
    }

    @ParameterizedTest
    @ValueSource(strings = {INSTANCE, REPORT})
    void s3TimerLoadIsHealthy(String file) {
        CaseReport report = run(trace("s3_timer_load", file));
        assertTrue(report.findings().stream().allMatch(f -> f.severity() == Severity.INFO), report.findings().toString());
        assertTrue(report.throttleWindows().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gdb_attach_bt.txt", "gdb_core_bt_full.txt"})
    void s4GdbBacktraceIsASignalHandlerDeadlockNamingHandlerLockAndInterruptedCode(String file) {
        CaseReport report = run(gdb(file));
        Finding deadlock = report.findings().get(0);
        assertEquals("SIGNAL_HANDLER_DEADLOCK", deadlock.pattern());
        assertEquals("on_alarm (SIGALRM) waits in pthread_mutex_lock for stats_lock, held by the update_stats it"
                + " interrupted (LWP 28831)", deadlock.title());
        assertTrue(deadlock.explanation().contains("on_alarm called pthread_mutex_lock for stats_lock"),
                deadlock.explanation());
        assertEquals(28831, deadlock.tasks().get(0).tid());
        String evidence = texts(deadlock);
        assertTrue(evidence.contains("lock wait in the handler: futex_wait ← __lll_lock_wait ← lll_mutex_lock_optimized"
                + " ← ___pthread_mutex_lock ← on_alarm"), evidence);
        assertTrue(evidence.contains("interrupted code (may hold the lock): <signal handler called> ← update_stats"),
                evidence);
        assertEquals(1, report.findings().size(), report.findings().toString());
    }

    @Test
    void s4GdbWithTheTraceAddsTheThreadsLastSleepAfterTheHandler() {
        CaseReport report = run(trace("s4_sigalrm_mutex_deadlock", INSTANCE), gdb("gdb_attach_bt.txt"));
        Finding deadlock = of(report, "SIGNAL_HANDLER_DEADLOCK").get(0);
        String evidence = texts(deadlock);
        assertTrue(evidence.contains("signal_deliver: sig=14"), evidence);
        assertTrue(evidence.contains("1374.206752: sched_switch: prev_comm=sigalrm_deadloc prev_pid=28831 prev_prio=120"
                + " prev_state=S"), evidence);
        assertTrue(deadlock.confidence() > 0.85, String.valueOf(deadlock.confidence()));
    }

    @ParameterizedTest
    @ValueSource(strings = {INSTANCE, REPORT})
    void s4TraceAloneNamesNoFailure(String file) {
        assertTrue(run(trace("s4_sigalrm_mutex_deadlock", file)).findings().isEmpty());
    }

    private static void assertWindows(List<ThrottleWindow> windows, String origin) {
        double[][] truth = {{1244.426573, 1244.473792}, {1245.422544, 1245.473801}, {1246.426561, 1246.473796}};
        assertEquals(3, windows.size(), windows.toString());
        for (int i = 0; i < truth.length; i++) {
            ThrottleWindow w = windows.get(i);
            assertEquals(1, w.cpu());
            assertEquals(truth[i][0], w.start() / 1e9, 0.001, "start of window " + (i + 1));
            assertEquals(truth[i][1], w.end() / 1e9, 0.001, "end of window " + (i + 1));
            assertEquals(origin, w.origin());
        }
    }

    private static String texts(Finding finding) {
        List<String> lines = new ArrayList<>();
        finding.evidence().forEach(e -> lines.add(e.text()));
        return String.join("\n", lines);
    }

    @Test
    void noFindingOnAnEmptyCase() {
        assertFalse(run().findings().iterator().hasNext());
    }
}
