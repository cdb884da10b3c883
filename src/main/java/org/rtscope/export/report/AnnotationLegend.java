package org.rtscope.export.report;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.rtscope.analysis.Severity;

/**
 * The second legend line: what the report adds to the window's timeline — the outlined finding spans,
 * the severity colours of the numbered circles, notes — and what the page had to leave out. The first
 * line is the window's own legend ({@link org.rtscope.ui.LegendPicture}).
 */
final class AnnotationLegend {
    static final double HEIGHT = 24;
    private static final double SWATCH = 14;
    private static final double ITEM_GAP = 22;

    private final GraphicsContext g;
    private final TextMeasure text = new TextMeasure(ReportStyle.SMALL);
    private final double right;
    private final double cy;
    private double x;

    AnnotationLegend(GraphicsContext g, double left, double top, double right) {
        this.g = g;
        this.x = left;
        this.right = right;
        this.cy = top + HEIGHT / 2;
    }

    /** Draws the line; {@code notes} says whether notes appear, {@code omissions} are appended as text. */
    void draw(boolean notes, List<String> omissions) {
        span();
        label("finding span, numbered below", ReportStyle.SUBTEXT);
        for (Severity severity : new Severity[] {Severity.CRITICAL, Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            dot(ReportStyle.of(severity));
            label(severity.id(), ReportStyle.SUBTEXT);
        }
        if (notes) {
            dot(ReportStyle.NOTE);
            label("note", ReportStyle.SUBTEXT);
        }
        for (String omission : omissions) {
            label(omission, ReportStyle.NOTE);
        }
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

    private void label(String s, Color color) {
        String fitted = TextWrap.fit(s, Math.max(0, right - x), text::width);
        g.setFill(color);
        g.setFont(ReportStyle.SMALL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(fitted, x, cy);
        x += text.width(fitted) + ITEM_GAP;
    }
}
