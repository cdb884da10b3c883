package org.rtscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.Trace;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.TimeMarkers;
import org.rtscope.timeline.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Keys, markers, drag gestures, the overview and lane groups on the RT throttling recording (s2). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TimelineInteractionTest {
    private static final int RT_HOG = 26988;
    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage, List.of(UiFixture.trace("s2_rt_throttling")));
    }

    private Viewport viewport() {
        return ui.window.viewport();
    }

    @Test
    void keysZoomPanFitAndZoomToTheSelection(FxRobot robot) throws TimeoutException {
        ui.waitUntilLoaded();
        double fitted = viewport().span();
        robot.type(KeyCode.W, KeyCode.W);
        assertEquals(fitted / 2.25, viewport().span(), fitted * 1e-6, "two zoom steps of 1.5");
        double start = viewport().start();
        robot.type(KeyCode.D);
        assertTrue(viewport().start() > start, "D pans later");
        robot.type(KeyCode.A, KeyCode.A);
        assertTrue(viewport().start() < start, "A pans earlier");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.UP);
        assertTrue(viewport().span() < fitted / 2.25, "up arrow zooms in");
        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.F);
        assertEquals(fitted, viewport().span(), 1, "F fits the whole case");

        Trace trace = ui.window.trace();
        CpuSlices cpu1 = trace.slices(1);
        int longest = -1;
        for (int k = 0; k < cpu1.size(); k++) {
            if (cpu1.tid(k) == RT_HOG && (longest < 0 || cpu1.end(k) - cpu1.start(k) > cpu1.end(longest) - cpu1.start(longest))) {
                longest = k;
            }
        }
        int slice = longest;
        robot.interact(() -> ui.window.selectionProperty().set(new Selection.Slice(1, slice)));
        robot.type(KeyCode.Z);
        long length = cpu1.end(slice) - cpu1.start(slice);
        assertEquals(length * 1.4, viewport().span(), length * 0.01, "Z shows the slice with a fifth of margin each side");
        assertTrue(viewport().start() < cpu1.start(slice) && viewport().end() > cpu1.end(slice));
    }

    @Test
    void markersAFromKeysAndClicksWithTheDeltaInTheStatusBar(FxRobot robot) throws TimeoutException {
        ui.waitUntilLoaded();
        robot.moveTo(ui.atColumn(200, Lane.cpu(1)));
        robot.type(KeyCode.M);
        TimeMarkers markers = ui.window.timeline().markersProperty().get();
        assertTrue(markers.hasA());
        assertEquals(ui.window.timeline().drawnScale().time(200), markers.a(), viewport().scale().nsPerPixel());
        robot.moveTo(ui.atColumn(600, Lane.cpu(1)));
        robot.press(KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT);
        markers = ui.window.timeline().markersProperty().get();
        assertTrue(markers.hasB());
        assertEquals(400 * viewport().scale().nsPerPixel(), markers.delta(), 2 * viewport().scale().nsPerPixel());
        String status = robot.lookup(".status-markers").queryAs(Label.class).getText();
        assertTrue(status.contains("Δ"), status);

        robot.press(KeyCode.CONTROL).clickOn(ui.atColumn(100, Lane.cpu(0))).release(KeyCode.CONTROL);
        assertEquals(ui.window.timeline().drawnScale().time(100), ui.window.timeline().markersProperty().get().a(),
                viewport().scale().nsPerPixel(), "Ctrl+click moves marker A");
        robot.type(KeyCode.ESCAPE);
        assertFalse(ui.window.timeline().markersProperty().get().hasA());
    }

    @Test
    void shiftDragSelectsARangeAndZoomsToIt(FxRobot robot) throws TimeoutException {
        ui.waitUntilLoaded();
        double npp = viewport().scale().nsPerPixel();
        double from = ui.window.timeline().drawnScale().time(300);
        robot.press(KeyCode.SHIFT);
        robot.drag(ui.atColumn(300, Lane.cpu(1)), MouseButton.PRIMARY).dropTo(ui.atColumn(500, Lane.cpu(1)));
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(200 * npp, viewport().span(), 2 * npp);
        assertEquals(from, viewport().start(), 2 * npp);
    }

    @Test
    void plainDragPansAndTheOverviewBoxDragsTheView(FxRobot robot) throws TimeoutException {
        ui.waitUntilLoaded();
        robot.type(KeyCode.W, KeyCode.W, KeyCode.W, KeyCode.W);
        ui.settle();
        double npp = viewport().scale().nsPerPixel();
        double start = viewport().start();
        robot.drag(ui.atColumn(600, Lane.cpu(0)), MouseButton.PRIMARY).dropTo(ui.atColumn(500, Lane.cpu(0)));
        assertEquals(start + 100 * npp, viewport().start(), 3 * npp, "dragging left by 100 px shows 100 px later");

        OverviewStrip overview = ui.window.overview();
        double overviewNpp = overview.scale().nsPerPixel();
        double before = viewport().start();
        double boxMiddle = overview.scale().x(viewport().start() + viewport().span() / 2) + 150;
        Point2D grab = overview.localToScreen(boxMiddle, 20);
        robot.drag(grab, MouseButton.PRIMARY).dropTo(grab.add(120, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 120 * overviewNpp, viewport().start(), 3 * overviewNpp);
    }

    @Test
    void clickingACpuLabelCollapsesItsGroupAndHelpListsTheKeys(FxRobot robot) throws TimeoutException {
        ui.waitUntilLoaded();
        assertTrue(ui.window.timeline().laneLabels().contains("CPU 0 irq"));
        var layout = ui.window.timeline().laneLayout();
        robot.clickOn(ui.window.timeline().localToScreen(40, layout.laneCentre(layout.indexOf(Lane.cpu(0)))));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lanes = ui.window.timeline().laneLabels();
        assertFalse(lanes.contains("CPU 0 irq"));
        assertTrue(lanes.contains("CPU 1 irq"));

        robot.write("?");
        assertTrue(ui.window.help().isVisible());
        assertTrue(HelpOverlay.entries() >= 15);
        robot.type(KeyCode.W);
        assertFalse(ui.window.help().isVisible(), "any key closes the help");
    }

    @Test
    void theContextMenuAddsALaneForTheTaskUnderTheMouse(FxRobot robot) throws TimeoutException {
        ui.waitUntilLoaded();
        Trace trace = ui.window.trace();
        CpuSlices cpu0 = trace.slices(0);
        var scale = ui.window.timeline().drawnScale();
        int widest = -1;
        for (int k = 0; k < cpu0.size(); k++) {
            boolean normal = !cpu0.isIdle(k) && cpu0.prio(k) >= 100;
            if (normal && (widest < 0 || cpu0.end(k) - cpu0.start(k) > cpu0.end(widest) - cpu0.start(widest))) {
                widest = k;
            }
        }
        int tid = cpu0.tid(widest);
        long mid = (cpu0.start(widest) + cpu0.end(widest)) / 2;
        assertTrue(scale.x(cpu0.end(widest)) - scale.x(cpu0.start(widest)) >= 2, "visible");
        robot.rightClickOn(ui.at(mid, Lane.cpu(0)));
        String label = "Show a lane for " + trace.tasks().label(tid);
        robot.clickOn(label);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> ui.window.timeline().laneLabels().contains("task " + trace.tasks().label(tid)));
        assertTrue(ui.window.timeline().data().task(tid).size() > 0, "its states were derived");
    }

    @Test
    void periodAndCommaStepThroughTheEventsOfTheClickedLane(FxRobot robot) throws TimeoutException {
        ui.waitUntilLoaded();
        robot.type(KeyCode.W, KeyCode.W, KeyCode.W, KeyCode.W, KeyCode.W, KeyCode.W);
        ui.settle();
        robot.clickOn(ui.atColumn(400, Lane.cpu(1)));
        robot.type(KeyCode.PERIOD);
        Selection first = ui.window.selectionProperty().get();
        assertInstanceOf(Selection.Event.class, first);
        Trace trace = ui.window.trace();
        int a = ((Selection.Event) first).index();
        assertEquals(1, trace.cpu(a));
        robot.type(KeyCode.PERIOD);
        int b = ((Selection.Event) ui.window.selectionProperty().get()).index();
        assertTrue(b > a && trace.cpu(b) == 1);
        for (int i = a + 1; i < b; i++) {
            assertTrue(trace.cpu(i) != 1, "no CPU 1 event skipped");
        }
        robot.type(KeyCode.COMMA);
        assertEquals(new Selection.Event(a), ui.window.selectionProperty().get());
    }
}
