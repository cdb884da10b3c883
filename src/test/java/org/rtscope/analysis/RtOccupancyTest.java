package org.rtscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

class RtOccupancyTest {

    /** CPU 0: RT task 100 runs 0–400, fair task 200 runs 400–700, idle until the last event at 1000. */
    private static Trace rtThenFairThenIdle() {
        return new TestTraces().cpus(1)
                .sw(0, 0, 0, 120, 100, 49)
                .sw(400, 0, 100, 49, 200, 120)
                .sw(700, 0, 200, 120, TaskState.SLEEPING, 0, 120)
                .localTimer(1000, 0, 0)
                .builder.build();
    }

    @Test
    void countsOnlyTheRealtimeSliceOverTheWholeTrace() {
        Trace trace = rtThenFairThenIdle();
        RtOccupancy occupancy = new RtOccupancy(trace);
        assertEquals(400, occupancy.rtNanos(0, 0, 1000));
        assertEquals(0.4, occupancy.fraction(0, 0, 1000), 1e-12);
    }

    @Test
    void clipsSlicesToTheWindow() {
        RtOccupancy occupancy = new RtOccupancy(rtThenFairThenIdle());
        assertEquals(0.5, occupancy.fraction(0, 200, 600), 1e-12);
        assertEquals(1.0, occupancy.fraction(0, 100, 300), 1e-12);
        assertEquals(0.0, occupancy.fraction(0, 700, 1000), 1e-12);
    }

    @Test
    void emptyWindowIsZeroNotNaN() {
        assertEquals(0.0, new RtOccupancy(rtThenFairThenIdle()).fraction(0, 500, 500));
    }

    @Test
    void taskRaisedToFifoWhileRunningCountsFromItsSliceStart() {
        // started fair (120), called sched_setscheduler while running; the switch out shows prio 49
        Trace trace = new TestTraces().cpus(1)
                .sw(0, 0, 0, 120, 300, 120)
                .sw(500, 0, 300, 49, 0, 120)
                .localTimer(1000, 0, 0)
                .builder.build();
        assertEquals(0.5, new RtOccupancy(trace).fraction(0, 0, 1000), 1e-12);
    }

    @Test
    void deadlineAndFairTasksAreNotRealtime() {
        Trace trace = new TestTraces().cpus(1)
                .sw(0, 0, 0, 120, 400, -1)
                .sw(300, 0, 400, -1, 500, 139)
                .localTimer(600, 0, 500)
                .builder.build();
        assertEquals(0, new RtOccupancy(trace).rtNanos(0, 0, 600));
    }

    @Test
    void cpusAreSeparate() {
        Trace trace = new TestTraces().cpus(2)
                .sw(0, 1, 0, 120, 100, 0)
                .localTimer(100, 0, 0)
                .localTimer(1000, 1, 100)
                .builder.build();
        RtOccupancy occupancy = new RtOccupancy(trace);
        assertEquals(1.0, occupancy.fraction(1, 0, 1000), 1e-12);
        assertEquals(0.0, occupancy.fraction(0, 0, 1000), 1e-12);
    }
}
