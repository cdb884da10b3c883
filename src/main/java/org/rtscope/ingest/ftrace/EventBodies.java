package org.rtscope.ingest.ftrace;

import org.rtscope.ingest.text.Bytes;
import org.rtscope.ingest.text.KeyValueFields;
import org.rtscope.ingest.text.KeyValueFields.Keys;
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
    // The keys each kernel-text body is read for; the int constants below are indexes into them.
    private static final Keys SWITCH_KEYS = new Keys("prev_comm", "prev_pid", "prev_prio", "prev_state",
            "next_comm", "next_pid", "next_prio");
    private static final int PREV_COMM = 0, PREV_PID = 1, PREV_PRIO = 2, PREV_STATE = 3, NEXT_COMM = 4,
            NEXT_PID = 5, NEXT_PRIO = 6;
    /** sched_wakeup*, and the "comm= pid= prio=" bodies of sched_process_exit and sched_pi_setprio. */
    private static final Keys TASK_KEYS = new Keys("comm", "pid", "prio", "target_cpu", "cpu", "group_dead",
            "oldprio", "newprio");
    private static final int COMM = 0, PID = 1, PRIO = 2, TARGET_CPU = 3, CPU = 4, GROUP_DEAD = 5, OLD_PRIO = 6,
            NEW_PRIO = 7;
    private static final Keys FORK_KEYS = new Keys("comm", "pid", "parent_comm", "parent_pid", "child_comm",
            "child_pid");
    private static final int PARENT_COMM = 2, PARENT_PID = 3, CHILD_COMM = 4, CHILD_PID = 5;
    private static final Keys EXEC_KEYS = new Keys("filename", "pid", "old_pid");
    private static final int FILENAME = 0, OLD_PID = 2;
    private static final Keys SIGNAL_KEYS = new Keys("sig", "errno", "code", "comm", "pid", "grp", "res",
            "sa_handler");
    private static final int SIG = 0, ERRNO = 1, CODE = 2, SIGNAL_COMM = 3, SIGNAL_PID = 4, GRP = 5, RES = 6,
            SA_HANDLER = 7;
    private static final Keys IRQ_KEYS = new Keys("irq", "name", "ret");
    private static final int IRQ = 0, NAME = 1, RET = 2;
    private static final Keys SOFTIRQ_KEYS = new Keys("vec");
    private static final Keys LOCAL_TIMER_KEYS = new Keys("vector");
    /** The one key of {@link #SOFTIRQ_KEYS} and {@link #LOCAL_TIMER_KEYS}. */
    private static final int ONLY = 0;
    private static final Keys HRTIMER_KEYS = new Keys("hrtimer", "function", "now");
    private static final int HRTIMER = 0, FUNCTION = 1, NOW = 2;
    private static final Keys TICK_STOP_KEYS = new Keys("success", "dependency");
    private static final int SUCCESS = 0, DEPENDENCY = 1;

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
            case OTHER:
                args[0] = builder.appendText(buf, from, end - from);
                args[1] = end - from;
                return true;
            default:
                Keyed reader = Keyed.of(kind);
                kv.split(buf, from, end, reader.keys);
                return reader.read(this, buf, end);
        }
    }

    /**
     * The readers of the bodies that are only ever kernel {@code key=value} text, each with the keys it reads.
     * {@link #parse} calls them through this enum, a call site the JIT compiler sees with many receivers
     * and does not inline, so each reader is compiled on its own when it is hot. Inlined into one method
     * they had made the largest single compilation of a cold import (0.3 s of C2 time), and the parser's
     * own loop waited behind it in the compile queue.
     */
    private enum Keyed {
        FORK(EventKind.SCHED_PROCESS_FORK, FORK_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.fork(buf);
            }
        },
        EXEC(EventKind.SCHED_PROCESS_EXEC, EXEC_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.exec(buf);
            }
        },
        EXIT(EventKind.SCHED_PROCESS_EXIT, TASK_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.exit(buf);
            }
        },
        PI_SETPRIO(EventKind.SCHED_PI_SETPRIO, TASK_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.piSetprio(buf);
            }
        },
        SIGNAL_GENERATE(EventKind.SIGNAL_GENERATE, SIGNAL_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.signalGenerate(buf);
            }
        },
        SIGNAL_DELIVER(EventKind.SIGNAL_DELIVER, SIGNAL_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.signalDeliver(buf, end);
            }
        },
        IRQ_ENTRY(EventKind.IRQ_HANDLER_ENTRY, IRQ_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.irqEntry(buf);
            }
        },
        IRQ_EXIT(EventKind.IRQ_HANDLER_EXIT, IRQ_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.irqExit(buf);
            }
        },
        SOFTIRQ_ENTRY(EventKind.SOFTIRQ_ENTRY, SOFTIRQ_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.single();
            }
        },
        SOFTIRQ_EXIT(EventKind.SOFTIRQ_EXIT, SOFTIRQ_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.single();
            }
        },
        LOCAL_TIMER_ENTRY(EventKind.LOCAL_TIMER_ENTRY, LOCAL_TIMER_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.single();
            }
        },
        LOCAL_TIMER_EXIT(EventKind.LOCAL_TIMER_EXIT, LOCAL_TIMER_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.single();
            }
        },
        HRTIMER_ENTRY(EventKind.HRTIMER_EXPIRE_ENTRY, HRTIMER_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.hrtimerEntry(buf);
            }
        },
        HRTIMER_EXIT(EventKind.HRTIMER_EXPIRE_EXIT, HRTIMER_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.hrtimerExit(buf);
            }
        },
        TICK_STOP(EventKind.TICK_STOP, TICK_STOP_KEYS) {
            @Override
            boolean read(EventBodies bodies, byte[] buf, int end) {
                return bodies.tickStop(buf);
            }
        };

        private static final Keyed[] BY_KIND = new Keyed[EventKind.values().length];

        static {
            for (Keyed reader : values()) {
                BY_KIND[reader.kind.ordinal()] = reader;
            }
        }

        final EventKind kind;
        final Keys keys;

        Keyed(EventKind kind, Keys keys) {
            this.kind = kind;
            this.keys = keys;
        }

        /** Reads the slots of a body {@link #kv} has split with {@link #keys}. */
        abstract boolean read(EventBodies bodies, byte[] buf, int end);

        static Keyed of(EventKind kind) {
            Keyed reader = BY_KIND[kind.ordinal()];
            if (reader == null) {
                throw new IllegalArgumentException("no key=value reader for " + kind);
            }
            return reader;
        }
    }

    private boolean schedSwitch(byte[] buf, int from, int end) {
        if (Bytes.startsWith(buf, from, end, "prev_comm=")) {
            kv.split(buf, from, end, SWITCH_KEYS);
            int prev = kv.intValue(PREV_PID, -1);
            int next = kv.intValue(NEXT_PID, -1);
            if (prev < 0 || next < 0 || !kv.has(PREV_STATE) || !kv.has(NEXT_COMM)) {
                return false;
            }
            learnComm(prev, PREV_COMM, buf);
            learnComm(next, NEXT_COMM, buf);
            args[0] = prev;
            args[1] = next;
            args[2] = EventKind.packPrios(kv.intValue(PREV_PRIO, 120), kv.intValue(NEXT_PRIO, 120));
            int s = kv.valueStart(PREV_STATE);
            int e = kv.valueEnd(PREV_STATE);
            args[3] = Bytes.isDigit(buf[s]) ? rawState(kv.longValue(PREV_STATE)) : TaskState.parseKernel(buf, s, e - s);
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
            kv.split(buf, from, end, TASK_KEYS);
            int tid = kv.intValue(PID, -1);
            if (tid < 0) {
                return false;
            }
            learnComm(tid, COMM, buf);
            args[0] = tid;
            args[1] = kv.intValue(PRIO, 120);
            args[2] = kv.intValue(TARGET_CPU, kv.intValue(CPU, -1));
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

    private boolean fork(byte[] buf) {
        // the kernel prints "comm= pid="; trace-cmd -R prints the field names "parent_comm= parent_pid="
        int parent = kv.intValue(PID, kv.intValue(PARENT_PID, -1));
        int child = kv.intValue(CHILD_PID, -1);
        if (parent < 0 || child < 0 || !kv.has(CHILD_COMM)) {
            return false;
        }
        learnComm(parent, kv.has(COMM) ? COMM : PARENT_COMM, buf);
        int childCommId = intern(buf, CHILD_COMM);
        tasks.comm(child, childCommId);
        args[0] = parent;
        args[1] = child;
        args[2] = childCommId;
        return true;
    }

    private boolean exec(byte[] buf) {
        int tid = kv.intValue(PID, -1);
        if (!kv.has(FILENAME) || tid < 0) {
            return false;
        }
        args[0] = tid;
        args[1] = kv.intValue(OLD_PID, tid);
        args[2] = intern(buf, FILENAME);
        return true;
    }

    private boolean exit(byte[] buf) {
        int tid = taskFields(buf);
        if (tid < 0) {
            return false;
        }
        args[0] = tid;
        args[1] = kv.intValue(PRIO, 120);
        args[2] = !kv.has(GROUP_DEAD) ? -1 : buf[kv.valueStart(GROUP_DEAD)] == 't' || buf[kv.valueStart(GROUP_DEAD)] == '1' ? 1 : 0;
        return true;
    }

    /** The pid of a "comm=.. pid=.." body (-1 when missing), learning the comm. */
    private int taskFields(byte[] buf) {
        int tid = kv.intValue(PID, -1);
        if (tid >= 0) {
            learnComm(tid, COMM, buf);
        }
        return tid;
    }

    private boolean piSetprio(byte[] buf) {
        int tid = taskFields(buf);
        if (tid < 0) {
            return false;
        }
        args[0] = tid;
        args[1] = kv.intValue(OLD_PRIO, 120);
        args[2] = kv.intValue(NEW_PRIO, 120);
        return true;
    }

    private boolean signalGenerate(byte[] buf) {
        int sig = kv.intValue(SIG, -1);
        int target = kv.intValue(SIGNAL_PID, -1);
        if (sig < 0 || target < 0) {
            return false;
        }
        learnComm(target, SIGNAL_COMM, buf);
        args[0] = sig;
        args[1] = kv.intValue(CODE, 0);
        args[2] = target;
        args[3] = (kv.intValue(RES, 0) & 0xFF) | (kv.intValue(ERRNO, 0) & 0xFFFF) << 8 | (kv.intValue(GRP, 0) & 0xFF) << 24;
        return true;
    }

    private boolean signalDeliver(byte[] buf, int end) {
        int sig = kv.intValue(SIG, -1);
        if (sig < 0) {
            return false;
        }
        args[0] = sig;
        args[1] = kv.intValue(CODE, 0);
        args[2] = kv.intValue(ERRNO, 0);
        // the handler and everything after it ("sa_handler=55e655ecbe40 sa_flags=14000000"), as printed
        int from = kv.has(SA_HANDLER) ? kv.valueStart(SA_HANDLER) - "sa_handler=".length() : -1;
        args[3] = from < 0 ? StringPool.EMPTY : pool.intern(buf, from, end - from);
        return true;
    }

    private boolean irqEntry(byte[] buf) {
        int irq = kv.intValue(IRQ, -1);
        if (irq < 0) {
            return false;
        }
        args[0] = irq;
        args[1] = kv.has(NAME) ? intern(buf, NAME) : StringPool.EMPTY;
        return true;
    }

    private boolean irqExit(byte[] buf) {
        int irq = kv.intValue(IRQ, -1);
        if (irq < 0) {
            return false;
        }
        args[0] = irq;
        if (kv.has(RET)) {
            byte first = buf[kv.valueStart(RET)];
            // "handled" / "unhandled" as printed, or -R's raw irqreturn_t (1 = IRQ_HANDLED)
            args[1] = first == 'h' || (Bytes.isDigit(first) && kv.intValue(RET, 0) == 1) ? 1 : 0;
        }
        return true;
    }

    /** softirq (vec=) and local_timer (vector=) bodies: one number. */
    private boolean single() {
        int value = kv.intValue(ONLY, Integer.MIN_VALUE);
        if (value == Integer.MIN_VALUE) {
            return false;
        }
        args[0] = value;
        return true;
    }

    private boolean hrtimerEntry(byte[] buf) {
        if (!kv.has(FUNCTION) || !kv.has(HRTIMER)) {
            return false;
        }
        int fs = kv.valueStart(FUNCTION);
        int fe = kv.valueEnd(FUNCTION);
        int slash = Bytes.indexOf(buf, fs, fe, "/0x");
        if (slash > fs) {
            fe = slash; // trace-cmd plugin prints "name/0xsize"
        }
        args[0] = pool.intern(buf, fs, fe - fs);
        long now = kv.longValue(NOW);
        if (now != Bytes.NONE) {
            args[1] = EventFields.low(now);
            args[2] = EventFields.high(now);
        }
        args[3] = intern(buf, HRTIMER);
        return true;
    }

    private boolean hrtimerExit(byte[] buf) {
        if (!kv.has(HRTIMER)) {
            return false;
        }
        args[3] = intern(buf, HRTIMER);
        return true;
    }

    private boolean tickStop(byte[] buf) {
        int success = kv.intValue(SUCCESS, -1);
        if (success < 0) {
            return false;
        }
        args[0] = success;
        args[1] = kv.has(DEPENDENCY) ? intern(buf, DEPENDENCY) : StringPool.EMPTY;
        return true;
    }

    /** The pool id of the value of {@code key}, which the last split found. */
    private int intern(byte[] buf, int key) {
        int from = kv.valueStart(key);
        return pool.intern(buf, from, kv.valueEnd(key) - from);
    }

    /** Teaches the task table the comm of {@code tid} from the value of {@code key}, when present. */
    private void learnComm(int tid, int key, byte[] buf) {
        if (kv.has(key)) {
            learnComm(tid, kv.valueStart(key), kv.valueEnd(key), buf);
        }
    }

    private void learnComm(int tid, int from, int end, byte[] buf) {
        if (tid <= 0 || end <= from) {
            return;
        }
        tasks.comm(tid, buf, from, end - from);
    }
}
