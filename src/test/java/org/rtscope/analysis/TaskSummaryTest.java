package org.rtscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rtscope.model.Trace;

class TaskSummaryTest {

    private static Map<Integer, TaskSummary> byTid(Trace trace) {
        return trace.tasks().all().stream().map(t -> TaskSummary.of(t, 0))
                .collect(Collectors.toMap(TaskSummary::tid, Function.identity()));
    }

    @Test
    void policyAndRtPriorityFollowTheBestKernelPriority() {
        Trace trace = new TestTraces().cpus(1)
                .wakeup(1, 0, 0, 10, 49)
                .wakeup(2, 0, 0, 11, 0)
                .wakeup(3, 0, 0, 12, -1)
                .wakeup(4, 0, 0, 13, 120)
                .wakeup(5, 0, 0, 14, 120)
                .wakeup(6, 0, 0, 14, 89)
                .localTimer(7, 0, 15)
                .builder.build();
        Map<Integer, TaskSummary> tasks = byTid(trace);
        assertEquals(SchedPolicy.RT, tasks.get(10).policy());
        assertEquals(50, tasks.get(10).rtPriority());
        assertEquals(99, tasks.get(11).rtPriority());
        assertEquals(SchedPolicy.DEADLINE, tasks.get(12).policy());
        assertNull(tasks.get(12).rtPriority());
        assertEquals(SchedPolicy.OTHER, tasks.get(13).policy());
        assertNull(tasks.get(13).rtPriority());
        assertEquals(SchedPolicy.RT, tasks.get(14).policy(), "raised to RT during the trace");
        assertEquals(10, tasks.get(14).rtPriority());
        assertNull(tasks.get(15).policy(), "only seen as the current task: priority unknown");
    }

    @Test
    void pidIsKnownAfterExecAndMinusOneOtherwise() {
        Trace trace = new TestTraces().cpus(1).comm(20, "worker").exec(1, 0, 20).wakeup(2, 0, 20, 21, 120)
                .builder.build();
        Map<Integer, TaskSummary> tasks = byTid(trace);
        assertEquals(20, tasks.get(20).pid());
        assertEquals("worker", tasks.get(20).comm());
        assertEquals(-1, tasks.get(21).pid());
    }

    @Test
    void reportOrderPutsDeadlineThenRtByPriorityThenOthersByTid() {
        List<TaskSummary> tasks = new java.util.ArrayList<>(List.of(
                new TaskSummary(5, -1, "fair", SchedPolicy.OTHER, null, 0),
                new TaskSummary(9, -1, "rt10", SchedPolicy.RT, 10, 0),
                new TaskSummary(3, -1, "unknown", null, null, 0),
                new TaskSummary(8, -1, "rt50b", SchedPolicy.FIFO, 50, 0),
                new TaskSummary(7, -1, "rt50a", SchedPolicy.RT, 50, 0),
                new TaskSummary(4, -1, "dl", SchedPolicy.DEADLINE, null, 0)));
        tasks.sort(TaskSummary.REPORT_ORDER);
        assertEquals(List.of(4, 7, 8, 9, 3, 5), tasks.stream().map(TaskSummary::tid).toList());
    }
}
