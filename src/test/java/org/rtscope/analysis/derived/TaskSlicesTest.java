package org.rtscope.analysis.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rtscope.TestData;
import org.rtscope.analysis.TestTraces;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

class TaskSlicesTest {
    private static final long MS = 1_000_000L;

    @Test
    void aTaskThatMigratesHasItsSlicesOfBothCpusInTimeOrder() {
        Trace trace = new TestTraces().cpus(2)
                .sw(0, 0, 0, 120, 100, 120)
                .sw(1 * MS, 1, 0, 120, 200, 120)
                .sw(2 * MS, 0, 100, 120, 0, 120)
                .sw(3 * MS, 1, 200, 120, 100, 120)   // 100 migrates to CPU 1
                .sw(4 * MS, 1, 100, 120, TaskState.SLEEPING, 0, 120)
                .sw(5 * MS, 0, 0, 120, 100, 120)      // and back to CPU 0
                .localTimer(9 * MS, 0, 100)
                .builder.build();
        TaskSlices slices = TaskSlices.of(trace);
        List<TaskSlices.Slice> own = slices.of(100);
        assertEquals(List.of(0L, 3 * MS, 5 * MS), own.stream().map(TaskSlices.Slice::start).toList());
        assertEquals(List.of(0, 1, 0), own.stream().map(TaskSlices.Slice::cpu).toList());
        assertEquals(4 * MS, own.get(1).end());
        assertEquals(TaskState.SLEEPING, own.get(1).endState());
        assertTrue(slices.runningAt(100, 3 * MS + 1));
        assertFalse(slices.runningAt(100, 4 * MS + 1));
        assertEquals(List.of(), slices.of(999));
        assertEquals(2, slices.taskCount(), "idle is not a task");
    }

    @Test
    void s3SlicesEqualEachCpusNonIdleSlicesSortedByStart() {
        Trace trace = s3();
        Map<Integer, List<long[]>> expected = new HashMap<>();
        for (int cpu = 0; cpu < trace.cpuCount(); cpu++) {
            CpuSlices cpuSlices = trace.slices(cpu);
            for (int k = 0; k < cpuSlices.size(); k++) {
                if (!cpuSlices.isIdle(k)) {
                    expected.computeIfAbsent(cpuSlices.tid(k), t -> new ArrayList<>())
                            .add(new long[] {cpuSlices.start(k), cpu, k});
                }
            }
        }
        expected.values().forEach(list -> list.sort(Comparator.comparingLong(s -> s[0])));
        TaskSlices slices = TaskSlices.of(trace);
        assertEquals(expected.size(), slices.taskCount());
        expected.forEach((tid, list) -> {
            List<TaskSlices.Slice> own = slices.of(tid);
            assertEquals(list.size(), own.size(), "tid " + tid);
            for (int j = 0; j < list.size(); j++) {
                assertEquals(list.get(j)[0], own.get(j).start(), "tid " + tid + " slice " + j);
                assertEquals(list.get(j)[1], own.get(j).cpu(), "tid " + tid + " slice " + j);
                assertEquals(list.get(j)[2], own.get(j).index(), "tid " + tid + " slice " + j);
            }
        });
    }

    @Test
    void theCursorLookupAnswersWhatTheBinarySearchAnswersForRisingAndFallingTimes() {
        Trace trace = s3();
        TaskSlices slices = TaskSlices.of(trace);
        Random random = new Random(7);
        for (int task = 0; task < slices.taskCount(); task++) {
            int hint = 0;
            long t = trace.start() - MS;
            for (int q = 0; q < 200; q++) {
                t += random.nextInt(10) == 0 ? -random.nextInt(50) * MS : random.nextInt(20) * MS;
                int searched = slices.firstStartingAtOrAfterIndexed(task, t);
                hint = slices.firstStartingAtOrAfterFrom(task, t, hint);
                assertEquals(searched, hint, "task " + task + " at " + t);
            }
        }
    }

    private static Trace s3() {
        return CaseLoader.loadOne(TestData.trace("s3_timer_load", "ftrace_instance_trace.txt"), ImportMonitor.NONE)
                .trace();
    }
}
