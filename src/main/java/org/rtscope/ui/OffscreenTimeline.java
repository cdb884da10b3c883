package org.rtscope.ui;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.rtscope.timeline.BinCache;
import org.rtscope.timeline.BinnedFrame;
import org.rtscope.timeline.GridScale;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.LaneOptions;
import org.rtscope.timeline.LanePlan;
import org.rtscope.timeline.TimeMarkers;
import org.rtscope.timeline.TimeScale;
import org.rtscope.timeline.TimelineData;
import org.rtscope.timeline.Viewport;

/**
 * The timeline drawn onto a canvas that is not on screen, through the same renderer, bin cache and
 * lane plan as the window: what {@code rtscope bench render} times and what the snapshot test reads
 * pixels from. A frame is drawn and then rasterised into an image, so its time includes the pixels,
 * not only the drawing calls. Use on the FX thread; {@link #close} stops the binning thread.
 */
public final class OffscreenTimeline implements AutoCloseable {
    private final Canvas canvas;
    private final Viewport viewport = new Viewport();
    private final TimelineData data;
    private final LaneLayout layout;
    private final CanvasPalette palette;
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rtscope-offscreen-bins");
        t.setDaemon(true);
        return t;
    });
    private final BinCache cache = new BinCache(worker, Platform::runLater, () -> { });
    private final WritableImage image;
    private final SnapshotParameters params = new SnapshotParameters();
    private BinnedFrame lastFrame;

    public OffscreenTimeline(TimelineData data, int width, int height, CanvasPalette palette) {
        this.data = data;
        this.palette = palette;
        canvas = new Canvas(width, height);
        List<Lane> lanes = LanePlan.lanes(data, LaneOptions.DEFAULT);
        layout = LaneLayout.of(lanes, height, 0);
        viewport.setWidth(layout.plotWidth(width));
        viewport.setBounds(data.start(), data.end());
        image = new WritableImage(width, height);
    }

    public Viewport viewport() {
        return viewport;
    }

    public LaneLayout layout() {
        return layout;
    }

    /** The view as drawn (snapped to the bin grid). */
    public TimeScale drawnScale() {
        return GridScale.snap(viewport.scale(), data.start());
    }

    /** Draws and rasterises one frame; returns the nanoseconds it took. */
    public long render() {
        long started = System.nanoTime();
        TimeScale view = drawnScale();
        lastFrame = cache.frameFor(data, layout.lanes(), view);
        RenderState state = new RenderState(canvas.getWidth(), canvas.getHeight(), data, layout, view, lastFrame, null,
                TimeMarkers.NONE, null, List.of(), null, null, Double.NaN, java.util.Set.of(), palette,
                TimelineRenderer.OPEN_HINT);
        renderer.draw(canvas.getGraphicsContext2D(), state);
        canvas.snapshot(params, image);
        return System.nanoTime() - started;
    }

    /** True when the last frame was binned for the current view and nothing is being binned. */
    public boolean isSettled() {
        return cache.isSettled() && lastFrame != null && lastFrame.npp() == viewport.scale().nsPerPixel();
    }

    /** The last frame's pixels. */
    public WritableImage image() {
        return image;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
