package org.rtscope.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The indices of a trace's events of one {@link EventKind}. Analyses ask "every wake-up", "every hrtimer
 * expiry", "every signal" over and over; on a trace of millions of events each such question would
 * otherwise be a full pass over the type column.
 *
 * <p>The kinds of {@link #UP_FRONT} arrive filled by the pass that derives the slices, which visits every
 * event anyway; any other kind is indexed on first request and kept, so kinds nobody asks for cost nothing.
 */
final class EventsByKind {
    /**
     * The kinds the built-in analyses read on every trace (wake-ups for starvation, signals for kills and
     * handler deadlocks, timer interrupts and hrtimer expiries for the timer figures and throttling).
     * Indexing them while deriving costs a few milliseconds on millions of events; two separate passes
     * over the type column cost a cold JVM about 0.2 s.
     */
    static final Set<EventKind> UP_FRONT = EnumSet.of(EventKind.SCHED_WAKEUP, EventKind.SCHED_WAKEUP_NEW,
            EventKind.SCHED_PI_SETPRIO, EventKind.SIGNAL_GENERATE, EventKind.SIGNAL_DELIVER,
            EventKind.LOCAL_TIMER_ENTRY, EventKind.HRTIMER_EXPIRE_ENTRY);

    private final short[] type;
    private final int size;
    private final EventKind[] typeKinds;
    private final int[][] byKind;

    /** @param filled indices by kind ordinal, null for the kinds to index on request */
    EventsByKind(short[] type, int size, EventKind[] typeKinds, int[][] filled) {
        this.type = type;
        this.size = size;
        this.typeKinds = typeKinds;
        this.byKind = filled.clone();
    }

    /** Ascending event indices of {@code kind}; shared, so callers must not modify the array. */
    synchronized int[] of(EventKind kind) {
        int[] found = byKind[kind.ordinal()];
        if (found == null) {
            found = collect(kind);
            byKind[kind.ordinal()] = found;
        }
        return found;
    }

    /** Heap held by the indices built so far. */
    synchronized long retainedBytes() {
        long bytes = 0;
        for (int[] indices : byKind) {
            bytes += indices == null ? 0 : 16 + indices.length * 4L;
        }
        return bytes;
    }

    /**
     * Collects the indices of the {@link #UP_FRONT} kinds in one walk over the events in index order,
     * into arrays sized exactly from the count of each event type (no growing, no trimming copy).
     */
    static final class Filler {
        /** Index into {@link #found} for each event type, or -1 when its kind is not collected. */
        private final int[] slotOfType;
        private final int[][] found;
        private final int[] filled;
        private final EventKind[] slotKinds;

        /** @param typeCounts events of each type, as added to the builder */
        Filler(EventKind[] typeKinds, int[] typeCounts) {
            slotOfType = new int[typeKinds.length];
            slotKinds = UP_FRONT.toArray(new EventKind[0]);
            int[] sizes = new int[slotKinds.length];
            for (int t = 0; t < typeKinds.length; t++) {
                slotOfType[t] = -1;
                for (int k = 0; k < slotKinds.length; k++) {
                    if (typeKinds[t] == slotKinds[k]) {
                        slotOfType[t] = k;
                        sizes[k] += typeCounts[t];
                    }
                }
            }
            found = new int[slotKinds.length][];
            for (int k = 0; k < found.length; k++) {
                found[k] = new int[sizes[k]];
            }
            filled = new int[found.length];
        }

        /** Notes event {@code i}, of type {@code eventType}; called for every event in index order. */
        void add(int eventType, int i) {
            int slot = slotOfType[eventType];
            if (slot >= 0) {
                found[slot][filled[slot]++] = i;
            }
        }

        /** The indices by kind ordinal (null for the kinds not collected). */
        int[][] byKind() {
            int[][] byKind = new int[EventKind.values().length][];
            for (int k = 0; k < found.length; k++) {
                byKind[slotKinds[k].ordinal()] = found[k];
            }
            return byKind;
        }
    }

    private int[] collect(EventKind kind) {
        boolean[] wanted = new boolean[typeKinds.length];
        boolean any = false;
        for (int t = 0; t < typeKinds.length; t++) {
            wanted[t] = typeKinds[t] == kind;
            any |= wanted[t];
        }
        if (!any) {
            return new int[0];
        }
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (wanted[type[i]]) {
                count++;
            }
        }
        int[] found = new int[count];
        int at = 0;
        for (int i = 0; i < size && at < count; i++) {
            if (wanted[type[i]]) {
                found[at++] = i;
            }
        }
        return found;
    }
}
