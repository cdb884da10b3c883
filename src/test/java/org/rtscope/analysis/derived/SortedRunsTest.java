package org.rtscope.analysis.derived;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SortedRunsTest {
    @Test
    void mergesAscendingRunsAndKeepsEqualKeysInTheirOrder() {
        long[] keys = {9, 1, 4, 7, 2, 4, 8, 0, 4};
        long[] values = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        SortedRuns.merge(keys, values, 1, 9);
        assertArrayEquals(new long[] {9, 0, 1, 2, 4, 4, 4, 7, 8}, keys);
        assertArrayEquals(new long[] {0, 7, 1, 4, 2, 5, 8, 3, 6}, values, "stable: 4s in run order");
    }

    @Test
    void leavesASortedOrEmptyRangeAlone() {
        long[] keys = {3, 1, 2};
        long[] values = {0, 1, 2};
        SortedRuns.merge(keys, values, 1, 3);
        SortedRuns.merge(keys, values, 2, 2);
        assertArrayEquals(new long[] {3, 1, 2}, keys);
        assertArrayEquals(new long[] {0, 1, 2}, values);
    }
}
