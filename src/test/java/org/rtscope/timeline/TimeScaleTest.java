package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimeScaleTest {

    @Test
    void pixelsAndTimesRoundTrip() {
        TimeScale scale = new TimeScale(1_243_440_000_000.0, 3_030_000_000.0, 1536);
        for (double x : new double[] {0, 0.5, 17, 767.25, 1535.9}) {
            assertEquals(x, scale.x(scale.time(x)), 1e-6);
        }
        long t = 1_244_426_573_000L;
        assertEquals(t, scale.time(scale.x(t)), 1e-3);
    }

    @Test
    void edgesMapToPlotEdges() {
        TimeScale scale = new TimeScale(1000, 500, 250);
        assertEquals(0, scale.x(1000), 0);
        assertEquals(250, scale.x(1500), 0);
        assertEquals(1500, scale.end(), 0);
        assertEquals(2, scale.nsPerPixel(), 0);
    }

    @Test
    void rejectsEmptyScales() {
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, 10, 0));
    }
}
