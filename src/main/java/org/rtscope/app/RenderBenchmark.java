package org.rtscope.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.timeline.TimelineData;
import org.rtscope.timeline.Viewport;
import org.rtscope.ui.CanvasPalette;
import org.rtscope.ui.OffscreenTimeline;

/**
 * Times timeline frames drawn offscreen at 1920x1080, the way a user looks at a trace: the whole case,
 * then 1 % and 0.01 % of it (each first given the moment the background binning needs, which is
 * measured too), holding still and panning a little each frame. One shorter untimed pass first warms
 * the JIT and the glyph caches, as {@code bench load} discards its first load. JavaFX runs on Monocle's headless
 * glass with the software pipeline, so no display is needed; the properties are set before the
 * toolkit starts.
 */
public final class RenderBenchmark {
    public static final int WIDTH = 1920;
    public static final int HEIGHT = 1080;
    private static final double[] ZOOMS = {1.0, 0.01, 0.0001};
    private static final int STILL_FRAMES = 40;
    private static final int PAN_FRAMES = 80;
    /** Each panning frame moves the view by this fraction of its span (about 10 px). */
    private static final double PAN_STEP = 0.005;

    /**
     * One part of the run: the frames of one zoom level, held still or panning.
     *
     * @param name      "whole", "1% pan", ...
     * @param frameMs   its timed frames, ms
     * @param settleMs  for a still phase, how long until the binned lanes for its zoom were ready (ms), else 0
     */
    public record Phase(String name, double[] frameMs, double settleMs) {
        public double percentile(double p) {
            return RenderBenchmark.percentile(frameMs, p);
        }
    }

    /** All phases; the summary figures are over every frame of every phase. */
    public record Result(long events, List<Phase> phases) {
        public double[] frameMs() {
            return phases.stream().flatMapToDouble(ph -> Arrays.stream(ph.frameMs())).toArray();
        }

        public double percentile(double p) {
            return RenderBenchmark.percentile(frameMs(), p);
        }

        public double max() {
            return Arrays.stream(frameMs()).max().orElse(0);
        }
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int k = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
    }

    /** Thrown when the files hold nothing to draw. */
    public static final class NothingToDrawException extends Exception {
        NothingToDrawException(String message) {
            super(message);
        }
    }

    private RenderBenchmark() {
    }

    public static Result run(List<Path> files) throws NothingToDrawException, InterruptedException {
        Case loaded = CaseLoader.load(files, ImportMonitor.NONE);
        TimelineData data = TimelineData.of(loaded);
        if (data.trace().isEmpty()) {
            throw new NothingToDrawException("no trace events in " + files);
        }
        startToolkit();
        OffscreenTimeline view = onFx(() -> new OffscreenTimeline(data, WIDTH, HEIGHT, CanvasPalette.defaults()));
        try {
            runPhases(view, 10, 20);
            return new Result(data.trace().size(), runPhases(view, STILL_FRAMES, PAN_FRAMES));
        } finally {
            onFx(() -> {
                view.close();
                return null;
            });
        }
    }

    /** Every zoom level held still for {@code still} frames, then (below the whole case) panned for {@code pan}. */
    private static List<Phase> runPhases(OffscreenTimeline view, int still, int pan) throws InterruptedException {
        List<Phase> phases = new ArrayList<>();
        for (double fraction : ZOOMS) {
            String name = fraction == 1 ? "whole" : String.format(java.util.Locale.ROOT, "%s%%", fraction * 100);
            double settle = showAndSettle(view, fraction);
            double[] stillMs = new double[still];
            for (int f = 0; f < still; f++) {
                stillMs[f] = onFx(view::render) / 1e6;
            }
            phases.add(new Phase(name, stillMs, settle));
            if (fraction < 1) {
                double[] panMs = new double[pan];
                for (int f = 0; f < pan; f++) {
                    double direction = f < pan / 2 ? 1 : -1;
                    panMs[f] = onFx(() -> {
                        view.viewport().panFraction(direction * PAN_STEP);
                        return view.render();
                    }) / 1e6;
                }
                phases.add(new Phase(name + " panning", panMs, 0));
            }
        }
        return phases;
    }

    /** Shows {@code fraction} of the case around its middle and renders until its bins are ready; returns ms. */
    private static double showAndSettle(OffscreenTimeline view, double fraction) throws InterruptedException {
        long started = System.nanoTime();
        onFx(() -> {
            Viewport v = view.viewport();
            double span = (v.maxTime() - v.minTime()) * fraction;
            double mid = v.minTime() + (v.maxTime() - v.minTime()) / 2.0;
            v.show(mid - span / 2, mid + span / 2);
            return view.render();
        });
        while (!onFx(view::isSettled)) {
            Thread.sleep(2);
            onFx(view::render);
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private static <T> T onFx(Supplier<T> work) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw new IllegalStateException("frame failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within 5 minutes", e);
        }
    }

    /** Starts JavaFX headless (Monocle, software rendering) unless it already runs. */
    private static void startToolkit() throws InterruptedException {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        try {
            started.get(1, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
        Platform.setImplicitExit(false);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
