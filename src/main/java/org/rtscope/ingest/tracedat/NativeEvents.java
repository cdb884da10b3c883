package org.rtscope.ingest.tracedat;

import org.rtscope.model.EventFields;
import org.rtscope.model.EventKind;
import org.rtscope.model.StringPool;
import org.rtscope.model.TaskTable;
import org.rtscope.model.TraceBuilder;

/**
 * Fills the four argument slots of the natively understood events from their binary fields, with the
 * same values the text importer ({@code EventBodies}) takes from the printed form, and teaches the
 * task table the comms the fields carry, in the same order. Which field is which is looked up by name
 * in each event's format once ({@link #bind}); a format that lacks a required field is not decoded.
 */
final class NativeEvents {
    private final StringPool pool;
    private final TaskTable.Builder tasks;
    private final Kallsyms kallsyms;
    private final LongIntMap symbolIds = new LongIntMap();
    private final LongIntMap pointerIds = new LongIntMap();
    /** The slots of the last successful {@link #decode}. */
    final int[] args = new int[4];

    /** The fields of one event format in the order its kind reads them, and its value tables. */
    static final class Binding {
        final EventKind kind;
        final FormatField[] fields;
        final TaskStates states;
        final PrintFormatTables.Table symbols;

        Binding(EventKind kind, FormatField[] fields, TaskStates states, PrintFormatTables.Table symbols) {
            this.kind = kind;
            this.fields = fields;
            this.states = states;
            this.symbols = symbols;
        }
    }

    NativeEvents(TraceBuilder builder, Kallsyms kallsyms) {
        this.pool = builder.strings();
        this.tasks = builder.tasks();
        this.kallsyms = kallsyms;
    }

    /**
     * Looks up the fields {@code kind} needs in {@code format}; throws naming the first missing
     * required field.
     */
    static Binding bind(EventFormat format, EventKind kind) throws TraceDatException {
        switch (kind) {
            case SCHED_SWITCH:
                return new Binding(kind, fields(format, 2 | 8 | 32, "prev_comm", "prev_pid", "prev_prio", "prev_state",
                        "next_comm", "next_pid", "next_prio"), new TaskStates(format.printFormat, "prev_state"), null);
            case SCHED_WAKEUP:
            case SCHED_WAKEUP_NEW:
            case SCHED_WAKING:
                return new Binding(kind, fields(format, 2, "comm", "pid", "prio", "target_cpu|cpu"), null, null);
            case SCHED_PROCESS_FORK:
                return new Binding(kind, fields(format, 2 | 4 | 8, "parent_comm", "parent_pid", "child_comm",
                        "child_pid"), null, null);
            case SCHED_PROCESS_EXEC:
                return new Binding(kind, fields(format, 1 | 2, "filename", "pid", "old_pid"), null, null);
            case SCHED_PROCESS_EXIT:
                return new Binding(kind, fields(format, 2, "comm", "pid", "prio", "group_dead"), null, null);
            case SCHED_PI_SETPRIO:
                return new Binding(kind, fields(format, 2, "comm", "pid", "oldprio", "newprio"), null, null);
            case SIGNAL_GENERATE:
                return new Binding(kind, fields(format, 1 | 16, "sig", "errno", "code", "comm", "pid", "group|grp",
                        "result|res"), null, null);
            case SIGNAL_DELIVER:
                return new Binding(kind, fields(format, 1, "sig", "errno", "code", "sa_handler", "sa_flags"), null, null);
            case IRQ_HANDLER_ENTRY:
                return new Binding(kind, fields(format, 1, "irq", "name"), null, null);
            case IRQ_HANDLER_EXIT:
                return new Binding(kind, fields(format, 1, "irq", "ret"), null, null);
            case SOFTIRQ_ENTRY:
            case SOFTIRQ_EXIT:
                return new Binding(kind, fields(format, 1, "vec"), null, null);
            case LOCAL_TIMER_ENTRY:
            case LOCAL_TIMER_EXIT:
                return new Binding(kind, fields(format, 1, "vector"), null, null);
            case HRTIMER_EXPIRE_ENTRY:
                return new Binding(kind, fields(format, 1 | 2, "hrtimer", "function", "now"), null, null);
            case HRTIMER_EXPIRE_EXIT:
                return new Binding(kind, fields(format, 1, "hrtimer"), null, null);
            case TICK_STOP:
                return new Binding(kind, fields(format, 1, "success", "dependency"), null,
                        PrintFormatTables.symbolic(format.printFormat, "dependency"));
            default:
                throw new TraceDatException(kind + " is not a native event");
        }
    }

    /** Field {@code i} is {@code names[i]} ("a|b": the first that exists); bit i of {@code required} makes it mandatory. */
    private static FormatField[] fields(EventFormat format, int required, String... names) throws TraceDatException {
        FormatField[] fields = new FormatField[names.length];
        for (int i = 0; i < names.length; i++) {
            fields[i] = format.field(names[i].split("\\|"));
            if (fields[i] == null && (required & (1 << i)) != 0) {
                throw new TraceDatException("format of " + format.name + " has no field " + names[i]);
            }
        }
        return fields;
    }

    /** Fills {@link #args} from record {@code r}. */
    void decode(Binding b, EventRecord r) {
        args[0] = 0;
        args[1] = 0;
        args[2] = 0;
        args[3] = 0;
        FormatField[] f = b.fields;
        switch (b.kind) {
            case SCHED_SWITCH: {
                int prev = (int) r.number(f[1]);
                int next = (int) r.number(f[5]);
                learnComm(r, f[0], prev);
                learnComm(r, f[4], next);
                args[0] = prev;
                args[1] = next;
                args[2] = EventKind.packPrios(intOr(r, f[2], 120), intOr(r, f[6], 120));
                args[3] = b.states.toTaskState(r.number(f[3]));
                break;
            }
            case SCHED_WAKEUP:
            case SCHED_WAKEUP_NEW:
            case SCHED_WAKING: {
                int tid = (int) r.number(f[1]);
                learnComm(r, f[0], tid);
                args[0] = tid;
                args[1] = intOr(r, f[2], 120);
                args[2] = intOr(r, f[3], -1);
                break;
            }
            case SCHED_PROCESS_FORK: {
                int parent = (int) r.number(f[1]);
                int child = (int) r.number(f[3]);
                learnComm(r, f[0], parent);
                int childComm = r.text(f[2]) ? pool.intern(r.buf, r.at, r.size) : StringPool.EMPTY;
                tasks.comm(child, childComm);
                args[0] = parent;
                args[1] = child;
                args[2] = childComm;
                break;
            }
            case SCHED_PROCESS_EXEC: {
                int tid = (int) r.number(f[1]);
                args[0] = tid;
                args[1] = intOr(r, f[2], tid);
                args[2] = r.text(f[0]) ? pool.intern(r.buf, r.at, r.size) : StringPool.EMPTY;
                break;
            }
            case SCHED_PROCESS_EXIT: {
                int tid = (int) r.number(f[1]);
                learnComm(r, f[0], tid);
                args[0] = tid;
                args[1] = intOr(r, f[2], 120);
                args[2] = f[3] == null ? -1 : r.number(f[3]) != 0 ? 1 : 0;
                break;
            }
            case SCHED_PI_SETPRIO: {
                int tid = (int) r.number(f[1]);
                learnComm(r, f[0], tid);
                args[0] = tid;
                args[1] = intOr(r, f[2], 120);
                args[2] = intOr(r, f[3], 120);
                break;
            }
            case SIGNAL_GENERATE: {
                int target = (int) r.number(f[4]);
                learnComm(r, f[3], target);
                args[0] = (int) r.number(f[0]);
                args[1] = (int) r.number(f[2]);
                args[2] = target;
                args[3] = ((int) r.number(f[6]) & 0xFF) | ((int) r.number(f[1]) & 0xFFFF) << 8
                        | ((int) r.number(f[5]) & 0xFF) << 24;
                break;
            }
            case SIGNAL_DELIVER:
                args[0] = (int) r.number(f[0]);
                args[1] = (int) r.number(f[2]);
                args[2] = (int) r.number(f[1]);
                args[3] = f[3] == null ? StringPool.EMPTY : pool.intern("sa_handler=" + Long.toHexString(r.number(f[3]))
                        + " sa_flags=" + Long.toHexString(r.number(f[4])));
                break;
            case IRQ_HANDLER_ENTRY:
                args[0] = (int) r.number(f[0]);
                args[1] = r.text(f[1]) ? pool.intern(r.buf, r.at, r.size) : StringPool.EMPTY;
                break;
            case IRQ_HANDLER_EXIT:
                args[0] = (int) r.number(f[0]);
                args[1] = r.number(f[1]) != 0 ? 1 : 0;
                break;
            case SOFTIRQ_ENTRY:
            case SOFTIRQ_EXIT:
            case LOCAL_TIMER_ENTRY:
            case LOCAL_TIMER_EXIT:
                args[0] = (int) r.number(f[0]);
                break;
            case HRTIMER_EXPIRE_ENTRY: {
                args[0] = symbol(r.number(f[1]));
                long now = r.number(f[2]);
                args[1] = EventFields.low(now);
                args[2] = EventFields.high(now);
                args[3] = pointer(r.number(f[0]));
                break;
            }
            case HRTIMER_EXPIRE_EXIT:
                args[3] = pointer(r.number(f[0]));
                break;
            case TICK_STOP: {
                args[0] = (int) r.number(f[0]);
                if (f[1] != null) {
                    long dependency = r.number(f[1]);
                    String name = b.symbols == null ? null : b.symbols.symbol(dependency);
                    args[1] = pool.intern(name != null ? name : "0x" + Long.toHexString(dependency));
                }
                break;
            }
            default:
                break;
        }
    }

    private static int intOr(EventRecord r, FormatField field, int fallback) {
        return field == null ? fallback : (int) r.number(field);
    }

    private void learnComm(EventRecord r, FormatField field, int tid) {
        if (tid > 0 && r.text(field) && r.size > 0) {
            tasks.comm(tid, r.buf, r.at, r.size);
        }
    }

    /** The string id of the function at {@code address} (as {@code %ps} prints it: name, or hex when unknown). */
    private int symbol(long address) {
        int id = symbolIds.get(address, -1);
        if (id < 0) {
            String name = kallsyms.name(address);
            id = pool.intern(name != null ? name : "0x" + Long.toHexString(address));
            symbolIds.put(address, id);
        }
        return id;
    }

    /** The string id of a pointer as {@code %p} prints it in trace-cmd ({@code 0xffff888627d1c6f8}). */
    private int pointer(long address) {
        int id = pointerIds.get(address, -1);
        if (id < 0) {
            id = pool.intern("0x" + Long.toHexString(address));
            pointerIds.put(address, id);
        }
        return id;
    }
}
