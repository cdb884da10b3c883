package org.rtscope.export.report;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.Severity;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.model.Case;
import org.rtscope.model.Trace;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.TimeScale;
import org.rtscope.ui.TimelinePicture;

/**
 * Paints a whole report onto a graphics context, top to bottom: header (title, files, kernel, CPUs,
 * range, finding counts), the lanes drawn by the window's own renderer ({@link TimelinePicture}) with
 * the callouts' spans and the user's markers on them, the strip of numbered circles linked to the text
 * boxes, the legend and the footer.
 *
 * <p>Everything is laid out on a 1920×1080 logical page (or larger, for other aspect ratios) and
 * scaled to the requested size, so a 3840×2160 report is the same page at twice the resolution, not a
 * page with tiny text. Lanes get a third of the page, and the room the text boxes leave unused.
 */
final class ReportPainter {
    static final double BASE_WIDTH = 1920;
    static final double BASE_HEIGHT = 1080;
    static final double MARGIN = 24;
    static final double GAP = 16;
    static final double HEADER_HEIGHT = 96;
    /** Share of the page height the lanes get before the boxes are measured. */
    static final double LANES_SHARE = 0.34;
    static final double MAX_TIMELINE_SHARE = 0.55;
    static final double MAX_LANE = 110;
    static final double MAX_GROWN_LANE = 180;

    private final TextMeasure title = new TextMeasure(ReportStyle.TITLE);
    private final TextMeasure header = new TextMeasure(ReportStyle.HEADER);
    private final TextMeasure summary = new TextMeasure(ReportStyle.SUMMARY);
    private final TextMeasure small = new TextMeasure(ReportStyle.SMALL);
    private final CalloutBoxes boxes = new CalloutBoxes();

    /** The vertical plan of one page, logical pixels. */
    private record Page(double width, double timelineTop, double timelineHeight, double stripTop, double boxesTop,
                        double boxesBottom, double legendTop, double footerTop) {
        double contentWidth() {
            return width - 2 * MARGIN;
        }
    }

    /** The factor from logical to device pixels for a {@code width}×{@code height} image. */
    static double scale(double width, double height) {
        return Math.max(1, Math.min(width / BASE_WIDTH, height / BASE_HEIGHT));
    }

    /** Paints the report of {@code in} on a {@code width}×{@code height} device-pixel area at the origin. */
    void paint(GraphicsContext g, double width, double height, ReportInput in) {
        double s = scale(width, height);
        double w = width / s;
        double h = height / s;
        Trace trace = primaryTrace(in.aCase());
        int lanes = trace == null ? 0 : trace.cpuCount();
        double footerTop = h - MARGIN - 16;
        double legendTop = footerTop - 12 - Legend.HEIGHT;
        double boxesBottom = legendTop - 12;
        double timelineTop = MARGIN + HEADER_HEIGHT;
        int columns = CalloutBoxes.columns(w - 2 * MARGIN);

        double laneHeight = clamp(Math.floor((h * LANES_SHARE - LaneLayout.RULER_HEIGHT - LaneLayout.LANE_GAP)
                / Math.max(1, lanes) - LaneLayout.LANE_GAP), LaneLayout.MIN_LANE_HEIGHT, MAX_LANE);
        double boxesTop = timelineTop + timelineHeight(lanes, laneHeight, h) + 12 + CalloutLinks.stripHeight()
                + CalloutLinks.busHeight(columns);
        ReportContent content = ReportContent.of(in, CalloutBoxes.capacity(boxesBottom - boxesTop, columns, GAP) - 1);
        boxesTop += CalloutLinks.busHeight(content.callouts().size()) - CalloutLinks.busHeight(columns);
        double spare = boxesBottom - boxesTop - height(boxes.layout(content.callouts(), content.glance(), 0, 0,
                w - 2 * MARGIN, Double.MAX_VALUE, GAP));
        if (spare > 0 && lanes > 0) {
            double grown = Math.min(MAX_GROWN_LANE, laneHeight + Math.floor(spare * 0.8 / lanes));
            double before = timelineHeight(lanes, laneHeight, h);
            laneHeight = Math.max(laneHeight, grown);
            boxesTop += timelineHeight(lanes, laneHeight, h) - before;
        }
        double timelineHeight = timelineHeight(lanes, laneHeight, h);
        Page page = new Page(w, timelineTop, timelineHeight, timelineTop + timelineHeight + 12, boxesTop, boxesBottom,
                legendTop, footerTop);

        g.save();
        g.scale(s, s);
        g.setFill(ReportStyle.PAPER);
        g.fillRect(0, 0, w, h);
        paintHeader(g, content, in, w);
        List<String> omissions = new ArrayList<>();
        paintBody(g, page, in, content, trace, omissions);
        if (content.hidden() > 0) {
            omissions.add("+" + content.hidden() + " more not shown (rtscope analyze lists all)");
        }
        boolean notes = content.callouts().stream().anyMatch(Callout::isNote);
        new Legend(g, MARGIN, legendTop, w - MARGIN).draw(!throttleWindows(in).isEmpty(), notes, !in.markers().isEmpty(),
                omissions);
        paintFooter(g, content, w, footerTop, (int) Math.round(width), (int) Math.round(height));
        g.restore();
    }

    /** Lanes, spans, markers, circles, links and boxes. */
    private void paintBody(GraphicsContext g, Page page, ReportInput in, ReportContent content, Trace trace,
                           List<String> omissions) {
        List<TimelineOverlay.Anchor> anchors = new ArrayList<>();
        double plotLeft = MARGIN;
        double plotWidth = page.contentWidth();
        if (trace != null) {
            g.save();
            g.translate(MARGIN, page.timelineTop());
            g.beginPath();
            g.rect(0, 0, page.contentWidth(), page.timelineHeight());
            g.clip();
            LaneLayout layout = TimelinePicture.draw(g, page.contentWidth(), page.timelineHeight(), trace, in.from(),
                    in.to());
            g.restore();
            int lanes = trace.cpuCount();
            int visible = Math.max(1, Math.min(lanes, (int) Math.floor((page.timelineHeight() - layout.laneTop(0)
                    + layout.laneGap()) / (layout.laneHeight() + layout.laneGap()))));
            if (visible < lanes) {
                omissions.add("CPUs " + visible + "–" + (lanes - 1) + " do not fit");
            }
            TimeScale scale = new TimeScale(in.from(), in.to() - in.from(),
                    (int) Math.floor(layout.plotWidth(page.contentWidth())));
            TimelineOverlay overlay = new TimelineOverlay(g, MARGIN, page.timelineTop(), layout, scale, visible);
            overlay.drawThrottleWindows(throttleWindows(in));
            overlay.drawMarkers(in.markers());
            for (Callout callout : content.callouts()) {
                anchors.add(overlay.drawSpan(callout));
            }
            g.setStroke(ReportStyle.BORDER);
            g.setLineWidth(1);
            g.strokeRect(MARGIN - 0.5, page.timelineTop() - 0.5, page.contentWidth() + 1, page.timelineHeight() + 1);
            plotLeft = MARGIN + layout.gutterWidth();
            plotWidth = scale.width();
        } else {
            g.setFill(ReportStyle.SUBTEXT);
            g.setFont(ReportStyle.SUMMARY);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText("No trace events to draw.", MARGIN, page.timelineTop());
            for (int i = 0; i < content.callouts().size(); i++) {
                anchors.add(null);
            }
        }
        List<CalloutBoxes.Box> laid = boxes.layout(content.callouts(), content.glance(), MARGIN, page.boxesTop(),
                page.contentWidth(), page.boxesBottom(), GAP);
        g.save();
        g.beginPath();
        g.rect(0, 0, page.width(), page.boxesBottom() + 4);
        g.clip();
        CalloutLinks.draw(g, content.callouts(), anchors, laid, page.stripTop(), plotLeft, plotWidth,
                page.stripTop() + CalloutLinks.stripHeight(), GAP);
        boxes.paint(g, laid);
        g.restore();
    }

    private void paintHeader(GraphicsContext g, ReportContent content, ReportInput in, double w) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        String counts = content.findingsSummary();
        double countsWidth = summary.width(counts);
        Severity worst = in.analysis().findings().stream().map(Finding::severity).max(Enum::compareTo).orElse(null);
        g.setFont(ReportStyle.SUMMARY);
        g.setFill(worst == null ? ReportStyle.SUBTEXT : ReportStyle.of(worst));
        g.fillText(counts, w - MARGIN - countsWidth, MARGIN + 6);
        g.setFont(ReportStyle.TITLE);
        g.setFill(ReportStyle.TEXT);
        g.fillText(TextWrap.fit(content.title(), w - 2 * MARGIN - countsWidth - 24, title::width), MARGIN, MARGIN);
        g.setFont(ReportStyle.HEADER);
        g.setFill(ReportStyle.SUBTEXT);
        g.fillText(TextWrap.fit(content.files(), w - 2 * MARGIN, header::width), MARGIN, MARGIN + 38);
        g.setFill(ReportStyle.TEXT);
        g.fillText(TextWrap.fit(content.facts(), w - 2 * MARGIN, header::width), MARGIN, MARGIN + 60);
        g.setStroke(ReportStyle.BORDER);
        g.setLineWidth(1);
        g.strokeLine(MARGIN, MARGIN + 86.5, w - MARGIN, MARGIN + 86.5);
    }

    private void paintFooter(GraphicsContext g, ReportContent content, double w, double top, int width, int height) {
        g.setStroke(ReportStyle.BORDER);
        g.setLineWidth(1);
        g.strokeLine(MARGIN, top - 6.5, w - MARGIN, top - 6.5);
        g.setFont(ReportStyle.SMALL);
        g.setFill(ReportStyle.SUBTEXT);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(content.footerLeft(), MARGIN, top);
        String right = content.footerRight() + " · " + width + "×" + height;
        g.fillText(right, w - MARGIN - small.width(right), top);
    }

    private static List<ThrottleWindow> throttleWindows(ReportInput in) {
        return in.analysis().cpus().stream().flatMap(c -> c.throttleWindows().stream()).toList();
    }

    private static double timelineHeight(int lanes, double laneHeight, double pageHeight) {
        return lanes == 0 ? 24 : Math.min(TimelinePicture.heightFor(lanes, laneHeight),
                Math.floor(pageHeight * MAX_TIMELINE_SHARE));
    }

    private static double height(List<CalloutBoxes.Box> laid) {
        CalloutBoxes.Box last = laid.get(laid.size() - 1);
        return last.y() + last.h();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static Trace primaryTrace(Case aCase) {
        Case.Source primary = aCase.primary();
        return primary == null || primary.trace().isEmpty() ? null : primary.trace();
    }
}
