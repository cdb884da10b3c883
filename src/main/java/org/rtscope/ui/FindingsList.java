package org.rtscope.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rtscope.analysis.Finding;
import org.rtscope.timeline.TimeFormat;

/**
 * The failure patterns that matched, one row each: severity icon, title, and where (time, CPUs,
 * tasks, pattern id). Selecting a row is how a user starts reading a finding; N and P step through.
 */
public final class FindingsList extends ListView<Finding> {
    static final String NONE = "No findings: the pattern engine found nothing, or has not run on this case.";
    static final String PENDING = "The patterns are matched once the files are read.";
    private final Label none = new Label(NONE);

    public FindingsList() {
        getStyleClass().add("findings-list");
        none.setWrapText(true);
        none.getStyleClass().add("findings-none");
        setPlaceholder(none);
        setCellFactory(v -> new Cell());
    }

    /** While a case loads, an empty list says the findings are still to come rather than that there are none. */
    public void showLoading(boolean loading) {
        none.setText(loading ? PENDING : NONE);
    }

    /** What the list says while it is empty. */
    String placeholderText() {
        return none.getText();
    }

    public void show(List<Finding> findings) {
        setItems(FXCollections.observableArrayList(findings));
    }

    /** Selects the next ({@code forward}) or previous finding; from nothing, the first or last. */
    public void step(boolean forward) {
        int n = getItems().size();
        if (n == 0) {
            return;
        }
        int at = getSelectionModel().getSelectedIndex();
        int next = at < 0 ? (forward ? 0 : n - 1) : Math.max(0, Math.min(n - 1, at + (forward ? 1 : -1)));
        getSelectionModel().select(next);
        scrollTo(next);
    }

    /** True when the finding has a place on the case clock (a finding from wall-clock logs alone has none). */
    static boolean hasTime(Finding f) {
        return f.hasTime();
    }

    /** "1244.426573 s · CPU 1 · rt_hog-26988 · RT_THROTTLE". */
    static String where(Finding f) {
        StringBuilder sb = new StringBuilder(hasTime(f) ? TimeFormat.timestamp(f.start()) : "no time");
        if (!f.cpus().isEmpty()) {
            sb.append(" · CPU ").append(f.cpus().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (!f.tasks().isEmpty()) {
            sb.append(" · ").append(f.tasks().stream().limit(3)
                    .map(t -> t.comm().isEmpty() ? String.valueOf(t.tid()) : t.comm() + "-" + t.tid())
                    .collect(Collectors.joining(", ")));
        }
        return sb.append(" · ").append(f.pattern()).toString();
    }

    private static final class Cell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon icon = new FontIcon(MarkerIcons.of(f.severity()));
            icon.getStyleClass().addAll("severity-icon", "severity-" + f.severity().id());
            Label title = new Label(f.count() > 1 ? f.title() + "  ×" + f.count() : f.title());
            title.getStyleClass().add("finding-title");
            title.setWrapText(true);
            Label where = new Label(where(f));
            where.getStyleClass().add("finding-where");
            where.setWrapText(true);
            VBox text = new VBox(title, where);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(icon, text);
            row.getStyleClass().add("finding-row");
            // wrap to the list's width instead of growing a horizontal scroll bar
            row.prefWidthProperty().bind(getListView().widthProperty().subtract(32));
            row.setMaxWidth(Region.USE_PREF_SIZE);
            setText(null);
            setGraphic(row);
            setAccessibleText(f.severity().id().toUpperCase(Locale.ROOT) + " " + f.title());
        }
    }
}
