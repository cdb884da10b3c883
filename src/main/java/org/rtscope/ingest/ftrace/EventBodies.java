package org.rtscope.ingest.ftrace;

import org.rtscope.ingest.text.Bytes;
import org.rtscope.ingest.text.KeyValueFields;
import org.rtscope.model.EventFields;
import org.rtscope.model.EventKind;
import org.rtscope.model.StringPool;
import org.rtscope.model.TaskState;
import org.rtscope.model.TaskTable;
import org.rtscope.model.TraceBuilder;

/**
 * Reads the body of the natively understood events into the four argument slots of
 * {@link EventKind}. Three dialects reach here: the kernel's own {@code key=value} text (ftrace,
 * trace-cmd -R), trace-cmd's plugin forms ({@code comm:pid [prio] S ==> comm:pid [prio]},
 * {@code comm:pid [prio] CPU:001}, {@code function=name/0x0}) and -R raw numbers
 * ({@code prev_state=1}, {@code function=0xffffffff8141e4b0}). Comms found in bodies teach the task
 * table. Returns false when a body does not have the fields its event must have.
 *
 * <p>Public because {@code perf script} prints tracepoint bodies in the same kernel text, and its
 * importer must land them in exactly the same slots so a perf recording draws the same lanes.
 */
public final class EventBodies {
    private final TraceBuilder builder;
    private final StringPool pool;
    private final TaskTable.Builder tasks;
    private final KeyValueFields kv = new KeyValueFields();
    /** The parsed argument slots of the last successful {@link #parse}. */
    public final int[] args = new int[4];

    public EventBodies(TraceBuilder builder) {
        this.builder = builder;
        this.pool = builder.strings();
        this.tasks = builder.tasks();
    }

    public boolean parse(EventKind kind, byte[] buf, int from, int end) {
        args[0] = 0;
        args[1] = 0;
        args[2] = 0;
        args[3] = 0;
        switch (kind) {
            case SCHED_SWITCH:
                return schedSwitch(buf, from, end);
            case SCHED_WAKEUP:
            case SCHED_WAKEUP_NEW:
            case SCHED_WAKING:
                return wakeup(buf, from, end);
            case SCHED_PROCESS_FORK:
                return fork(buf, from, end);
            case SCHED_PROCESS_EXEC:
                return exec(buf, from, end);
            case SCHED_PROCESS_EXIT:
                return exit(buf, from, end);
            case SCHED_PI_SETPRIO:
                return piSetprio(buf, from, end);
            case SIGNAL_GENERATE:
                return signalGenerate(buf, from, end);
            case SIGNAL_DELIVER:
                return signalDeliver(buf, from, end);
            case IRQ_HANDLER_ENTRY:
                return irqEntry(buf, from, end);
            case IRQ_HANDLER_EXIT:
                return irqExit(buf, from, end);
            case SOFTIRQ_ENTRY:
            case SOFTIRQ_EXIT:
                return single(buf, from, end, "vec");
            case LOCAL_TIMER_ENTRY:
            case LOCAL_TIMER_EXIT:
                return single(buf, from, end, "vector");
            case HRTIMER_EXPIRE_ENTRY:
                return hrtimerEntry(buf, from, end);
            case HRTIMER_EXPIRE_EXIT:
                return hrtimerExit(buf, from, end);
            case TICK_STOP:
                return tickStop(buf, from, end);
            default:
                args[0] = builder.appendText(buf, from, end - from);
                args[1] = end - from;
                return true;
        }
    }

    private boolean schedSwitch(byte[] buf, int from, int end) {
        if (Bytes.startsWith(buf, from, end, "prev_comm=")) {
            kv.split(buf, from, end);
            int prevComm = kv.find("prev_comm");
            int prev = kv.intValue("prev_pid", -1);
            int next = kv.intValue("next_pid", -1);
            int state = kv.find("prev_state");
            int nextComm = kv.find("next_comm");
            if (prev < 0 || next < 0 || state < 0 || nextComm < 0) {
                return false;
            }
            learnComm(prev, kv.valueStart(prevComm), kv.valueEnd(prevComm), buf);
            learnComm(next, kv.valueStart(nextComm), kv.valueEnd(nextComm), buf);
            args[0] = prev;
            args[1] = next;
            args[2] = EventKind.packPrios(kv.intValue("prev_prio", 120), kv.intValue("next_prio", 120));
            int s = kv.valueStart(state);
            int e = kv.valueEnd(state);
            args[3] = Bytes.isDigit(buf[s]) ? rawState(Bytes.parseLong(buf, s, e)) : TaskState.parseKernel(buf, s, e - s);
            return true;
        }
        // plugin form: "prev:pid [prio] STATE ==> next:pid [prio]"
        // look for the rare '=' rather than the space every comm and field is full of
        int arrow = Bytes.indexOf(buf, from + 1, end, "==> ") - 1;
        while (arrow >= from && buf[arrow] != ' ') {
            arrow = Bytes.indexOf(buf, arrow + 2, end, "==> ") - 1;
        }
        if (arrow < from) {
            return false;
        }
        int leftEnd = Bytes.trimEnd(buf, from, arrow);
        int stateStart = Bytes.lastIndexOf(buf, from, leftEnd, (byte) ' ') + 1;
        if (stateStart <= from) {
            return false;
        }
        int state = TaskState.parsePlugin(buf, stateStart, leftEnd - stateStart);
        if (!taskWithPrio(buf, from, Bytes.trimEnd(buf, from, stateStart), 0, 2)) {
            return false;
        }
        int prevPrio = args[2];
        if (!taskWithPrio(buf, Bytes.skipSpaces(buf, arrow + 5, end), end, 1, 2)) {
            return false;
        }
        args[2] = EventKind.packPrios(prevPrio, args[2]);
        args[3] = state;
        return true;
    }

    /**
     * Kernel prev_state bit values (v4.14+ TASK_REPORT): 1 S, 2 D, 4 T, 8 t, 16 X, 32 Z, 64 P, 128 I;
     * TASK_REPORT_MAX (256) alone means preempted while runnable (R+).
     */
    private static int rawState(long value) {
        if (value == Bytes.NONE) {
            return TaskState.UNKNOWN;
        }
        int bits = (int) (value & 0xFF);
        int state = bits;
        if (value == 0x100) {
            return TaskState.PREEMPTED;
        }
        return state;
    }

    /** Parses "comm:pid [prio]" in [from, end) into slot {@code tidSlot} and the prio into {@code prioSlot}. */
    private boolean taskWithPrio(byte[] buf, int from, int end, int tidSlot, int prioSlot) {
        int open = Bytes.lastIndexOf(buf, from, end, (byte) '[');
        if (open < 0) {
            return false;
        }
        int prio = Bytes.parseInt(buf, open + 1, end, Integer.MIN_VALUE);
        int commPidEnd = Bytes.trimEnd(buf, from, open);
        int colon = Bytes.lastIndexOf(buf, from, commPidEnd, (byte) ':');
        if (colon < 0 || prio == Integer.MIN_VALUE) {
            return false;
        }
        int tid = Bytes.parseInt(buf, colon + 1, commPidEnd, -1);
        if (tid < 0) {
            return false;
        }
        learnComm(tid, from, colon, buf);
        args[tidSlot] = tid;
        args[prioSlot] = prio;
        return true;
    }

    private boolean wakeup(byte[] buf, int from, int end) {
        if (Bytes.startsWith(buf, from, end, "comm=")) {
            kv.split(buf, from, end);
            int comm = kv.find("comm");
            int tid = kv.intValue("pid", -1);
            if (tid < 0) {
                return false;
            }
            learnComm(tid, kv.valueStart(comm), kv.valueEnd(comm), buf);
            args[0] = tid;
            args[1] = kv.intValue("prio", 120);
            args[2] = kv.intValue("target_cpu", kv.intValue("cpu", -1));
            return true;
        }
        // plugin form: "comm:pid [prio] [success=1] CPU:001"
        int cpuAt = Bytes.indexOf(buf, from, end, "CPU:");
        int taskEnd = cpuAt < 0 ? end : cpuAt;
        int success = Bytes.indexOf(buf, from, taskEnd, " success=");
        if (success >= 0) {
            taskEnd = success;
        }
        if (!taskWithPrio(buf, from, Bytes.trimEnd(buf, from, taskEnd), 0, 1)) {
            return false;
        }
        args[2] = cpuAt < 0 ? -1 : Bytes.parseInt(buf, cpuAt + 4, end, -1);
        return true;
    }

    private boolean fork(byte[] buf, int from, int end) {
        kv.split(buf, from, end);
        // the kernel prints "comm= pid="; trace-cmd -R prints the field names "parent_comm= parent_pid="
        int parent = kv.intValue("pid", kv.intValue("parent_pid", -1));
        int child = kv.intValue("child_pid", -1);
        int childComm = kv.find("child_comm");
        int comm = kv.find("comm") >= 0 ? kv.find("comm") : kv.find("parent_comm");
        if (parent < 0 || child < 0 || childComm < 0) {
            return false;
        }
        if (comm >= 0) {
            learnComm(parent, kv.valueStart(comm), kv.valueEnd(comm), buf);
        }
        int childCommId = pool.intern(buf, kv.valueStart(childComm), kv.valueEnd(childComm) - kv.valueStart(childComm));
        tasks.comm(child, childCommId);
        args[0] = parent;
        args[1] = child;
        args[2] = childCommId;
        return true;
    }

    private boolean exec(byte[] buf, int from, int end) {
        kv.split(buf, from, end);
        int filename = kv.find("filename");
        int tid = kv.intValue("pid", -1);
        if (filename < 0 || tid < 0) {
            return false;
        }
        args[0] = tid;
        args[1] = kv.intValue("old_pid", tid);
        args[2] = pool.intern(buf, kv.valueStart(filename), kv.valueEnd(filename) - kv.valueStart(filename));
        return true;
    }

    private boolean exit(byte[] buf, int from, int end) {
        int tid = taskFields(buf, from, end);
        if (tid < 0) {
            return false;
        }
        args[0] = tid;
        args[1] = kv.intValue("prio", 120);
        int groupDead = kv.find("group_dead");
        args[2] = groupDead < 0 ? -1 : buf[kv.valueStart(groupDead)] == 't' || buf[kv.valueStart(groupDead)] == '1' ? 1 : 0;
        return true;
    }

    /** Splits a "comm=.. pid=.." body, learns the comm, and returns the pid (-1 when missing). */
    private int taskFields(byte[] buf, int from, int end) {
        kv.split(buf, from, end);
        int tid = kv.intValue("pid", -1);
        int comm = kv.find("comm");
        if (tid >= 0 && comm >= 0) {
            learnComm(tid, kv.valueStart(comm), kv.valueEnd(comm), buf);
        }
        return tid;
    }

    private boolean piSetprio(byte[] buf, int from, int end) {
        int tid = taskFields(buf, from, end);
        if (tid < 0) {
            return false;
        }
        args[0] = tid;
        args[1] = kv.intValue("oldprio", 120);
        args[2] = kv.intValue("newprio", 120);
        return true;
    }

    private boolean signalGenerate(byte[] buf, int from, int end) {
        kv.split(buf, from, end);
        int sig = kv.intValue("sig", -1);
        int target = kv.intValue("pid", -1);
        if (sig < 0 || target < 0) {
            return false;
        }
        int comm = kv.find("comm");
        if (comm >= 0) {
            learnComm(target, kv.valueStart(comm), kv.valueEnd(comm), buf);
        }
        args[0] = sig;
        args[1] = kv.intValue("code", 0);
        args[2] = target;
        args[3] = (kv.intValue("res", 0) & 0xFF) | (kv.intValue("errno", 0) & 0xFFFF) << 8 | (kv.intValue("grp", 0) & 0xFF) << 24;
        return true;
    }

    private boolean signalDeliver(byte[] buf, int from, int end) {
        kv.split(buf, from, end);
        int sig = kv.intValue("sig", -1);
        if (sig < 0) {
            return false;
        }
        args[0] = sig;
        args[1] = kv.intValue("code", 0);
        args[2] = kv.intValue("errno", 0);
        int handler = kv.find("sa_handler");
        args[3] = handler < 0 ? StringPool.EMPTY : pool.intern(buf, kv.valueStart(handler) - "sa_handler=".length(),
                end - kv.valueStart(handler) + "sa_handler=".length());
        return true;
    }

    private boolean irqEntry(byte[] buf, int from, int end) {
        kv.split(buf, from, end);
        int irq = kv.intValue("irq", -1);
        int name = kv.find("name");
        if (irq < 0) {
            return false;
        }
        args[0] = irq;
        args[1] = name < 0 ? StringPool.EMPTY : pool.intern(buf, kv.valueStart(name), kv.valueEnd(name) - kv.valueStart(name));
        return true;
    }

    private boolean irqExit(byte[] buf, int from, int end) {
        kv.split(buf, from, end);
        int irq = kv.intValue("irq", -1);
        int ret = kv.find("ret");
        if (irq < 0) {
            return false;
        }
        args[0] = irq;
        args[1] = ret >= 0 && buf[kv.valueStart(ret)] == 'h' ? 1 : 0;
        if (ret >= 0 && Bytes.isDigit(buf[kv.valueStart(ret)])) {
            args[1] = Bytes.parseInt(buf, kv.valueStart(ret), kv.valueEnd(ret), 0) == 1 ? 1 : 0;
        }
        return true;
    }

    private boolean single(byte[] buf, int from, int end, String key) {
        kv.split(buf, from, end);
        int value = kv.intValue(key, Integer.MIN_VALUE);
        if (value == Integer.MIN_VALUE) {
            return false;
        }
        args[0] = value;
        return true;
    }

    private boolean hrtimerEntry(byte[] buf, int from, int end) {
        kv.split(buf, from, end);
        int function = kv.find("function");
        int timer = kv.find("hrtimer");
        if (function < 0 || timer < 0) {
            return false;
        }
        int fs = kv.valueStart(function);
        int fe = kv.valueEnd(function);
        int slash = Bytes.indexOf(buf, fs, fe, "/0x");
        if (slash > fs) {
            fe = slash; // trace-cmd plugin prints "name/0xsize"
        }
        args[0] = pool.intern(buf, fs, fe - fs);
        long now = kv.longValue("now");
        if (now != Bytes.NONE) {
            args[1] = EventFields.low(now);
            args[2] = EventFields.high(now);
        }
        args[3] = pool.intern(buf, kv.valueStart(timer), kv.valueEnd(timer) - kv.valueStart(timer));
        return true;
    }

    private boolean hrtimerExit(byte[] buf, int from, int end) {
        kv.split(buf, from, end);
        int timer = kv.find("hrtimer");
        if (timer < 0) {
            return false;
        }
        args[3] = pool.intern(buf, kv.valueStart(timer), kv.valueEnd(timer) - kv.valueStart(timer));
        return true;
    }

    private boolean tickStop(byte[] buf, int from, int end) {
        kv.split(buf, from, end);
        int success = kv.intValue("success", -1);
        if (success < 0) {
            return false;
        }
        int dependency = kv.find("dependency");
        args[0] = success;
        args[1] = dependency < 0 ? StringPool.EMPTY
                : pool.intern(buf, kv.valueStart(dependency), kv.valueEnd(dependency) - kv.valueStart(dependency));
        return true;
    }

    private void learnComm(int tid, int from, int end, byte[] buf) {
        if (tid <= 0 || end <= from) {
            return;
        }
        tasks.comm(tid, buf, from, end - from);
    }
}
