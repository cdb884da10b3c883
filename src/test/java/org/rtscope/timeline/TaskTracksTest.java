package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;

/** States from slices and wake-ups: running, preempted (runnable), asleep until woken, D, exited. */
class TaskTracksTest {
    private static final int A = 10;
    private static final int B = 11;

    @Test
    void derivesRunningRunnableSleepingAndUninterruptible() {
        TestTraces b = new TestTraces(1).comm(A, "rt_task").comm(B, "other");
        Trace trace = b.run(0, 0, A, 49)
                .run(0, 100, 0, 120, TaskState.SLEEPING)
                .event(0, 150, "sched_wakeup", A, 49, 0, 0)
                .run(0, 170, A, 49)
                .run(0, 250, B, 120, TaskState.RUNNABLE)
                .run(0, 300, A, 49)
                .run(0, 400, 0, 120, TaskState.DISK)
                .event(0, 450, "sched_wakeup", A, 49, 0, 0)
                .run(0, 480, A, 49)
                .run(0, 500, 0, 120, TaskState.DEAD)
                .end(0, 600);
        TaskTrack track = TaskTracks.derive(trace, new int[] {A}).get(A);
        long[][] expected = {
            {0, 100, TaskTrack.RUNNING}, {100, 150, TaskTrack.SLEEPING}, {150, 170, TaskTrack.RUNNABLE},
            {170, 250, TaskTrack.RUNNING}, {250, 300, TaskTrack.RUNNABLE}, {300, 400, TaskTrack.RUNNING},
            {400, 450, TaskTrack.BLOCKED}, {450, 480, TaskTrack.RUNNABLE}, {480, 500, TaskTrack.RUNNING},
        };
        assertEquals(expected.length, track.size(), "nothing after the exit");
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k][0], track.start(k), "start " + k);
            assertEquals(expected[k][1], track.end(k), "end " + k);
            assertEquals(expected[k][2], track.state(k), "state " + k);
        }
        assertEquals(0, track.ref(2), "the runnable wait began with wake-up 0");
        assertEquals(-1, track.ref(4), "a preemption is not a wake-up");
        assertEquals(0, track.cpu(3));
        assertEquals(2, track.wakeups());
        assertEquals(150, track.wakeTime(0));
        assertEquals(0, track.wakerTid(0), "woken from the idle task (an interrupt)");
        assertEquals(5, track.indexAt(350));
    }

    @Test
    void aFirstWakeUpBeforeTheFirstRunMakesItRunnableAndTasksRunOnSeveralCpus() {
        TestTraces b = new TestTraces(2);
        Trace trace = b.run(1, 0, B, 120)
                .event(1, 20, "sched_wakeup", A, 120, 0, 0)
                .run(0, 50, A, 120)
                .run(0, 80, 0, 120, TaskState.RUNNABLE)
                .run(1, 90, A, 120)
                .end(1, 200);
        Map<Integer, TaskTrack> tracks = TaskTracks.derive(trace, new int[] {A, 0, 999});
        TaskTrack a = tracks.get(A);
        assertEquals(TaskTrack.SLEEPING, a.state(0));
        assertEquals(TaskTrack.RUNNABLE, a.state(1));
        assertEquals(20, a.start(1));
        assertEquals(1, a.wakerCpu(0));
        assertEquals(B, a.wakerTid(0));
        assertEquals(TaskTrack.RUNNING, a.state(2));
        assertEquals(0, a.cpu(2));
        assertEquals(TaskTrack.RUNNABLE, a.state(3), "moved to CPU 1 after a preemption");
        assertEquals(1, a.cpu(4));
        assertEquals(200, a.end(4), "still running at the end");
        assertEquals(0, tracks.get(999).size(), "an unknown task has an empty track");
        assertEquals(2, tracks.size(), "the idle task has no track");
    }
}
