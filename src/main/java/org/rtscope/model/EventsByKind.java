package org.rtscope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The indices of a trace's events of one {@link EventKind}, built on first request and kept. Analyses
 * ask "every wake-up", "every hrtimer expiry", "every signal" over and over; on a trace of millions of
 * events each such question would otherwise be a full pass over the type column. Kinds nobody asks
 * for cost nothing.
 */
final class EventsByKind {
    private final short[] type;
    private final int size;
    private final EventKind[] typeKinds;
    private final int[][] byKind = new int[EventKind.values().length][];

    EventsByKind(short[] type, int size, EventKind[] typeKinds) {
        this.type = type;
        this.size = size;
        this.typeKinds = typeKinds;
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

    /**
     * Builds the indices of {@code kinds} not built yet in one counting and one filling pass over the
     * type column, instead of two passes per kind: an analysis that will read several kinds asks for
     * them together first.
     */
    synchronized void prepare(Set<EventKind> kinds) {
        List<EventKind> missing = new ArrayList<>();
        for (EventKind kind : kinds) {
            if (byKind[kind.ordinal()] == null) {
                missing.add(kind);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        int[] slotOfType = new int[typeKinds.length];
        for (int t = 0; t < typeKinds.length; t++) {
            slotOfType[t] = missing.indexOf(typeKinds[t]);
        }
        int[] counts = new int[missing.size()];
        for (int i = 0; i < size; i++) {
            int slot = slotOfType[type[i]];
            if (slot >= 0) {
                counts[slot]++;
            }
        }
        int[][] found = new int[missing.size()][];
        for (int k = 0; k < found.length; k++) {
            found[k] = new int[counts[k]];
        }
        int[] filled = new int[found.length];
        for (int i = 0; i < size; i++) {
            int slot = slotOfType[type[i]];
            if (slot >= 0) {
                found[slot][filled[slot]++] = i;
            }
        }
        for (int k = 0; k < found.length; k++) {
            byKind[missing.get(k).ordinal()] = found[k];
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
