package org.rtscope.export.report;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.rtscope.analysis.Severity;

/**
 * Colours and fonts of the report, chosen to match the window ({@code rtscope.css} and the timeline
 * renderer) so a report reads as a picture of the app. Annotations are drawn in near-black with a
 * white halo and coloured tabs rather than in red, because RT lanes are already red and orange.
 */
final class ReportStyle {
    static final Color PAPER = Color.WHITE;
    static final Color TEXT = Color.web("#1f2430");
    static final Color SUBTEXT = Color.web("#687080");
    static final Color BORDER = Color.web("#c9cfd8");
    static final Color CHROME = Color.web("#f6f7f9");
    static final Color INK = Color.web("#111827");
    static final Color HALO = Color.WHITE;
    static final Color NOTE = Color.web("#6d28d9");
    static final Color MARKER = Color.web("#111827");

    static final String FAMILY = "System";
    static final String MONO = "DejaVu Sans Mono";
    static final Font TITLE = Font.font(FAMILY, FontWeight.BOLD, 24);
    static final Font HEADER = Font.font(FAMILY, 14);
    static final Font SUMMARY = Font.font(FAMILY, FontWeight.BOLD, 16);
    static final Font BOX_TITLE = Font.font(FAMILY, FontWeight.BOLD, 15);
    static final Font BADGE = Font.font(FAMILY, FontWeight.BOLD, 11);
    static final Font KEY = Font.font(FAMILY, FontWeight.BOLD, 12);
    static final Font BODY = Font.font(FAMILY, 13);
    static final Font EVIDENCE = Font.font(MONO, 12);
    static final Font LABEL = Font.font(FAMILY, FontWeight.BOLD, 12);
    static final Font SMALL = Font.font(FAMILY, 12);

    private ReportStyle() {
    }

    /** The colour of a severity (tabs, circles, box stripes); notes ({@code null}) are violet. */
    static Color of(Severity severity) {
        if (severity == null) {
            return NOTE;
        }
        return switch (severity) {
            case CRITICAL -> Color.web("#b42318");
            case ERROR -> Color.web("#d9480f");
            case WARNING -> Color.web("#b7791f");
            case INFO -> Color.web("#2f6fb3");
        };
    }
}
