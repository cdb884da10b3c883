package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rtscope.model.Trace;

/** Entry/exit pairing per CPU and row: plain, nested, lost exits, cut off at either end of the trace. */
class IrqPairingTest {

    @Test
    void pairsEntriesWithExitsPerCpuAndRow() {
        TestTraces b = new TestTraces(2);
        int fn = b.string("tick_nohz_handler");
        int addr = b.string("0xffff888627d1c6f8");
        Trace trace = b.event(1, 100, "local_timer_entry", 236, 0, 0, 0)
                .event(0, 105, "softirq_entry", 7, 0, 0, 0)
                .event(1, 101, "hrtimer_expire_entry", fn, 0, 0, addr)
                .event(1, 104, "hrtimer_expire_exit", 0, 0, 0, addr)
                .event(1, 110, "local_timer_exit", 236, 0, 0, 0)
                .event(0, 108, "softirq_exit", 7, 0, 0, 0)
                .end(0, 200);
        IrqIntervals[][] irq = IrqPairing.pair(trace);
        IrqIntervals tick = irq[1][IrqRow.TICK.ordinal()];
        assertEquals(1, tick.size());
        assertEquals(100, tick.start(0));
        assertEquals(110, tick.end(0));
        IrqIntervals hr = irq[1][IrqRow.HRTIMER.ordinal()];
        assertEquals(1, hr.size());
        assertEquals(101, hr.start(0));
        assertEquals(104, hr.end(0));
        assertEquals("tick_nohz_handler", hr.label(0));
        IrqIntervals soft = irq[0][IrqRow.SOFTIRQ.ordinal()];
        assertEquals("SCHED", soft.label(0));
        assertEquals(3, soft.end(0) - soft.start(0));
        assertEquals(0, irq[0][IrqRow.TICK.ordinal()].size());
    }

    @Test
    void schedulerTimersGetTheirOwnKey() {
        TestTraces b = new TestTraces(1);
        int fn = b.string("sched_rt_period_timer");
        int addr = b.string("0xffffffff83b5cfb0");
        Trace trace = b.event(0, 10, "hrtimer_expire_entry", fn, 0, 0, addr)
                .event(0, 12, "hrtimer_expire_exit", 0, 0, 0, addr).end(0, 20);
        assertEquals(IrqIntervals.KEY_SCHED_TIMER, IrqPairing.pair(trace)[0][IrqRow.HRTIMER.ordinal()].key(0));
    }

    @Test
    void aNestedInterruptSplitsTheOuterOneSoRowsNeverOverlap() {
        TestTraces b = new TestTraces(1);
        int soft = b.string("soft_fn");
        int hard = b.string("hard_fn");
        int a = b.string("A");
        int c = b.string("C");
        Trace trace = b.event(0, 100, "hrtimer_expire_entry", soft, 0, 0, a)
                .event(0, 120, "hrtimer_expire_entry", hard, 0, 0, c)
                .event(0, 130, "hrtimer_expire_exit", 0, 0, 0, c)
                .event(0, 150, "hrtimer_expire_exit", 0, 0, 0, a)
                .end(0, 200);
        IrqIntervals hr = IrqPairing.pair(trace)[0][IrqRow.HRTIMER.ordinal()];
        assertEquals(3, hr.size());
        long[][] expected = {{100, 120}, {120, 130}, {130, 150}};
        String[] labels = {"soft_fn", "hard_fn", "soft_fn"};
        for (int k = 0; k < 3; k++) {
            assertEquals(expected[k][0], hr.start(k));
            assertEquals(expected[k][1], hr.end(k));
            assertEquals(labels[k], hr.label(k));
            assertEquals(0, hr.flags(k));
        }
    }

    @Test
    void lostExitsAndTheTraceEdgesAreFlagged() {
        TestTraces b = new TestTraces(1);
        Trace trace = b.event(0, 50, "irq_handler_exit", 36, 1, 0, 0)     // entry before the trace
                .event(0, 100, "irq_handler_entry", 36, b.string("virtio1-req.0"), 0, 0)
                .event(0, 140, "irq_handler_entry", 36, b.string("virtio1-req.0"), 0, 0) // first exit lost
                .event(0, 150, "irq_handler_exit", 36, 1, 0, 0)
                .event(0, 180, "irq_handler_entry", 40, b.string("eth0"), 0, 0)         // never exits
                .end(0, 200);
        IrqIntervals irq = IrqPairing.pair(trace)[0][IrqRow.HARDIRQ.ordinal()];
        assertEquals(4, irq.size());
        assertEquals(IrqIntervals.PARTIAL_START, irq.flags(0));
        assertEquals(IrqIntervals.LOST_EXIT, irq.flags(1));
        assertEquals(140, irq.end(1));
        assertEquals(0, irq.flags(2));
        assertEquals("36 virtio1-req.0", irq.label(2));
        assertEquals(IrqIntervals.PARTIAL_END, irq.flags(3));
        assertEquals(200, irq.end(3));
        assertEquals(2, irq.indexAt(145));
        assertEquals(-1, irq.indexAt(160));
    }
}
