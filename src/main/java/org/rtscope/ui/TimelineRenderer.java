package org.rtscope.ui;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.Task;
import org.rtscope.model.Trace;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.RulerTicks;
import org.rtscope.timeline.SliceBinner;
import org.rtscope.timeline.TaskPalette;
import org.rtscope.timeline.TimeScale;

/**
 * Paints the timeline onto a canvas: ruler, lanes, slices, task names, selection, lane labels.
 *
 * <p>Cost follows pixels, not events: each lane is reduced by {@link SliceBinner} to at most one run
 * per pixel column, and runs of all lanes are drawn grouped by colour, so the fill changes once per
 * colour rather than once per rectangle (each paint change takes a slot in the canvas command
 * buffer; alternating fills are what makes a naive canvas renderer slow).
 *
 * <p>Colours here are drawn, not styled: a Canvas cannot take CSS, so they live as constants chosen
 * to match {@code rtscope.css}.
 */
final class TimelineRenderer {
    private static final Color BACKGROUND = Color.web("#ffffff");
    private static final Color LANE = Color.web("#eef1f5");
    private static final Color GRID = Color.web("#dde2e9");
    private static final Color CHROME = Color.web("#f6f7f9");
    private static final Color BORDER = Color.web("#c9cfd8");
    private static final Color TEXT = Color.web("#1f2430");
    private static final Color SUBTEXT = Color.web("#687080");
    private static final Color SELECTION = Color.web("#111827");
    private static final Color SELECTION_HALO = Color.web("#ffffff");
    private static final double SLICE_INSET = 2;
    private static final double LABEL_PADDING = 4;

    private final Font rulerFont = Font.font("System", FontWeight.SEMI_BOLD, 11);
    private final Font smallFont = Font.font("System", 10);
    private final Font laneFont = Font.font("System", FontWeight.BOLD, 12);
    private final Font sliceFont = Font.font("System", 11);
    private final TextWidths sliceWidths = new TextWidths(sliceFont);
    private final double rulerCharWidth = new TextWidths(rulerFont).width("0123456789") / 10 + 0.4;
    private final SliceBinner binner = new SliceBinner();
    private final TaskPalette palette = new TaskPalette();
    private final Map<Integer, Color> colors = new HashMap<>();

    private int[] runX0 = new int[0];
    private int[] runX1 = new int[0];
    private int[] runLane = new int[0];
    private int[] runTid = new int[0];
    private int[] runColor = new int[0];
    private long[] byColor = new long[0];
    private int runCount;

    /** Draws everything for {@code trace} (may be null: empty timeline) on a {@code width}×{@code height} canvas. */
    void draw(GraphicsContext g, double width, double height, Trace trace, LaneLayout layout, TimeScale scale,
              Selection selection) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, width, height);
        if (trace == null) {
            g.setFill(SUBTEXT);
            g.setFont(laneFont);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("Open a trace (Ctrl+O) or drop files here", width / 2, height / 2);
            return;
        }
        RulerTicks ticks = RulerTicks.compute(scale, trace.start(), rulerCharWidth);
        drawLaneBackgrounds(g, layout, scale, height);
        drawGrid(g, layout, ticks, height);
        collectRuns(trace, layout, scale, height);
        drawRuns(g, layout);
        drawLabels(g, trace, layout);
        drawSelection(g, trace, layout, scale, selection);
        drawGutter(g, layout, height);
        drawRuler(g, layout, scale, ticks, width);
    }

    private boolean visible(LaneLayout layout, int lane, double height) {
        double top = layout.laneTop(lane);
        return top + layout.laneHeight() > layout.rulerHeight() && top < height;
    }

    private void drawLaneBackgrounds(GraphicsContext g, LaneLayout layout, TimeScale scale, double height) {
        g.setFill(LANE);
        for (int lane = 0; lane < layout.lanes(); lane++) {
            if (visible(layout, lane, height)) {
                g.fillRect(layout.gutterWidth(), layout.laneTop(lane), scale.width(), layout.laneHeight());
            }
        }
    }

    private void drawGrid(GraphicsContext g, LaneLayout layout, RulerTicks ticks, double height) {
        g.setStroke(GRID);
        g.setLineWidth(1);
        for (RulerTicks.Tick tick : ticks.ticks()) {
            double x = Math.floor(layout.canvasX(tick.x())) + 0.5;
            g.strokeLine(x, layout.rulerHeight(), x, height);
        }
    }

    /** Bins every visible lane and gathers the runs with their colours, then orders them by colour. */
    private void collectRuns(Trace trace, LaneLayout layout, TimeScale scale, double height) {
        runCount = 0;
        for (int lane = 0; lane < layout.lanes(); lane++) {
            if (!visible(layout, lane, height)) {
                continue;
            }
            int n = binner.bin(trace.slices(lane), scale);
            ensureCapacity(runCount + n);
            for (int i = 0; i < n; i++) {
                int rgb = palette.color(binner.tid(i), binner.prio(i));
                if (rgb == TaskPalette.NONE) {
                    continue;
                }
                runX0[runCount] = binner.x0(i);
                runX1[runCount] = binner.x1(i);
                runLane[runCount] = lane;
                runTid[runCount] = binner.tid(i);
                runColor[runCount] = rgb;
                byColor[runCount] = (long) rgb << 32 | runCount;
                runCount++;
            }
        }
        Arrays.sort(byColor, 0, runCount);
    }

    private void ensureCapacity(int n) {
        if (runX0.length < n) {
            int size = Math.max(n, runX0.length * 2);
            runX0 = Arrays.copyOf(runX0, size);
            runX1 = Arrays.copyOf(runX1, size);
            runLane = Arrays.copyOf(runLane, size);
            runTid = Arrays.copyOf(runTid, size);
            runColor = Arrays.copyOf(runColor, size);
            byColor = Arrays.copyOf(byColor, size);
        }
    }

    private void drawRuns(GraphicsContext g, LaneLayout layout) {
        int current = TaskPalette.NONE;
        double h = layout.laneHeight() - 2 * SLICE_INSET;
        for (int k = 0; k < runCount; k++) {
            int i = (int) byColor[k];
            if (runColor[i] != current) {
                current = runColor[i];
                g.setFill(color(current));
            }
            g.fillRect(layout.canvasX(runX0[i]), layout.laneTop(runLane[i]) + SLICE_INSET, runX1[i] - runX0[i], h);
        }
    }

    /** Task names inside runs wide enough for them, light and dark text in two passes. */
    private void drawLabels(GraphicsContext g, Trace trace, LaneLayout layout) {
        if (layout.laneHeight() < 14) {
            return;
        }
        g.setFont(sliceFont);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int pass = 0; pass < 2; pass++) {
            boolean darkText = pass == 0;
            g.setFill(darkText ? color(0x1A1A1A) : Color.WHITE);
            for (int k = 0; k < runCount; k++) {
                int i = (int) byColor[k];
                if ((TaskPalette.textColor(runColor[i]) != 0xFFFFFF) != darkText) {
                    continue;
                }
                String label = fittingLabel(trace, runTid[i], runX1[i] - runX0[i] - 2 * LABEL_PADDING);
                if (label != null) {
                    g.fillText(label, layout.canvasX(runX0[i]) + LABEL_PADDING, layout.laneCentre(runLane[i]));
                }
            }
        }
    }

    /** "comm-tid" if it fits in {@code room} pixels, else "comm", else null. */
    private String fittingLabel(Trace trace, int tid, double room) {
        if (room < 12) {
            return null;
        }
        Task task = trace.tasks().get(tid);
        String comm = task == null || task.comm().isEmpty() ? Integer.toString(tid) : task.comm();
        String full = task == null || task.comm().isEmpty() ? comm : comm + "-" + tid;
        if (sliceWidths.width(full) <= room) {
            return full;
        }
        return sliceWidths.width(comm) <= room ? comm : null;
    }

    private void drawSelection(GraphicsContext g, Trace trace, LaneLayout layout, TimeScale scale, Selection selection) {
        if (selection instanceof Selection.Slice slice && slice.cpu() < trace.cpuCount()) {
            CpuSlices slices = trace.slices(slice.cpu());
            double x0 = Math.max(-2, scale.x(slices.start(slice.index())));
            double x1 = Math.min(scale.width() + 2, scale.x(slices.end(slice.index())));
            if (x1 < 0 || x0 > scale.width()) {
                return;
            }
            if (x1 - x0 < 3) {
                double mid = (x0 + x1) / 2;
                x0 = mid - 1.5;
                x1 = mid + 1.5;
            }
            double top = layout.laneTop(slice.cpu());
            double left = Math.round(layout.canvasX(x0));
            double w = Math.round(layout.canvasX(x1)) - left;
            g.setLineWidth(3);
            g.setStroke(SELECTION_HALO);
            g.strokeRect(left - 0.5, top - 0.5, w + 1, layout.laneHeight() + 1);
            g.setLineWidth(2);
            g.setStroke(SELECTION);
            g.strokeRect(left, top, w, layout.laneHeight());
        } else if (selection instanceof Selection.Event event && event.index() < trace.size()) {
            double x = scale.x(trace.ts(event.index()));
            if (x < 0 || x > scale.width()) {
                return;
            }
            int lane = trace.cpu(event.index());
            double cx = Math.floor(layout.canvasX(x)) + 0.5;
            double top = layout.laneTop(lane);
            g.setStroke(SELECTION_HALO);
            g.setLineWidth(4);
            g.strokeLine(cx, top, cx, top + layout.laneHeight());
            g.setStroke(SELECTION);
            g.setLineWidth(2);
            g.strokeLine(cx, top, cx, top + layout.laneHeight());
            g.setFill(SELECTION);
            g.fillPolygon(new double[] {cx - 6, cx + 6, cx}, new double[] {top, top, top + 7}, 3);
        }
    }

    private void drawGutter(GraphicsContext g, LaneLayout layout, double height) {
        g.setFill(CHROME);
        g.fillRect(0, layout.rulerHeight(), layout.gutterWidth(), height - layout.rulerHeight());
        g.setStroke(BORDER);
        g.setLineWidth(1);
        g.strokeLine(layout.gutterWidth() - 0.5, layout.rulerHeight(), layout.gutterWidth() - 0.5, height);
        g.setFill(TEXT);
        g.setFont(laneFont);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int lane = 0; lane < layout.lanes(); lane++) {
            if (visible(layout, lane, height) && layout.laneCentre(lane) > layout.rulerHeight()) {
                g.fillText(TimelineView.laneLabel(lane), layout.gutterWidth() - 10, layout.laneCentre(lane));
            }
        }
    }

    private void drawRuler(GraphicsContext g, LaneLayout layout, TimeScale scale, RulerTicks ticks, double width) {
        double h = layout.rulerHeight();
        g.setFill(CHROME);
        g.fillRect(0, 0, width, h);
        g.setStroke(BORDER);
        g.setLineWidth(1);
        g.strokeLine(0, h - 0.5, width, h - 0.5);
        g.strokeLine(layout.gutterWidth() - 0.5, 0, layout.gutterWidth() - 0.5, h);

        long minor = ticks.minorStep();
        long first = (long) Math.ceil(scale.start() / minor) * minor;
        g.setStroke(SUBTEXT);
        for (long t = first; t <= scale.end(); t += minor) {
            double x = Math.floor(layout.canvasX(scale.x(t))) + 0.5;
            g.strokeLine(x, h - 4, x, h);
        }
        g.setStroke(TEXT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double right = layout.canvasX(scale.width());
        for (RulerTicks.Tick tick : ticks.ticks()) {
            double x = Math.floor(layout.canvasX(tick.x())) + 0.5;
            g.strokeLine(x, h - 10, x, h);
            g.setFill(TEXT);
            g.setFont(rulerFont);
            if (x + 3 + tick.absolute().length() * rulerCharWidth <= right) {
                g.fillText(tick.absolute(), x + 3, 11);
                g.setFill(SUBTEXT);
                g.setFont(smallFont);
                g.fillText(tick.relative(), x + 3, 25);
            }
        }
        g.setFill(SUBTEXT);
        g.setFont(smallFont);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("time", layout.gutterWidth() - 8, 11);
        g.fillText("from start", layout.gutterWidth() - 8, 25);
    }

    private Color color(int rgb) {
        return colors.computeIfAbsent(rgb, c -> Color.rgb(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF));
    }

    /** Measures text once per string; slice labels repeat across frames. */
    private static final class TextWidths {
        private final Text probe = new Text();
        private final Map<String, Double> cache = new HashMap<>();

        TextWidths(Font font) {
            probe.setFont(font);
        }

        double width(String s) {
            if (cache.size() > 20_000) {
                cache.clear();
            }
            return cache.computeIfAbsent(s, key -> {
                probe.setText(key);
                return probe.getLayoutBounds().getWidth();
            });
        }
    }
}
