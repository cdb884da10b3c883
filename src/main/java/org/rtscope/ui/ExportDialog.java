package org.rtscope.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.rtscope.export.report.ReportImage;
import org.rtscope.export.report.ReportInput;

/**
 * The "Export PNG report" dialog (Ctrl+E): what to show (the current view or the whole case), which
 * size (Full HD, 4K or custom), a live preview, and Save. The preview is drawn at the report's page size
 * (a 4K report is the Full HD page at twice the resolution), so it shows the final layout quickly; the
 * full image is drawn on Save and encoded off the FX thread.
 */
final class ExportDialog {
    /** What the report shows. */
    enum Range { CURRENT_VIEW, WHOLE_CASE }

    /** A size preset; {@code width} 0 means custom. */
    record Size(String label, int width, int height) {
        static final Size CUSTOM = new Size("Custom", 0, 0);
    }

    static final List<Size> PRESETS = List.of(new Size("1920 × 1080 (Full HD)", 1920, 1080),
            new Size("3840 × 2160 (4K UHD)", 3840, 2160), Size.CUSTOM);
    private static final Duration SETTLE = Duration.millis(150);

    private final Stage stage = new Stage();
    private final Notifier notifier;
    private final Function<Range, ReportInput> inputs;
    private final Path suggested;
    private final ToggleGroup range = new ToggleGroup();
    private final RadioButton view = new RadioButton("Current view");
    private final RadioButton whole = new RadioButton("Whole case");
    private final ChoiceBox<Size> size = new ChoiceBox<>();
    private final Spinner<Integer> width = new Spinner<>(ReportImage.MIN_SIZE, ReportImage.MAX_SIZE, 2560, 10);
    private final Spinner<Integer> height = new Spinner<>(ReportImage.MIN_SIZE, ReportImage.MAX_SIZE, 1440, 10);
    private final ImageView preview = new ImageView();
    private final Label info = new Label();
    private final Button save = new Button("Save PNG…");
    private final PauseTransition settle = new PauseTransition(SETTLE);

    /**
     * @param inputs    what to draw for a range (called on the FX thread)
     * @param suggested the file name offered on Save
     */
    ExportDialog(Window owner, Notifier notifier, Function<Range, ReportInput> inputs, Path suggested) {
        this.notifier = notifier;
        this.inputs = inputs;
        this.suggested = suggested;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export PNG report");
        view.setToggleGroup(range);
        whole.setToggleGroup(range);
        whole.setSelected(true);
        size.getItems().setAll(PRESETS);
        size.setConverter(new StringConverter<>() {
            @Override
            public String toString(Size value) {
                return value == null ? "" : value.label();
            }

            @Override
            public Size fromString(String label) {
                return PRESETS.stream().filter(p -> p.label().equals(label)).findFirst().orElse(Size.CUSTOM);
            }
        });
        size.setValue(PRESETS.get(0));
        width.setEditable(true);
        height.setEditable(true);
        width.setPrefWidth(96);
        height.setPrefWidth(96);
        settle.setOnFinished(e -> renderPreview());
        range.selectedToggleProperty().addListener(o -> settle.playFromStart());
        size.valueProperty().addListener(o -> settle.playFromStart());
        width.valueProperty().addListener(o -> settle.playFromStart());
        height.valueProperty().addListener(o -> settle.playFromStart());
        width.disableProperty().bind(size.valueProperty().isNotEqualTo(Size.CUSTOM));
        height.disableProperty().bind(size.valueProperty().isNotEqualTo(Size.CUSTOM));
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        stage.setScene(new Scene(layout(cancel), 960, 700));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    void show() {
        stage.show();
        renderPreview();
    }

    /** The chosen size in pixels. */
    private int[] chosenSize() {
        Size chosen = size.getValue();
        return chosen.width() > 0 ? new int[] {chosen.width(), chosen.height()} : new int[] {width.getValue(), height.getValue()};
    }

    private Range chosenRange() {
        return whole.isSelected() ? Range.WHOLE_CASE : Range.CURRENT_VIEW;
    }

    /** Draws the preview now (the dialog redraws by itself a moment after each change). */
    void renderPreview() {
        int[] full = chosenSize();
        int[] page = ReportImage.pageSize(full[0], full[1]);
        long started = System.nanoTime();
        WritableImage image = ReportImage.render(inputs.apply(chosenRange()), page[0], page[1]);
        preview.setImage(image);
        info.setText(String.format(Locale.ROOT, "%d × %d px · preview drawn in %.2f s", full[0], full[1],
                (System.nanoTime() - started) / 1e9));
    }

    /** Writes the report at the chosen size to {@code out}, in the background; closes the dialog. */
    void saveTo(Path out) {
        int[] full = chosenSize();
        WritableImage image = ReportImage.render(inputs.apply(chosenRange()), full[0], full[1]);
        int[] pixels = ReportImage.pixels(image);
        stage.close();
        BackgroundJob.run("png", () -> {
            ReportImage.writePng(pixels, full[0], full[1], out);
            return out;
        }, done -> notifier.done("Exported " + out.getFileName(), full[0] + " × " + full[1] + " px, " + out.toAbsolutePath()),
                e -> notifier.problem("Could not export " + out.getFileName(), String.valueOf(e.getMessage())));
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save PNG report");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        if (suggested.getParent() != null && suggested.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(suggested.getParent().toFile());
        }
        chooser.setInitialFileName(String.valueOf(suggested.getFileName()));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            Path out = chosen.toPath();
            saveTo(out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png") ? out
                    : out.resolveSibling(out.getFileName() + ".png"));
        }
    }

    private BorderPane layout(Button cancel) {
        Label show = new Label("Show");
        Label sizeLabel = new Label("Size");
        Label times = new Label("×");
        show.getStyleClass().add("export-label");
        sizeLabel.getStyleClass().add("export-label");
        HBox options = new HBox(show, view, whole, sizeLabel, size, width, times, height);
        options.getStyleClass().add("export-options");
        options.setAlignment(Pos.CENTER_LEFT);
        preview.setPreserveRatio(true);
        preview.setSmooth(true);
        StackPane frame = new StackPane(preview);
        frame.getStyleClass().add("export-preview");
        preview.fitWidthProperty().bind(frame.widthProperty().subtract(24));
        preview.fitHeightProperty().bind(frame.heightProperty().subtract(24));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        info.getStyleClass().add("export-info");
        HBox buttons = new HBox(info, spacer, cancel, save);
        buttons.getStyleClass().add("export-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(frame, options, null, buttons, null);
        root.getStyleClass().add("export-dialog");
        return root;
    }
}
