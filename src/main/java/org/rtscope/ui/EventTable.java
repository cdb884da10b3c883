package org.rtscope.ui;

import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.rtscope.model.EventFields;
import org.rtscope.model.Trace;
import org.rtscope.timeline.TimeFormat;

/**
 * The events of the visible time range, one row each, as the trace text would list them. Rows are
 * event indices over an {@link EventRange}, so a window of millions of events costs nothing until a
 * row scrolls into view; cell text is made on demand. Selecting a row selects the event for the
 * inspector; selecting a slice elsewhere scrolls to the slice's first event. When the range changes
 * the table shows the selection if it is in range, else the range's first event.
 */
public final class EventTable extends TableView<Integer> {
    private final ObjectProperty<Selection> selection;
    private Trace trace;
    private EventRange range = new EventRange(0, 0);
    private boolean updating;

    public EventTable(ObjectProperty<Selection> selection) {
        this.selection = selection;
        getStyleClass().add("event-table");
        getColumns().add(column("Time (s)", 118, "time-column", i -> TimeFormat.seconds(trace.ts(i), 6)));
        getColumns().add(column("CPU", 48, "cpu-column", i -> Integer.toString(trace.cpu(i))));
        getColumns().add(column("Task", 170, null, i -> trace.tasks().label(trace.tid(i))));
        getColumns().add(column("Event", 170, null, i -> trace.eventName(i)));
        getColumns().add(column("Fields", 420, "fields-column", i -> EventFields.summary(trace, i)));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No events in the visible time range"));
        getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!updating && now != null) {
                selection.set(new Selection.Event(now));
            }
        });
        selection.addListener((o, old, now) -> follow(now));
    }

    /** Shows events of {@code value}; the rows stay empty until {@link #showRange}. */
    public void setTrace(Trace value) {
        trace = value;
        range = null;
        showIndices(0, 0);
    }

    /** Shows the events with timestamps in {@code [from, to]} (ns). */
    public void showRange(double from, double to) {
        if (trace == null) {
            return;
        }
        showIndices(trace.firstAtOrAfter((long) Math.ceil(from)), trace.firstAtOrAfter((long) Math.floor(to) + 1));
    }

    /** Number of rows (events in the shown range). */
    public int rowCount() {
        return range == null ? 0 : range.size();
    }

    private void showIndices(int from, int to) {
        if (range != null && range.from() == from && range.to() == to) {
            return;
        }
        range = new EventRange(from, to);
        updating = true;
        try {
            setItems(FXCollections.observableList(range));
            if (selection.get() instanceof Selection.Event event && range.contains(event.index())) {
                getSelectionModel().select(event.index() - from);
                scrollTo(Math.max(0, event.index() - from - 3));
            } else if (!scrollToSliceStart(selection.get())) {
                scrollTo(0);
            }
        } finally {
            updating = false;
        }
    }

    private void follow(Selection now) {
        if (trace == null || range == null || updating) {
            return;
        }
        if (now instanceof Selection.Slice) {
            updating = true;
            getSelectionModel().clearSelection();
            updating = false;
            scrollToSliceStart(now);
        }
    }

    /** Scrolls to the first shown event at or after a selected slice's start; false if that is not shown. */
    private boolean scrollToSliceStart(Selection selected) {
        if (!(selected instanceof Selection.Slice slice)) {
            return false;
        }
        long start = trace.slices(slice.cpu()).start(slice.index());
        int first = Math.max(range.from(), trace.firstAtOrAfter(start));
        if (first >= range.to()) {
            return false;
        }
        scrollTo(first - range.from());
        return true;
    }

    private TableColumn<Integer, String> column(String title, double width, String styleClass, IntFunction<String> text) {
        TableColumn<Integer, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        if (styleClass != null) {
            column.getStyleClass().add(styleClass);
        }
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
