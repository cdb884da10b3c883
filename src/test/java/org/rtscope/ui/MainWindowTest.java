package org.rtscope.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rtscope.TestData;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.Trace;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.TimeScale;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on the real RT throttling recording: lanes, keyboard zoom, click to inspect, failed loads. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final int RT_HOG = 26988;
    private MainWindow window;
    /** What the empty timeline and findings list said right after the sample was opened, while it loaded. */
    private String hintWhileLoading;
    private String findingsWhileLoading;

    @Start
    void start(Stage stage) {
        window = new MainWindow();
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindowTest.class.getResource("/css/rtscope.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        window.open(List.of(TestData.trace("s2_rt_throttling", "trace-cmd_report.txt")));
        hintWhileLoading = window.timeline().emptyHint();
        findingsWhileLoading = window.findings().placeholderText();
    }

    private void waitUntilLoaded() throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> !window.loadingProperty().get() && window.trace() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsCpuLanesZoomsAndInspectsTheRtHog(FxRobot robot) throws TimeoutException {
        waitUntilLoaded();
        List<String> lanes = window.timeline().laneLabels();
        assertEquals(List.of("CPU 0", "CPU 0 irq", "CPU 0 markers", "CPU 1", "CPU 1 irq", "CPU 1 markers"), lanes.subList(0, 6));
        assertTrue(lanes.contains("task rt_hog-26988"), "the SCHED_FIFO task has a lane: " + lanes);
        assertEquals("rtscope — trace-cmd_report.txt", window.titleProperty().get());

        double fitted = window.viewport().span();
        robot.type(KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.viewport().span() < fitted, "W zooms in");
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fitted, window.viewport().span(), fitted * 1e-9, "S zooms back out");
        robot.type(KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();

        Point2D target = widestVisibleRtHogSlice();
        robot.clickOn(window.timeline().localToScreen(target));
        WaitForAsyncUtils.waitForFxEvents();
        String inspected = window.inspector().text();
        assertTrue(inspected.contains("rt_hog"), inspected);
        assertTrue(inspected.contains(Integer.toString(RT_HOG)), inspected);
        assertTrue(inspected.contains("RT (SCHED_FIFO/RR) prio 50 (kernel 49)"), inspected);
    }

    @Test
    void theEmptyTimelineSaysWhatIsLoadingUntilItIsLoaded() throws TimeoutException {
        assertEquals("Loading trace-cmd_report.txt…", hintWhileLoading);
        assertEquals(FindingsList.PENDING, findingsWhileLoading);
        waitUntilLoaded();
        assertEquals(TimelineRenderer.OPEN_HINT, window.timeline().emptyHint());
        assertEquals(FindingsList.NONE, window.findings().placeholderText());
    }

    @Test
    void aFileWithoutEventsKeepsTheTraceOnScreen(FxRobot robot, @TempDir Path dir) throws Exception {
        waitUntilLoaded();
        Trace shown = window.trace();
        Path notes = Files.writeString(dir.resolve("notes.txt"), "just some notes\nnot a trace\n");
        robot.interact(() -> window.open(List.of(notes)));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> !window.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(shown, window.trace());
        assertEquals("rtscope — trace-cmd_report.txt", window.titleProperty().get());
        String message = robot.lookup(".status-message").queryAs(Label.class).getText();
        assertTrue(message.contains("Nothing to show in notes.txt"), message);
        String warnings = robot.lookup(".status-warnings").queryAs(MenuButton.class).getItems().get(0).getText();
        assertTrue(warnings.startsWith("notes.txt: not a supported format"), warnings);
    }

    /** The middle of the widest on-screen slice of rt_hog on CPU 1, in timeline coordinates. */
    private Point2D widestVisibleRtHogSlice() {
        Trace trace = window.trace();
        CpuSlices slices = trace.slices(1);
        TimeScale scale = window.timeline().drawnScale();
        LaneLayout layout = window.timeline().laneLayout();
        double bestWidth = 0;
        double bestX = -1;
        for (int k = 0; k < slices.size(); k++) {
            if (slices.tid(k) != RT_HOG) {
                continue;
            }
            double x0 = Math.max(0, scale.x(slices.start(k)));
            double x1 = Math.min(scale.width(), scale.x(slices.end(k)));
            if (x1 - x0 > bestWidth) {
                bestWidth = x1 - x0;
                bestX = (x0 + x1) / 2;
            }
        }
        assertTrue(bestWidth > 20, "rt_hog visible on CPU 1");
        assertNotNull(trace.tasks().get(RT_HOG));
        return new Point2D(layout.canvasX(bestX), layout.laneCentre(layout.indexOf(Lane.cpu(1))));
    }
}
