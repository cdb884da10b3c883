package org.rtscope.analysis;

import org.rtscope.model.EventKind;
import org.rtscope.model.TaskState;
import org.rtscope.model.TraceBuilder;

/** Small hand-made traces: a builder with the event types analyses look at, and helpers to add them. */
final class TestTraces {
    final TraceBuilder builder = new TraceBuilder();
    private final int sched = builder.eventType("sched_switch");
    private final int wakeup = builder.eventType("sched_wakeup");
    private final int exec = builder.eventType("sched_process_exec");
    private int line;

    TestTraces cpus(int count) {
        builder.declareCpus(count);
        return this;
    }

    TestTraces comm(int tid, String comm) {
        builder.tasks().comm(tid, builder.strings().intern(comm));
        return this;
    }

    /** {@code prev} (kernel prio {@code prevPrio}) leaves {@code cpu} still runnable or asleep, {@code next} runs. */
    TestTraces sw(long ts, int cpu, int prev, int prevPrio, int state, int next, int nextPrio) {
        builder.add(ts, cpu, prev, sched, 0, prev, next, EventKind.packPrios(prevPrio, nextPrio), state, ++line);
        return this;
    }

    TestTraces sw(long ts, int cpu, int prev, int prevPrio, int next, int nextPrio) {
        return sw(ts, cpu, prev, prevPrio, TaskState.RUNNABLE, next, nextPrio);
    }

    TestTraces wakeup(long ts, int cpu, int current, int woken, int prio) {
        builder.add(ts, cpu, current, wakeup, 0, woken, prio, cpu, 0, ++line);
        return this;
    }

    TestTraces exec(long ts, int cpu, int tid) {
        builder.add(ts, cpu, tid, exec, 0, tid, tid, builder.strings().intern("/bin/x"), 0, ++line);
        return this;
    }

    TestTraces localTimer(long ts, int cpu, int current) {
        builder.add(ts, cpu, current, builder.eventType("local_timer_entry"), 0, 236, 0, 0, 0, ++line);
        return this;
    }

    TestTraces hrtimer(long ts, int cpu, int current, String function) {
        builder.add(ts, cpu, current, builder.eventType("hrtimer_expire_entry"), 0,
                builder.strings().intern(function), 0, 0, builder.strings().intern("0xffff8886"), ++line);
        return this;
    }
}
