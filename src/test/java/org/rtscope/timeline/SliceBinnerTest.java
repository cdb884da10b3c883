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
        LaneRuns runs = bin(trace.slices(0), new TimeScale(0, 1000, 10));
        assertEquals(1, runs.count());
        assertEquals(2, trace.slices(0).tid(runs.item(0)));
        assertEquals(0, runs.x0(0));
        assertEquals(1, runs.x1(0));
    }

    @Test
    void idleNeverWinsAColumn() {
        // column [0,100): idle 95 ns, task 7 for 5 ns; column [100,200) all idle
        Trace trace = new TestTraces(1).run(0, 10, 0, 120).run(0, 50, 7, 120).run(0, 55, 0, 120).end(0, 200);
        LaneRuns runs = bin(trace.slices(0), new TimeScale(0, 200, 2));
        assertEquals(1, runs.count());
        assertEquals(7, trace.slices(0).tid(runs.item(0)));
        assertEquals(1, runs.x1(0));
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
        CpuSlices slices = trace.slices(0);
        LaneRuns runs = bin(slices, new TimeScale(0, 1600, 16));
        assertEquals(2, runs.count());
        assertEquals(0, runs.x0(0));
        assertEquals(10, runs.x1(0));
        assertEquals(5, slices.tid(runs.item(0)));
        assertEquals(49, slices.prio(runs.item(0)));
        assertEquals(new TaskPalette().color(5, 49), runs.key(0), "the key is the slice colour");
        assertEquals(12, runs.x0(1));
        assertEquals(16, runs.x1(1));
        assertEquals(30, slices.prio(runs.item(1)));
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
        int width = 1500;
        LaneRuns runs = bin(slices, new TimeScale(0, n * 1_000.0, width));
        assertTrue(runs.count() <= width, "runs " + runs.count());
        int previousEnd = 0;
        for (int i = 0; i < runs.count(); i++) {
            assertTrue(runs.x0(i) >= previousEnd && runs.x1(i) > runs.x0(i) && runs.x1(i) <= width);
            previousEnd = runs.x1(i);
        }
    }

    @Test
    void zoomedInRunsFollowSliceEdges() {
        Trace trace = new TestTraces(1).run(0, 0, 1, 120).run(0, 500, 2, 120).end(0, 1000);
        // view [250, 750) on 100 px: task 1 on columns 0-49, task 2 on 50-99
        LaneRuns runs = bin(trace.slices(0), new TimeScale(250, 500, 100));
        assertEquals(2, runs.count());
        assertEquals(50, runs.x1(0));
        assertEquals(50, runs.x0(1));
        assertEquals(100, runs.x1(1));
    }

    @Test
    void viewsOutsideTheTraceAreEmpty() {
        Trace trace = new TestTraces(1).run(0, 0, 1, 120).end(0, 1000);
        assertEquals(0, bin(trace.slices(0), new TimeScale(5000, 1000, 100)).count());
        assertEquals(0, bin(trace.slices(0), new TimeScale(-5000, 1000, 100)).count());
    }

    private static LaneRuns bin(CpuSlices slices, TimeScale scale) {
        LaneRuns runs = new LaneRuns();
        new SliceBinner().bin(slices, scale, runs);
        return runs;
    }
}
