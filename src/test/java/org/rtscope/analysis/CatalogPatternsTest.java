package org.rtscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rtscope.analysis.detect.Detectors;
import org.rtscope.analysis.pattern.PatternLibrary;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

/**
 * Every catalog pattern recognised from its own evidence: the log lines CATALOG.md quotes as real (or its
 * documented formats), and hand-made traces of the shapes its "Trace evidence" sections describe.
 */
class CatalogPatternsTest {
    private static final PatternLibrary BUILT_IN = PatternLibrary.builtInOnly(Detectors.byName());
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    private static List<Finding> findings(Case.Source... sources) {
        return CaseReport.run(new Case(List.of(sources)), AnalysisSettings.DEFAULTS, BUILT_IN).findings();
    }

    private static Finding topOfLog(String log) {
        List<Finding> findings = findings(KernelLogFixture.source("dmesg.txt", log));
        assertTrue(!findings.isEmpty(), "no finding for\n" + log);
        return findings.get(0);
    }

    private static Finding topOfTrace(Trace trace) {
        List<Finding> findings = findings(new Case.Source(new SourceReport("trace.txt", SourceFormat.FTRACE), trace));
        assertTrue(!findings.isEmpty(), "no finding");
        return findings.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        RTTIME_KILL            | [ 3000.100000] RT Watchdog Timeout (hard): alsa-sink[523]
        RT_THROTTLE            | [ 1244.392351] sched: RT throttling activated
        DL_REPLENISH_LAG       | [  812.001233] sched: DL replenish lagged too much
        SOFT_LOCKUP            | [  721.016745][    C0] watchdog: BUG: soft lockup - CPU#0 stuck for 626s! [swapper:1]
        SOFT_LOCKUP            | [  100.000000] NMI watchdog: BUG: soft lockup - CPU#2 stuck for 23s! [kworker/2:1:25629]
        HARD_LOCKUP            | [  100.000000] NMI watchdog: Watchdog detected hard LOCKUP on cpu 1
        HARD_LOCKUP            | [  100.000000] watchdog: CPU3: Watchdog detected hard LOCKUP on cpu 2
        HARD_LOCKUP            | [  100.000000] Watchdog CPU:5 Hard LOCKUP
        RCU_STALL              | [  103.087243] rcu: INFO: rcu_sched detected stalls on CPUs/tasks:
        RCU_STALL              | [  100.000000] INFO: rcu_sched detected stalls on CPUs/tasks: { 11 25 26 27} (detected by 21, t=60002 jiffies, g=1, c=0, q=0)
        RCU_STALL              | [  100.000000] INFO: rcu_sched_state detected stall on CPU 0 (t=105060 jiffies)
        RCU_EXP_STALL          | [  100.000000] rcu: INFO: rcu_preempt detected expedited stalls on CPUs/tasks: { 0-... } 6 jiffies s: 545 root: 0x1/.
        RCU_GP_KTHREAD_STARVED | [  100.000000] rcu_sched kthread starved for 23807 jiffies! g7075 f0x0 RCU_GP_WAIT_FQS(3) ->state=0x1 ->cpu=5
        RCU_GP_KTHREAD_STARVED | [  100.000000] rcu: rcu_preempt kthread timer wakeup didn't happen for 4997 jiffies! g1 f0x0 RCU_GP_WAIT_FQS(5) ->state=0x402
        HUNG_TASK              | [  400.000000] INFO: task jbd2/sda1-8:312 blocked for more than 122 seconds.
        HUNG_TASK              | [  400.000000] Kernel panic - not syncing: hung_task: blocked tasks
        WQ_LOCKUP              | [  157.401342][    C0] BUG: workqueue lockup - pool cpus=0 node=0 flags=0x0 nice=0 stuck for 59s!
        CSD_LOCK_TIMEOUT       | [  100.000000] csd: Detected non-responsive CSD lock (#1) on CPU#3, waiting 5000000151 ns for CPU#02 flush_tlb_func+0x0/0x1e0(0x0).
        SCHED_WHILE_ATOMIC     | [  100.000000] BUG: scheduling while atomic: cras/2682/0x00000000
        SLEEP_IN_ATOMIC        | [  100.000000] BUG: sleeping function called from invalid context at kernel/locking/spinlock_rt.c:48
        HRTIMER_IRQ_SLOW       | [18284.216538] hrtimer: interrupt took 23434934 ns
        CLOCKSOURCE_UNSTABLE   | [  100.000000] clocksource: timekeeping watchdog on CPU1: Marking clocksource 'tsc' as unstable because the skew is too large:
        IRQ_NOBODY_CARED       | [  100.000000] irq 16: nobody cared (try booting with the "irqpoll" option)
        OBSERVER_NMI_OVERHEAD  | [  100.000000] perf: interrupt took too long (2503 > 2500), lowering kernel.perf_event_max_sample_rate to 79750
        OBSERVER_NMI_OVERHEAD  | [  100.000000] INFO: NMI handler (perf_event_nmi_handler) took too long to run: 1.234 msecs
        TIMERLAT_OSNOISE_HIT   | ## CPU 8 hit stop tracing, analyzing it ##
        SYSTEMD_WATCHDOG_KILL  | nov 20 12:16:10 cfdev02 systemd[1]: conntrackd.service: Watchdog timeout (limit 10s)!
        OOM_KILL               | [  100.000000] Out of memory: Killed process 4711 (java) total-vm:8123456kB, anon-rss:7012345kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:14000kB oom_score_adj:0
        OOM_KILL               | [  100.000000] Memory cgroup out of memory: Kill process 812 (stress) score 978 or sacrifice child
        """)
    void logLinesOfThePattern(String pattern, String line) {
        assertEquals(pattern, topOfLog(line).pattern());
    }

    @Test
    void schedulingWhileAtomicWithCountZeroNamesTheImbalance() {
        Finding f = topOfLog("[  100.000000] BUG: scheduling while atomic: cras/2682/0x00000000");
        assertTrue(f.cause().contains("lower than expected"), f.cause());
    }

    @Test
    void rttimeKillIsRuledOutByAnOomKill() {
        List<Finding> findings = findings(KernelLogFixture.source("syslog", String.join("\n",
                "Nov  3 19:39:40 box kernel: [ 9000.000000] Out of memory: Killed process 12497 (pulseaudio) total-vm:1kB",
                "Nov  3 19:39:41 box systemd[1]: pulseaudio.service: Main process exited, code=killed, status=9/KILL")));
        assertEquals(List.of("OOM_KILL"), findings.stream().map(Finding::pattern).toList());
    }

    @Test
    void aSystemdKillWithoutOomLinesSuspectsRttime() {
        Finding f = topOfLog("Nov  3 19:39:41 box systemd[1]: pulseaudio.service: Main process exited, code=killed,"
                + " status=9/KILL");
        assertEquals("RTTIME_KILL", f.pattern());
        assertEquals("pulseaudio.service was SIGKILLed with no OOM report: RLIMIT_RTTIME suspected", f.title());
        assertTrue(f.confidence() < 0.5, "a guess: " + f.confidence());
    }

    @Test
    void rtHogWithoutThrottlingGapsFromATrace() {
        TestTraces t = new TestTraces().cpus(2).comm(100, "hog").comm(7, "kworker/1:0");
        t.sw(0, 1, 0, 120, 100, 98).wakeup(100 * MS, 1, 100, 7, 120);
        for (long ms = 4; ms < 3500; ms += 4) {
            t.localTimer(ms * MS, 1, 100);
        }
        t.sw(3500 * MS, 1, 100, 98, TaskState.SLEEPING, 7, 120).localTimer(3600 * MS, 0, 0);
        Finding f = topOfTrace(t.builder.build());
        assertEquals("RT_HOG_UNTHROTTLED", f.pattern());
        assertEquals(List.of(1), f.cpus());
        assertTrue(f.title().startsWith("hog (100) held CPU 1 at RT priority for"), f.title());
        assertTrue(f.evidence().stream().anyMatch(e -> e.text().contains("kworker/1:0-7 runnable on CPU 1")),
                "the starved kworker is evidence");
    }

    @Test
    void priorityInheritanceBoostFromATrace() {
        Trace trace = new TestTraces().cpus(1).comm(300, "logger")
                .sw(0, 0, 0, 120, 300, 120)
                .piSetprio(10 * MS, 0, 300, 300, 120, 9)
                .piSetprio(25 * MS, 0, 300, 300, 9, 120)
                .localTimer(30 * MS, 0, 300)
                .builder.build();
        Finding f = topOfTrace(trace);
        assertEquals("PRIO_INVERSION", f.pattern());
        assertEquals("Priority inversion: logger (300) ran boosted to RT priority 90 for 15.0 ms holding a lock",
                f.title());
    }

    @Test
    void softLockupShapeFromATrace() {
        TestTraces t = new TestTraces().cpus(1).comm(50, "kworker/0:2");
        t.sw(0, 0, 0, 120, 50, 120);
        for (long s = 1; s < 25; s++) {
            t.localTimer(s * S, 0, 50);
        }
        Finding f = topOfTrace(t.localTimer(25 * S, 0, 50).builder.build());
        assertEquals("SOFT_LOCKUP", f.pattern());
        assertEquals("Soft lockup: CPU 0 ran kworker/0:2 (50) for 25 s without scheduling", f.title());
    }

    @Test
    void hardLockupShapeFromATrace() {
        Trace trace = new TestTraces().cpus(2).comm(60, "spinner")
                .sw(0, 1, 0, 120, 60, 120)
                .localTimer(1 * MS, 1, 60)
                .localTimer(1 * MS, 0, 0)
                .localTimer(15 * S, 0, 0)
                .builder.build();
        Finding f = topOfTrace(trace);
        assertEquals("HARD_LOCKUP", f.pattern());
        assertEquals(List.of(1), f.cpus());
    }

    @Test
    void hungTaskShapeFromATrace() {
        Trace trace = new TestTraces().cpus(1).comm(70, "flush")
                .sw(0, 0, 0, 120, 70, 120)
                .sw(1 * S, 0, 70, 120, TaskState.DISK, 0, 120)
                .localTimer(130 * S, 0, 0)
                .builder.build();
        Finding f = topOfTrace(trace);
        assertEquals("HUNG_TASK", f.pattern());
        assertEquals("Task flush (70) blocked in D state for more than 129 s", f.title());
    }

    @Test
    void slowTimerInterruptFromATrace() {
        Trace trace = new TestTraces().cpus(1)
                .localTimer(0, 0, 0)
                .hrtimer(1000, 0, 0, "it_real_fn")
                .hrtimerExit(7 * MS, 0, 0)
                .localTimerExit(7 * MS + 1000, 0, 0)
                .builder.build();
        Finding f = topOfTrace(trace);
        assertEquals("HRTIMER_IRQ_SLOW", f.pattern());
        assertEquals("Timer interrupt work ran 7.0 ms on CPU 0 (local timer interrupt)", f.title());
        assertTrue(f.evidence().stream().anyMatch(e -> e.text().equals(
                "CPU 0 around it: 1 timer interrupts/s, 1 hrtimer expiries/s, most often it_real_fn (1)")),
                f.evidence().toString());
    }

    @Test
    void osnoiseThresholdEventFromATrace() {
        Trace trace = new TestTraces().cpus(1)
                .raw(1 * MS, 0, 0, "sample_threshold", "start 548.771077442 duration 8812 ns interferences 2")
                .builder.build();
        assertEquals("TIMERLAT_OSNOISE_HIT", topOfTrace(trace).pattern());
    }

    @Test
    void rcuKthreadStarvedFromATrace() {
        TestTraces t = new TestTraces().cpus(1).comm(15, "rcu_preempt").comm(100, "hog");
        t.sw(0, 0, 0, 120, 100, 49).wakeup(10 * MS, 0, 100, 15, 120);
        t.sw(2 * S, 0, 100, 49, TaskState.SLEEPING, 15, 120).localTimer(2100 * MS, 0, 15);
        List<String> patterns = findings(new Case.Source(new SourceReport("t.txt", SourceFormat.FTRACE),
                t.builder.build())).stream().map(Finding::pattern).toList();
        assertTrue(patterns.contains("RCU_GP_KTHREAD_STARVED"), patterns.toString());
    }
}
