package org.rtscope.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rtscope.timeline.MarkerKind;
import org.rtscope.timeline.TaskPalette;

/**
 * What the timeline's colours and icons mean, in one line under the overview: RT tasks from amber
 * (priority 1) to deep red (99), deadline, normal tasks, throttled windows, the interrupt rows, the
 * task states and the marker icons. Swatches take the canvas palette, so they follow the theme.
 */
public final class Legend extends FlowPane {

    public Legend() {
        getStyleClass().add("legend");
    }

    /** Rebuilds the swatches in {@code palette}'s colours. */
    public void show(CanvasPalette palette) {
        TaskPalette tasks = new TaskPalette();
        getChildren().clear();
        LinearGradient rt = new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, rgb(tasks.color(1, 99))), new Stop(0.5, rgb(tasks.color(1, 50))), new Stop(1, rgb(tasks.color(1, 0))));
        entry(swatch(rt, 34), "RT prio 1 → 99");
        entry(swatch(rgb(tasks.color(1, -1)), 12), "deadline");
        LinearGradient normal = new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, rgb(tasks.color(3, 120))), new Stop(0.5, rgb(tasks.color(7, 120))), new Stop(1, rgb(tasks.color(5, 120))));
        entry(swatch(normal, 24), "normal (per task)");
        entry(swatch(palette.get(CanvasColor.THROTTLE).deriveColor(0, 1, 1, 0.45), 16), "RT throttled");
        entry(swatch(palette.get(CanvasColor.TICK), 10), "timer tick");
        entry(swatch(palette.get(CanvasColor.HRTIMER), 10), "hrtimer");
        entry(swatch(palette.get(CanvasColor.SCHED_TIMER), 10), "sched_rt_period_timer");
        entry(swatch(palette.get(CanvasColor.HARDIRQ), 10), "irq");
        entry(swatch(palette.get(CanvasColor.SOFTIRQ), 10), "softirq");
        entry(swatch(palette.get(CanvasColor.RUNNABLE), 12), "runnable");
        entry(swatch(palette.get(CanvasColor.SLEEPING), 12), "sleeping");
        entry(swatch(palette.get(CanvasColor.BLOCKED), 12), "D");
        for (MarkerKind kind : new MarkerKind[] {MarkerKind.KILL, MarkerKind.STALL, MarkerKind.REPORT, MarkerKind.SIGNAL}) {
            FontIcon icon = new FontIcon(MarkerIcons.of(kind));
            icon.setIconColor(palette.get(CanvasColor.ofMarker(kind)));
            icon.setIconSize(13);
            entry(icon, kind.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private void entry(Node graphic, String text) {
        Label label = new Label(text, graphic);
        label.getStyleClass().add("legend-entry");
        getChildren().add(label);
    }

    private static Node swatch(javafx.scene.paint.Paint paint, double width) {
        Rectangle r = new Rectangle(width, 10, paint);
        r.getStyleClass().add("legend-swatch");
        return r;
    }

    private static Color rgb(int value) {
        return RgbColors.of(value);
    }

    @Override
    protected double computeMinHeight(double width) {
        return Region.USE_PREF_SIZE;
    }
}
