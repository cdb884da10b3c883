package org.rtscope.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.RulerTicks;
import org.rtscope.timeline.TimeScale;

/**
 * The time ruler: labelled ticks in absolute seconds (what a user greps the trace text for) over ticks
 * relative to the case start in an adaptive unit, minor ticks between, and grid lines down the lanes.
 */
final class RulerPainter {
    private final Font rulerFont = Font.font("System", FontWeight.SEMI_BOLD, 11);
    private final Font smallFont = Font.font("System", 10);
    private final double charWidth = new TextWidths(rulerFont).width("0123456789") / 10 + 0.4;

    RulerTicks ticks(RenderState s) {
        return RulerTicks.compute(s.view(), s.data().start(), charWidth);
    }

    void paintGrid(GraphicsContext g, RenderState s, RulerTicks ticks) {
        LaneLayout layout = s.layout();
        g.setStroke(s.palette().get(CanvasColor.GRID));
        g.setLineWidth(1);
        for (RulerTicks.Tick tick : ticks.ticks()) {
            double x = Math.floor(layout.canvasX(tick.x())) + 0.5;
            g.strokeLine(x, layout.rulerHeight(), x, s.height());
        }
    }

    void paint(GraphicsContext g, RenderState s, RulerTicks ticks) {
        LaneLayout layout = s.layout();
        TimeScale scale = s.view();
        CanvasPalette p = s.palette();
        double h = layout.rulerHeight();
        g.setFill(p.get(CanvasColor.CHROME));
        g.fillRect(0, 0, s.width(), h);
        g.setStroke(p.get(CanvasColor.BORDER));
        g.setLineWidth(1);
        g.strokeLine(0, h - 0.5, s.width(), h - 0.5);
        g.strokeLine(layout.gutterWidth() - 0.5, 0, layout.gutterWidth() - 0.5, h);

        long minor = ticks.minorStep();
        long first = (long) Math.ceil(scale.start() / minor) * minor;
        g.setStroke(p.get(CanvasColor.SUBTEXT));
        for (long t = first; t <= scale.end(); t += minor) {
            double x = Math.floor(layout.canvasX(scale.x(t))) + 0.5;
            g.strokeLine(x, h - 4, x, h);
        }
        g.setStroke(p.get(CanvasColor.TEXT));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double right = layout.canvasX(scale.width());
        for (RulerTicks.Tick tick : ticks.ticks()) {
            double x = Math.floor(layout.canvasX(tick.x())) + 0.5;
            g.strokeLine(x, h - 10, x, h);
            if (x + 3 + tick.absolute().length() * charWidth <= right) {
                g.setFill(p.get(CanvasColor.TEXT));
                g.setFont(rulerFont);
                g.fillText(tick.absolute(), x + 3, 11);
                g.setFill(p.get(CanvasColor.SUBTEXT));
                g.setFont(smallFont);
                g.fillText(tick.relative(), x + 3, 25);
            }
        }
        g.setFill(p.get(CanvasColor.SUBTEXT));
        g.setFont(smallFont);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("time (s)", layout.gutterWidth() - 8, 11);
        g.fillText("from start", layout.gutterWidth() - 8, 25);
    }
}
