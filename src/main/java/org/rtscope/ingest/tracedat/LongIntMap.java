package org.rtscope.ingest.tracedat;

/**
 * Open-addressing long → int map without boxing: caches the string id of addresses (hrtimer pointers,
 * resolved callback names), which repeat on almost every timer event.
 */
final class LongIntMap {
    private long[] keys = new long[256];
    private int[] values = new int[256];
    private boolean[] used = new boolean[256];
    private int size;

    /** The value of {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return missing;
    }

    void put(long key, int value) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
