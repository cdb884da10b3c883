package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rtscope.model.Trace;

class HitTesterTest {
    private final Trace trace = new TestTraces(2)
            .run(0, 0, 1, 120)
            .run(1, 0, 2, 49)
            .run(1, 500, 0, 120)
            .run(1, 505, 3, 120) // 5 ns blip then idle
            .run(1, 510, 0, 120)
            .end(0, 1000);
    private final LaneLayout layout = new LaneLayout(40, 60, 30, 5, 2, 0);
    private final TimeScale scale = new TimeScale(0, 1000, 100); // 10 ns per px

    @Test
    void findsTheLaneAndSliceUnderThePoint() {
        HitTester.Hit hit = HitTester.hit(trace, layout, scale, 60 + 20.5, layout.laneCentre(1));
        assertEquals(1, hit.lane());
        assertEquals(2, trace.slices(1).tid(hit.slice()));
        HitTester.Hit cpu0 = HitTester.hit(trace, layout, scale, 60 + 90, layout.laneTop(0) + 1);
        assertEquals(0, cpu0.lane());
        assertEquals(1, trace.slices(0).tid(cpu0.slice()));
    }

    @Test
    void returnsWhatTheBinnerDrewInThatColumn() {
        // column 50 = [500, 510): idle 5 ns + task 3 for 5 ns; the binner draws task 3 there
        HitTester.Hit hit = HitTester.hit(trace, layout, scale, 60 + 50.2, layout.laneCentre(1));
        assertEquals(3, trace.slices(1).tid(hit.slice()));
    }

    @Test
    void idleColumnsHitTheIdleSlice() {
        HitTester.Hit hit = HitTester.hit(trace, layout, scale, 60 + 80, layout.laneCentre(1));
        assertEquals(0, trace.slices(1).tid(hit.slice()));
        assertEquals(510, trace.slices(1).start(hit.slice()));
    }

    @Test
    void missesOutsideLanesAndPlot() {
        assertNull(HitTester.hit(trace, layout, scale, 60 + 10, 20), "ruler");
        assertNull(HitTester.hit(trace, layout, scale, 30, layout.laneCentre(0)), "gutter");
        assertNull(HitTester.hit(trace, layout, scale, 60 + 10, layout.laneTop(1) - 2), "gap between lanes");
        assertNull(HitTester.hit(trace, layout, scale, 60 + 10, layout.laneTop(2) + 5), "below the last lane");
        assertNull(HitTester.hit(trace, layout, scale, 60 + 100, layout.laneCentre(0)), "right of the plot");
    }

    @Test
    void layoutFitsLanesIntoTheHeight() {
        LaneLayout fitted = LaneLayout.fit(400, 2, 50);
        assertEquals(LaneLayout.MAX_LANE_HEIGHT, fitted.laneHeight());
        assertEquals(0, fitted.scroll(), "nothing to scroll when all lanes fit");
        LaneLayout crowded = LaneLayout.fit(400, 64, 0);
        assertEquals(LaneLayout.MIN_LANE_HEIGHT, crowded.laneHeight());
        assertEquals(-1, crowded.laneAt(10));
        assertEquals(5, crowded.laneAt(crowded.laneCentre(5)));
    }

    @Test
    void preferredHeightShowsAllLanesAtFullHeight() {
        double h = LaneLayout.preferredHeight(4);
        LaneLayout layout = LaneLayout.fit(h, 4, 0);
        assertEquals(LaneLayout.MAX_LANE_HEIGHT, layout.laneHeight());
        assertEquals(0, layout.maxScroll(h));
    }

    @Test
    void scrolledLanesHideUnderTheRuler() {
        LaneLayout scrolled = LaneLayout.fit(400, 64, 1e9);
        assertEquals(scrolled.maxScroll(400), scrolled.scroll(), "clamped to the end");
        assertEquals(63, scrolled.laneAt(scrolled.laneCentre(63)));
        assertTrue(scrolled.laneCentre(63) < 400);
        assertEquals(-1, scrolled.laneAt(scrolled.rulerHeight() - 1), "the ruler covers scrolled lanes");
    }
}
