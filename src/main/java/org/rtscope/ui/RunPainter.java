package org.rtscope.ui;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import org.rtscope.model.CpuSlices;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.LaneRuns;
import org.rtscope.timeline.MarkerKind;
import org.rtscope.timeline.TaskPalette;
import org.rtscope.timeline.TaskTrack;
import org.rtscope.timeline.TimelineData;

/**
 * Fills the binned runs of every visible lane as rectangles, all lanes at once and grouped by colour,
 * so the fill changes once per colour rather than once per rectangle (each paint change takes a slot
 * in the canvas command buffer; alternating fills are what makes a naive canvas renderer slow).
 *
 * <p>Shapes say what colour alone might not: a CPU slice fills its lane, a runnable task a band in the
 * middle, a sleeping one a thin line; kills and stalls are full-height ticks, other markers half.
 */
final class RunPainter {
    private final TaskPalette tasks = new TaskPalette();
    private double[] x = new double[256];
    private double[] y = new double[256];
    private double[] w = new double[256];
    private double[] h = new double[256];
    private int[] rgb = new int[256];
    private long[] order = new long[256];
    private int count;

    void paint(GraphicsContext g, RenderState s) {
        count = 0;
        if (s.bins() == null) {
            return;
        }
        FrameMapping map = FrameMapping.of(s.bins(), s.view());
        LaneLayout layout = s.layout();
        for (int i = 0; i < layout.laneCount(); i++) {
            if (!layout.visible(i, s.height())) {
                continue;
            }
            Lane lane = layout.lane(i);
            LaneRuns[] rows = s.bins().lanes().get(lane);
            if (rows == null) {
                continue;
            }
            for (int r = 0; r < rows.length; r++) {
                collect(s, map, i, lane, r, rows[r]);
            }
        }
        for (int k = 0; k < count; k++) {
            order[k] = (long) rgb[k] << 32 | k;
        }
        Arrays.sort(order, 0, count);
        int current = -1;
        for (int k = 0; k < count; k++) {
            int i = (int) order[k];
            if (rgb[i] != current) {
                current = rgb[i];
                g.setFill(RgbColors.of(current));
            }
            g.fillRect(x[i], y[i], w[i], h[i]);
        }
    }

    private void collect(RenderState s, FrameMapping map, int laneIndex, Lane lane, int row, LaneRuns runs) {
        LaneLayout layout = s.layout();
        double plotW = s.view().width();
        double top = layout.rowTop(laneIndex, row);
        double rowH = layout.rowHeight(laneIndex);
        TimelineData data = s.data();
        CanvasPalette p = s.palette();
        for (int r = 0; r < runs.count(); r++) {
            double x0 = map.x(runs.x0(r));
            double x1 = map.x(runs.x1(r));
            if (x1 <= 0 || x0 >= plotW) {
                continue;
            }
            x0 = Math.max(0, Math.floor(x0));
            x1 = Math.min(plotW, Math.max(x0 + 1, Math.round(x1)));
            double left = layout.canvasX(x0);
            double width = x1 - x0;
            int key = runs.key(r);
            switch (lane.kind()) {
                case CPU:
                    add(left, top + 2, width, rowH - 4, key);
                    break;
                case IRQ:
                    add(left, top + 1, width, rowH - 2, p.rgb(CanvasColor.ofIrqKey(key)));
                    break;
                case TASK:
                    addState(s, lane, runs.item(r), key, left, width, top, rowH);
                    break;
                case MARKERS:
                case REPORTS:
                    MarkerKind kind = MarkerKind.values()[key];
                    boolean strong = kind == MarkerKind.KILL || kind == MarkerKind.STALL || kind == MarkerKind.REPORT;
                    double tickW = Math.max(2, width);
                    double tickH = strong ? rowH - 2 : rowH / 2;
                    add(left + width / 2 - tickW / 2, top + rowH - 1 - tickH, tickW, tickH, p.rgb(CanvasColor.ofMarker(kind)));
                    break;
                case LOG:
                    add(left + width / 2 - 1, top + 2, Math.max(2, width), rowH - 4, p.rgb(CanvasColor.ofLogLevel(key)));
                    break;
                default:
                    break;
            }
        }
    }

    private void addState(RenderState s, Lane lane, int item, int state, double left, double width, double top,
                          double rowH) {
        CanvasPalette p = s.palette();
        switch (state) {
            case TaskTrack.RUNNING:
                TaskTrack track = s.data().task(lane.id());
                CpuSlices slices = s.data().trace().slices(track.cpu(item));
                add(left, top + 2, width, rowH - 4, tasks.color(lane.id(), slices.prio(track.ref(item))));
                break;
            case TaskTrack.RUNNABLE:
                add(left, top + rowH * 0.3, width, rowH * 0.4, p.rgb(CanvasColor.RUNNABLE));
                break;
            case TaskTrack.BLOCKED:
                add(left, top + rowH * 0.25, width, rowH * 0.5, p.rgb(CanvasColor.BLOCKED));
                break;
            default:
                add(left, top + rowH / 2 - 1, width, 2, p.rgb(CanvasColor.SLEEPING));
                break;
        }
    }

    private void add(double rx, double ry, double rw, double rh, int color) {
        if (color == TaskPalette.NONE) {
            return;
        }
        if (count == x.length) {
            int n = count * 2;
            x = Arrays.copyOf(x, n);
            y = Arrays.copyOf(y, n);
            w = Arrays.copyOf(w, n);
            h = Arrays.copyOf(h, n);
            rgb = Arrays.copyOf(rgb, n);
            order = Arrays.copyOf(order, n);
        }
        x[count] = rx;
        y[count] = ry;
        w[count] = rw;
        h[count] = rh;
        rgb[count] = color;
        count++;
    }
}
