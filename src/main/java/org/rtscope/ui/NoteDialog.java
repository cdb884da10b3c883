package org.rtscope.ui;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.rtscope.analysis.Finding;
import org.rtscope.timeline.TimeFormat;
import org.rtscope.workspace.CaseDocument;

/**
 * Asks for a note and what it is about: the selected time (the selected slice or event, else the
 * middle of the view) or one of the case's findings. Notes are saved with the case and appear in the
 * PNG report, beside the finding they are about or as their own callout at their time.
 */
final class NoteDialog {

    private NoteDialog() {
    }

    /** Asks for a note on the open case, offering {@code findings} to attach it to. */
    static Optional<CaseDocument.Note> ask(MainWindow window, CaseFileActions files, List<Finding> findings) {
        long time = files.noteTime();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window.root().getScene().getWindow());
        dialog.setTitle("Add note");
        dialog.setHeaderText("A note for the case and its report");
        TextArea text = new TextArea();
        text.setPromptText("What you found, what to try next …");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        ToggleGroup about = new ToggleGroup();
        RadioButton atTime = new RadioButton("at " + TimeFormat.seconds(time, 6) + " s");
        RadioButton onFinding = new RadioButton("on the finding");
        atTime.setToggleGroup(about);
        onFinding.setToggleGroup(about);
        atTime.setSelected(true);
        ComboBox<Finding> finding = new ComboBox<>();
        finding.getItems().setAll(findings);
        finding.setConverter(new StringConverter<>() {
            @Override
            public String toString(Finding f) {
                return f == null ? "" : f.title() + " (" + TimeFormat.seconds(f.start(), 3) + " s)";
            }

            @Override
            public Finding fromString(String s) {
                return null;
            }
        });
        onFinding.setDisable(findings.isEmpty());
        finding.setDisable(findings.isEmpty());
        if (!findings.isEmpty()) {
            finding.setValue(findings.get(0));
        }
        VBox content = new VBox(8, text, new Label("About"), atTime, onFinding, finding);
        content.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(text.textProperty().isEmpty());
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        if (onFinding.isSelected() && finding.getValue() != null) {
            Finding f = finding.getValue();
            return Optional.of(new CaseDocument.Note(text.getText().strip(), null,
                    new CaseDocument.FindingRef(f.pattern(), f.start() / 1e9)));
        }
        return Optional.of(new CaseDocument.Note(text.getText().strip(), time / 1e9, null));
    }
}
