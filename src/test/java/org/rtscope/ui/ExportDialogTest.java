package org.rtscope.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rtscope.TestData;
import org.rtscope.analysis.CaseAnalysis;
import org.rtscope.analysis.CaseAnalyzer;
import org.rtscope.export.report.ReportInput;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.timeline.TimelineData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The report dialog: a preview at the page size of each preset, the range asked for, and Save writing the full size. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<ExportDialog.Range> asked = new ArrayList<>();
    private ExportDialog dialog;
    private Stage owner;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.show();
    }

    private void open(FxRobot robot) {
        Case loaded = CaseLoader.load(List.of(TestData.trace("s2_rt_throttling", "trace-cmd_report.txt")),
                ImportMonitor.NONE);
        CaseAnalysis analysis = CaseAnalyzer.analyze(loaded);
        TimelineData timeline = TimelineData.of(loaded);
        robot.interact(() -> {
            dialog = new ExportDialog(owner, notifier, range -> {
                asked.add(range);
                long from = range == ExportDialog.Range.WHOLE_CASE ? analysis.start() : 1_245_000_000_000L;
                long to = range == ExportDialog.Range.WHOLE_CASE ? analysis.end() : 1_246_000_000_000L;
                return new ReportInput("s2", timeline, analysis, List.of(), List.of(), from, to,
                        range == ExportDialog.Range.WHOLE_CASE, "test", Instant.now());
            }, dir.resolve("s2-report.png"));
            dialog.show();
        });
    }

    private static Image preview(FxRobot robot) {
        return robot.lookup(".export-preview .image-view").queryAs(ImageView.class).getImage();
    }

    @Test
    @SuppressWarnings("unchecked")
    void previewsEachPresetAtItsPageSizeAndTheAskedRange(FxRobot robot) throws Exception {
        open(robot);
        assertEquals(1920, preview(robot).getWidth());
        assertEquals(1080, preview(robot).getHeight());
        assertEquals(List.of(ExportDialog.Range.WHOLE_CASE), asked);

        ChoiceBox<ExportDialog.Size> size = robot.lookup(".export-options .choice-box").queryAs(ChoiceBox.class);
        robot.interact(() -> size.setValue(ExportDialog.PRESETS.get(1)));
        robot.clickOn("Current view");
        WaitForAsyncUtils.waitFor(5, SECONDS, () -> asked.contains(ExportDialog.Range.CURRENT_VIEW));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1920, preview(robot).getWidth(), "4K is the Full HD page at twice the resolution");
        assertTrue(robot.lookup("Current view").queryAs(RadioButton.class).isSelected());

        List<Spinner<Integer>> spinners = new ArrayList<>();
        for (Spinner<?> spinner : robot.lookup(".spinner").queryAllAs(Spinner.class)) {
            spinners.add((Spinner<Integer>) spinner);
        }
        robot.interact(() -> {
            size.setValue(ExportDialog.PRESETS.get(2));
            spinners.get(0).getValueFactory().setValue(1280);
            spinners.get(1).getValueFactory().setValue(720);
        });
        WaitForAsyncUtils.waitFor(5, SECONDS, () -> preview(robot).getWidth() == 1280);
        assertEquals(720, preview(robot).getHeight());
    }

    @Test
    void saveWritesTheFullSizeImageAndSaysSo(FxRobot robot) throws Exception {
        open(robot);
        @SuppressWarnings("unchecked")
        ChoiceBox<ExportDialog.Size> size = robot.lookup(".export-options .choice-box").queryAs(ChoiceBox.class);
        Path out = dir.resolve("report-4k.png");
        robot.interact(() -> {
            size.setValue(ExportDialog.PRESETS.get(1));
            dialog.saveTo(out);
        });
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> !notifier.done.isEmpty());
        assertTrue(notifier.done.get(0).startsWith("Exported report-4k.png: 3840 × 2160 px"), notifier.done.toString());
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(3840, image.getWidth());
        assertEquals(2160, image.getHeight());
        assertTrue(Files.size(out) > 50_000);
        assertEquals(List.of(), notifier.problems);
    }
}
