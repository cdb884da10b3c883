package org.rtscope.ingest.tracedat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.rtscope.model.Backtrace;
import org.rtscope.model.EventFields;
import org.rtscope.model.IrqFlags;
import org.rtscope.model.Task;
import org.rtscope.model.Trace;

/**
 * Lists where two traces of one recording differ, event by event: time, CPU, tid, name, the argument
 * slots as {@link EventFields#summary} prints them, stacks (owner and frame function names), the comm
 * of every task and, when asked, the latency flags. Which parts are compared, and how leniently, is
 * set per reference form, because each {@code trace-cmd report} form loses something (see the test).
 * Keeps the first differences so that a failure shows what differs.
 */
final class TraceDiff {
    private static final int MAX = 20;
    private final List<String> differences = new ArrayList<>();
    private int count;
    private BiPredicate<String, String> sameSummary = String::equals;
    private boolean stacks = true;
    private boolean comms = true;
    private BiPredicate<String, String> sameFlags;

    /** Summaries count as equal when {@code rule(expected, actual)} holds. */
    TraceDiff summaries(BiPredicate<String, String> rule) {
        sameSummary = rule;
        return this;
    }

    /** Compares no summaries, stacks or comms: for a reference that is only about the latency columns. */
    TraceDiff onlyFlags(BiPredicate<String, String> rule) {
        sameSummary = (e, a) -> true;
        stacks = false;
        comms = false;
        sameFlags = rule;
        return this;
    }

    TraceDiff withoutStacks() {
        stacks = false;
        return this;
    }

    TraceDiff compare(Trace expected, Trace actual) {
        if (expected.size() != actual.size()) {
            note("event count: expected " + expected.size() + ", got " + actual.size());
        }
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (expected.ts(i) != actual.ts(i) || expected.cpu(i) != actual.cpu(i) || expected.tid(i) != actual.tid(i)
                    || !expected.eventName(i).equals(actual.eventName(i))
                    || !sameSummary.test(EventFields.summary(expected, i), EventFields.summary(actual, i))
                    || (sameFlags != null && !sameFlags.test(flags(expected, i), flags(actual, i)))) {
                note("event " + i + ":\n  expected " + describe(expected, i) + "\n  got      " + describe(actual, i));
            }
        }
        if (stacks) {
            compareStacks(expected, actual);
        }
        if (comms) {
            compareComms(expected, actual);
        }
        return this;
    }

    private void compareStacks(Trace expected, Trace actual) {
        if (expected.stackCount() != actual.stackCount()) {
            note("stack count: expected " + expected.stackCount() + ", got " + actual.stackCount());
        }
        for (int k = 0; k < Math.min(expected.stackCount(), actual.stackCount()); k++) {
            if (expected.stackEvent(k) != actual.stackEvent(k)) {
                note("stack " + k + " belongs to event " + actual.stackEvent(k) + ", expected " + expected.stackEvent(k));
            }
            List<String> e = functions(expected.stackAt(k));
            List<String> a = functions(actual.stackAt(k));
            if (!e.equals(a)) {
                note("stack " + k + " frames:\n  expected " + e + "\n  got      " + a);
            }
        }
    }

    private void compareComms(Trace expected, Trace actual) {
        for (Task task : expected.tasks().all()) {
            Task other = actual.tasks().get(task.tid());
            String comm = other == null ? null : other.comm();
            if (!task.comm().equals(comm)) {
                note("comm of " + task.tid() + ": expected '" + task.comm() + "', got '" + comm + "'");
            }
        }
    }

    /**
     * Frame function names. trace-cmd prints an address it cannot resolve in place of the name, the
     * binary reader leaves the name empty and keeps the address; both read as that hex address here.
     */
    private static List<String> functions(Backtrace stack) {
        List<String> names = new ArrayList<>();
        stack.frames().forEach(f -> names.add(f.function().isEmpty() ? Long.toHexString(f.address()) : f.function()));
        return names;
    }

    private static String flags(Trace t, int i) {
        return IrqFlags.toString(t.flags(i));
    }

    private static String describe(Trace t, int i) {
        return t.ts(i) + " [" + t.cpu(i) + "] " + flags(t, i) + " " + t.tid(i) + " " + t.eventName(i) + ": "
                + EventFields.summary(t, i);
    }

    private void note(String difference) {
        count++;
        if (differences.size() < MAX) {
            differences.add(difference);
        }
    }

    boolean same() {
        return count == 0;
    }

    @Override
    public String toString() {
        return count + " differences" + (count > MAX ? " (first " + MAX + ")" : "") + ":\n" + String.join("\n", differences);
    }
}
