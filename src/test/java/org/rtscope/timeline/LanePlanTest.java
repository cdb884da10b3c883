package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.model.Trace;

/** Which lanes show: CPU groups (collapsible, filterable) and task lanes for RT and chosen tasks. */
class LanePlanTest {
    private final Trace trace = new TestTraces(3)
            .comm(5, "rt_hog").comm(6, "worker")
            .run(0, 0, 5, 49)   // CPU 0: RT
            .run(1, 0, 6, 120)  // CPU 1: normal
            .end(0, 1_000_000); // CPU 2: idle
    private final TimelineData data = TestTraces.timeline(trace);

    @Test
    void everyCpuGetsAGroupAndEveryRtTaskALane() {
        assertEquals(List.of(Lane.cpu(0), Lane.irq(0), Lane.markers(0), Lane.cpu(1), Lane.irq(1), Lane.markers(1),
                Lane.cpu(2), Lane.irq(2), Lane.markers(2), Lane.task(5)), LanePlan.lanes(data, LaneOptions.DEFAULT));
        assertEquals(List.of(5), java.util.Arrays.stream(data.realtimeTids()).boxed().toList());
        assertEquals(true, data.isIdleCpu(2));
        assertEquals(true, data.ranRealtime(0));
    }

    @Test
    void filtersCollapseAndChosenTasks() {
        LaneOptions o = LaneOptions.DEFAULT.withCollapsed(0, true).withCollapsed(1, true).withHideIdleCpus(true);
        assertEquals(List.of(Lane.cpu(0), Lane.cpu(1), Lane.task(5)), LanePlan.lanes(data, o));
        assertEquals(List.of(Lane.cpu(0), Lane.task(5)), LanePlan.lanes(data, o.withOnlyRt(true)));
        assertEquals(List.of(Lane.cpu(1), Lane.task(5)), LanePlan.lanes(data, o.withCpuHidden(0, true)));
        TimelineData withWorker = data.withTracks(TaskTracks.derive(trace, data.missingTracks(6)));
        assertEquals(List.of(Lane.cpu(0), Lane.cpu(1), Lane.task(5), Lane.task(6)),
                LanePlan.lanes(withWorker, o.withTask(6, true)));
        assertEquals(List.of(Lane.cpu(0), Lane.task(5)), LanePlan.lanes(withWorker, o.withTask(6, true).withOnlyRt(true)),
                "only RT drops a chosen task that never ran RT");
        assertEquals(List.of(Lane.cpu(0), Lane.cpu(1), Lane.task(5)),
                LanePlan.lanes(withWorker, o.withTask(6, true).withTask(6, false)));
    }
}
