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
 * The details of the selection (a slice, event, task state, log record or report), laid out as a
 * key/value sheet, and a button to copy it all (stack included) as text for a bug report. The stack
 * itself is shown by the {@link BacktracePane} below.
 */
public final class InspectorView extends BorderPane {
    private final Label title = new Label();
    private final Button copy = new Button();
    private final GridPane sheet = new GridPane();
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
        VBox body = new VBox(sheet);
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
