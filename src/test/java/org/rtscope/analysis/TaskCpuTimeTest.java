package org.rtscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

class TaskCpuTimeTest {

    @Test
    void sumsSlicesOverAllCpus() {
        Trace trace = new TestTraces().cpus(2)
                .sw(0, 0, 0, 120, 10, 120)
                .sw(300, 0, 10, 120, TaskState.SLEEPING, 20, 120)
                .sw(400, 0, 20, 120, TaskState.SLEEPING, 0, 120)
                .sw(500, 1, 0, 120, 10, 120)
                .sw(750, 1, 10, 120, TaskState.SLEEPING, 0, 120)
                .localTimer(1000, 0, 0)
                .builder.build();
        TaskCpuTime time = TaskCpuTime.of(trace);
        assertEquals(300 + 250, time.nanos(10));
        assertEquals(100, time.nanos(20));
        assertEquals(0, time.nanos(0));
        assertEquals(0, time.nanos(12345));
    }
}
