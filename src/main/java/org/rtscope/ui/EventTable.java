package org.rtscope.ui;

import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.rtscope.model.EventFields;
import org.rtscope.model.Trace;
import org.rtscope.timeline.EventFilter;
import org.rtscope.timeline.TimeFormat;
import org.rtscope.timeline.TimelineData;

/**
 * The events of the visible time range, one row each, as the trace text would list them, optionally
 * narrowed by an {@link EventFilter}. Rows are event indices: a range without a filter costs nothing
 * until a row scrolls into view (an {@link EventRange}); a filter is applied in the background and the
 * matching indices become the rows.
 *
 * <p>Linked both ways: selecting a row selects its event everywhere; any other selection scrolls the
 * table to the first row at or after its time, and a selected event is selected here when it is a row.
 */
public final class EventTable extends TableView<Integer> {
    private final ObjectProperty<Selection> selection;
    private Trace trace;
    private TimelineData data;
    private EventFilter filter = EventFilter.NONE;
    private int from;
    private int to;
    private boolean updating;
    private Task<int[]> filtering;

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

    /** Shows events of {@code value}'s trace; the rows stay empty until {@link #showRange}. */
    public void setData(TimelineData value) {
        data = value;
        trace = value == null ? null : value.trace();
        from = 0;
        to = 0;
        show(List.of());
    }

    /** Shows the events with timestamps in {@code [from, to]} (ns) that pass the filter. */
    public void showRange(double fromNs, double toNs) {
        if (trace == null) {
            return;
        }
        int f = trace.firstAtOrAfter((long) Math.ceil(fromNs));
        int t = trace.firstAtOrAfter((long) Math.floor(toNs) + 1);
        if (f == from && t == to && getItems() != null && !getItems().isEmpty()) {
            return;
        }
        from = f;
        to = t;
        refresh(false);
    }

    /** Narrows the rows to {@code value}. */
    public void setFilter(EventFilter value) {
        filter = value;
        refresh(true);
    }

    public EventFilter filter() {
        return filter;
    }

    /** Number of rows. */
    public int rowCount() {
        return getItems() == null ? 0 : getItems().size();
    }

    private void refresh(boolean force) {
        if (trace == null) {
            return;
        }
        if (filtering != null) {
            filtering.cancel();
            filtering = null;
        }
        if (filter.isEmpty()) {
            show(new EventRange(from, to));
            return;
        }
        Trace t = trace;
        EventFilter f = filter;
        int a = from;
        int b = to;
        Task<int[]> task = new Task<>() {
            @Override
            protected int[] call() {
                return f.select(t, a, b, this::isCancelled);
            }
        };
        filtering = task;
        task.setOnSucceeded(e -> {
            if (task == filtering && task.getValue() != null) {
                filtering = null;
                show(new IndexList(task.getValue()));
            }
        });
        Thread thread = new Thread(task, "rtscope-filter");
        thread.setDaemon(true);
        thread.start();
    }

    private void show(List<Integer> rows) {
        updating = true;
        try {
            setItems(FXCollections.observableList(rows));
            if (!select(selection.get())) {
                scrollTo(0);
            }
        } finally {
            updating = false;
        }
    }

    private void follow(Selection now) {
        if (trace == null || updating) {
            return;
        }
        updating = true;
        try {
            select(now);
        } finally {
            updating = false;
        }
    }

    /** Selects the row of a selected event, or scrolls to the first row at the selection's time; false if neither. */
    private boolean select(Selection now) {
        List<Integer> rows = getItems();
        if (now == null || rows == null || rows.isEmpty() || data == null) {
            return false;
        }
        if (now instanceof Selection.Event event) {
            int row = rows.indexOf(event.index());
            if (row >= 0) {
                getSelectionModel().clearAndSelect(row);
                scrollTo(Math.max(0, row - 3));
                return true;
            }
        }
        getSelectionModel().clearSelection();
        long[] r = SelectionRange.of(data, now);
        if (r == null) {
            return false;
        }
        int row = firstRowAtOrAfter(rows, r[0]);
        if (row >= rows.size()) {
            return false;
        }
        scrollTo(Math.max(0, row - 3));
        return true;
    }

    private int firstRowAtOrAfter(List<Integer> rows, long t) {
        int lo = 0;
        int hi = rows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (trace.ts(rows.get(mid)) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
