package org.rtscope.timeline;

import java.util.Arrays;

/**
 * tid → small slot number without boxing, for the per-event lookups of one pass over millions of
 * events ("is this wake-up for one of the tasks we track?").
 */
final class TidSlots {
    private static final int FREE = Integer.MIN_VALUE;
    private int[] keys = new int[64];
    private int[] values = new int[64];
    private int size;

    TidSlots() {
        Arrays.fill(keys, FREE);
    }

    /** The slot of {@code tid}, or -1. */
    int get(int tid) {
        int mask = keys.length - 1;
        int slot = mix(tid) & mask;
        while (keys[slot] != FREE) {
            if (keys[slot] == tid) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    void put(int tid, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = mix(tid) & mask;
        while (keys[slot] != FREE && keys[slot] != tid) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == FREE) {
            size++;
        }
        keys[slot] = tid;
        values[slot] = value;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B1;
        return h ^ (h >>> 16);
    }
}
