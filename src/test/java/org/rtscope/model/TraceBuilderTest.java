package org.rtscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TraceBuilderTest {
    private final TraceBuilder builder = new TraceBuilder();
    private final int sw = builder.eventType("sched_switch");
    private final int timer = builder.eventType("local_timer_entry");
    private final int wakeup = builder.eventType("sched_wakeup");

    private void sw(long ts, int cpu, int prev, int prevPrio, int state, int next, int nextPrio) {
        builder.add(ts, cpu, prev, sw, 0, prev, next, EventKind.packPrios(prevPrio, nextPrio), state, (int) ts);
    }

    @Test
    void sortsOutOfOrderEventsStablyAndKeepsStacksAndLines() {
        int a = builder.add(30, 0, 5, timer, 0, 236, 0, 0, 0, 1);
        builder.add(10, 1, 6, timer, 0, 236, 0, 0, 0, 2);
        builder.add(10, 0, 7, timer, 0, 236, 0, 0, 0, 3);
        Backtrace stack = new Backtrace(Backtrace.KERNEL, List.of(Frame.of("f", 1)), 4);
        builder.attachStack(a, stack);
        Trace trace = builder.build();
        assertEquals(List.of(10L, 10L, 30L), List.of(trace.ts(0), trace.ts(1), trace.ts(2)));
        assertEquals(6, trace.tid(0));
        assertEquals(7, trace.tid(1));
        assertEquals(List.of(2, 3, 1), List.of(trace.line(0), trace.line(1), trace.line(2)));
        assertSame(stack, trace.stack(2));
        assertNull(trace.stack(0));
    }

    private static final int HARD_IRQ = IrqFlags.parse("d.h.".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 4);

    private static Trace twoTimerEvents(int secondFlags) {
        TraceBuilder b = new TraceBuilder();
        int type = b.eventType("local_timer_entry");
        b.add(1, 0, 5, type, IrqFlags.NONE, 236, 0, 0, 0, 1);
        b.add(2, 0, 5, type, secondFlags, 236, 0, 0, 0, 2);
        return b.build();
    }

    @Test
    void aTraceWithoutFlagsHoldsNoFlagsColumnAndOneFlagMakesIt() {
        Trace plain = twoTimerEvents(IrqFlags.NONE);
        Trace flagged = twoTimerEvents(HARD_IRQ);
        assertEquals(IrqFlags.NONE, plain.flags(1));
        assertEquals(IrqFlags.NONE, flagged.flags(0));
        assertEquals(HARD_IRQ, flagged.flags(1));
        assertEquals(plain.retainedBytes() + 2L * flagged.size(), flagged.retainedBytes(), "2 bytes an event");
    }

    @Test
    void aJoinKeepsTheFlagsOfTheOnlyPartThatHasThem() {
        TraceBuilder first = new TraceBuilder(4);
        TraceBuilder second = new TraceBuilder(4);
        int hardIrq = HARD_IRQ;
        first.add(1, 0, 5, first.eventType("local_timer_entry"), IrqFlags.NONE, 236, 0, 0, 0, 1);
        second.add(2, 1, 6, second.eventType("local_timer_entry"), hardIrq, 236, 0, 0, 0, 1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            Trace joined = TraceBuilder.join(List.of(first, second), new int[] {0, 1}, pool);
            assertEquals(IrqFlags.NONE, joined.flags(0));
            assertEquals(hardIrq, joined.flags(1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void slicesCoverTheCpuFromSwitchToSwitch() {
        builder.declareCpus(2);
        builder.add(100, 0, 11, timer, 0, 236, 0, 0, 0, 1);
        sw(200, 0, 11, 120, TaskState.SLEEPING, 12, 49);
        sw(500, 0, 12, 49, TaskState.RUNNABLE, 0, 120);
        builder.add(900, 0, 0, timer, 0, 236, 0, 0, 0, 4);
        Trace trace = builder.build();
        CpuSlices s = trace.slices(0);
        assertEquals(3, s.size());
        assertEquals(11, s.tid(0));
        assertEquals(CpuSlices.PARTIAL_START, s.flags(0));
        assertEquals(100, s.start(0));
        assertEquals(TaskState.SLEEPING, s.endState(0));
        assertEquals(12, s.tid(1));
        assertEquals(49, s.prio(1));
        assertEquals(500, s.end(1));
        assertEquals(TaskState.RUNNABLE, s.endState(1));
        assertEquals(0, s.tid(2));
        assertEquals(900, s.end(2));
        assertEquals(CpuSlices.PARTIAL_END, s.flags(2));
        assertEquals(1, s.indexAt(250));
        assertEquals(0, trace.slices(1).size());
        assertEquals(49, trace.tasks().get(12).bestPrio());
        assertEquals(49, trace.tasks().get(12).prioAtTime(600));
    }

    @Test
    void shiftedTraceMovesEveryTimeAndSharesTheRest() {
        sw(100, 0, 11, 120, TaskState.SLEEPING, 12, 49);
        sw(500, 0, 12, 49, TaskState.RUNNABLE, 0, 120);
        Trace trace = builder.build();
        Trace moved = trace.shifted(-40);
        assertEquals(60, moved.ts(0));
        assertEquals(60, moved.start());
        assertEquals(460, moved.end());
        assertEquals(60, moved.slices(0).start(1));
        assertEquals(460, moved.slices(0).end(1));
        assertEquals(1, moved.slices(0).indexAt(100));
        assertEquals(1, moved.firstAtOrAfter(61));
        assertEquals(-40, moved.clockOffset());
        assertSame(trace, trace.shifted(0));
    }

    @Test
    void switchOutOfIdleThatWasNeverLoggedIsInferredAtTheLastIdleEvent() {
        sw(100, 1, 20, 120, TaskState.SLEEPING, 0, 120);
        builder.add(300, 1, 0, wakeup, 0, 21, 120, 1, 0, 2);
        builder.add(400, 1, 21, timer, 0, 236, 0, 0, 0, 3);
        sw(600, 1, 21, 120, TaskState.SLEEPING, 0, 120);
        Trace trace = builder.build();
        CpuSlices s = trace.slices(1);
        assertEquals(4, s.size());
        assertEquals(0, s.tid(1));
        assertEquals(21, s.tid(2));
        assertEquals(300, s.start(2));
        assertEquals(CpuSlices.INFERRED_START, s.flags(2));
        assertEquals(600, s.end(2));
    }

    @Test
    void priorityHistoryFollowsTheEventsInTimeOrder() {
        int pi = builder.eventType("sched_pi_setprio");
        sw(100, 0, 30, 120, TaskState.RUNNABLE, 31, 120);
        builder.add(200, 0, 31, pi, 0, 30, 120, 10, 0, 2);
        sw(300, 0, 31, 120, TaskState.SLEEPING, 30, 10);
        Trace trace = builder.build();
        Task task = trace.tasks().get(30);
        assertEquals(120, task.prioAtTime(150));
        assertEquals(10, task.prioAtTime(250));
        assertEquals(10, task.bestPrio());
        assertEquals(2, task.prioChanges());
    }

    @Test
    void aTraceKeepsColumnsReservedAFewPercentTooLargeAndCountsOnlyItsEvents() {
        TraceBuilder reserved = new TraceBuilder();
        int type = reserved.eventType("local_timer_entry");
        reserved.reserve(1030);
        for (int i = 0; i < 1000; i++) {
            reserved.add(i, i % 2, 1, type, 0, 236, 0, 0, 0, i + 1);
        }
        Trace trace = reserved.build();
        assertEquals(1000, trace.size());
        assertEquals(999, trace.end());
        assertEquals(1000, trace.eventsOf(EventKind.LOCAL_TIMER_ENTRY).length);
        assertEquals(1000, trace.firstAtOrAfter(5000));
        assertEquals(1000, trace.line(999));
    }

    @Test
    void columnsReservedFarTooLargeAreTrimmed() {
        TraceBuilder reserved = new TraceBuilder();
        int type = reserved.eventType("local_timer_entry");
        reserved.reserve(100_000);
        for (int i = 0; i < 1000; i++) {
            reserved.add(i, 0, 1, type, 0, 236, 0, 0, 0, i + 1);
        }
        Trace trace = reserved.build();
        assertEquals(1000, trace.size());
        assertTrue(trace.retainedBytes() < 100_000L * 8,
                "trimmed to its events, not the reservation: " + trace.retainedBytes());
    }
}
