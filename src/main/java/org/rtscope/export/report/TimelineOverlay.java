package org.rtscope.export.report;

import javafx.scene.canvas.GraphicsContext;
import org.rtscope.ui.TimelinePicture;

/**
 * What the report draws on top of the window's timeline picture: for each callout the span it covers —
 * outlined in ink with a white halo over the CPU groups it concerns, with a tab in its colour above
 * them — so it stays visible on red RT lanes and on empty ones alike; a note is a dashed line at its
 * time. Throttling, markers A and B and everything else come from the window's renderer.
 */
final class TimelineOverlay {
    private static final double MIN_SPAN_PX = 4;
    private static final double TAB = 4;

    /** Where a callout's connector leaves the timeline: column, and the bottom of its outline. */
    record Anchor(double x, double y) {
    }

    private final GraphicsContext g;
    private final double left;
    private final double top;
    private final TimelinePicture.Drawn drawn;

    /**
     * @param left canvas column of the timeline picture's left edge
     * @param top  canvas row of its top edge
     */
    TimelineOverlay(GraphicsContext g, double left, double top, TimelinePicture.Drawn drawn) {
        this.g = g;
        this.left = left;
        this.top = top;
        this.drawn = drawn;
    }

    /** Canvas column of time {@code t}, clamped to the plot. */
    double x(double t) {
        double px = Math.max(0, Math.min(drawn.scale().width(), drawn.scale().x(t)));
        return left + drawn.layout().canvasX(px);
    }

    /** Outlines {@code callout}'s span on its lanes and returns where its connector starts (null: no time). */
    Anchor drawSpan(Callout callout) {
        if (!callout.hasTime() || drawn.visibleLanes() == 0) {
            return null;
        }
        double x0 = x(callout.start());
        double x1 = x(callout.end());
        if (x1 - x0 < MIN_SPAN_PX) {
            double mid = (x0 + x1) / 2;
            x0 = mid - MIN_SPAN_PX / 2;
            x1 = mid + MIN_SPAN_PX / 2;
        }
        double[] band = band(callout);
        double y0 = top + band[0];
        double y1 = top + band[1];
        if (callout.isNote()) {
            double x = Math.floor((x0 + x1) / 2) + 0.5;
            g.setStroke(ReportStyle.NOTE);
            g.setLineWidth(2);
            g.setLineDashes(3, 3);
            g.strokeLine(x, y0, x, y1);
            g.setLineDashes();
            return new Anchor(x, y1);
        }
        g.setLineWidth(4);
        g.setStroke(ReportStyle.HALO);
        g.strokeRect(x0, y0, x1 - x0, y1 - y0);
        g.setLineWidth(2);
        g.setStroke(ReportStyle.INK);
        g.strokeRect(x0, y0, x1 - x0, y1 - y0);
        g.setFill(ReportStyle.of(callout.severity()));
        g.fillRect(x0 - 1, y0 - TAB - 2, x1 - x0 + 2, TAB);
        return new Anchor((x0 + x1) / 2, y1);
    }

    /** From the top of the first to the bottom of the last CPU group the callout concerns (all when none is drawn). */
    private double[] band(Callout callout) {
        double from = Double.MAX_VALUE;
        double to = -Double.MAX_VALUE;
        for (int cpu : callout.cpus()) {
            double[] b = drawn.cpuBand(cpu);
            if (b != null) {
                from = Math.min(from, b[0]);
                to = Math.max(to, b[1]);
            }
        }
        return from <= to ? new double[] {from, to} : drawn.cpuLanes();
    }
}
