package org.rtscope.export.report;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** The numbered (or lettered) circle of a callout, drawn alike on the timeline and in its text box. */
final class Circles {

    private Circles() {
    }

    static void draw(GraphicsContext g, double cx, double cy, double diameter, Callout callout) {
        double r = diameter / 2;
        g.setFill(ReportStyle.HALO);
        g.fillOval(cx - r - 2, cy - r - 2, diameter + 4, diameter + 4);
        g.setFill(ReportStyle.of(callout.severity()));
        g.fillOval(cx - r, cy - r, diameter, diameter);
        g.setFill(ReportStyle.PAPER);
        g.setFont(ReportStyle.LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(callout.label(), cx, cy + 0.5);
    }
}
