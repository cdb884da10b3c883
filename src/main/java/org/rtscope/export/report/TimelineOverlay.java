package org.rtscope.export.report;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.TimeFormat;
import org.rtscope.timeline.TimeScale;
import org.rtscope.workspace.CaseDocument;

/**
 * What the report draws on top of the lanes: the RT throttling windows hatched, the user's markers as
 * dashed lines, and for each callout the span it covers — outlined in ink with a white halo on the
 * lanes it concerns, with a tab in its colour above them — so it stays visible on red RT lanes and on
 * empty ones alike.
 */
final class TimelineOverlay {
    private static final double MIN_SPAN_PX = 4;
    private static final double TAB = 4;
    private static final double HATCH = 6;
    static final Color THROTTLE = Color.web("#5b4a8a");
    static final Color THROTTLE_FILL = Color.web("#5b4a8a", 0.16);

    /** Where a callout's connector leaves the timeline: column, and the bottom of its outline. */
    record Anchor(double x, double y) {
    }

    private final GraphicsContext g;
    private final double left;
    private final double top;
    private final LaneLayout layout;
    private final TimeScale scale;
    private final int visibleLanes;
    private final TextMeasure label = new TextMeasure(ReportStyle.LABEL);

    /**
     * @param left         canvas column of the timeline picture's left edge
     * @param top          canvas row of its top edge
     * @param visibleLanes how many lanes the picture could show
     */
    TimelineOverlay(GraphicsContext g, double left, double top, LaneLayout layout, TimeScale scale, int visibleLanes) {
        this.g = g;
        this.left = left;
        this.top = top;
        this.layout = layout;
        this.scale = scale;
        this.visibleLanes = visibleLanes;
    }

    /** Canvas column of time {@code t}, clamped to the plot. */
    double x(double t) {
        double px = Math.max(0, Math.min(scale.width(), scale.x(t)));
        return left + layout.canvasX(px);
    }

    double lanesTop() {
        return top + layout.laneTop(0);
    }

    double lanesBottom() {
        return top + layout.laneTop(visibleLanes - 1) + layout.laneHeight();
    }

    void drawMarkers(List<CaseDocument.Marker> markers) {
        g.setFont(ReportStyle.LABEL);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (CaseDocument.Marker marker : markers) {
            double t = marker.time() * 1e9;
            if (t < scale.start() || t > scale.end()) {
                continue;
            }
            double x = Math.floor(x(t)) + 0.5;
            g.setLineDashes(6, 4);
            g.setLineWidth(1.5);
            g.setStroke(ReportStyle.MARKER);
            g.strokeLine(x, lanesTop(), x, lanesBottom());
            g.setLineDashes();
            String label = marker.label() + "  " + TimeFormat.seconds(Math.round(t), 6) + " s";
            double w = this.label.width(label) + 10;
            double chipX = Math.min(x + 3, left + layout.canvasX(scale.width()) - w);
            g.setFill(ReportStyle.MARKER);
            g.fillRoundRect(chipX, lanesTop() + 2, w, 18, 6, 6);
            g.setFill(ReportStyle.PAPER);
            g.fillText(label, chipX + 5, lanesTop() + 11);
        }
    }

    /**
     * Hatches the windows in which RT throttling held a CPU's RT tasks off (from the analysis, so the
     * report shows each cut even when one finding groups several).
     */
    void drawThrottleWindows(List<ThrottleWindow> windows) {
        g.setStroke(THROTTLE);
        g.setLineWidth(1.5);
        for (ThrottleWindow w : windows) {
            if (w.cpu() < 0 || w.cpu() >= visibleLanes || w.end() < scale.start() || w.start() > scale.end()) {
                continue;
            }
            double x0 = x(w.start());
            double x1 = Math.max(x(w.end()), x0 + 2);
            double y0 = top + layout.laneTop(w.cpu());
            double y1 = y0 + layout.laneHeight();
            g.setFill(THROTTLE_FILL);
            g.fillRect(x0, y0, x1 - x0, y1 - y0);
            g.save();
            g.beginPath();
            g.rect(x0, y0, x1 - x0, y1 - y0);
            g.clip();
            for (double x = x0 - (y1 - y0); x < x1; x += HATCH) {
                g.strokeLine(x, y1, x + (y1 - y0), y0);
            }
            g.restore();
        }
    }

    /** Outlines {@code callout}'s span on its lanes and returns where its connector starts (null: no time). */
    Anchor drawSpan(Callout callout) {
        if (!callout.hasTime()) {
            return null;
        }
        double x0 = x(callout.start());
        double x1 = x(callout.end());
        if (x1 - x0 < MIN_SPAN_PX) {
            double mid = (x0 + x1) / 2;
            x0 = mid - MIN_SPAN_PX / 2;
            x1 = mid + MIN_SPAN_PX / 2;
        }
        int first = 0;
        int last = visibleLanes - 1;
        List<Integer> cpus = callout.cpus().stream().filter(c -> c >= 0 && c < visibleLanes).toList();
        if (!cpus.isEmpty()) {
            first = cpus.stream().mapToInt(Integer::intValue).min().orElse(0);
            last = cpus.stream().mapToInt(Integer::intValue).max().orElse(visibleLanes - 1);
        }
        double y0 = top + layout.laneTop(first);
        double y1 = top + layout.laneTop(last) + layout.laneHeight();
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
}
