package org.rtscope.ui;

import java.util.Collection;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Frame;

/**
 * The stack of what is selected: the kernel stack recorded with a trace event, or the backtrace of a
 * report (oops, lockup, crash or gdb thread), innermost frame first, with the frames the selected
 * finding names highlighted.
 */
public final class BacktracePane extends BorderPane {
    private final Label title = new Label();
    private final VBox frames = new VBox();

    public BacktracePane() {
        getStyleClass().add("backtrace-pane");
        title.getStyleClass().add("backtrace-title");
        frames.getStyleClass().add("backtrace-frames");
        ScrollPane scroll = new ScrollPane(frames);
        scroll.setFitToWidth(true);
        setTop(title);
        setCenter(scroll);
        clear();
    }

    public void clear() {
        title.setText("Backtrace");
        Label none = new Label("No stack for the selection");
        none.getStyleClass().add("backtrace-none");
        frames.getChildren().setAll(none);
    }

    /** Shows {@code stack} under {@code heading}; frame indices in {@code signature} are highlighted. */
    public void show(String heading, Backtrace stack, Collection<Integer> signature) {
        title.setText("Backtrace · " + heading);
        List<Frame> list = stack.frames();
        frames.getChildren().clear();
        for (int k = 0; k < list.size(); k++) {
            Label line = new Label("#" + k + "  " + list.get(k));
            line.getStyleClass().add(signature.contains(k) ? "frame-signature" : "backtrace-frame");
            frames.getChildren().add(line);
        }
        if (list.isEmpty()) {
            clear();
        }
    }

    /** The frame lines shown (for tests). */
    public List<String> lines() {
        return frames.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    /** The highlighted frame lines (for tests). */
    public List<String> highlighted() {
        return frames.getChildren().stream().filter(n -> n.getStyleClass().contains("frame-signature"))
                .map(n -> ((Label) n).getText()).toList();
    }
}
