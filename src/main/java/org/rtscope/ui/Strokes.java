package org.rtscope.ui;

import javafx.scene.canvas.GraphicsContext;

/**
 * Axis-aligned lines and boxes drawn as filled rectangles on whole pixels: the software pipeline
 * fills a rectangle directly but sends every stroke through its anti-aliasing path rasteriser, which
 * made the ruler's hundred tick marks cost more than all the lanes. Also crisper: no half-covered
 * pixels. The caller sets the fill.
 */
final class Strokes {
    private Strokes() {
    }

    /** A vertical line {@code width} px wide centred on {@code x}, from {@code y0} to {@code y1}. */
    static void vline(GraphicsContext g, double x, double y0, double y1, double width) {
        g.fillRect(Math.round(x - width / 2), Math.round(y0), width, Math.round(y1) - Math.round(y0));
    }

    /** A horizontal line {@code width} px high centred on {@code y}, from {@code x0} to {@code x1}. */
    static void hline(GraphicsContext g, double x0, double x1, double y, double width) {
        g.fillRect(Math.round(x0), Math.round(y - width / 2), Math.round(x1) - Math.round(x0), width);
    }

    /** The outline of a box, {@code width} px inside its bounds. */
    static void box(GraphicsContext g, double x, double y, double w, double h, double width) {
        double l = Math.round(x);
        double t = Math.round(y);
        double r = Math.round(x + w);
        double b = Math.round(y + h);
        g.fillRect(l, t, r - l, width);
        g.fillRect(l, b - width, r - l, width);
        g.fillRect(l, t, width, b - t);
        g.fillRect(r - width, t, width, b - t);
    }
}
