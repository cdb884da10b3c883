package org.rtscope.export.report;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.rtscope.analysis.Severity;
import org.rtscope.timeline.TaskPalette;

/**
 * The legend line: what the lane colours mean (taken from the timeline's own {@link TaskPalette}, so it
 * cannot drift from the lanes), what spans, circles, notes and markers mean, and what the report had
 * to leave out.
 */
final class Legend {
    static final double HEIGHT = 26;
    private static final double SWATCH = 14;
    private static final double ITEM_GAP = 22;
    private static final Color LANE = Color.web("#eef1f5");

    private final GraphicsContext g;
    private final TextMeasure text = new TextMeasure(ReportStyle.SMALL);
    private final TaskPalette palette = new TaskPalette();
    private final double right;
    private double x;
    private final double cy;

    Legend(GraphicsContext g, double left, double top, double right) {
        this.g = g;
        this.x = left;
        this.right = right;
        this.cy = top + HEIGHT / 2;
    }

    /**
     * Draws the legend; {@code throttling}, {@code notes} and {@code markers} say whether those appear,
     * {@code omissions} (what the page had to leave out) are appended as text.
     */
    void draw(boolean throttling, boolean notes, boolean markers, List<String> omissions) {
        rtGradient();
        label("RT task, priority 99 → 1");
        for (int tid = 1; tid <= 3; tid++) {
            swatch(color(palette.color(tid * 7919, 120)));
        }
        label("other task");
        swatch(color(palette.color(1, -1)));
        label("deadline");
        g.setFill(LANE);
        g.fillRect(x, cy - SWATCH / 2, SWATCH * 2, SWATCH);
        x += SWATCH * 2 + 5;
        label("idle");
        if (throttling) {
            hatch();
            label("RT throttled");
        }
        span();
        label("finding span");
        for (Severity severity : new Severity[] {Severity.CRITICAL, Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            dot(ReportStyle.of(severity));
            label(severity.id());
        }
        if (notes) {
            dot(ReportStyle.NOTE);
            label("note");
        }
        if (markers) {
            g.setStroke(ReportStyle.MARKER);
            g.setLineWidth(1.5);
            g.setLineDashes(6, 4);
            g.strokeLine(x + 4, cy - SWATCH / 2 - 2, x + 4, cy + SWATCH / 2 + 2);
            g.setLineDashes();
            x += 10;
            label("marker");
        }
        for (String omission : omissions) {
            labelIn(omission, ReportStyle.NOTE);
        }
    }

    private void rtGradient() {
        int steps = 24;
        double w = 84;
        for (int i = 0; i < steps; i++) {
            g.setFill(color(palette.color(1, (int) Math.round(i * 98.0 / (steps - 1)))));
            g.fillRect(x + i * w / steps, cy - SWATCH / 2, Math.ceil(w / steps) + 0.5, SWATCH);
        }
        x += w + 5;
    }

    private void swatch(Color color) {
        g.setFill(color);
        g.fillRect(x, cy - SWATCH / 2, SWATCH, SWATCH);
        x += SWATCH + 3;
    }

    private void hatch() {
        double w = 26;
        double y0 = cy - SWATCH / 2;
        g.setFill(TimelineOverlay.THROTTLE_FILL);
        g.fillRect(x, y0, w, SWATCH);
        g.save();
        g.beginPath();
        g.rect(x, y0, w, SWATCH);
        g.clip();
        g.setStroke(TimelineOverlay.THROTTLE);
        g.setLineWidth(1.5);
        for (double hx = x - SWATCH; hx < x + w; hx += 6) {
            g.strokeLine(hx, y0 + SWATCH, hx + SWATCH, y0);
        }
        g.restore();
        x += w + 5;
    }

    private void span() {
        g.setFill(ReportStyle.of(Severity.CRITICAL));
        g.fillRect(x, cy - SWATCH / 2 - 5, 26, 3);
        g.setStroke(ReportStyle.INK);
        g.setLineWidth(2);
        g.strokeRect(x + 1, cy - SWATCH / 2, 24, SWATCH);
        x += 31;
    }

    private void dot(Color color) {
        g.setFill(color);
        g.fillOval(x, cy - 6, 12, 12);
        x += 16;
    }

    private void label(String s) {
        labelIn(s, ReportStyle.SUBTEXT);
    }

    private void labelIn(String s, Color color) {
        String fitted = TextWrap.fit(s, Math.max(0, right - x), text::width);
        g.setFill(color);
        g.setFont(ReportStyle.SMALL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(fitted, x, cy);
        x += text.width(fitted) + ITEM_GAP;
    }

    private static Color color(int rgb) {
        return Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }
}
