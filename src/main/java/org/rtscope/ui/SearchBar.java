package org.rtscope.ui;

import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.rtscope.model.Trace;
import org.rtscope.timeline.TraceSearch;

/**
 * Search by task name, pid or event name: the matches are found in the background as the user types,
 * and Enter / Shift+Enter (or the arrows) jump to the next / previous match after the current
 * selection, which selects that event everywhere. Shows "3 / 120".
 */
public final class SearchBar extends HBox {
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));
    private final Supplier<Trace> trace;
    private final Supplier<long[]> position;
    private final IntConsumer jump;
    private int[] matches = new int[0];
    private String matched = "";
    private Task<int[]> running;

    /**
     * @param trace    the trace to search
     * @param position where the user is: {time ns, selected event or -1}
     * @param jump     selects and shows a matching event
     */
    public SearchBar(Supplier<Trace> trace, Supplier<long[]> position, IntConsumer jump) {
        this.trace = trace;
        this.position = position;
        this.jump = jump;
        getStyleClass().add("search-bar");
        field.setPromptText("Search task, pid, event (Ctrl+F)");
        field.getStyleClass().add("search-field");
        field.setPrefColumnCount(18);
        count.getStyleClass().add("search-count");
        Button prev = button(MaterialDesignC.CHEVRON_UP, "Previous match (Shift+Enter)", () -> step(false));
        Button next = button(MaterialDesignC.CHEVRON_DOWN, "Next match (Enter)", () -> step(true));
        getChildren().addAll(field, prev, next, count);
        debounce.setOnFinished(e -> search());
        field.textProperty().addListener(o -> debounce.playFromStart());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                getParent().requestFocus();
                e.consume();
            }
        });
    }

    public TextField field() {
        return field;
    }

    /** Forgets the matches (a new case was opened). */
    public void reset() {
        matches = new int[0];
        matched = "";
        count.setText("");
        if (!field.getText().isBlank()) {
            search();
        }
    }

    /** The matches of the last finished search (for tests). */
    public int matchCount() {
        return matches.length;
    }

    /** Jumps to the next or previous match; searches first if the text changed. */
    public void step(boolean forward) {
        Trace t = trace.get();
        if (t == null) {
            return;
        }
        if (!field.getText().strip().equals(matched)) {
            debounce.stop();
            int[] now = TraceSearch.matches(t, field.getText(), () -> false);
            accept(field.getText().strip(), now);
        }
        long[] at = position.get();
        int k = TraceSearch.step(t, matches, at[0], (int) at[1], forward);
        if (k < 0 && matches.length > 0) {
            k = forward ? 0 : matches.length - 1;
        }
        if (k >= 0) {
            count.setText((k + 1) + " / " + matches.length);
            jump.accept(matches[k]);
        }
    }

    private void search() {
        Trace t = trace.get();
        String query = field.getText().strip();
        if (running != null) {
            running.cancel();
        }
        if (t == null || query.isEmpty()) {
            accept(query, new int[0]);
            return;
        }
        Task<int[]> task = new Task<>() {
            @Override
            protected int[] call() {
                return TraceSearch.matches(t, query, this::isCancelled);
            }
        };
        running = task;
        task.setOnSucceeded(e -> {
            if (task == running && task.getValue() != null && query.equals(field.getText().strip())) {
                accept(query, task.getValue());
            }
        });
        Thread thread = new Thread(task, "rtscope-search");
        thread.setDaemon(true);
        thread.start();
    }

    private void accept(String query, int[] found) {
        matched = query;
        matches = found;
        count.setText(query.isEmpty() ? "" : found.length == 0 ? "no match" : String.format("%,d matches", found.length));
    }

    private static Button button(org.kordamp.ikonli.Ikon ikon, String tip, Runnable action) {
        Button b = new Button();
        b.setGraphic(new FontIcon(ikon));
        b.getStyleClass().add("flat-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
