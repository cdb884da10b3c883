package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.Trace;

class SlicePriorityTest {

    @Test
    void aTaskThatBecameRealtimeWhileRunningIsShownAsRealtime() {
        // task 4 is switched in as a normal task (120) and switched out as RT 49
        Trace trace = new TestTraces(1).run(0, 0, 4, 120).raise(0, 49).run(0, 100, 0, 120).end(0, 200);
        CpuSlices slices = trace.slices(0);
        int k = slices.indexAt(50);
        assertEquals(120, slices.prio(k));
        assertEquals(49, SlicePriority.atEnd(slices, k, trace.tasks()));
        assertEquals(49, SlicePriority.effective(slices, k, trace.tasks()));
    }

    @Test
    void anUnchangedPriorityStays() {
        Trace trace = new TestTraces(1).run(0, 0, 4, 120).run(0, 100, 0, 120).end(0, 200);
        CpuSlices slices = trace.slices(0);
        assertEquals(120, SlicePriority.effective(slices, slices.indexAt(50), trace.tasks()));
    }

    @Test
    void idleHasNoPriority() {
        Trace trace = new TestTraces(1).run(0, 0, 4, 120).run(0, 100, 0, 120).end(0, 200);
        CpuSlices slices = trace.slices(0);
        assertEquals(org.rtscope.model.Task.NO_PRIO, SlicePriority.effective(slices, slices.indexAt(150), trace.tasks()));
    }
}
