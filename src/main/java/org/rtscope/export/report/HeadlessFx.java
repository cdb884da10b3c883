package org.rtscope.export.report;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import org.rtscope.ui.LegendPicture;

/**
 * Starts JavaFX without a display for {@code export-png}: Monocle's headless glass platform and
 * Prism's software pipeline, set before the toolkit starts (they are read once, at start). Monocle
 * must be on the class path (the shaded jar has it; on the module path it also needs the
 * {@code --add-exports} the installer's launcher passes). Properties a user set explicitly are kept.
 *
 * <p>Starting takes a few hundred milliseconds, so {@link #startInBackground()} lets the caller load
 * the trace meanwhile. When the toolkit already runs (inside the GUI or a UI test) nothing is started.
 */
public final class HeadlessFx {
    private static CompletableFuture<Void> started;

    private HeadlessFx() {
    }

    /** Starts the toolkit on another thread (once); the future completes when it runs. */
    public static synchronized CompletableFuture<Void> startInBackground() {
        if (started == null) {
            started = new CompletableFuture<>();
            Thread starter = new Thread(HeadlessFx::start, "rtscope-fx-start");
            starter.setDaemon(true);
            starter.start();
        }
        return started;
    }

    /** Runs {@code work} on the FX thread once the toolkit runs, and returns its result. */
    public static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        startInBackground().get();
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static void start() {
        setDefault("glass.platform", "Monocle");
        setDefault("monocle.platform", "Headless");
        setDefault("prism.order", "sw");
        setDefault("java.awt.headless", "true");
        try {
            Platform.startup(() -> {
                Platform.setImplicitExit(false);
                warmUp();
                started.complete(null);
            });
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        } catch (RuntimeException | Error e) {
            started.completeExceptionally(e);
        }
    }

    /**
     * Draws a little text in the report's fonts, takes a snapshot and lays out the window's legend, so
     * that the software pipeline, the font rasteriser, the CSS engine and the icon font initialise now,
     * while the caller is still loading the trace, and not in the middle of the first report (together
     * they cost as much as drawing a whole page).
     */
    private static void warmUp() {
        Canvas canvas = new Canvas(64, 32);
        GraphicsContext g = canvas.getGraphicsContext2D();
        for (Font font : new Font[] {ReportStyle.TITLE, ReportStyle.BODY, ReportStyle.EVIDENCE, ReportStyle.LABEL}) {
            g.setFont(font);
            g.fillText("CPU 0 1245.42 s rt_hog", 0, 16);
        }
        canvas.snapshot(null, null);
        LegendPicture.render(400, 1);
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
