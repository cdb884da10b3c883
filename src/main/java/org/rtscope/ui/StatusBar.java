package org.rtscope.ui;

import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.rtscope.timeline.TimeFormat;
import org.rtscope.timeline.Viewport;

/**
 * The bottom line: which file is shown, how many events, which time range is visible; while loading a
 * progress bar with a Cancel button; and, without interrupting anyone, the import warnings (file and
 * line) behind a button, plus a short message when a load failed or was cancelled.
 */
final class StatusBar extends HBox {
    private final Label file = new Label("No trace open");
    private final Label events = new Label();
    private final Label range = new Label();
    private final Label message = new Label();
    private final Label markers = new Label();
    private final MenuButton warnings = new MenuButton();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private Task<?> tracked;

    StatusBar() {
        getStyleClass().add("status-bar");
        file.getStyleClass().add("status-file");
        events.getStyleClass().add("status-field");
        range.getStyleClass().addAll("status-field", "status-range");
        markers.getStyleClass().addAll("status-field", "status-range", "status-markers");
        message.getStyleClass().add("status-message");
        warnings.getStyleClass().add("status-warnings");
        warnings.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        warnings.setVisible(false);
        warnings.setManaged(false);
        progress.setPrefWidth(160);
        cancel.setOnAction(e -> {
            if (tracked instanceof CaseLoadTask load) {
                load.stopEarly();
            } else if (tracked != null) {
                tracked.cancel();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(file, events, range, markers, spacer, message, warnings, progress, cancel);
        showLoading(null);
        showMarkers("");
    }

    void showSource(String fileName, int eventCount) {
        file.setText(fileName);
        events.setText(String.format("%,d events", eventCount));
    }

    /** Shows the visible range with as many decimals as its span needs. */
    void showRange(Viewport view) {
        double spanSeconds = view.span() / 1e9;
        int decimals = (int) Math.max(0, Math.min(9, Math.ceil(-Math.log10(spanSeconds)) + 3));
        range.setText(TimeFormat.seconds(Math.round(view.start()), decimals) + " – "
                + TimeFormat.seconds(Math.round(view.end()), decimals) + " s   (span "
                + TimeFormat.duration(view.span()) + ")");
    }

    /** Shows markers A and B and their delta ("" hides the field). */
    void showMarkers(String text) {
        markers.setText(text);
        markers.setVisible(!text.isEmpty());
        markers.setManaged(!text.isEmpty());
    }

    void showMessage(String text) {
        message.setText(text);
    }

    /** Lists import warnings ("file:line: message"); hidden when there are none. */
    void showWarnings(List<String> lines, int total) {
        warnings.getItems().clear();
        for (String line : lines) {
            MenuItem item = new MenuItem(line);
            item.setMnemonicParsing(false);
            warnings.getItems().add(item);
        }
        warnings.setText(total == 1 ? "1 warning" : total + " warnings");
        warnings.setVisible(total > 0);
        warnings.setManaged(total > 0);
    }

    /** Binds the progress bar and Cancel button to {@code task} while it runs (null: hide them). */
    void showLoading(Task<?> task) {
        tracked = task;
        boolean active = task != null;
        progress.progressProperty().unbind();
        if (active) {
            progress.progressProperty().bind(task.progressProperty());
            message.setText("Loading " + task.getTitle() + "…");
        }
        progress.setVisible(active);
        progress.setManaged(active);
        cancel.setVisible(active);
        cancel.setManaged(active);
    }
}
