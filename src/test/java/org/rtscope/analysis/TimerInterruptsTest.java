package org.rtscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rtscope.model.Trace;

class TimerInterruptsTest {

    @Test
    void countsLocalTimerEntriesPerCpuAndIgnoresTickHrtimersThen() {
        Trace trace = new TestTraces().cpus(2)
                .localTimer(10, 0, 0).hrtimer(11, 0, 0, "tick_nohz_handler")
                .localTimer(20, 1, 0).hrtimer(21, 1, 0, "tick_nohz_handler")
                .localTimer(30, 0, 0)
                .localTimer(40, 0, 0)
                .builder.build();
        TimerInterrupts timers = TimerInterrupts.of(trace);
        assertEquals(TimerSource.LOCAL_TIMER_ENTRY, timers.source());
        assertEquals(3, timers.count(0));
        assertEquals(1, timers.count(1));
    }

    @Test
    void fallsBackToTickHandlerHrtimersInBothSpellings() {
        Trace trace = new TestTraces().cpus(2)
                .hrtimer(10, 1, 0, "tick_nohz_handler/0x0")
                .hrtimer(20, 1, 0, "tick_nohz_handler")
                .hrtimer(25, 1, 0, "hrtimer_wakeup/0x0")
                .hrtimer(30, 0, 0, "tick_sched_timer")
                .hrtimer(35, 0, 0, "sched_rt_period_timer")
                .builder.build();
        TimerInterrupts timers = TimerInterrupts.of(trace);
        assertEquals(TimerSource.TICK_HRTIMER, timers.source());
        assertEquals(1, timers.count(0));
        assertEquals(2, timers.count(1));
    }

    @Test
    void saysWhenThereIsNothingToCount() {
        Trace trace = new TestTraces().cpus(2).sw(0, 0, 0, 120, 7, 120).builder.build();
        TimerInterrupts timers = TimerInterrupts.of(trace);
        assertEquals(TimerSource.NONE, timers.source());
        assertEquals(0, timers.count(0));
        assertEquals(0, timers.count(1));
    }

    @Test
    void countsWithinAHalfOpenWindow() {
        TestTraces traces = new TestTraces().cpus(1);
        for (long t = 0; t < 100; t += 10) {
            traces.localTimer(t, 0, 0);
        }
        Trace trace = traces.builder.build();
        assertEquals(3, TimerInterrupts.of(trace, 20, 50).count(0));
        assertEquals(10, TimerInterrupts.of(trace).count(0));
    }

    @Test
    void windowWithoutTimersKeepsTheTracesSource() {
        Trace trace = new TestTraces().cpus(1).localTimer(10, 0, 0).sw(50, 0, 0, 120, 7, 120).builder.build();
        TimerInterrupts timers = TimerInterrupts.of(trace, 40, 60);
        assertEquals(TimerSource.LOCAL_TIMER_ENTRY, timers.source());
        assertEquals(0, timers.count(0));
    }
}
