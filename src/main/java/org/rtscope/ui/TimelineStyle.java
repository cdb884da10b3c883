package org.rtscope.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * An invisible node that carries the canvas colours as CSS properties ({@code -rt-lane-fill: #eef1f5;}
 * on {@code .timeline-style}), so the light and dark themes of the canvas live in the stylesheet like
 * every other colour of the app. The timeline reads a {@link CanvasPalette} from it before drawing.
 */
public final class TimelineStyle extends Region {
    private static final List<CssMetaData<? extends Styleable, ?>> META;

    static {
        List<CssMetaData<? extends Styleable, ?>> meta = new ArrayList<>(Region.getClassCssMetaData());
        for (CanvasColor color : CanvasColor.values()) {
            meta.add(new CssMetaData<TimelineStyle, Color>(color.cssProperty(), StyleConverter.getColorConverter(),
                    Color.web(color.lightDefault())) {
                @Override
                public boolean isSettable(TimelineStyle node) {
                    return !node.properties.get(color.ordinal()).isBound();
                }

                @Override
                @SuppressWarnings("unchecked")
                public StyleableProperty<Color> getStyleableProperty(TimelineStyle node) {
                    return node.properties.get(color.ordinal());
                }
            });
        }
        META = Collections.unmodifiableList(meta);
    }

    private final List<SimpleStyleableObjectProperty<Color>> properties = new ArrayList<>();

    public TimelineStyle() {
        getStyleClass().add("timeline-style");
        setManaged(false);
        setVisible(false);
        for (CanvasColor color : CanvasColor.values()) {
            @SuppressWarnings("unchecked")
            CssMetaData<TimelineStyle, Color> meta = (CssMetaData<TimelineStyle, Color>) META.get(
                    Region.getClassCssMetaData().size() + color.ordinal());
            properties.add(new SimpleStyleableObjectProperty<>(meta, this, color.name(), Color.web(color.lightDefault())));
        }
    }

    /** The colours as currently styled. */
    public CanvasPalette palette() {
        Color[] colors = new Color[properties.size()];
        for (int i = 0; i < colors.length; i++) {
            colors[i] = properties.get(i).get();
        }
        return new CanvasPalette(colors);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return META;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return META;
    }
}
