package org.rtscope.ui;

import javafx.scene.paint.Color;

/**
 * One theme's canvas colours, looked up by {@link CanvasColor}; a snapshot taken from the styled
 * {@link TimelineStyle} before each frame, so a theme switch shows in the next frame.
 */
public final class CanvasPalette {
    private final Color[] colors;

    CanvasPalette(Color[] colors) {
        this.colors = colors.clone();
    }

    /** The light theme's colours, for rendering without a stylesheet. */
    public static CanvasPalette defaults() {
        CanvasColor[] all = CanvasColor.values();
        Color[] colors = new Color[all.length];
        for (CanvasColor c : all) {
            colors[c.ordinal()] = Color.web(c.lightDefault());
        }
        return new CanvasPalette(colors);
    }

    public Color get(CanvasColor color) {
        return colors[color.ordinal()];
    }

    /** The colour as 0xRRGGBB, for grouping draws by paint. */
    public int rgb(CanvasColor color) {
        return rgb(get(color));
    }

    public static int rgb(Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** True when the background is dark (text and halos flip). */
    public boolean isDark() {
        return get(CanvasColor.BACKGROUND).getBrightness() < 0.5;
    }
}
