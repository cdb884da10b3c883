package org.rtscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rtscope.model.EventKind;
import org.rtscope.model.Trace;
import org.rtscope.timeline.EventFilter;
import org.rtscope.timeline.EventNavigator;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.MarkerKind;
import org.rtscope.timeline.MarkerTrack;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Timeline, event table, inspector and search follow one selection, both ways (s1, the RLIMIT_RTTIME kill). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LinkedViewsTest {
    private static final int RTTIME_KILL = 26542;
    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage, List.of(UiFixture.trace("s1_rttime_kill")));
    }

    /** Zooms onto the kill and returns its marker index on CPU 1. */
    private int zoomToKill(FxRobot robot) throws TimeoutException {
        ui.waitUntilLoaded();
        MarkerTrack markers = ui.window.timeline().data().markers(1);
        int kill = -1;
        for (int k = 0; k < markers.size() && kill < 0; k++) {
            kill = markers.kind(k) == MarkerKind.KILL ? k : -1;
        }
        long t = markers.time(kill);
        robot.interact(() -> ui.window.viewport().show(t - 2_000_000, t + 2_000_000));
        ui.settle();
        return kill;
    }

    @Test
    void clickingTheKillMarkerSelectsItsEventInTheTableAndTheInspectorShowsItsStack(FxRobot robot) throws TimeoutException {
        int kill = zoomToKill(robot);
        MarkerTrack markers = ui.window.timeline().data().markers(1);
        robot.clickOn(ui.at(markers.time(kill), Lane.markers(1)));
        WaitForAsyncUtils.waitForFxEvents();
        Selection selected = ui.window.selectionProperty().get();
        assertEquals(new Selection.Event(markers.event(kill)), selected);
        assertEquals(markers.event(kill), ui.window.events().getSelectionModel().getSelectedItem(), "the table row follows");
        String inspected = ui.window.inspector().text();
        assertTrue(inspected.contains("signal_generate") && inspected.contains("sig: 9"), inspected);
        assertTrue(ui.window.backtrace().lines().stream().anyMatch(l -> l.contains("posix_cpu_timers_work")),
                ui.window.backtrace().lines().toString());
    }

    @Test
    void aTableRowSelectsTheEventEverywhereAndTheTableFollowsTheVisibleRange(FxRobot robot) throws TimeoutException {
        zoomToKill(robot);
        Trace trace = ui.window.trace();
        int expectedRows = trace.firstAtOrAfter((long) Math.floor(ui.window.viewport().end()) + 1)
                - trace.firstAtOrAfter((long) Math.ceil(ui.window.viewport().start()));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> ui.window.events().rowCount() == expectedRows);
        robot.interact(() -> ui.window.events().getSelectionModel().select(5));
        int event = ui.window.events().getItems().get(5);
        assertEquals(new Selection.Event(event), ui.window.selectionProperty().get());
        assertTrue(ui.window.inspector().text().contains(trace.eventName(event)));

        robot.interact(() -> ui.window.selectionProperty().set(new Selection.Slice(1, trace.slices(1).indexAt(trace.ts(event)))));
        assertNull(ui.window.events().getSelectionModel().getSelectedItem(), "a slice is not a row");
        assertTrue(ui.window.inspector().text().contains("CPU: 1"));
    }

    @Test
    void filtersNarrowTheTableToACpuAndText(FxRobot robot) throws TimeoutException {
        zoomToKill(robot);
        robot.interact(() -> {
            ui.window.filterBar().cpuChoice().setValue("CPU 1");
            ui.window.filterBar().textField().setText("signal");
        });
        Trace trace = ui.window.trace();
        int from = trace.firstAtOrAfter((long) Math.ceil(ui.window.viewport().start()));
        int to = trace.firstAtOrAfter((long) Math.floor(ui.window.viewport().end()) + 1);
        int expected = new EventFilter("signal", 1, "", -1).select(trace, from, to, () -> false).length;
        assertTrue(expected >= 2, "signal_generate and signal_deliver of the kill");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> ui.window.events().rowCount() == expected);
        for (int event : ui.window.events().getItems()) {
            assertEquals(1, trace.cpu(event));
        }
    }

    @Test
    void searchJumpsThroughTheMatchesOfATask(FxRobot robot) throws TimeoutException {
        ui.waitUntilLoaded();
        robot.clickOn(ui.window.search().field()).write("rttime_kill");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Selection first = ui.window.selectionProperty().get();
        assertInstanceOf(Selection.Event.class, first);
        Trace trace = ui.window.trace();
        int a = ((Selection.Event) first).index();
        assertTrue(EventNavigator.concerns(trace, a, RTTIME_KILL));
        assertTrue(ui.window.viewport().start() <= trace.ts(a) && trace.ts(a) <= ui.window.viewport().end(), "in view");
        robot.type(KeyCode.ENTER);
        int b = ((Selection.Event) ui.window.selectionProperty().get()).index();
        assertTrue(b > a && EventNavigator.concerns(trace, b, RTTIME_KILL));
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertEquals(new Selection.Event(a), ui.window.selectionProperty().get());
        assertTrue(ui.window.search().matchCount() > 100);
        assertEquals(EventKind.SCHED_PROCESS_FORK, trace.kind(a), "the first event naming the task is the fork that made it");
    }
}
