package org.rtscope.ui;

import java.util.function.DoubleConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.rtscope.timeline.HitTester;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.LaneKind;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.LaneOptions;
import org.rtscope.timeline.TimeMarkers;
import org.rtscope.timeline.TimelineData;

/**
 * The timeline's right-click menu: a lane for the task under the mouse (or remove one that was
 * added), hiding that CPU, and markers A and B at that time.
 */
final class TimelineMenu extends ContextMenu {

    /**
     * @param hit     what is under the mouse (may be null)
     * @param setA    sets marker A at a time
     * @param setB    sets marker B at a time
     * @param time    the time under the mouse
     */
    TimelineMenu(TimelineData d, HitTester.Hit hit, LaneLayout layout, ObjectProperty<LaneOptions> options,
                 ObjectProperty<TimeMarkers> markers, DoubleConsumer setA, DoubleConsumer setB, double time) {
        int tid = taskUnder(d, hit);
        if (tid > 0) {
            String name = d.trace().tasks().label(tid);
            boolean shown = layout.indexOf(Lane.task(tid)) >= 0;
            boolean chosen = options.get().chosenTasks().contains(tid);
            if (!shown) {
                getItems().add(item("Show a lane for " + name, () -> options.set(options.get().withTask(tid, true))));
            } else if (chosen) {
                getItems().add(item("Remove the lane of " + name, () -> options.set(options.get().withTask(tid, false))));
            }
        }
        if (hit != null && hit.lane().cpu() >= 0) {
            int cpu = hit.lane().cpu();
            getItems().add(item("Hide CPU " + cpu, () -> options.set(options.get().withCpuHidden(cpu, true))));
        }
        if (!getItems().isEmpty()) {
            getItems().add(new SeparatorMenuItem());
        }
        getItems().add(item("Set marker A here (M)", () -> setA.accept(time)));
        getItems().add(item("Set marker B here (Shift+M)", () -> setB.accept(time)));
        getItems().add(item("Clear markers (Esc)", () -> markers.set(TimeMarkers.NONE)));
    }

    /** The task of the slice or task lane under the pointer, or 0. */
    static int taskUnder(TimelineData d, HitTester.Hit hit) {
        if (hit == null) {
            return 0;
        }
        if (hit.lane().kind() == LaneKind.TASK) {
            return hit.lane().id();
        }
        if (hit.lane().kind() == LaneKind.CPU && hit.item() >= 0) {
            return d.trace().slices(hit.lane().cpu()).tid(hit.item());
        }
        return 0;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }
}
