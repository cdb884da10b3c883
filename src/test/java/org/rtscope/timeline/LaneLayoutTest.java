package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lanes stack with small gaps inside a group and larger ones between groups; y maps back to lane and row. */
class LaneLayoutTest {
    private final List<Lane> lanes = List.of(Lane.cpu(0), Lane.irq(0), Lane.markers(0), Lane.cpu(1), Lane.task(7),
            Lane.task(8), Lane.log(0));

    @Test
    void stacksLanesWithGroupGaps() {
        LaneLayout layout = LaneLayout.of(lanes, 1000, 0);
        double top0 = LaneLayout.RULER_HEIGHT + LaneLayout.GROUP_GAP;
        assertEquals(top0, layout.laneTop(0));
        assertEquals(top0 + LaneLayout.height(Lane.cpu(0)) + LaneLayout.LANE_GAP, layout.laneTop(1), "IRQ lane in the group");
        double afterMarkers = layout.laneTop(2) + layout.laneHeight(2);
        assertEquals(afterMarkers + LaneLayout.GROUP_GAP, layout.laneTop(3), "CPU 1 starts a group");
        assertEquals(layout.laneTop(3) + layout.laneHeight(3) + LaneLayout.GROUP_GAP, layout.laneTop(4), "tasks start a group");
        assertEquals(layout.laneTop(4) + layout.laneHeight(4) + LaneLayout.LANE_GAP, layout.laneTop(5));
        assertEquals(0, layout.scroll());
    }

    @Test
    void findsTheLaneAndRowUnderAPoint() {
        LaneLayout layout = LaneLayout.of(lanes, 1000, 0);
        for (int i = 0; i < lanes.size(); i++) {
            assertEquals(i, layout.laneAt(layout.laneCentre(i)));
        }
        assertEquals(-1, layout.laneAt(10), "ruler");
        assertEquals(-1, layout.laneAt(layout.laneTop(3) - 2), "gap");
        assertEquals(2, layout.rowAt(1, layout.rowTop(1, 2) + 1), "IRQ row 2");
        assertEquals(4, Lane.irq(0).rows());
        assertEquals(-1, layout.laneAt(layout.preferredHeight() + 5), "below the last lane");
    }

    @Test
    void scrollsLanesUnderTheRulerWithinLimits() {
        LaneLayout small = LaneLayout.of(lanes, 200, 1e9);
        assertEquals(small.maxScroll(200), small.scroll(), "clamped");
        assertTrue(small.maxScroll(200) > 0);
        int last = lanes.size() - 1;
        assertEquals(last, small.laneAt(small.laneCentre(last)));
        assertTrue(small.laneCentre(last) < 200);
        assertEquals(-1, small.laneAt(small.rulerHeight() - 1), "the ruler covers scrolled lanes");
        assertEquals(0, LaneLayout.of(lanes, small.preferredHeight(), 50).scroll(), "nothing to scroll when all fit");
    }
}
