package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RulerTicksTest {
    private static final long TRACE_START = 1_243_300_000_000L;
    private static final double CHAR = 7;

    @Test
    void stepsFollowOneTwoFiveAndLabelsFit() {
        for (double span = 2_000; span < 1e12; span *= 3.7) {
            TimeScale scale = new TimeScale(1_244_000_000_000.0, span, 1400);
            RulerTicks ticks = RulerTicks.compute(scale, TRACE_START, CHAR);
            long step = ticks.step();
            long lead = step;
            while (lead % 10 == 0) {
                lead /= 10;
            }
            assertTrue(lead == 1 || lead == 2 || lead == 5, "step " + step);
            List<RulerTicks.Tick> list = ticks.ticks();
            assertFalse(list.isEmpty(), "span " + span);
            for (int i = 1; i < list.size(); i++) {
                double gap = list.get(i).x() - list.get(i - 1).x();
                assertTrue(gap >= list.get(i - 1).absolute().length() * CHAR, "labels overlap at span " + span);
            }
            for (RulerTicks.Tick tick : list) {
                assertEquals(0, tick.time() % step);
                assertTrue(tick.x() >= 0 && tick.x() <= 1400);
            }
        }
    }

    @Test
    void labelsAreAbsoluteSecondsAndRelativeToTheTraceStart() {
        // 47 ms over 1400 px: a 5 ms step would be ~149 px; labels need ~4 decimals
        TimeScale scale = new TimeScale(1_244_426_000_000.0, 4_000_000, 1400);
        RulerTicks ticks = RulerTicks.compute(scale, TRACE_START, CHAR);
        assertEquals(500_000, ticks.step());
        RulerTicks.Tick first = ticks.ticks().get(0);
        assertEquals(1_244_426_000_000L, first.time());
        assertEquals("1244.4260 s", first.absolute());
        assertEquals("+1.12600 s", first.relative());
        assertEquals("1244.4265 s", ticks.ticks().get(1).absolute());
        assertEquals("+1.12650 s", ticks.ticks().get(1).relative());
    }

    @Test
    void wholeSecondStepsHaveNoDecimals() {
        TimeScale scale = new TimeScale(TRACE_START, 3_300_000_000.0, 300);
        RulerTicks ticks = RulerTicks.compute(scale, TRACE_START, CHAR);
        assertEquals(1_000_000_000L, ticks.step());
        assertEquals("1244 s", ticks.ticks().get(0).absolute());
        assertEquals("+0.7 s", ticks.ticks().get(0).relative());
        assertEquals(200_000_000L, ticks.minorStep());
    }

    @Test
    void deepZoomShowsFractionsOfAMicrosecond() {
        TimeScale scale = new TimeScale(1_244_000_000_000.0, 1_000, 1400);
        RulerTicks ticks = RulerTicks.compute(scale, TRACE_START, CHAR);
        assertEquals(100, ticks.step());
        assertEquals("1244.0000001 s", ticks.ticks().get(1).absolute());
        assertEquals("+700.00010 ms", ticks.ticks().get(1).relative());
    }

    @Test
    void nearTheStartRelativeLabelsUseTheStepsUnit() {
        TimeScale scale = new TimeScale(TRACE_START, 4_000_000, 1400);
        RulerTicks ticks = RulerTicks.compute(scale, TRACE_START, CHAR);
        assertEquals("+0.00 ms", ticks.ticks().get(0).relative());
        assertEquals("+0.50 ms", ticks.ticks().get(1).relative());
    }

    @Test
    void decimalsFollowTheStep() {
        assertEquals(0, RulerTicks.absoluteDecimals(1_000_000_000L));
        assertEquals(1, RulerTicks.absoluteDecimals(500_000_000L));
        assertEquals(4, RulerTicks.absoluteDecimals(200_000L));
        assertEquals(9, RulerTicks.absoluteDecimals(5));
    }
}
