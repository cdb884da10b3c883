package org.rtscope.export.report;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.text.TextAlignment;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.Severity;
import org.rtscope.timeline.TimeMarkers;
import org.rtscope.ui.LegendPicture;
import org.rtscope.ui.TimelinePicture;
import org.rtscope.workspace.CaseDocument;

/**
 * Paints a whole report onto a graphics context, top to bottom: header (title, files, kernel, CPUs,
 * range, finding counts), the timeline drawn by the window's own renderer ({@link TimelinePicture})
 * with the callouts' spans on it, the strip of numbered circles linked to the text boxes, the window's
 * legend plus a line for the report's own marks, and the footer.
 *
 * <p>Everything is laid out on a 1920×1080 logical page (or larger, for other aspect ratios) and
 * scaled to the requested size, so a 3840×2160 report is the same page at twice the resolution, not a
 * page with tiny text. The timeline gets the height its lanes have in the window, up to about half
 * the page; lanes beyond are cut off and the legend says so.
 */
final class ReportPainter {
    static final double BASE_WIDTH = 1920;
    static final double BASE_HEIGHT = 1080;
    static final double MARGIN = 24;
    static final double GAP = 16;
    static final double HEADER_HEIGHT = 96;
    static final double MAX_TIMELINE_SHARE = 0.52;

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
        Image legend = LegendPicture.render(w - 2 * MARGIN, s);
        double legendHeight = legend.getHeight() / s;
        double footerTop = h - MARGIN - 16;
        double legendTop = footerTop - 12 - AnnotationLegend.HEIGHT - legendHeight;
        double boxesBottom = legendTop - 12;
        double timelineTop = MARGIN + HEADER_HEIGHT;
        double timelineHeight = Math.min(TimelinePicture.preferredHeight(in.timeline()),
                Math.floor(h * MAX_TIMELINE_SHARE));
        double stripTop = timelineTop + timelineHeight + 12;
        int columns = CalloutBoxes.columns(w - 2 * MARGIN);
        double firstBoxesTop = stripTop + CalloutLinks.stripHeight() + CalloutLinks.busHeight(columns);
        ReportContent content = ReportContent.of(in, CalloutBoxes.capacity(boxesBottom - firstBoxesTop, columns, GAP) - 1);
        double boxesTop = stripTop + CalloutLinks.stripHeight() + CalloutLinks.busHeight(content.callouts().size());
        Page page = new Page(w, timelineTop, timelineHeight, stripTop, boxesTop, boxesBottom, legendTop, footerTop);

        g.save();
        g.scale(s, s);
        g.setFill(ReportStyle.PAPER);
        g.fillRect(0, 0, w, h);
        paintHeader(g, content, in, w);
        List<String> omissions = new ArrayList<>();
        paintBody(g, page, in, content, omissions);
        if (content.hidden() > 0) {
            omissions.add("+" + content.hidden() + " more not shown (rtscope analyze lists all)");
        }
        g.drawImage(legend, MARGIN, legendTop, legend.getWidth() / s, legendHeight);
        boolean notes = content.callouts().stream().anyMatch(Callout::isNote);
        new AnnotationLegend(g, MARGIN, legendTop + legendHeight + 2, w - MARGIN).draw(notes, omissions);
        paintFooter(g, content, w, footerTop, (int) Math.round(width), (int) Math.round(height));
        g.restore();
    }

    /** Timeline, spans, circles, links and boxes. */
    private void paintBody(GraphicsContext g, Page page, ReportInput in, ReportContent content, List<String> omissions) {
        g.save();
        g.translate(MARGIN, page.timelineTop());
        g.beginPath();
        g.rect(0, 0, page.contentWidth(), page.timelineHeight());
        g.clip();
        TimelinePicture.Drawn drawn = TimelinePicture.draw(g, page.contentWidth(), page.timelineHeight(), in.timeline(),
                in.from(), in.to(), markers(in.markers()));
        g.restore();
        int hidden = drawn.layout().laneCount() - drawn.visibleLanes();
        if (hidden > 0) {
            omissions.add(hidden + " lane" + (hidden == 1 ? "" : "s") + " below did not fit");
        }
        g.setStroke(ReportStyle.BORDER);
        g.setLineWidth(1);
        g.strokeRect(MARGIN - 0.5, page.timelineTop() - 0.5, page.contentWidth() + 1, page.timelineHeight() + 1);

        TimelineOverlay overlay = new TimelineOverlay(g, MARGIN, page.timelineTop(), drawn);
        List<TimelineOverlay.Anchor> anchors = new ArrayList<>();
        for (Callout callout : content.callouts()) {
            anchors.add(overlay.drawSpan(callout));
        }
        List<CalloutBoxes.Box> laid = boxes.layout(content.callouts(), content.glance(), MARGIN, page.boxesTop(),
                page.contentWidth(), page.boxesBottom(), GAP);
        g.save();
        g.beginPath();
        g.rect(0, 0, page.width(), page.boxesBottom() + 4);
        g.clip();
        CalloutLinks.draw(g, content.callouts(), anchors, laid, page.stripTop(),
                MARGIN + drawn.layout().gutterWidth(), drawn.scale().width(), page.stripTop() + CalloutLinks.stripHeight(),
                GAP);
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

    /** The case file's markers as the timeline's markers A and B. */
    static TimeMarkers markers(List<CaseDocument.Marker> markers) {
        TimeMarkers result = TimeMarkers.NONE;
        for (CaseDocument.Marker marker : markers) {
            if ("A".equals(marker.label())) {
                result = result.withA(marker.time() * 1e9);
            } else if ("B".equals(marker.label())) {
                result = result.withB(marker.time() * 1e9);
            }
        }
        return result;
    }
}
