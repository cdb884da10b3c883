package org.rtscope.timeline;

import java.util.Arrays;

import org.rtscope.model.EventKind;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;
import org.rtscope.model.TraceBuilder;

/** Builds small traces from context switches, the way a parser would feed {@link TraceBuilder}. */
final class TestTraces {
    private final TraceBuilder builder = new TraceBuilder();
    private final int switchType = builder.eventType("sched_switch");
    private final int markerType = builder.eventType("marker");
    private final int[] current;
    private final int[] currentPrio;
    private int line = 1;

    TestTraces(int cpus) {
        builder.declareCpus(cpus);
        current = new int[cpus];
        currentPrio = new int[cpus];
        Arrays.fill(currentPrio, 120);
    }

    TestTraces comm(int tid, String comm) {
        builder.tasks().comm(tid, builder.strings().intern(comm));
        return this;
    }

    /** At {@code ts}, {@code cpu} switches from whatever ran to {@code tid} at kernel priority {@code prio}. */
    TestTraces run(int cpu, long ts, int tid, int prio) {
        int prev = current[cpu];
        builder.add(ts, cpu, prev, switchType, 0, prev, tid, EventKind.packPrios(currentPrio[cpu], prio),
                TaskState.RUNNABLE, line++);
        current[cpu] = tid;
        currentPrio[cpu] = prio;
        return this;
    }

    /** Ends the trace at {@code ts} with an event on {@code cpu}. */
    Trace end(int cpu, long ts) {
        builder.add(ts, cpu, current[cpu], markerType, 0, 0, 0, 0, 0, line++);
        return builder.build();
    }
}
