package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.TestData;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.Severity;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.EventKind;
import org.rtscope.model.Trace;

/** The timeline's derived data on the real recordings: the s1 kill, the s2 throttling gaps, ticks and timers. */
class RecordedTimelineTest {
    private static final int RTTIME_KILL = 26542;
    private static final int RT_HOG = 26988;
    private static final long MS = 1_000_000;

    private static TimelineData load(String scenario) {
        Case c = CaseLoader.load(List.of(TestData.trace(scenario, "trace-cmd_report.txt")), ImportMonitor.NONE);
        return TimelineData.of(c);
    }

    private static long seconds(double s) {
        return Math.round(s * 1e9);
    }

    @Test
    void s1TheKillIsAMarkerOnCpu1RightAfterTheTick() {
        TimelineData data = load("s1_rttime_kill");
        MarkerTrack cpu1 = data.markers(1);
        int kill = -1;
        for (int k = 0; k < cpu1.size(); k++) {
            if (cpu1.kind(k) == MarkerKind.KILL) {
                kill = k;
                break;
            }
        }
        assertTrue(kill >= 0);
        assertEquals(seconds(1211.966607), cpu1.time(kill));
        assertEquals("SIGKILL → rttime_kill-26542", cpu1.label(kill));
        IrqIntervals ticks = data.irq(1, IrqRow.TICK);
        int tick = ticks.indexAt(seconds(1211.966550));
        assertTrue(tick >= 0, "the CPU 1 tick just before the kill");
        assertTrue(ticks.end(tick) <= cpu1.time(kill));
        assertTrue(data.task(RTTIME_KILL) != null, "the SCHED_RR 99 task has a lane");
        TaskTrack track = data.task(RTTIME_KILL);
        int last = track.size() - 1;
        assertEquals(TaskTrack.RUNNING, track.state(last));
        assertTrue(track.end(last) - seconds(1211.464458) > 500 * MS, "ran ≥ 500 ms without blocking: " + track.end(last));
    }

    @Test
    void s2TheHogIsRunnableThroughEachThrottlingGapAndThePeriodTimerEndsIt() {
        TimelineData data = load("s2_rt_throttling");
        TaskTrack hog = data.task(RT_HOG);
        assertNotNull(hog);
        double[][] gaps = {{1244.426573, 1244.473792}, {1245.422544, 1245.473801}, {1246.426561, 1246.473796}};
        for (double[] gap : gaps) {
            int k = hog.indexAt(seconds((gap[0] + gap[1]) / 2));
            assertEquals(TaskTrack.RUNNABLE, hog.state(k), "runnable in the gap at " + gap[0]);
            assertEquals(seconds(gap[0]), hog.start(k), 2_000);
            assertTrue(hog.end(k) - hog.start(k) > 45 * MS);
            IrqIntervals hr = data.irq(1, IrqRow.HRTIMER);
            boolean periodTimer = false;
            for (int h = hr.firstEndingAfter(seconds(gap[1]) - 100_000); h < hr.size() && hr.start(h) < seconds(gap[1]) + 100_000; h++) {
                periodTimer |= hr.key(h) == IrqIntervals.KEY_SCHED_TIMER && hr.label(h).startsWith("sched_rt_period_timer");
            }
            assertTrue(periodTimer, "sched_rt_period_timer fires at " + gap[1]);
        }
        IrqIntervals ticks = data.irq(1, IrqRow.TICK);
        int inGap = 0;
        for (int k = 0; k < ticks.size(); k++) {
            inGap += ticks.start(k) > seconds(gaps[0][0]) && ticks.end(k) < seconds(gaps[0][1]) ? 1 : 0;
        }
        // HZ=250 with NO_HZ_IDLE: the tick goes on while the CPU is busy and stops when it idles in the gap
        assertTrue(inGap >= 5, "the tick keeps running while throttled: " + inGap);
    }

    @Test
    void navigationSearchAndFiltersOnS1() {
        TimelineData data = load("s1_rttime_kill");
        Trace trace = data.trace();
        long t = seconds(1211.9666);
        NavTarget next = EventNavigator.step(data, Lane.markers(1), t - 10_000, -1, true);
        assertEquals(MarkerKind.KILL, data.markers(1).kind(next.index()));
        NavTarget cpuNext = EventNavigator.step(data, Lane.cpu(1), t, -1, true);
        assertEquals(1, trace.cpu(cpuNext.index()));
        assertTrue(trace.ts(cpuNext.index()) > t);
        NavTarget back = EventNavigator.step(data, Lane.cpu(1), 0, cpuNext.index(), false);
        assertTrue(back.index() < cpuNext.index() && trace.cpu(back.index()) == 1);
        NavTarget taskStep = EventNavigator.step(data, Lane.task(RTTIME_KILL), t - 60_000, -1, true);
        assertTrue(EventNavigator.concerns(trace, taskStep.index(), RTTIME_KILL));

        int[] byPid = TraceSearch.matches(trace, "26542", () -> false);
        int[] byName = TraceSearch.matches(trace, "RTTIME", () -> false);
        assertTrue(byPid.length > 10);
        assertEquals(byPid.length, byName.length, "pid and name find the same events");
        int[] signals = TraceSearch.matches(trace, "signal_generate", () -> false);
        int k = TraceSearch.step(trace, signals, t - 1_000_000, -1, true);
        assertEquals(EventKind.SIGNAL_GENERATE, trace.kind(signals[k]));
        assertTrue(trace.ts(signals[k]) >= t - 1_000_000);
        assertEquals(k + 1, TraceSearch.step(trace, signals, 0, signals[k], true));

        int from = trace.firstAtOrAfter(t - 50 * MS);
        int to = trace.firstAtOrAfter(t + 50 * MS);
        int[] kills = new EventFilter("code=128", 1, "rttime", -1).select(trace, from, to, () -> false);
        assertEquals(1, kills.length);
        assertEquals(EventKind.SIGNAL_GENERATE, trace.kind(kills[0]));
        int type = trace.type(kills[0]);
        int[] cpu0 = new EventFilter("", 0, "", type).select(trace, from, to, () -> false);
        for (int i : cpu0) {
            assertEquals(0, trace.cpu(i));
            assertEquals(type, trace.type(i));
        }
        assertEquals(to - from, EventFilter.NONE.select(trace, from, to, () -> false).length);
    }

    @Test
    void s1EvidenceLeadsToTheSignalEventWithItsCallchain() {
        TimelineData data = load("s1_rttime_kill");
        Finding finding = new Finding("RTTIME_KILL", "RLIMIT_RTTIME kill of rttime_kill", Severity.CRITICAL, 0.9,
                seconds(1211.966607), seconds(1211.966607), List.of(1), List.of(new Finding.TaskRef(RTTIME_KILL, RTTIME_KILL,
                "rttime_kill")), List.of(new Finding.Evidence("trace-cmd_report.txt", 13732, seconds(1211.966607),
                "signal_generate: sig=9 errno=0 code=128 comm=rttime_kill pid=26542 via posix_cpu_timers_work")),
                "explained", List.of("raise RLIMIT_RTTIME"));
        EvidenceTarget target = EvidenceLocator.locate(data, finding, finding.evidence().get(0));
        assertEquals(EvidenceTarget.Kind.EVENT, target.kind());
        assertEquals(13732, data.trace().line(target.index()));
        assertEquals(EventKind.SIGNAL_GENERATE, data.trace().kind(target.index()));
        assertEquals(1, target.cpu());
        assertNotNull(target.backtrace());
        assertEquals(1, target.signature().size());
        assertEquals("posix_cpu_timers_work", target.backtrace().frames().get(target.signature().get(0)).function());
    }
}
