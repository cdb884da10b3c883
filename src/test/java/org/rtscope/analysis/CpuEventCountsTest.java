package org.rtscope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CpuEventCountsTest {

    @Test
    void countsEveryEventOnItsCpuIncludingSilentCpus() {
        TestTraces traces = new TestTraces().cpus(3)
                .localTimer(1, 0, 0).localTimer(2, 2, 0).localTimer(3, 2, 0).sw(4, 2, 0, 120, 5, 120);
        assertArrayEquals(new long[] {1, 0, 3}, CpuEventCounts.of(traces.builder.build()));
    }
}
