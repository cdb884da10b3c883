package org.rtscope.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.rtscope.model.Trace;

/** Bins are kept around the view, reused while panning, and made in the background for large ranges. */
class BinCacheTest {
    private final Trace trace = build();
    private final TimelineData data = TestTraces.timeline(trace);
    private final List<Lane> lanes = List.of(Lane.cpu(0), Lane.irq(0));
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private int ready;

    private static Trace build() {
        TestTraces b = new TestTraces(1);
        for (int i = 0; i < 10_000; i++) {
            b.run(0, i * 1_000L, 100 + i % 7, i % 2 == 0 ? 49 : 120);
        }
        return b.end(0, 10_000_000L);
    }

    private TimeScale view(double start, double span) {
        return GridScale.snap(new TimeScale(start, span, 500), data.start());
    }

    @Test
    void smallRangesAreBinnedAtOnceAndReusedWhilePanning() {
        BinCache cache = new BinCache(1_000_000, background::add, fx::add, () -> ready++);
        BinnedFrame first = cache.frameFor(data, lanes, view(4_000_000, 1_000_000));
        assertEquals(1500, first.columns(), "a view width each side");
        assertTrue(first.lanes().keySet().containsAll(lanes));
        assertSame(first, cache.frameFor(data, lanes, view(4_200_000, 1_000_000)), "panning reuses the frame");
        assertTrue(cache.isSettled());
        assertTrue(background.isEmpty());
        BinnedFrame zoomed = cache.frameFor(data, lanes, view(4_000_000, 500_000));
        assertNotSame(first, zoomed);
        assertEquals(1_000, zoomed.npp(), 1e-9);
    }

    @Test
    void largeRangesAreBinnedInTheBackgroundWhileTheOldFrameIsDrawn() {
        BinCache cache = new BinCache(1_000, background::add, fx::add, () -> ready++);
        assertNull(cache.frameFor(data, lanes, view(0, 10_000_000)), "nothing binned yet");
        assertFalse(cache.isSettled());
        assertEquals(1, background.size());
        background.poll().run();
        assertEquals(0, ready, "results come back through the FX executor");
        fx.poll().run();
        assertEquals(1, ready);
        BinnedFrame whole = cache.frameFor(data, lanes, view(0, 10_000_000));
        assertTrue(cache.isSettled());
        assertEquals(20_000, whole.npp(), 1e-9);
        BinnedFrame stale = cache.frameFor(data, lanes, view(0, 5_000_000));
        assertSame(whole, stale, "while the zoomed bins are made, the old frame is drawn stretched");
        background.poll().run();
        fx.poll().run();
        assertEquals(10_000, cache.frameFor(data, lanes, view(0, 5_000_000)).npp(), 1e-9);
    }

    @Test
    void aNewerRequestSupersedesOneStillQueued() {
        BinCache cache = new BinCache(1_000, background::add, fx::add, () -> ready++);
        cache.frameFor(data, lanes, view(0, 10_000_000));
        cache.frameFor(data, lanes, view(0, 2_000_000));
        assertEquals(2, background.size());
        background.poll().run();
        assertTrue(fx.isEmpty(), "the superseded request does no work");
        background.poll().run();
        fx.poll().run();
        assertEquals(4_000, cache.frameFor(data, lanes, view(0, 2_000_000)).npp(), 1e-9);
    }

    @Test
    void snappingMovesTheViewByLessThanHalfAPixelOntoTheGrid() {
        TimeScale raw = new TimeScale(trace.start() + 1234.4, 500_000, 500);
        TimeScale snapped = GridScale.snap(raw, trace.start());
        assertTrue(Math.abs(snapped.start() - raw.start()) <= raw.nsPerPixel() / 2);
        assertEquals(1, GridScale.firstColumn(snapped, trace.start()));
    }
}
