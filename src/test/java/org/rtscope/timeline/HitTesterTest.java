package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.model.Trace;

/** A click finds what was drawn under it: the binned run of the lane and row at that point. */
class HitTesterTest {
    private final TestTraces builder = new TestTraces(2);
    private final Trace trace = builder
            .run(0, 0, 1, 120)
            .run(1, 0, 2, 49)
            .run(1, 500, 0, 120)
            .run(1, 505, 3, 120) // 5 ns blip then idle
            .run(1, 510, 0, 120)
            .event(1, 700, "local_timer_entry", 236, 0, 0, 0)
            .event(1, 730, "local_timer_exit", 236, 0, 0, 0)
            .event(1, 800, "signal_generate", 9, 128, 2, 0)
            .end(0, 1000);
    private final TimelineData data = TestTraces.timeline(trace);
    private final List<Lane> lanes = List.of(Lane.cpu(0), Lane.cpu(1), Lane.irq(1), Lane.markers(1));
    private final LaneLayout layout = LaneLayout.of(lanes, 600, 0);
    private final TimeScale view = new TimeScale(0, 1000, 100); // 10 ns per px
    private final BinnedFrame frame = new BinCache(Runnable::run, Runnable::run, () -> { }).frameFor(data, lanes, view);
    private final double x0 = LaneLayout.GUTTER_WIDTH;

    @Test
    void findsTheLaneAndSliceUnderThePoint() {
        HitTester.Hit hit = HitTester.hit(data, layout, frame, view, x0 + 20.5, layout.laneCentre(1));
        assertEquals(Lane.cpu(1), hit.lane());
        assertEquals(2, trace.slices(1).tid(hit.item()));
        HitTester.Hit cpu0 = HitTester.hit(data, layout, frame, view, x0 + 90, layout.laneTop(0) + 1);
        assertEquals(1, trace.slices(0).tid(cpu0.item()));
    }

    @Test
    void returnsWhatTheBinnerDrewInThatColumn() {
        // column 50 = [500, 510): idle 5 ns + task 3 for 5 ns; the binner draws task 3 there
        HitTester.Hit hit = HitTester.hit(data, layout, frame, view, x0 + 50.2, layout.laneCentre(1));
        assertEquals(3, trace.slices(1).tid(hit.item()));
        HitTester.Hit idle = HitTester.hit(data, layout, frame, view, x0 + 60, layout.laneCentre(1));
        assertEquals(-1, idle.item(), "nothing drawn in an idle column");
        assertEquals(605, idle.time(), 1e-9);
    }

    @Test
    void findsInterruptRowsAndMarkersBesideTheirTick() {
        HitTester.Hit tick = HitTester.hit(data, layout, frame, view, x0 + 71, layout.rowTop(2, IrqRow.TICK.ordinal()) + 2);
        assertEquals(IrqRow.TICK.ordinal(), tick.row());
        assertEquals(700, data.irq(1, IrqRow.TICK).start(tick.item()));
        HitTester.Hit none = HitTester.hit(data, layout, frame, view, x0 + 71, layout.rowTop(2, IrqRow.SOFTIRQ.ordinal()) + 2);
        assertEquals(-1, none.item());
        HitTester.Hit kill = HitTester.hit(data, layout, frame, view, x0 + 82, layout.laneCentre(3));
        assertEquals(MarkerKind.KILL, data.markers(1).kind(kill.item()), "2 px beside the tick still hits it");
    }

    @Test
    void missesOutsideLanesAndPlot() {
        assertNull(HitTester.hit(data, layout, frame, view, x0 + 10, 20), "ruler");
        assertNull(HitTester.hit(data, layout, frame, view, 30, layout.laneCentre(0)), "gutter");
        assertNull(HitTester.hit(data, layout, frame, view, x0 + 10, layout.laneTop(1) - 2), "gap between groups");
        assertNull(HitTester.hit(data, layout, frame, view, x0 + 100, layout.laneCentre(0)), "right of the plot");
    }
}
