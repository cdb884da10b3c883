package org.rtscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.CpuSlices;
import org.rtscope.timeline.IrqIntervals;
import org.rtscope.timeline.IrqRow;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.TaskPalette;
import org.rtscope.timeline.TimeScale;
import org.rtscope.timeline.TimelineData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders 160 ms of the real RT throttling recording (an excerpt of s2 around the first throttled window)
 * offscreen and checks pixel colours where the data says what must be there: the SCHED_FIFO hog's slice in
 * its priority colour, the throttle shading over an idle part of CPU 1, plain lane on idle CPU 0, a timer
 * tick, and the hog's lane showing it runnable through the window.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TimelineSnapshotTest {
    private static final int RT_HOG = 26988;
    private static final long WINDOW_START = UiFixture.seconds(1244.426573);
    private static final long WINDOW_END = UiFixture.seconds(1244.473792);

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void pixelsShowTheHogTheThrottledWindowTheTicksAndTheWaitingTask(FxRobot robot) throws URISyntaxException,
            TimeoutException {
        Path excerpt = Path.of(TimelineSnapshotTest.class.getResource("/excerpts/s2_throttle_window.txt").toURI());
        TimelineData data = TimelineData.of(CaseLoader.load(List.of(excerpt), ImportMonitor.NONE))
                .withAnalysis(List.of(), List.of(new ThrottleWindow(1, WINDOW_START, WINDOW_END, ThrottleWindow.TRACE)));
        CanvasPalette palette = CanvasPalette.defaults();
        OffscreenTimeline[] view = new OffscreenTimeline[1];
        robot.interact(() -> {
            view[0] = new OffscreenTimeline(data, 1200, 700, palette);
            view[0].render();
        });
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> view[0].isSettled());
        robot.interact(() -> view[0].render());
        OffscreenTimeline t = view[0];
        PixelReader px = t.image().getPixelReader();
        LaneLayout layout = t.layout();
        TimeScale scale = t.drawnScale();

        CpuSlices cpu1 = data.trace().slices(1);
        long running = UiFixture.seconds(1244.40);
        int hog = cpu1.indexAt(running);
        assertEquals(RT_HOG, cpu1.tid(hog));
        int cpu1Lane = layout.indexOf(Lane.cpu(1));
        assertEquals(new TaskPalette().color(RT_HOG, 49), rgb(px, layout.canvasX(scale.x(running)), layout.laneTop(cpu1Lane) + 4),
                "the SCHED_FIFO 50 hog in its RT colour");

        long idle = idleTimeInWindow(cpu1, scale);
        int shaded = rgb(px, layout.canvasX(scale.x(idle)), layout.laneTop(cpu1Lane) + 4);
        assertNotEquals(palette.rgb(CanvasColor.LANE), shaded, "the throttled window is shaded");
        assertTrue((shaded >> 16 & 0xFF) > (shaded >> 8 & 0xFF), "shaded towards the throttle colour: " + Integer.toHexString(shaded));

        int cpu0Lane = layout.indexOf(Lane.cpu(0));
        long quiet = idleTime(data.trace().slices(0), scale, UiFixture.seconds(1244.37), UiFixture.seconds(1244.42));
        assertEquals(palette.rgb(CanvasColor.LANE), rgb(px, layout.canvasX(scale.x(quiet)) + 0.5, layout.laneTop(cpu0Lane) + 4),
                "idle CPU 0 outside the window shows the plain lane");

        IrqIntervals ticks = data.irq(1, IrqRow.TICK);
        int tick = ticks.indexAt(UiFixture.seconds(1244.366530));
        assertTrue(tick >= 0);
        int irqLane = layout.indexOf(Lane.irq(1));
        double tickX = Math.floor(layout.canvasX(scale.x(ticks.start(tick)))) + 0.5;
        assertEquals(palette.rgb(CanvasColor.TICK), rgb(px, tickX, layout.rowTop(irqLane, IrqRow.TICK.ordinal()) + 5),
                "the timer tick");

        int taskLane = layout.indexOf(Lane.task(RT_HOG));
        assertEquals(palette.rgb(CanvasColor.RUNNABLE),
                rgb(px, layout.canvasX(scale.x((WINDOW_START + WINDOW_END) / 2)) + 0.5, layout.laneCentre(taskLane) + 2),
                "the hog waits runnable through the window");
        robot.interact(t::close);
    }

    /** A time inside the window where CPU 1's column shows nothing but idle. */
    private static long idleTimeInWindow(CpuSlices cpu1, TimeScale scale) {
        return idleTime(cpu1, scale, WINDOW_START + 2_000_000, WINDOW_END - 2_000_000);
    }

    private static long idleTime(CpuSlices slices, TimeScale scale, long from, long to) {
        double npp = scale.nsPerPixel();
        for (double x = Math.ceil(scale.x(from)) + 2; scale.time(x + 3) < to; x++) {
            boolean idle = true;
            for (double c = x - 2; c <= x + 3 && idle; c++) {
                int k = slices.indexAt((long) scale.time(c));
                idle = k >= 0 && slices.isIdle(k) && slices.end(k) > scale.time(c) + npp;
            }
            if (idle) {
                return (long) scale.time(x + 0.5);
            }
        }
        throw new AssertionError("no idle column between " + from + " and " + to);
    }

    private static int rgb(PixelReader px, double x, double y) {
        return px.getArgb((int) Math.floor(x), (int) Math.floor(y)) & 0xFFFFFF;
    }
}
