package org.rtscope.model;

import java.util.Arrays;

/**
 * Open-addressing int → int map without boxing, for the per-event lookups of one pass over millions of
 * events (tid → task slot, "is this wake-up for one of the tasks we track?").
 */
public final class IntIntMap {
    private static final int FREE = Integer.MIN_VALUE;
    private int[] keys = new int[64];
    private int[] values = new int[64];
    private int size;

    public IntIntMap() {
        Arrays.fill(keys, FREE);
    }

    /** The value of {@code key}, or {@code missing}. */
    public int get(int key, int missing) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != FREE) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return missing;
    }

    public void put(int key, int value) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != FREE) {
            if (keys[slot] == key) {
                values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
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
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
