package org.rtscope.ui;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The right-hand panel: everything known about the selected slice or event, laid out as a key/value
 * sheet with the stack (if any) below, and a button to copy it all as text for a bug report.
 */
public final class InspectorView extends BorderPane {
    private final Label title = new Label();
    private final Button copy = new Button();
    private final GridPane sheet = new GridPane();
    private final VBox stack = new VBox();
    private InspectorContent content;

    public InspectorView() {
        getStyleClass().add("inspector");
        title.getStyleClass().add("inspector-title");
        title.setWrapText(true);
        copy.setGraphic(new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.getStyleClass().add("flat-button");
        copy.setOnAction(e -> copyToClipboard());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, copy);
        header.getStyleClass().add("inspector-header");
        sheet.getStyleClass().add("inspector-sheet");
        stack.getStyleClass().add("inspector-stack");
        VBox body = new VBox(sheet, stack);
        body.getStyleClass().add("inspector-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setTop(header);
        setCenter(scroll);
        clear();
    }

    /** Shows the hint for an empty selection. */
    public void clear() {
        show(new InspectorContent("Nothing selected",
                List.of(InspectorContent.Row.of("Hint", "click a slice in the timeline or an event in the table")),
                List.of()));
    }

    public void show(InspectorContent value) {
        content = value;
        title.setText(value.title());
        copy.setDisable(value.rows().isEmpty());
        sheet.getChildren().clear();
        int r = 0;
        for (InspectorContent.Row row : value.rows()) {
            if (row.section()) {
                Label section = new Label(row.key());
                section.getStyleClass().add("inspector-section");
                sheet.add(section, 0, r++, 2, 1);
                continue;
            }
            Label key = new Label(row.key());
            key.getStyleClass().add("inspector-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label val = new Label(row.value());
            val.getStyleClass().add("inspector-value");
            val.setWrapText(true);
            sheet.addRow(r++, key, val);
        }
        stack.getChildren().clear();
        if (!value.frames().isEmpty()) {
            Label heading = new Label("Stack (innermost first)");
            heading.getStyleClass().add("inspector-section");
            stack.getChildren().add(heading);
            for (String frame : value.frames()) {
                Label line = new Label(frame);
                line.getStyleClass().add("inspector-frame");
                stack.getChildren().add(line);
            }
        }
    }

    /** The text currently shown, as copied to the clipboard. */
    public String text() {
        return content.asText();
    }

    private void copyToClipboard() {
        ClipboardContent clip = new ClipboardContent();
        clip.putString(text());
        Clipboard.getSystemClipboard().setContent(clip);
    }
}
