package org.rtscope.ui;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.rtscope.model.Trace;
import org.rtscope.timeline.EventFilter;

/**
 * The filter line above the event table: text, CPU, task (name or tid) and event type. Typing waits a
 * moment before the table refilters, so a word is one filtering pass, not one per key.
 */
public final class EventFilterBar extends HBox {
    private static final String ALL_CPUS = "All CPUs";
    private static final String ALL_EVENTS = "All events";

    private final TextField text = new TextField();
    private final ChoiceBox<String> cpu = new ChoiceBox<>();
    private final TextField task = new TextField();
    private final ChoiceBox<String> type = new ChoiceBox<>();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(200));
    private final Consumer<EventFilter> onChange;
    private Trace trace;
    private boolean filling;

    public EventFilterBar(Consumer<EventFilter> onChange) {
        this.onChange = onChange;
        getStyleClass().add("event-filter-bar");
        text.setPromptText("Filter text");
        text.setPrefColumnCount(16);
        task.setPromptText("Task name or tid");
        task.setPrefColumnCount(12);
        Label icon = new Label("", new FontIcon(MaterialDesignF.FILTER_OUTLINE));
        getChildren().addAll(icon, text, cpu, task, type);
        debounce.setOnFinished(e -> fire());
        text.textProperty().addListener(o -> debounce.playFromStart());
        task.textProperty().addListener(o -> debounce.playFromStart());
        cpu.valueProperty().addListener(o -> fire());
        type.valueProperty().addListener(o -> fire());
        setTrace(null);
    }

    /** Fills the CPU and event choices for {@code value} and clears the filter. */
    public void setTrace(Trace value) {
        trace = value;
        filling = true;
        try {
            cpu.getItems().setAll(ALL_CPUS);
            type.getItems().setAll(ALL_EVENTS);
            if (value != null) {
                for (int c = 0; c < value.cpuCount(); c++) {
                    cpu.getItems().add("CPU " + c);
                }
                for (int t = 0; t < value.typeCount(); t++) {
                    type.getItems().add(value.typeName(t));
                }
            }
            cpu.setValue(ALL_CPUS);
            type.setValue(ALL_EVENTS);
            text.clear();
            task.clear();
        } finally {
            filling = false;
        }
    }

    public TextField textField() {
        return text;
    }

    public ChoiceBox<String> cpuChoice() {
        return cpu;
    }

    /** The filter as set now. */
    public EventFilter filter() {
        int c = cpu.getValue() == null || ALL_CPUS.equals(cpu.getValue()) ? -1
                : Integer.parseInt(cpu.getValue().substring("CPU ".length()));
        int t = type.getValue() == null || ALL_EVENTS.equals(type.getValue()) || trace == null ? -1
                : type.getItems().indexOf(type.getValue()) - 1;
        return new EventFilter(text.getText(), c, task.getText(), t);
    }

    private void fire() {
        if (!filling) {
            debounce.stop();
            onChange.accept(filter());
        }
    }
}
