package org.rtscope.ui;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.rtscope.timeline.LaneOptions;
import org.rtscope.timeline.TimelineData;

/**
 * The "Lanes" menu: which CPUs to show (each one, idle ones, only those that ran RT tasks), and
 * collapsing or expanding every CPU group at once. Rebuilt from the {@link LaneOptions} each time it
 * opens, so it always shows the state the timeline is in.
 */
public final class LaneFilterMenu extends MenuButton {
    private final ObjectProperty<LaneOptions> options;
    private TimelineData data;

    public LaneFilterMenu(ObjectProperty<LaneOptions> options) {
        super("Lanes");
        this.options = options;
        setGraphic(new FontIcon(MaterialDesignF.FILTER_VARIANT));
        getStyleClass().add("lane-filter");
        setFocusTraversable(false);
        setOnShowing(e -> rebuild());
        rebuild();
    }

    public void setData(TimelineData value) {
        data = value;
        rebuild();
    }

    private void rebuild() {
        LaneOptions o = options.get();
        getItems().clear();
        getItems().add(check("Hide idle CPUs", o.hideIdleCpus(), v -> options.set(options.get().withHideIdleCpus(v))));
        getItems().add(check("Only CPUs and tasks with RT", o.onlyRt(), v -> options.set(options.get().withOnlyRt(v))));
        if (data == null) {
            return;
        }
        getItems().add(new SeparatorMenuItem());
        for (int cpu = 0; cpu < data.cpuCount(); cpu++) {
            int c = cpu;
            String suffix = data.isIdleCpu(cpu) ? "  (idle)" : data.ranRealtime(cpu) ? "  (RT)" : "";
            getItems().add(check("CPU " + cpu + suffix, !o.hiddenCpus().contains(cpu),
                    v -> options.set(options.get().withCpuHidden(c, !v))));
        }
        getItems().add(new SeparatorMenuItem());
        MenuItem collapse = new MenuItem("Collapse all CPU groups");
        collapse.setOnAction(e -> {
            LaneOptions next = options.get();
            for (int cpu = 0; cpu < data.cpuCount(); cpu++) {
                next = next.withCollapsed(cpu, true);
            }
            options.set(next);
        });
        MenuItem expand = new MenuItem("Expand all CPU groups");
        expand.setOnAction(e -> {
            LaneOptions next = options.get();
            for (int cpu = 0; cpu < data.cpuCount(); cpu++) {
                next = next.withCollapsed(cpu, false);
            }
            options.set(next);
        });
        getItems().addAll(collapse, expand);
    }

    private static CheckMenuItem check(String text, boolean selected, java.util.function.Consumer<Boolean> action) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setSelected(selected);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.accept(item.isSelected()));
        return item;
    }
}
