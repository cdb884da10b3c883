package org.rtscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.Severity;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.model.EventKind;
import org.rtscope.model.Trace;
import org.rtscope.timeline.Lane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The findings list and the finding inspector on s1 (the RLIMIT_RTTIME kill): selecting a finding jumps the
 * timeline to it, clicking an evidence line selects and highlights what it points at and shows its stack with
 * the signature frame highlighted; the kill marker selects its finding back; N and P step through findings.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FindingsTest {
    private static final long KILL = UiFixture.seconds(1211.966607);
    private static final long EXEC = UiFixture.seconds(1211.464459);
    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage, List.of(UiFixture.trace("s1_rttime_kill")));
    }

    private static Finding rttimeKill() {
        return new Finding("RTTIME_KILL", "rttime_kill (pid 26542) killed by RLIMIT_RTTIME", Severity.CRITICAL, 0.93,
                EXEC, KILL, List.of(1), List.of(new Finding.TaskRef(26542, 26542, "rttime_kill")),
                List.of(new Finding.Evidence("trace-cmd_report.txt", 10914, EXEC,
                                "sched_process_exec: filename=/home/rt/lab/trace/src/rttime_kill pid=26542"),
                        new Finding.Evidence("trace-cmd_report.txt", 13732, KILL,
                                "signal_generate: sig=9 code=128 comm=rttime_kill pid=26542 (posix_cpu_timers_work)")),
                "The task ran as SCHED_RR for 501.7 ms without blocking and exceeded its RLIMIT_RTTIME budget.",
                List.of("prlimit --rttime=UNLIMITED --pid 26542", "block (sleep) at least once per period"));
    }

    private static Finding info() {
        return new Finding("TIMER_LOAD", "Timer interrupts on CPU 0", Severity.INFO, 0.5, UiFixture.seconds(1210.6),
                UiFixture.seconds(1210.7), List.of(0), List.of(), List.of(), "Healthy.", List.of());
    }

    private void showFindings(FxRobot robot) throws TimeoutException {
        ui.waitUntilLoaded();
        robot.interact(() -> ui.window.showAnalysis(List.of(rttimeKill(), info()),
                List.of(new ThrottleWindow(1, KILL - 5_000_000, KILL - 1_000_000, ThrottleWindow.TRACE))));
    }

    @Test
    void selectingAFindingJumpsToItAndEvidenceClicksSelectHighlightAndShowTheCallchain(FxRobot robot) throws TimeoutException {
        showFindings(robot);
        assertEquals(2, ui.window.findings().getItems().size());
        assertEquals("TIMER_LOAD", ui.window.findings().getItems().get(0).pattern(), "ordered by time");
        robot.clickOn(robot.lookup(".finding-title").match(n -> ((Label) n).getText().startsWith("rttime_kill")).queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        Finding selected = ui.window.findings().getSelectionModel().getSelectedItem();
        assertEquals("RTTIME_KILL", selected.pattern());
        assertTrue(ui.window.viewport().start() <= EXEC && ui.window.viewport().end() >= KILL, "the timeline shows the finding");
        assertSame(selected, ui.window.timeline().findingProperty().get());
        assertEquals(2, ui.window.timeline().highlightsProperty().get().size(), "both evidence lines are marked");
        assertTrue(ui.window.findingView().text().contains("prlimit --rttime=UNLIMITED"));

        Hyperlink kill = ui.window.findingView().evidenceLinks().get(1);
        robot.clickOn(kill);
        WaitForAsyncUtils.waitForFxEvents();
        Trace trace = ui.window.trace();
        Selection s = ui.window.selectionProperty().get();
        int event = ((Selection.Event) s).index();
        assertEquals(13732, trace.line(event));
        assertEquals(EventKind.SIGNAL_GENERATE, trace.kind(event));
        assertTrue(ui.window.viewport().start() <= KILL && KILL <= ui.window.viewport().end());
        assertTrue(ui.window.viewport().span() <= 20_000_000, "zoomed onto the evidence: " + ui.window.viewport().span());
        Highlight active = ui.window.timeline().highlightsProperty().get().stream().filter(Highlight::active).findFirst().orElseThrow();
        assertEquals(KILL, active.time());
        assertEquals(1, active.cpu());
        assertTrue(kill.getStyleClass().contains("evidence-active"));
        assertEquals(List.of("#3  posix_cpu_timers_work"), ui.window.backtrace().highlighted());
        assertSame(selected, ui.window.findings().getSelectionModel().getSelectedItem(), "the finding stays selected");
        assertTrue(robot.lookup(".frame-signature").queryAll().stream().anyMatch(n -> n.isVisible()),
                "the evidence's own callchain opens under it");
    }

    @Test
    void theKillMarkerSelectsItsFindingAndNAndPStepThroughFindings(FxRobot robot) throws TimeoutException {
        showFindings(robot);
        robot.interact(() -> ui.window.viewport().show(KILL - 2_000_000, KILL + 2_000_000));
        ui.settle();
        robot.clickOn(ui.at(KILL, Lane.markers(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("RTTIME_KILL", ui.window.findings().getSelectionModel().getSelectedItem().pattern(),
                "clicking evidence on the timeline selects its finding");
        assertTrue(ui.window.viewport().span() <= 4_000_001, "without moving the view");

        robot.interact(() -> ui.window.findings().getSelectionModel().clearSelection());
        robot.clickOn(ui.at(KILL, Lane.cpu(0)));
        robot.type(KeyCode.N);
        assertEquals("TIMER_LOAD", ui.window.findings().getSelectionModel().getSelectedItem().pattern());
        robot.type(KeyCode.N);
        assertEquals("RTTIME_KILL", ui.window.findings().getSelectionModel().getSelectedItem().pattern());
        robot.type(KeyCode.P);
        assertEquals("TIMER_LOAD", ui.window.findings().getSelectionModel().getSelectedItem().pattern());
    }
}
