package org.rtscope.app.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap in use once garbage is gone, for "bytes retained per event". One {@link System#gc()} is only a
 * hint and may leave floating garbage, so collection is repeated until the figure stops moving.
 */
final class HeapMeter {
    private static final int MAX_COLLECTIONS = 10;
    private static final long STABLE_BYTES = 64 * 1024;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapMeter() {
    }

    /** Bytes of heap in use after repeated full collections. */
    static long usedAfterGc() {
        long used = used();
        for (int i = 0; i < MAX_COLLECTIONS; i++) {
            System.gc();
            pause();
            long previous = used;
            used = used();
            if (i >= 2 && Math.abs(previous - used) < STABLE_BYTES) {
                break;
            }
        }
        return used;
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** Lets concurrent collector phases and reference processing finish before the next reading. */
    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
