package org.rtscope.timeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.rtscope.model.IntIntMap;
import org.rtscope.model.Task;
import org.rtscope.model.Trace;

/**
 * Finds the events a search names: a number matches a tid or pid (the task's own events and the
 * fork, switches, wake-ups and signals naming it); text matches task names (same) and event names, without
 * regard to case. The result is every matching event index in time order, so the view can step
 * through them and say "12 of 340".
 */
public final class TraceSearch {
    private TraceSearch() {
    }

    /** Matching event indices, or null when {@code cancelled} said stop. Empty for a blank query. */
    public static int[] matches(Trace trace, String query, BooleanSupplier cancelled) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return new int[0];
        }
        IntIntMap tids = new IntIntMap();
        boolean number = q.chars().allMatch(Character::isDigit) && q.length() < 10;
        int wanted = number ? Integer.parseInt(q) : -1;
        for (Task task : trace.tasks().all()) {
            boolean hit = number ? task.tid() == wanted || task.pid() == wanted
                    : task.comm().toLowerCase(Locale.ROOT).contains(q);
            if (hit) {
                tids.put(task.tid(), 1);
            }
        }
        boolean[] types = new boolean[trace.typeCount()];
        for (int t = 0; t < types.length && !number; t++) {
            types[t] = trace.typeName(t).toLowerCase(Locale.ROOT).contains(q);
        }
        int[] out = new int[64];
        int n = 0;
        int size = trace.size();
        for (int i = 0; i < size; i++) {
            if ((i & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            if (types[trace.type(i)] || tids.get(trace.tid(i), -1) >= 0 || namesTask(trace, i, tids)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean namesTask(Trace trace, int i, IntIntMap tids) {
        switch (trace.kind(i)) {
            case SCHED_SWITCH:
                return tids.get(trace.arg(i, 0), -1) >= 0 || tids.get(trace.arg(i, 1), -1) >= 0;
            case SCHED_WAKEUP:
            case SCHED_WAKEUP_NEW:
            case SCHED_WAKING:
            case SCHED_PROCESS_EXIT:
                return tids.get(trace.arg(i, 0), -1) >= 0;
            case SIGNAL_GENERATE:
                return tids.get(trace.arg(i, 2), -1) >= 0;
            case SCHED_PROCESS_FORK:
                return tids.get(trace.arg(i, 1), -1) >= 0;
            default:
                return false;
        }
    }

    /** Index into {@code matches} of the first match after ({@code time}, {@code event}) going forward or back; -1 if none. */
    public static int step(Trace trace, int[] matches, long time, int event, boolean forward) {
        if (matches.length == 0) {
            return -1;
        }
        int pos = event >= 0 ? Arrays.binarySearch(matches, event) : -1;
        if (pos >= 0) {
            int next = forward ? pos + 1 : pos - 1;
            return next >= 0 && next < matches.length ? next : -1;
        }
        int at = event >= 0 ? -pos - 1 : firstAt(trace, matches, forward ? time + 1 : time);
        int next = forward ? at : at - 1;
        return next >= 0 && next < matches.length ? next : -1;
    }

    private static int firstAt(Trace trace, int[] matches, long time) {
        int lo = 0;
        int hi = matches.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (trace.ts(matches[mid]) < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
