package org.rtscope.model;

/** Growth of the byte heaps that hold text: doubling, but never past what a Java array can hold. */
final class Capacity {
    /** The largest array length the JVM reliably allocates. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    private Capacity() {
    }

    /**
     * The next capacity for a heap of {@code current} bytes that must hold {@code needed}: at least
     * double (amortised copying), at least 4 KiB, and capped at {@link #MAX_ARRAY}.
     *
     * @throws IllegalStateException when {@code needed} exceeds the cap (offsets are ints)
     */
    static int grown(int current, long needed) {
        if (needed > MAX_ARRAY) {
            throw new IllegalStateException("text heap over " + MAX_ARRAY + " bytes");
        }
        long doubled = Math.max(4096L, (long) current * 2);
        return (int) Math.min(MAX_ARRAY, Math.max(doubled, needed));
    }
}
