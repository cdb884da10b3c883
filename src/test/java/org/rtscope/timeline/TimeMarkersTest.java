package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeMarkersTest {

    @Test
    void describesBothMarkersAndTheirDelta() {
        TimeMarkers m = TimeMarkers.NONE.withA(1_244_426_573_000L).withB(1_244_473_792_000L);
        assertTrue(m.hasA() && m.hasB());
        assertEquals(47_219_000, m.delta(), 1e-6);
        assertEquals("A 1244.426573 s   B 1244.473792 s   Δ 47.22 ms", m.describe());
        assertFalse(TimeMarkers.NONE.hasA());
        assertEquals("", TimeMarkers.NONE.describe());
    }
}
