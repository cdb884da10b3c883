package org.rtscope.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rtscope.TestData;
import org.rtscope.model.Case;
import org.rtscope.timeline.TimeMarkers;
import org.rtscope.workspace.CaseDocument;
import org.rtscope.workspace.CaseFiles;
import org.rtscope.workspace.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Case files in the window: save and reopen restore range, selection and notes; a moved source is
 * asked for (located, skipped or the opening cancelled); a damaged case file is named with its
 * problem and the open case stays; opened files and cases are remembered.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CaseFileActionsTest {
    private static final Path S2 = TestData.trace("s2_rt_throttling", "trace-cmd_report.txt");
    private static final Path S1 = TestData.trace("s1_rttime_kill", "trace-cmd_report.txt");
    private MainWindow window;
    private CaseFileActions actions;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<String> asked = new ArrayList<>();
    private SourceLocator.Answer answer = SourceLocator.Answer.SKIP;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new MainWindow();
        stage.setScene(new Scene(window.root(), 1100, 700));
        stage.show();
    }

    private void wire() throws Exception {
        actions = new CaseFileActions(window, notifier, (caseFile, entry, tried) -> {
            asked.add(entry.path());
            return answer;
        }, new RecentFiles(Files.createDirectories(dir.resolve("config"))));
    }

    private void openAndWait(FxRobot robot, Runnable open) throws TimeoutException {
        Case before = window.shownCase();
        robot.interact(open);
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> !window.loadingProperty().get() && window.shownCase() != before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSavedCaseReopensWithItsRangeSelectionNotesAndName(FxRobot robot) throws Exception {
        wire();
        Path trace = Files.copy(S2, dir.resolve("s2.txt"));
        openAndWait(robot, () -> actions.open(List.of(trace)));
        Path caseFile = dir.resolve("throttling.rtscope");
        robot.interact(() -> {
            window.viewport().show(1_245_400_000_000.0, 1_245_500_000_000.0);
            window.selectionProperty().set(new Selection.Slice(1, 10));
            window.timeline().markersProperty().set(new TimeMarkers(1_245_422_545_000.0, 1_245_473_801_000.0));
            actions.addNote(new CaseDocument.Note("gap starts here", 1245.4225, null));
            assertTrue(actions.saveTo(caseFile));
        });
        assertEquals("rtscope — throttling.rtscope", window.titleProperty().get());
        assertEquals("s2.txt", CaseFiles.read(caseFile).sources().get(0).path());

        openAndWait(robot, () -> actions.open(List.of(S1)));
        assertEquals(List.of(), actions.notes());
        openAndWait(robot, () -> actions.open(List.of(caseFile)));
        assertEquals(1_245_400_000_000.0, window.viewport().start(), 1);
        assertEquals(1_245_500_000_000.0, window.viewport().end(), 1);
        assertEquals(new Selection.Slice(1, 10), window.selectionProperty().get());
        assertEquals(new TimeMarkers(1_245_422_545_000.0, 1_245_473_801_000.0), window.timeline().markersProperty().get());
        assertEquals(List.of(new CaseDocument.Note("gap starts here", 1245.4225, null)), actions.notes());
        assertEquals("rtscope — throttling.rtscope", window.titleProperty().get());
        assertEquals(caseFile, actions.caseFile());
        assertEquals(List.of(caseFile), actions.recent().cases());
        assertEquals(List.of(List.of(S1), List.of(trace)), actions.recent().files());
    }

    @Test
    void aMovedSourceIsAskedForAndFoundWhereTheUserSays(FxRobot robot) throws Exception {
        wire();
        Path trace = Files.copy(S2, dir.resolve("s2.txt"));
        openAndWait(robot, () -> actions.open(List.of(trace)));
        Path caseFile = dir.resolve("case.rtscope");
        robot.interact(() -> actions.saveTo(caseFile));
        Path moved = Files.move(trace, Files.createDirectories(dir.resolve("elsewhere")).resolve("renamed.txt"));
        openAndWait(robot, () -> actions.open(List.of(S1)));

        answer = SourceLocator.Answer.at(moved);
        openAndWait(robot, () -> actions.openCase(caseFile, List.of()));
        assertEquals(List.of("s2.txt"), asked);
        assertEquals(moved.toString(), window.shownCase().sources().get(0).report().path());
        assertTrue(notifier.done.contains("Sources located: renamed.txt: save the case (Ctrl+S) to remember where they are now."),
                notifier.done.toString());
    }

    @Test
    void skippingEverySourceOrCancellingKeepsTheOpenCase(FxRobot robot) throws Exception {
        wire();
        Path trace = Files.copy(S2, dir.resolve("s2.txt"));
        openAndWait(robot, () -> actions.open(List.of(trace)));
        Path caseFile = dir.resolve("case.rtscope");
        robot.interact(() -> actions.saveTo(caseFile));
        Files.delete(trace);
        openAndWait(robot, () -> actions.open(List.of(S1)));
        Case shown = window.shownCase();

        answer = SourceLocator.Answer.SKIP;
        robot.interact(() -> actions.openCase(caseFile, List.of()));
        answer = SourceLocator.Answer.CANCEL;
        robot.interact(() -> actions.openCase(caseFile, List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(shown, window.shownCase());
        assertEquals(List.of("s2.txt", "s2.txt"), asked);
        assertEquals(List.of("Nothing to open in case.rtscope: None of its source files was found."), notifier.problems);
    }

    @Test
    void aDamagedCaseFileIsNamedWithItsProblemAndNothingIsLost(FxRobot robot) throws Exception {
        wire();
        openAndWait(robot, () -> actions.open(List.of(S2)));
        Case shown = window.shownCase();
        Path broken = Files.writeString(dir.resolve("broken.rtscope"), "{\n  \"format\": \"rtscope-case\",\n  \"version\": 1,\n"
                + "  \"sources\": [ { \"path\": \"a.txt\" }\n");
        robot.interact(() -> actions.open(List.of(broken)));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(shown, window.shownCase());
        assertEquals(1, notifier.problems.size());
        String problem = notifier.problems.get(0);
        assertTrue(problem.startsWith("Cannot open broken.rtscope: broken.rtscope, line 5, column "), problem);
        assertTrue(problem.contains("damaged case file: Unexpected end-of-input"), problem);
    }

    @Test
    void aCaseFileDroppedWithTracesOpensTheCaseAndAddsThem(FxRobot robot) throws Exception {
        wire();
        openAndWait(robot, () -> actions.open(List.of(S2)));
        Path caseFile = dir.resolve("s2.rtscope");
        robot.interact(() -> actions.saveTo(caseFile));
        openAndWait(robot, () -> actions.add(List.of(S1, caseFile)));
        assertEquals(List.of(S2.toString(), S1.toAbsolutePath().normalize().toString()),
                window.shownCase().sources().stream().map(s -> s.report().path()).toList());
        assertEquals(caseFile, actions.caseFile());
        assertNull(window.selectionProperty().get());
    }
}
