package org.rtscope.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an event's argument slots back into named fields, in the kernel's field names and order,
 * for the inspector, the event table and golden files. The one place that knows how to read
 * {@link EventKind}'s slot layout back out.
 */
public final class EventFields {

    /** One named field value. */
    public record Field(String name, String value) {
        @Override
        public String toString() {
            return name + "=" + value;
        }
    }

    private EventFields() {
    }

    public static List<Field> of(Trace trace, int i) {
        List<Field> f = new ArrayList<>(6);
        int a0 = trace.arg(i, 0);
        int a1 = trace.arg(i, 1);
        int a2 = trace.arg(i, 2);
        int a3 = trace.arg(i, 3);
        TaskTable tasks = trace.tasks();
        switch (trace.kind(i)) {
            case SCHED_SWITCH:
                f.add(new Field("prev_comm", comm(tasks, a0)));
                f.add(new Field("prev_pid", Integer.toString(a0)));
                f.add(new Field("prev_prio", Integer.toString(EventKind.lowPrio(a2))));
                f.add(new Field("prev_state", TaskState.toString(a3)));
                f.add(new Field("next_comm", comm(tasks, a1)));
                f.add(new Field("next_pid", Integer.toString(a1)));
                f.add(new Field("next_prio", Integer.toString(EventKind.highPrio(a2))));
                break;
            case SCHED_WAKEUP:
            case SCHED_WAKEUP_NEW:
            case SCHED_WAKING:
                f.add(new Field("comm", comm(tasks, a0)));
                f.add(new Field("pid", Integer.toString(a0)));
                f.add(new Field("prio", Integer.toString(a1)));
                f.add(new Field("target_cpu", String.format("%03d", a2)));
                break;
            case SCHED_PROCESS_FORK:
                f.add(new Field("comm", comm(tasks, a0)));
                f.add(new Field("pid", Integer.toString(a0)));
                f.add(new Field("child_comm", trace.string(a2)));
                f.add(new Field("child_pid", Integer.toString(a1)));
                break;
            case SCHED_PROCESS_EXEC:
                f.add(new Field("filename", trace.string(a2)));
                f.add(new Field("pid", Integer.toString(a0)));
                f.add(new Field("old_pid", Integer.toString(a1)));
                break;
            case SCHED_PROCESS_EXIT:
                f.add(new Field("comm", comm(tasks, a0)));
                f.add(new Field("pid", Integer.toString(a0)));
                f.add(new Field("prio", Integer.toString(a1)));
                if (a2 >= 0) {
                    f.add(new Field("group_dead", a2 == 1 ? "true" : "false"));
                }
                break;
            case SCHED_PI_SETPRIO:
                f.add(new Field("comm", comm(tasks, a0)));
                f.add(new Field("pid", Integer.toString(a0)));
                f.add(new Field("oldprio", Integer.toString(a1)));
                f.add(new Field("newprio", Integer.toString(a2)));
                break;
            case SIGNAL_GENERATE:
                f.add(new Field("sig", Integer.toString(a0)));
                f.add(new Field("errno", Integer.toString(a3 >> 8 & 0xFFFF)));
                f.add(new Field("code", Integer.toString(a1)));
                f.add(new Field("comm", comm(tasks, a2)));
                f.add(new Field("pid", Integer.toString(a2)));
                f.add(new Field("grp", Integer.toString(a3 >>> 24)));
                f.add(new Field("res", Integer.toString(a3 & 0xFF)));
                break;
            case SIGNAL_DELIVER:
                f.add(new Field("sig", Integer.toString(a0)));
                f.add(new Field("errno", Integer.toString(a2)));
                f.add(new Field("code", Integer.toString(a1)));
                String handler = trace.string(a3);
                int flagsAt = handler.indexOf(" sa_flags=");
                if (handler.startsWith("sa_handler=") && flagsAt > 0) {
                    f.add(new Field("sa_handler", handler.substring("sa_handler=".length(), flagsAt)));
                    f.add(new Field("sa_flags", handler.substring(flagsAt + " sa_flags=".length())));
                } else if (!handler.isEmpty()) {
                    f.add(new Field("handler", handler));
                }
                break;
            case IRQ_HANDLER_ENTRY:
                f.add(new Field("irq", Integer.toString(a0)));
                f.add(new Field("name", trace.string(a1)));
                break;
            case IRQ_HANDLER_EXIT:
                f.add(new Field("irq", Integer.toString(a0)));
                f.add(new Field("ret", a1 == 1 ? "handled" : "unhandled"));
                break;
            case SOFTIRQ_ENTRY:
            case SOFTIRQ_EXIT:
                f.add(new Field("vec", Integer.toString(a0)));
                f.add(new Field("action", SoftirqNames.of(a0)));
                break;
            case HRTIMER_EXPIRE_ENTRY:
                f.add(new Field("hrtimer", trace.string(a3)));
                f.add(new Field("function", trace.string(a0)));
                f.add(new Field("now", Long.toString(joinLong(a1, a2))));
                break;
            case HRTIMER_EXPIRE_EXIT:
                f.add(new Field("hrtimer", trace.string(a3)));
                break;
            case LOCAL_TIMER_ENTRY:
            case LOCAL_TIMER_EXIT:
                f.add(new Field("vector", Integer.toString(a0)));
                break;
            case TICK_STOP:
                f.add(new Field("success", Integer.toString(a0)));
                f.add(new Field("dependency", trace.string(a1)));
                break;
            default:
                f.add(new Field("raw", trace.rawText(i)));
                break;
        }
        return f;
    }

    /** The fields as one line, {@code name=value} separated by spaces. */
    public static String summary(Trace trace, int i) {
        List<Field> fields = of(trace, i);
        if (trace.kind(i) == EventKind.OTHER) {
            return fields.get(0).value();
        }
        StringBuilder sb = new StringBuilder();
        for (Field field : fields) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(field);
        }
        return sb.toString();
    }

    /** Splits a long into the low/high int slots used by {@link EventKind#HRTIMER_EXPIRE_ENTRY}. */
    public static int low(long value) {
        return (int) value;
    }

    public static int high(long value) {
        return (int) (value >>> 32);
    }

    public static long joinLong(int low, int high) {
        return (low & 0xFFFFFFFFL) | ((long) high << 32);
    }

    private static String comm(TaskTable tasks, int tid) {
        if (tid == 0) {
            return "swapper";
        }
        Task task = tasks.get(tid);
        return task == null ? "" : task.comm();
    }
}
