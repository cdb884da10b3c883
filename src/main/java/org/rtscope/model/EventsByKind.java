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
 * The same pass indexes every event type rarer than one event in {@link #RARE}: a pattern that looks for a
 * type by name (an {@code irq_handler_exit} that went unhandled, a {@code mark_victim}) then reads a few
 * indices instead of scanning millions of events, for at most 4 bytes per 256 events per such type.
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

    /** A type with at most one event in this many is indexed while building. */
    static final int RARE = 256;

    private final short[] type;
    private final int size;
    private final EventKind[] typeKinds;
    private final int[][] byKind;
    private final int[][] byRareType;

    EventsByKind(short[] type, int size, EventKind[] typeKinds, Filler filled) {
        this.type = type;
        this.size = size;
        this.typeKinds = typeKinds;
        this.byKind = filled.byKind();
        this.byRareType = filled.byRareType();
    }

    /** Ascending indices of the events of {@code eventType} if it is rare (see {@link #RARE}), else null. */
    int[] ofRareType(int eventType) {
        return byRareType[eventType];
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
        for (int[] indices : byRareType) {
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
        /** The indices of each rare type (null for the others) and how many are filled. */
        private final int[][] rare;
        private final int[] rareFilled;

        /** @param typeCounts events of each type, as added to the builder */
        Filler(EventKind[] typeKinds, int[] typeCounts) {
            slotOfType = new int[typeKinds.length];
            slotKinds = UP_FRONT.toArray(new EventKind[0]);
            int[] sizes = new int[slotKinds.length];
            long total = 0;
            for (int t = 0; t < typeKinds.length; t++) {
                total += typeCounts[t];
            }
            rare = new int[typeKinds.length][];
            rareFilled = new int[typeKinds.length];
            for (int t = 0; t < typeKinds.length; t++) {
                if (typeCounts[t] * (long) RARE <= total) {
                    rare[t] = new int[typeCounts[t]];
                }
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
            int[] ofType = rare[eventType];
            if (ofType != null) {
                ofType[rareFilled[eventType]++] = i;
            }
        }

        /** The indices by type id; null for the types that are not rare. */
        int[][] byRareType() {
            return rare;
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
