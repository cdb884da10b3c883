package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimeFormatTest {

    @Test
    void secondsAreExact() {
        assertEquals("1244.4266", TimeFormat.seconds(1_244_426_600_000L, 4));
        assertEquals("1244", TimeFormat.seconds(1_244_426_600_000L, 0));
        assertEquals("0.000000001", TimeFormat.seconds(1, 9));
        assertEquals("-1.500", TimeFormat.seconds(-1_500_000_000L, 3));
        assertEquals("1244.426573 s", TimeFormat.timestamp(1_244_426_573_123L));
        assertEquals("1244.426573123 s", TimeFormat.preciseTimestamp(1_244_426_573_123L));
    }

    @Test
    void durationsPickAUnit() {
        assertEquals("3.250 µs", TimeFormat.duration(3_250));
        assertEquals("850 ns", TimeFormat.duration(850));
        assertEquals("12.50 µs", TimeFormat.duration(12_500));
        assertEquals("47.22 ms", TimeFormat.duration(47_219_000));
        assertEquals("950.0 ms", TimeFormat.duration(950_000_000));
        assertEquals("3.031 s", TimeFormat.duration(3_031_000_000L));
    }
}
