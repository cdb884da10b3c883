package org.rtscope.ui;

import java.net.URL;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * The window's legend ({@link Legend}: task colours, throttling, interrupt rows, task states, marker
 * icons) as an image, for the PNG report, so the report explains its lanes with exactly the swatches
 * and words the window uses. Styled by the application's stylesheet in the light theme; drawn at
 * {@code scale} device pixels per logical pixel so it stays sharp on a 4K report. FX thread only.
 */
public final class LegendPicture {

    private LegendPicture() {
    }

    /** The legend laid out {@code width} logical pixels wide, at {@code scale}. */
    public static WritableImage render(double width, double scale) {
        Legend legend = new Legend();
        legend.show(CanvasPalette.defaults());
        legend.setPrefWrapLength(width);
        legend.setMaxWidth(width);
        Scene scene = new Scene(new Group(legend));
        URL css = LegendPicture.class.getResource("/css/rtscope.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        legend.applyCss();
        legend.resize(width, legend.prefHeight(width));
        legend.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setTransform(Transform.scale(scale, scale));
        return legend.snapshot(parameters, null);
    }
}
