package org.rtscope.ui;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.rtscope.TestData;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.LaneLayout;
import org.testfx.util.WaitForAsyncUtils;

/** Opens a main window on real recordings for the TestFX tests, and turns times and lanes into screen points. */
final class UiFixture {
    final MainWindow window = new MainWindow();

    UiFixture(Stage stage, List<Path> files) {
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(UiFixture.class.getResource("/css/rtscope.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        window.open(files);
    }

    static Path trace(String scenario) {
        return TestData.trace(scenario, "trace-cmd_report.txt");
    }

    void waitUntilLoaded() throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> !window.loadingProperty().get() && window.trace() != null);
        settle();
    }

    /** Waits for pending FX events and for the timeline to be drawn with bins for the current view. */
    void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> window.timeline().isSettled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Screen point of time {@code t} (ns) on the middle of {@code lane}. */
    Point2D at(long t, Lane lane) {
        LaneLayout layout = window.timeline().laneLayout();
        double x = layout.canvasX(window.timeline().drawnScale().x(t));
        return window.timeline().localToScreen(x, layout.laneCentre(layout.indexOf(lane)));
    }

    /** Screen point of plot column {@code px} on the middle of {@code lane}. */
    Point2D atColumn(double px, Lane lane) {
        LaneLayout layout = window.timeline().laneLayout();
        return window.timeline().localToScreen(layout.canvasX(px), layout.laneCentre(layout.indexOf(lane)));
    }

    static long seconds(double s) {
        return Math.round(s * 1e9);
    }
}
