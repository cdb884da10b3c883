package org.rtscope.export.report;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The text boxes under the timeline: one per callout (numbered circle, title, severity badge, then
 * when / where / evidence / remedy / notes) and a last "case at a glance" box with the per-CPU figures.
 * Boxes fill a grid row by row; each row is as tall as its tallest box. When the boxes do not fit the
 * space given, long texts get fewer lines (ending in an ellipsis) until they do.
 */
final class CalloutBoxes {
    static final double PAD = 12;
    static final double CIRCLE = 22;
    static final double KEY_WIDTH = 70;
    /** Lowest box height planned for when deciding how many boxes fit. */
    static final double MIN_HEIGHT = 150;
    private static final int TITLE_LINES = 3;
    /** Lines of a long text (evidence, remedy, note) when there is room; fewer when the boxes must shrink. */
    private static final int MAX_LINES = 5;

    /** One laid-out box; {@code callout} is null for the "case at a glance" box. */
    record Box(Callout callout, double x, double y, double w, double h, List<Block> blocks) {
        /** Centre of the box's numbered circle. */
        double circleX() {
            return x + PAD + CIRCLE / 2;
        }

        double circleY() {
            return y + PAD + CIRCLE / 2;
        }
    }

    /** A run of lines in one font and colour, at an offset inside its box; {@code key} is drawn to their left. */
    record Block(String key, List<String> lines, TextMeasure measure, Color color, double dx, double dy) {
    }

    private final TextMeasure title = new TextMeasure(ReportStyle.BOX_TITLE);
    private final TextMeasure badge = new TextMeasure(ReportStyle.BADGE);
    private final TextMeasure key = new TextMeasure(ReportStyle.KEY);
    private final TextMeasure body = new TextMeasure(ReportStyle.BODY);
    private final TextMeasure evidence = new TextMeasure(ReportStyle.EVIDENCE);

    /** Columns that suit a report {@code width} logical pixels wide. */
    static int columns(double width) {
        return width >= 1600 ? 4 : width >= 1150 ? 3 : width >= 700 ? 2 : 1;
    }

    /** Boxes that fit {@code height} when each is at least {@link #MIN_HEIGHT} tall. */
    static int capacity(double height, int columns, double gap) {
        return columns * Math.max(1, (int) Math.floor((height + gap) / (MIN_HEIGHT + gap)));
    }

    /** Lays the boxes out in {@code [left, left+width] × [top, bottom]}. */
    List<Box> layout(List<Callout> callouts, List<String> glance, double left, double top, double width, double bottom,
                     double gap) {
        int columns = columns(width);
        double boxWidth = (width - (columns - 1) * gap) / columns;
        List<Box> boxes = List.of();
        for (int maxLines = MAX_LINES; maxLines >= 1; maxLines--) {
            boxes = grid(callouts, glance, left, top, boxWidth, columns, gap, maxLines);
            if (boxes.get(boxes.size() - 1).y() + boxes.get(boxes.size() - 1).h() <= bottom) {
                break;
            }
        }
        return boxes;
    }

    private List<Box> grid(List<Callout> callouts, List<String> glance, double left, double top, double boxWidth,
                           int columns, double gap, int maxLines) {
        List<List<Block>> contents = new ArrayList<>();
        for (Callout callout : callouts) {
            contents.add(blocks(callout, boxWidth, maxLines));
        }
        contents.add(glanceBlocks(glance, boxWidth));
        List<Box> boxes = new ArrayList<>();
        double y = top;
        for (int rowStart = 0; rowStart < contents.size(); rowStart += columns) {
            int rowEnd = Math.min(contents.size(), rowStart + columns);
            double rowHeight = 0;
            for (int i = rowStart; i < rowEnd; i++) {
                rowHeight = Math.max(rowHeight, height(contents.get(i)));
            }
            for (int i = rowStart; i < rowEnd; i++) {
                double x = left + (i - rowStart) * (boxWidth + gap);
                boxes.add(new Box(i < callouts.size() ? callouts.get(i) : null, x, y, boxWidth, rowHeight,
                        contents.get(i)));
            }
            y += rowHeight + gap;
        }
        return boxes;
    }

    private List<Block> blocks(Callout callout, double boxWidth, int maxLines) {
        List<Block> blocks = new ArrayList<>();
        double textLeft = PAD + CIRCLE + 10;
        double dy = PAD + 1;
        int maxTitleLines = Math.min(TITLE_LINES, maxLines);
        List<String> titleLines = TextWrap.lines(callout.title(), boxWidth - textLeft - PAD, maxTitleLines, title::width);
        blocks.add(new Block(null, titleLines, title, ReportStyle.TEXT, textLeft, dy));
        dy += titleLines.size() * title.lineHeight();
        if (!callout.badge().isEmpty()) {
            blocks.add(new Block(null, List.of(callout.badge()), badge, ReportStyle.of(callout.severity()), textLeft,
                    dy));
            dy += badge.lineHeight();
        }
        dy = Math.max(dy, PAD + CIRCLE) + 8;
        double textWidth = boxWidth - 2 * PAD - KEY_WIDTH;
        for (Callout.Row row : callout.rows()) {
            TextMeasure measure = row.key().equals("evidence") ? evidence : body;
            int lines = row.key().equals("when") || row.key().equals("where") ? Math.min(2, maxLines) : maxLines;
            List<String> wrapped = TextWrap.lines(row.text(), textWidth, lines, measure::width);
            Color color = row.key().equals("note") ? ReportStyle.NOTE : ReportStyle.TEXT;
            blocks.add(new Block(row.key(), wrapped, measure, color, PAD + KEY_WIDTH, dy));
            dy += wrapped.size() * measure.lineHeight() + 5;
        }
        return blocks;
    }

    private List<Block> glanceBlocks(List<String> glance, double boxWidth) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(null, List.of("Case at a glance"), title, ReportStyle.TEXT, PAD, PAD + 1));
        double dy = PAD + 1 + title.lineHeight() + 6;
        for (String line : glance) {
            List<String> wrapped = TextWrap.lines(line, boxWidth - 2 * PAD, 2, body::width);
            blocks.add(new Block(null, wrapped, body, ReportStyle.TEXT, PAD, dy));
            dy += wrapped.size() * body.lineHeight() + 3;
        }
        return blocks;
    }

    private static double height(List<Block> blocks) {
        Block last = blocks.get(blocks.size() - 1);
        return last.dy() + last.lines().size() * last.measure().lineHeight() + PAD;
    }

    void paint(GraphicsContext g, List<Box> boxes) {
        for (Box box : boxes) {
            Color accent = box.callout() == null ? ReportStyle.BORDER : ReportStyle.of(box.callout().severity());
            g.setFill(box.callout() == null ? ReportStyle.CHROME : ReportStyle.PAPER);
            g.fillRoundRect(box.x(), box.y(), box.w(), box.h(), 10, 10);
            g.setStroke(ReportStyle.BORDER);
            g.setLineWidth(1);
            g.strokeRoundRect(box.x() + 0.5, box.y() + 0.5, box.w() - 1, box.h() - 1, 10, 10);
            g.setFill(accent);
            g.fillRoundRect(box.x(), box.y(), 5, box.h(), 5, 5);
            if (box.callout() != null) {
                Circles.draw(g, box.circleX(), box.circleY(), CIRCLE, box.callout());
            }
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            for (Block block : box.blocks()) {
                double y = box.y() + block.dy();
                if (block.key() != null) {
                    g.setFont(ReportStyle.KEY);
                    g.setFill(ReportStyle.SUBTEXT);
                    g.fillText(block.key(), box.x() + PAD, y + 1);
                }
                g.setFont(block.measure().font());
                g.setFill(block.color());
                for (String line : block.lines()) {
                    g.fillText(line, box.x() + block.dx(), y);
                    y += block.measure().lineHeight();
                }
            }
        }
    }
}
