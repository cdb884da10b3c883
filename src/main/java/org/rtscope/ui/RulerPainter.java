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
        g.setFill(s.palette().get(CanvasColor.GRID));
        for (RulerTicks.Tick tick : ticks.ticks()) {
            g.fillRect(Math.floor(layout.canvasX(tick.x())), layout.rulerHeight(), 1, s.height() - layout.rulerHeight());
        }
    }

    void paint(GraphicsContext g, RenderState s, RulerTicks ticks) {
        LaneLayout layout = s.layout();
        TimeScale scale = s.view();
        CanvasPalette p = s.palette();
        double h = layout.rulerHeight();
        g.setFill(p.get(CanvasColor.CHROME));
        g.fillRect(0, 0, s.width(), h);
        g.setFill(p.get(CanvasColor.BORDER));
        g.fillRect(0, h - 1, s.width(), 1);
        g.fillRect(layout.gutterWidth() - 1, 0, 1, h);

        long minor = ticks.minorStep();
        long first = (long) Math.ceil(scale.start() / minor) * minor;
        g.setFill(p.get(CanvasColor.SUBTEXT));
        for (long t = first; t <= scale.end(); t += minor) {
            g.fillRect(Math.floor(layout.canvasX(scale.x(t))), h - 4, 1, 4);
        }
        g.setFill(p.get(CanvasColor.TEXT));
        for (RulerTicks.Tick tick : ticks.ticks()) {
            g.fillRect(Math.floor(layout.canvasX(tick.x())), h - 10, 1, 10);
        }
        // labels in two passes, one font and colour each
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double right = layout.canvasX(scale.width());
        for (int pass = 0; pass < 2; pass++) {
            g.setFill(p.get(pass == 0 ? CanvasColor.TEXT : CanvasColor.SUBTEXT));
            g.setFont(pass == 0 ? rulerFont : smallFont);
            for (RulerTicks.Tick tick : ticks.ticks()) {
                double x = Math.floor(layout.canvasX(tick.x())) + 0.5;
                if (x + 3 + tick.absolute().length() * charWidth <= right) {
                    g.fillText(pass == 0 ? tick.absolute() : tick.relative(), x + 3, pass == 0 ? 11 : 25);
                }
            }
        }
        g.setFill(p.get(CanvasColor.SUBTEXT));
        g.setFont(smallFont);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("time (s)", layout.gutterWidth() - 8, 11);
        g.fillText("from start", layout.gutterWidth() - 8, 25);
    }
}
