package org.rtscope.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rtscope.model.Backtrace;
import org.rtscope.model.EventKind;
import org.rtscope.model.Frame;
import org.rtscope.model.TaskState;
import org.rtscope.model.TraceBuilder;

/** Small hand-made traces: a builder with the event types analyses look at, and helpers to add them. */
public final class TestTraces {
    public final TraceBuilder builder = new TraceBuilder();
    private final int sched = builder.eventType("sched_switch");
    private final int wakeup = builder.eventType("sched_wakeup");
    private final int exec = builder.eventType("sched_process_exec");
    private int line;

    public TestTraces cpus(int count) {
        builder.declareCpus(count);
        return this;
    }

    public TestTraces comm(int tid, String comm) {
        builder.tasks().comm(tid, builder.strings().intern(comm));
        return this;
    }

    /** {@code prev} (kernel prio {@code prevPrio}) leaves {@code cpu} still runnable or asleep, {@code next} runs. */
    public TestTraces sw(long ts, int cpu, int prev, int prevPrio, int state, int next, int nextPrio) {
        builder.add(ts, cpu, prev, sched, 0, prev, next, EventKind.packPrios(prevPrio, nextPrio), state, ++line);
        return this;
    }

    public TestTraces sw(long ts, int cpu, int prev, int prevPrio, int next, int nextPrio) {
        return sw(ts, cpu, prev, prevPrio, TaskState.RUNNABLE, next, nextPrio);
    }

    public TestTraces wakeup(long ts, int cpu, int current, int woken, int prio) {
        builder.add(ts, cpu, current, wakeup, 0, woken, prio, cpu, 0, ++line);
        return this;
    }

    public TestTraces exec(long ts, int cpu, int tid) {
        builder.add(ts, cpu, tid, exec, 0, tid, tid, builder.strings().intern("/bin/x"), 0, ++line);
        return this;
    }

    public TestTraces localTimer(long ts, int cpu, int current) {
        builder.add(ts, cpu, current, builder.eventType("local_timer_entry"), 0, 236, 0, 0, 0, ++line);
        return this;
    }

    public TestTraces localTimerExit(long ts, int cpu, int current) {
        builder.add(ts, cpu, current, builder.eventType("local_timer_exit"), 0, 236, 0, 0, 0, ++line);
        return this;
    }

    public TestTraces hrtimer(long ts, int cpu, int current, String function) {
        builder.add(ts, cpu, current, builder.eventType("hrtimer_expire_entry"), 0,
                builder.strings().intern(function), 0, 0, builder.strings().intern("0xffff8886"), ++line);
        return this;
    }

    public TestTraces hrtimerExit(long ts, int cpu, int current) {
        builder.add(ts, cpu, current, builder.eventType("hrtimer_expire_exit"), 0, 0, 0, 0,
                builder.strings().intern("0xffff8886"), ++line);
        return this;
    }

    public TestTraces softirq(long ts, long end, int cpu, int current, int vector) {
        builder.add(ts, cpu, current, builder.eventType("softirq_entry"), 0, vector, 0, 0, 0, ++line);
        builder.add(end, cpu, current, builder.eventType("softirq_exit"), 0, vector, 0, 0, 0, ++line);
        return this;
    }

    /** {@code signal_generate} raised while {@code current} ran, with a callchain (innermost first) when given. */
    public TestTraces signal(long ts, int cpu, int current, int sig, int code, int target, String... frames) {
        int i = builder.add(ts, cpu, current, builder.eventType("signal_generate"), 0, sig, code, target, 1 << 24,
                ++line);
        if (frames.length > 0) {
            List<Frame> list = new ArrayList<>();
            for (String f : frames) {
                list.add(Frame.of(f, -1));
            }
            builder.attachStack(i, new Backtrace(Backtrace.KERNEL, list, ++line));
        }
        return this;
    }

    /** {@code signal_deliver} in {@code current}; {@code handler} is the sa_handler value ("0" = SIG_DFL). */
    public TestTraces deliver(long ts, int cpu, int current, int sig, String handler) {
        builder.add(ts, cpu, current, builder.eventType("signal_deliver"), 0, sig, 128, 0,
                builder.strings().intern("sa_handler=" + handler + " sa_flags=14000000"), ++line);
        return this;
    }

    public TestTraces piSetprio(long ts, int cpu, int current, int tid, int oldPrio, int newPrio) {
        builder.add(ts, cpu, current, builder.eventType("sched_pi_setprio"), 0, tid, oldPrio, newPrio, 0, ++line);
        return this;
    }

    /** An event the model keeps as raw text ({@code name=value} fields). */
    public TestTraces raw(long ts, int cpu, int current, String event, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int at = builder.appendText(b, 0, b.length);
        builder.add(ts, cpu, current, builder.eventType(event), 0, at, b.length, 0, 0, ++line);
        return this;
    }
}
