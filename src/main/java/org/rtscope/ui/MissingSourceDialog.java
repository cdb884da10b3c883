package org.rtscope.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import org.rtscope.workspace.CaseDocument;
import org.rtscope.workspace.SourcePaths;

/**
 * The question a reopened case asks for each source that moved: where it looked, and three answers —
 * locate the file (a file chooser opened beside the case file, filtered to the same name first), skip
 * it (the case opens without it), or cancel opening the case.
 */
final class MissingSourceDialog implements SourceLocator {
    private static final ButtonType LOCATE = new ButtonType("Locate…", ButtonBar.ButtonData.YES);
    private static final ButtonType SKIP = new ButtonType("Skip", ButtonBar.ButtonData.NO);

    private final Node owner;

    MissingSourceDialog(Node owner) {
        this.owner = owner;
    }

    @Override
    public Answer locate(Path caseFile, CaseDocument.SourceEntry entry, List<Path> tried) {
        String name = SourcePaths.fileName(entry);
        while (true) {
            Alert alert = new Alert(Alert.AlertType.WARNING, "", LOCATE, SKIP, ButtonType.CANCEL);
            alert.initOwner(owner.getScene() == null ? null : owner.getScene().getWindow());
            alert.setTitle("Source file moved");
            alert.setHeaderText(name + " was not found");
            alert.setContentText("The case " + caseFile.getFileName() + " expects it at\n"
                    + tried.stream().map(p -> "    " + p).collect(Collectors.joining("\n"))
                    + "\n\nLocate it, or skip it and open the case without it.");
            ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
            if (answer == SKIP) {
                return Answer.SKIP;
            }
            if (answer != LOCATE) {
                return Answer.CANCEL;
            }
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Where is " + name + "?");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(name, name),
                    new FileChooser.ExtensionFilter("All files", "*"));
            Path dir = caseFile.toAbsolutePath().getParent();
            if (dir != null && Files.isDirectory(dir)) {
                chooser.setInitialDirectory(dir.toFile());
            }
            File chosen = chooser.showOpenDialog(alert.getOwner());
            if (chosen != null) {
                return Answer.at(chosen.toPath());
            }
        }
    }
}
