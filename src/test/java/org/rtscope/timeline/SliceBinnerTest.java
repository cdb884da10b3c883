package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.Trace;

class SliceBinnerTest {

    @Test
    void picksTheSliceCoveringMostOfAColumn() {
        // one column = 100 ns; in [0,100): task 1 for 30 ns, task 2 for 70 ns
        Trace trace = new TestTraces(1).run(0, 0, 1, 120).run(0, 30, 2, 120).run(0, 100, 0, 120).end(0, 1000);
        SliceBinner binner = new SliceBinner();
        int runs = binner.bin(trace.slices(0), new TimeScale(0, 1000, 10));
        assertEquals(1, runs);
        assertEquals(2, binner.tid(0));
        assertEquals(0, binner.x0(0));
        assertEquals(1, binner.x1(0));
    }

    @Test
    void idleNeverWinsAColumn() {
        // column [0,100): idle 95 ns, task 7 for 5 ns; column [100,200) all idle
        Trace trace = new TestTraces(1).run(0, 10, 0, 120).run(0, 50, 7, 120).run(0, 55, 0, 120).end(0, 200);
        SliceBinner binner = new SliceBinner();
        assertEquals(1, binner.bin(trace.slices(0), new TimeScale(0, 200, 2)));
        assertEquals(7, binner.tid(0));
        assertEquals(1, binner.x1(0));
    }

    @Test
    void mergesNeighbouringColumnsOfTheSameTaskAndPriority() {
        Trace trace = new TestTraces(1)
                .run(0, 0, 5, 49)
                .run(0, 400, 9, 120)  // 10 ns of task 9: loses its column to task 5
                .run(0, 410, 5, 49)
                .run(0, 1000, 0, 120) // idle: no run
                .run(0, 1200, 5, 30)  // same task, other priority: other colour, new run
                .end(0, 1600);
        SliceBinner binner = new SliceBinner();
        int runs = binner.bin(trace.slices(0), new TimeScale(0, 1600, 16));
        assertEquals(2, runs);
        assertEquals(0, binner.x0(0));
        assertEquals(10, binner.x1(0));
        assertEquals(5, binner.tid(0));
        assertEquals(49, binner.prio(0));
        assertEquals(12, binner.x0(1));
        assertEquals(16, binner.x1(1));
        assertEquals(30, binner.prio(1));
    }

    @Test
    void aMillionSlicesYieldAtMostOneRunPerColumn() {
        TestTraces builder = new TestTraces(1);
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            builder.run(0, i * 1_000L, 100 + i % 3, 120);
        }
        Trace trace = builder.end(0, n * 1_000L);
        CpuSlices slices = trace.slices(0);
        assertTrue(slices.size() >= n);
        SliceBinner binner = new SliceBinner();
        int width = 1500;
        int runs = binner.bin(slices, new TimeScale(0, n * 1_000.0, width));
        assertTrue(runs <= width, "runs " + runs);
        int previousEnd = 0;
        for (int i = 0; i < runs; i++) {
            assertTrue(binner.x0(i) >= previousEnd && binner.x1(i) > binner.x0(i) && binner.x1(i) <= width);
            previousEnd = binner.x1(i);
        }
    }

    @Test
    void zoomedInRunsFollowSliceEdges() {
        Trace trace = new TestTraces(1).run(0, 0, 1, 120).run(0, 500, 2, 120).end(0, 1000);
        SliceBinner binner = new SliceBinner();
        // view [250, 750) on 100 px: task 1 on columns 0-49, task 2 on 50-99
        assertEquals(2, binner.bin(trace.slices(0), new TimeScale(250, 500, 100)));
        assertEquals(50, binner.x1(0));
        assertEquals(50, binner.x0(1));
        assertEquals(100, binner.x1(1));
    }

    @Test
    void viewsOutsideTheTraceAreEmpty() {
        Trace trace = new TestTraces(1).run(0, 0, 1, 120).end(0, 1000);
        SliceBinner binner = new SliceBinner();
        assertEquals(0, binner.bin(trace.slices(0), new TimeScale(5000, 1000, 100)));
        assertEquals(0, binner.bin(trace.slices(0), new TimeScale(-5000, 1000, 100)));
    }
}
