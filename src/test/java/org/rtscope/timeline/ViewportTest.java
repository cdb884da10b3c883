package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViewportTest {
    private static final long START = 1_243_300_000_000L;
    private static final long END = 1_246_600_000_000L;
    private final Viewport view = new Viewport();

    @BeforeEach
    void setUp() {
        view.setWidth(1500);
        view.setBounds(START, END);
    }

    @Test
    void startsFitted() {
        assertEquals(START, view.start(), 0);
        assertEquals(END, view.end(), 0);
    }

    @Test
    void zoomKeepsTheTimeUnderTheCursor() {
        double[] anchors = {0, 100.5, 750, 1499};
        for (double anchor : anchors) {
            view.fit();
            for (int step = 0; step < 30; step++) {
                double before = view.scale().time(anchor);
                view.zoom(1.25, anchor);
                assertEquals(before, view.scale().time(anchor), 1e-3, "anchor " + anchor + " step " + step);
            }
            for (int step = 0; step < 10; step++) {
                double before = view.scale().time(anchor);
                view.zoom(0.8, anchor);
                assertEquals(before, view.scale().time(anchor), 1e-3, "anchor " + anchor + " out " + step);
            }
        }
    }

    @Test
    void zoomInStopsAtTheMinimumSpan() {
        for (int i = 0; i < 200; i++) {
            view.zoom(2, 300);
        }
        assertEquals(Viewport.MIN_SPAN_NS, view.span(), 0);
        assertTrue(view.start() >= START && view.end() <= END);
    }

    @Test
    void zoomOutStopsAtTheBounds() {
        view.zoom(8, 1200);
        view.zoom(1.0 / 64, 100);
        assertEquals(START, view.start(), 0);
        assertEquals(END, view.end(), 0);
    }

    @Test
    void panMovesByPixelsAndIsClampedAtTheEdges() {
        view.zoomAtCentre(10);
        double nsPerPixel = view.span() / view.width();
        double start = view.start();
        view.panPixels(100);
        assertEquals(start + 100 * nsPerPixel, view.start(), 1e-3);
        view.panFraction(-0.5);
        assertEquals(start + 100 * nsPerPixel - view.span() / 2, view.start(), 1e-3);
        view.panFraction(1000);
        assertEquals(END, view.end(), 1e-3);
        view.panPixels(-1e9);
        assertEquals(START, view.start(), 0);
    }

    @Test
    void showFramesARangeAndWidensTinyOnes() {
        view.show(1_244_426_573_000L, 1_244_473_792_000L);
        assertEquals(1_244_426_573_000L, view.start(), 1e-3);
        assertEquals(47_219_000, view.span(), 1e-3);
        view.show(1_244_000_000_000L, 1_244_000_000_010L);
        assertEquals(Viewport.MIN_SPAN_NS, view.span(), 0);
        assertEquals(1_244_000_000_005L, (view.start() + view.end()) / 2, 1e-3);
    }

    @Test
    void widthChangesKeepTheTimeRange() {
        view.zoomAtCentre(4);
        double start = view.start();
        double end = view.end();
        view.setWidth(700);
        assertEquals(start, view.start(), 0);
        assertEquals(end, view.end(), 0);
        assertEquals(700, view.scale().width());
    }

    @Test
    void listenersHearOnlyRealChanges() {
        AtomicInteger calls = new AtomicInteger();
        view.addListener(calls::incrementAndGet);
        view.fit();
        view.panPixels(10);
        assertEquals(0, calls.get(), "fitted view cannot move");
        view.zoomAtCentre(2);
        assertEquals(1, calls.get());
    }

    @Test
    void tinyBoundsStillGiveAUsableView() {
        view.setBounds(0, 0);
        assertEquals(Viewport.MIN_SPAN_NS, view.span(), 0);
    }
}
