package org.rtscope.timeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.rtscope.model.IntIntMap;
import org.rtscope.model.EventFields;
import org.rtscope.model.Task;
import org.rtscope.model.Trace;

/**
 * What the event table shows of the visible range: events of one CPU, one task (name or tid), one
 * event type, whose text contains a string — each part optional. Matching a million events reads
 * their fields, so {@link #select} runs in the background and can be told to stop.
 *
 * @param text substring of the task, event name or fields (blank: any)
 * @param cpu  CPU, or -1 for any
 * @param task task name substring or tid (blank: any)
 * @param type event type index, or -1 for any
 */
public record EventFilter(String text, int cpu, String task, int type) {
    public static final EventFilter NONE = new EventFilter("", -1, "", -1);

    public EventFilter {
        text = text == null ? "" : text.strip();
        task = task == null ? "" : task.strip();
    }

    public boolean isEmpty() {
        return text.isEmpty() && cpu < 0 && task.isEmpty() && type < 0;
    }

    /** The events of {@code [from, to)} that pass, or null when {@code cancelled} said stop. */
    public int[] select(Trace trace, int from, int to, BooleanSupplier cancelled) {
        String needle = text.toLowerCase(Locale.ROOT);
        String taskNeedle = task.toLowerCase(Locale.ROOT);
        boolean taskIsTid = !task.isEmpty() && task.chars().allMatch(Character::isDigit) && task.length() < 10;
        int tid = taskIsTid ? Integer.parseInt(task) : -1;
        boolean byName = !task.isEmpty() && !taskIsTid;
        IntIntMap matchingTids = new IntIntMap();
        if (byName) {
            for (Task t : trace.tasks().all()) {
                if (t.comm().toLowerCase(Locale.ROOT).contains(taskNeedle)) {
                    matchingTids.put(t.tid(), 1);
                }
            }
        }
        int[] out = new int[256];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (((i - from) & 0x3FFF) == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            if (cpu >= 0 && trace.cpu(i) != cpu || type >= 0 && trace.type(i) != type) {
                continue;
            }
            if (taskIsTid && !EventNavigator.concerns(trace, i, tid)
                    || byName && matchingTids.get(trace.tid(i), -1) < 0) {
                continue;
            }
            if (!needle.isEmpty() && !textMatches(trace, i, needle)) {
                continue;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = i;
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean textMatches(Trace trace, int i, String needle) {
        return trace.eventName(i).toLowerCase(Locale.ROOT).contains(needle)
                || trace.tasks().label(trace.tid(i)).toLowerCase(Locale.ROOT).contains(needle)
                || EventFields.summary(trace, i).toLowerCase(Locale.ROOT).contains(needle);
    }
}
