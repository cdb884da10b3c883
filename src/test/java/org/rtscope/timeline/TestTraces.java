package org.rtscope.timeline;

import java.util.Arrays;
import java.util.List;
import org.rtscope.model.Case;
import org.rtscope.model.EventKind;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.TaskState;
import org.rtscope.model.Trace;
import org.rtscope.model.TraceBuilder;

/** Builds small traces from context switches and other events, the way a parser would feed {@link TraceBuilder}. */
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

    /** At {@code ts}, {@code cpu} switches from whatever ran (left runnable) to {@code tid} at kernel priority {@code prio}. */
    TestTraces run(int cpu, long ts, int tid, int prio) {
        return run(cpu, ts, tid, prio, TaskState.RUNNABLE);
    }

    /** As {@link #run(int, long, int, int)}, the previous task leaving in {@code prevState}. */
    TestTraces run(int cpu, long ts, int tid, int prio, int prevState) {
        int prev = current[cpu];
        builder.add(ts, cpu, prev, switchType, 0, prev, tid, EventKind.packPrios(currentPrio[cpu], prio), prevState,
                line++);
        current[cpu] = tid;
        currentPrio[cpu] = prio;
        return this;
    }

    /** Any event by name with its four argument slots; string slots take pool ids from {@link #string}. */
    TestTraces event(int cpu, long ts, String name, int a0, int a1, int a2, int a3) {
        builder.add(ts, cpu, current[cpu], builder.eventType(name), 0, a0, a1, a2, a3, line++);
        return this;
    }

    /** A pool id for an event argument. */
    int string(String s) {
        return builder.strings().intern(s);
    }

    /** Ends the trace at {@code ts} with an event on {@code cpu}. */
    Trace end(int cpu, long ts) {
        builder.add(ts, cpu, current[cpu], markerType, 0, 0, 0, 0, 0, line++);
        return builder.build();
    }

    /** A case of one source holding {@code trace}. */
    static Case caseOf(Trace trace) {
        return new Case(List.of(new Case.Source(new SourceReport("test.txt", SourceFormat.FTRACE), trace)));
    }

    /** The timeline of a case of one source holding {@code trace}. */
    static TimelineData timeline(Trace trace) {
        return TimelineData.of(caseOf(trace));
    }
}
