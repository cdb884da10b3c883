package org.rtscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rtscope.TestData;
import org.rtscope.analysis.detect.Detectors;
import org.rtscope.analysis.pattern.PatternLibrary;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;

/**
 * The five seed stories (sample-traces/seed*, built from the lines quoted in the seed articles) yield their
 * catalog pattern as the top finding, read end to end with the importers (perf script, syslog, dmesg,
 * crash, gdb).
 */
class SeedFindingsTest {
    private static final PatternLibrary BUILT_IN = PatternLibrary.builtInOnly(Detectors.byName());

    private static CaseReport run(String seed, String... files) {
        List<Path> paths = Stream.of(files).map(f -> TestData.traces().resolve(seed).resolve(f)).toList();
        return CaseReport.run(CaseLoader.load(paths, ImportMonitor.NONE), AnalysisSettings.DEFAULTS, BUILT_IN);
    }

    private static Finding find(CaseReport report, String pattern) {
        return report.findings().stream().filter(f -> f.pattern().equals(pattern)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + pattern + " in " + report.findings()));
    }

    private static String evidence(Finding finding) {
        return String.join("\n", finding.evidence().stream().map(Finding.Evidence::text).toList());
    }

    @Test
    void story1PerfScriptAndSyslogAreAnRttimeKillThroughTheTick() {
        CaseReport report = run("seed1_pulseaudio_rttime", "perf_script.txt", "syslog");
        Finding kill = report.findings().get(0);
        assertEquals("RTTIME_KILL", kill.pattern());
        assertEquals("RLIMIT_RTTIME: kernel SIGKILL to alsa-sink-ALC32 (12510) from the POSIX CPU-timer watchdog",
                kill.title());
        assertEquals(24535.773432, kill.start() / 1e9, 1e-6);
        assertEquals(List.of(new Finding.TaskRef(-1, 12510, "alsa-sink-ALC32")), kill.tasks());
        String text = evidence(kill);
        assertTrue(text.contains("tick path (run_posix_cpu_timers in the timer interrupt)"), text);
        assertTrue(text.contains("callchain: __send_signal ← __send_signal ← run_posix_cpu_timers ← scheduler_tick"), text);
        assertTrue(text.contains("pulseaudio.service: Main process exited, code=killed, status=9/KILL"), text);
        assertTrue(text.contains("Successfully made thread 12510 of process 12497"), text);
        assertTrue(report.findings().stream().noneMatch(f -> f.pattern().equals("OOM_KILL")));
    }

    @Test
    void story2PreemptRtDmesgIsSchedulingWhileAtomicFromASleepingSpinlock() {
        CaseReport report = run("seed2_preempt_rt_sched_atomic", "dmesg.txt");
        Finding bug = report.findings().get(0);
        assertEquals("SCHED_WHILE_ATOMIC", bug.pattern());
        assertEquals("BUG: scheduling while atomic in __percpu_up_read", bug.title());
        assertEquals(2, bug.count(), "ps at 389398 s and grep at 395555 s: one failure, two reports");
        assertNotNull(bug.cause());
        assertTrue(bug.cause().startsWith("PREEMPT_RT sleeping spinlock"), bug.cause());
        assertEquals(389398.804459, bug.start() / 1e9, 1e-6);
        assertEquals(395555.924872, bug.end() / 1e9, 1e-6);
    }

    @Test
    void story3DmesgAndCrashAreAnRcuStallCausedByAnRtHog() {
        CaseReport report = run("seed3_rt_hog_rcu_stall", "dmesg_T.txt", "crash_bt.txt");
        Finding stall = report.findings().get(0);
        assertEquals("RCU_STALL", stall.pattern());
        assertEquals(2, stall.count());
        assertTrue(stall.cause().contains("user-space task"), stall.cause());
        Finding hog = find(report, "RT_HOG_UNTHROTTLED");
        assertEquals(Severity.CRITICAL, hog.severity());
        assertEquals("CPU 0 stalled while user task surfaceflinger (14524) ran: RT hog suspected", hog.title());
        assertTrue(evidence(hog).contains("PID: 28531  TASK: ffff9e7b867696c0  CPU: 12  COMMAND: \"surfaceflinger\""),
                evidence(hog));
        assertEquals(1, report.findings().indexOf(hog), report.findings().toString());
    }

    @Test
    void story4KernLogIsSoftLockupsOnTwoCpusWaitingForEachOthersCrossCalls() {
        CaseReport report = run("seed4_xcall_soft_lockup", "kern.log");
        Finding lockup = report.findings().get(0);
        assertEquals("SOFT_LOCKUP", lockup.pattern());
        assertEquals("BUG: soft lockup in ack_wait", lockup.title());
        assertEquals(3, lockup.count());
        assertEquals(List.of(0, 1), lockup.cpus());
        Finding xcall = report.findings().get(1);
        assertEquals("XCALL_IRQSOFF_DEADLOCK", xcall.pattern());
        assertEquals("CPUs 0,1 wait for each other's cross-CPU calls (dtrace_xcall2)", xcall.title());
        assertEquals(List.of(0, 1), xcall.cpus());
    }

    @Test
    void story5GdbIsASignalHandlerDeadlockInTheTimerBookkeeping() {
        CaseReport report = run("seed5_sigalrm_deadlock", "gdb_bt.txt");
        Finding deadlock = report.findings().get(0);
        assertEquals("SIGNAL_HANDLER_DEADLOCK", deadlock.pattern());
        assertEquals("sig_timer_handler (SIGALRM) waits in pthread_mutex_lock for timers_lock, held by the"
                + " do_timer_bookkeeping it interrupted (LWP 2418)", deadlock.title());
        assertEquals(1, report.findings().size(), "thread 3 waits for the same lock, but not under a signal frame");
    }
}
