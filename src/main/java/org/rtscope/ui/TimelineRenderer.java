package org.rtscope.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.LaneKind;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.RulerTicks;

/**
 * Paints one frame of the timeline from a {@link RenderState}, in layers: lane backgrounds, throttle
 * shading, grid, binned runs (grouped by paint), labels and icons, overlays, then the gutter and the
 * ruler on top (lanes scroll under them). Cost follows pixels, not events: the runs were reduced to at
 * most one per pixel column per row before they get here.
 */
final class TimelineRenderer {
    /** What an empty timeline says when nothing is loading. */
    static final String OPEN_HINT = "Open a trace (Ctrl+O) or drop files here";
    private final Font hintFont = Font.font("System", FontWeight.BOLD, 12);
    private final RunPainter runs = new RunPainter();
    private final LabelPainter labels = new LabelPainter();
    private final OverlayPainter overlays = new OverlayPainter();
    private final RulerPainter ruler = new RulerPainter();
    private final GutterPainter gutter = new GutterPainter();

    void draw(GraphicsContext g, RenderState s) {
        CanvasPalette p = s.palette();
        g.setFill(p.get(CanvasColor.BACKGROUND));
        g.fillRect(0, 0, s.width(), s.height());
        if (s.data() == null) {
            g.setFill(p.get(CanvasColor.SUBTEXT));
            g.setFont(hintFont);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(s.emptyHint(), s.width() / 2, s.height() / 2);
            return;
        }
        RulerTicks ticks = ruler.ticks(s);
        laneBackgrounds(g, s);
        overlays.paintBehind(g, s);
        ruler.paintGrid(g, s, ticks);
        runs.paint(g, s);
        labels.paint(g, s);
        overlays.paintFront(g, s);
        gutter.paint(g, s);
        ruler.paint(g, s, ticks);
        overlays.paintRuler(g, s);
    }

    private void laneBackgrounds(GraphicsContext g, RenderState s) {
        LaneLayout layout = s.layout();
        double w = s.view().width();
        for (int pass = 0; pass < 2; pass++) {
            g.setFill(s.palette().get(pass == 0 ? CanvasColor.LANE : CanvasColor.SUBLANE));
            for (int i = 0; i < layout.laneCount(); i++) {
                Lane lane = layout.lane(i);
                boolean main = lane.kind() == LaneKind.CPU || lane.kind() == LaneKind.TASK;
                if (main == (pass == 0) && layout.visible(i, s.height())) {
                    g.fillRect(layout.gutterWidth(), layout.laneTop(i), w, layout.laneHeight(i));
                }
            }
        }
    }
}
