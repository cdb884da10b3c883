package org.rtscope.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.ImagePattern;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.model.CpuSlices;
import org.rtscope.model.EventKind;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;
import org.rtscope.model.Trace;
import org.rtscope.timeline.HitTester;
import org.rtscope.timeline.IrqRow;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.LaneKind;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.LogTrack;
import org.rtscope.timeline.TaskTrack;
import org.rtscope.timeline.TimeFormat;
import org.rtscope.timeline.TimeScale;
import org.rtscope.timeline.TimelineData;

/**
 * Everything drawn over or under the lanes that is not binned: RT throttling windows shaded on their
 * CPU's group, the selected finding's span and evidence, the selection outline, markers A and B with
 * their delta, the drag-selected range, and on hover a cursor line and the wake-up arrow of a task.
 * These are few primitives, so they are drawn directly.
 */
final class OverlayPainter {
    private static final int HATCH = 8;

    private final Font labelFont = Font.font("System", FontWeight.BOLD, 10);
    private final Font flagFont = Font.font("System", FontWeight.BOLD, 11);
    private final TextWidths labelWidths = new TextWidths(labelFont);
    private final Map<Color, ImagePattern> hatches = new HashMap<>();

    /** Throttle shading, under the runs so the slices that did run in a window stay readable. */
    void paintBehind(GraphicsContext g, RenderState s) {
        Color base = s.palette().get(CanvasColor.THROTTLE);
        for (ThrottleWindow w : s.data().throttleWindows()) {
            double[] xs = clip(s, w.start(), w.end());
            if (xs == null) {
                continue;
            }
            for (double[] band : bands(s, w)) {
                double left = Math.round(s.layout().canvasX(xs[0]));
                double width = Math.max(2, Math.round(xs[1] - xs[0]));
                g.setFill(hatch(base));
                g.fillRect(left, band[0], width, band[1] - band[0]);
            }
        }
    }

    /** The lane groups a window shades: its CPU's, or every CPU's when a log line did not say which CPU. */
    private static java.util.List<double[]> bands(RenderState s, ThrottleWindow w) {
        java.util.List<double[]> bands = new java.util.ArrayList<>();
        for (int cpu = 0; cpu < s.data().cpuCount(); cpu++) {
            if (w.cpu() == cpu || w.cpu() < 0) {
                double[] band = groupBand(s, cpu);
                if (band != null) {
                    bands.add(band);
                }
            }
        }
        return bands;
    }

    /** A diagonal hatch over a light tint of {@code base}, as one tile repeated (one fill, however wide). */
    private ImagePattern hatch(Color base) {
        return hatches.computeIfAbsent(base, c -> {
            WritableImage tile = new WritableImage(HATCH, HATCH);
            PixelWriter px = tile.getPixelWriter();
            Color tint = c.deriveColor(0, 1, 1, 0.16);
            Color line = c.deriveColor(0, 1, 1, 0.5);
            for (int y = 0; y < HATCH; y++) {
                for (int x = 0; x < HATCH; x++) {
                    px.setColor(x, y, (x + y) % HATCH == 0 ? line : tint);
                }
            }
            return new ImagePattern(tile, 0, 0, HATCH, HATCH, false);
        });
    }

    /** Labels and edges of throttle windows, finding, evidence, selection, markers, range and hover. */
    void paintFront(GraphicsContext g, RenderState s) {
        throttleEdges(g, s);
        finding(g, s);
        selection(g, s);
        hover(g, s);
        range(g, s);
        markers(g, s);
    }

    /** Marker flags, the delta between them and the finding's span, on the ruler. */
    void paintRuler(GraphicsContext g, RenderState s) {
        LaneLayout layout = s.layout();
        CanvasPalette p = s.palette();
        Finding f = s.finding();
        if (f != null && FindingsList.hasTime(f)) {
            double[] xs = clip(s, f.start(), Math.max(f.end(), f.start()));
            if (xs != null) {
                g.setFill(p.get(CanvasColor.HIGHLIGHT));
                double w = Math.max(4, xs[1] - xs[0]);
                g.fillRect(layout.canvasX(xs[0]) - (w > xs[1] - xs[0] ? 2 : 0), layout.rulerHeight() - 6, w, 5);
            }
        }
        double ax = markerX(s, s.markers().a());
        double bx = markerX(s, s.markers().b());
        if (!Double.isNaN(ax) && !Double.isNaN(bx) && Math.abs(bx - ax) > 2) {
            double y = layout.rulerHeight() - 9;
            double l = Math.min(ax, bx);
            double r = Math.max(ax, bx);
            g.setFill(p.get(CanvasColor.TEXT));
            Strokes.hline(g, l, r, y, 1);
            String delta = "Δ " + TimeFormat.duration(Math.abs(s.markers().delta()));
            double tw = labelWidths.width(delta) + 8;
            if (r - l > tw + 24) {
                double mid = (l + r) / 2;
                g.setFill(p.get(CanvasColor.CHROME));
                g.fillRect(mid - tw / 2, y - 7, tw, 14);
                g.setFill(p.get(CanvasColor.TEXT));
                g.setFont(labelFont);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(delta, mid, y);
            }
        }
        flag(g, s, ax, "A", p.get(CanvasColor.MARKER_A));
        flag(g, s, bx, "B", p.get(CanvasColor.MARKER_B));
    }

    private void flag(GraphicsContext g, RenderState s, double x, String name, Color color) {
        if (Double.isNaN(x)) {
            return;
        }
        g.setFill(color);
        g.fillRect(x - 7, 0, 14, 14);
        g.setFill(Color.WHITE);
        g.setFont(flagFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(name, x, 7);
        g.setFill(color);
        Strokes.vline(g, x, 14, s.layout().rulerHeight(), 2);
    }

    private void throttleEdges(GraphicsContext g, RenderState s) {
        Color base = s.palette().get(CanvasColor.THROTTLE);
        for (ThrottleWindow w : s.data().throttleWindows()) {
            double[] xs = clip(s, w.start(), w.end());
            if (xs == null) {
                continue;
            }
            for (double[] band : bands(s, w)) {
                throttleEdge(g, s, w, xs, band, base);
            }
        }
    }


    /** The window's edges on one lane group, and its length where it fits. */
    private void throttleEdge(GraphicsContext g, RenderState s, ThrottleWindow w, double[] xs, double[] band, Color base) {
        g.setFill(base);
        for (double x : new double[] {s.view().x(w.start()), s.view().x(w.end())}) {
            if (x >= 0 && x <= s.view().width()) {
                Strokes.vline(g, s.layout().canvasX(x), band[0], band[1], 2);
            }
        }
        String text = (ThrottleWindow.LOG.equals(w.origin()) ? "RT throttling (log) " : "RT throttled ")
                + TimeFormat.duration(w.end() - w.start());
        String label = labelWidths.fit(text, xs[1] - xs[0] - 8);
        if (label == null) {
            return;
        }
        double y = band[1] - 9;
        double tw = labelWidths.width(label);
        double x = s.layout().canvasX(xs[0]) + 4;
        g.setFill(s.palette().get(CanvasColor.BACKGROUND).deriveColor(0, 1, 1, 0.85));
        g.fillRect(x - 2, y - 7, tw + 4, 14);
        g.setFill(s.palette().isDark() ? base.brighter() : base.darker());
        g.setFont(labelFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, x, y);
    }

    private void finding(GraphicsContext g, RenderState s) {
        Color hl = s.palette().get(CanvasColor.HIGHLIGHT);
        Finding f = s.finding();
        if (f != null && FindingsList.hasTime(f)) {
            double[] xs = clip(s, f.start(), Math.max(f.end(), f.start()));
            if (xs != null && xs[1] - xs[0] >= 2) {
                g.setFill(hl.deriveColor(0, 1, 1, 0.07));
                g.fillRect(s.layout().canvasX(xs[0]), s.layout().rulerHeight(), xs[1] - xs[0],
                        s.height() - s.layout().rulerHeight());
            }
        }
        for (Highlight h : s.highlights()) {
            double x = s.view().x(h.time());
            if (x < 0 || x > s.view().width()) {
                continue;
            }
            double[] band = h.cpu() >= 0 ? groupBand(s, h.cpu()) : null;
            double top = band == null ? s.layout().rulerHeight() : band[0];
            double bottom = band == null ? s.height() : band[1];
            double cx = Math.round(s.layout().canvasX(x)) + 0.5;
            if (h.active()) {
                g.setFill(s.palette().get(CanvasColor.SELECTION_HALO));
                Strokes.vline(g, cx, top, bottom, 5);
            }
            g.setFill(hl);
            Strokes.vline(g, cx, top, bottom, h.active() ? 3 : 2);
            g.setFill(hl);
            g.fillPolygon(new double[] {cx - 6, cx + 6, cx}, new double[] {top, top, top + 8}, 3);
        }
    }

    private void selection(GraphicsContext g, RenderState s) {
        Selection sel = s.selection();
        if (sel == null) {
            return;
        }
        TimelineData data = s.data();
        Trace trace = data.trace();
        LaneLayout layout = s.layout();
        if (sel instanceof Selection.Slice slice && slice.cpu() < trace.cpuCount()) {
            CpuSlices slices = trace.slices(slice.cpu());
            outline(g, s, layout.indexOf(Lane.cpu(slice.cpu())), -1, slices.start(slice.index()), slices.end(slice.index()));
        } else if (sel instanceof Selection.TaskState state && data.task(state.tid()) != null) {
            TaskTrack track = data.task(state.tid());
            outline(g, s, layout.indexOf(Lane.task(state.tid())), -1, track.start(state.index()), track.end(state.index()));
        } else if (sel instanceof Selection.Event event && event.index() < trace.size()) {
            int i = event.index();
            EventKind kind = trace.kind(i);
            IrqRow row = IrqRow.of(kind);
            int lane = -1;
            int r = -1;
            if (row != null) {
                lane = layout.indexOf(Lane.irq(trace.cpu(i)));
                r = row.ordinal();
            } else if (kind == EventKind.SIGNAL_GENERATE || kind == EventKind.SCHED_PROCESS_EXIT) {
                lane = layout.indexOf(Lane.markers(trace.cpu(i)));
            }
            if (lane < 0) {
                lane = layout.indexOf(Lane.cpu(trace.cpu(i)));
                r = -1;
            }
            pin(g, s, lane, r, trace.ts(i));
        } else if (sel instanceof Selection.Log log && log.track() < data.logs().size()) {
            LogTrack track = data.logs().get(log.track());
            long t = track.logs().bootNs(log.record());
            if (t != LogStore.NO_TIME) {
                pin(g, s, layout.indexOf(Lane.log(log.track())), -1, t);
            }
        } else if (sel instanceof Selection.Report report) {
            StackReport r = data.reportsOf(report.source()).get(report.index());
            if (r.time() != LogStore.NO_TIME) {
                int lane = r.cpu() >= 0 && r.cpu() < trace.cpuCount() ? layout.indexOf(Lane.markers(r.cpu()))
                        : layout.indexOf(Lane.reports());
                pin(g, s, lane, -1, r.time());
            }
        }
    }

    /** A box around {@code [from, to)} on lane {@code lane} (row {@code row}, or the whole lane for -1). */
    private void outline(GraphicsContext g, RenderState s, int lane, int row, long from, long to) {
        if (lane < 0) {
            return;
        }
        TimeScale view = s.view();
        double x0 = Math.max(-2, view.x(from));
        double x1 = Math.min(view.width() + 2, view.x(to));
        if (x1 < 0 || x0 > view.width()) {
            return;
        }
        if (x1 - x0 < 3) {
            double mid = (x0 + x1) / 2;
            x0 = mid - 1.5;
            x1 = mid + 1.5;
        }
        LaneLayout layout = s.layout();
        double top = row < 0 ? layout.laneTop(lane) : layout.rowTop(lane, row);
        double h = row < 0 ? layout.laneHeight(lane) : layout.rowHeight(lane);
        double left = Math.round(layout.canvasX(x0));
        double w = Math.round(layout.canvasX(x1)) - left;
        g.setFill(s.palette().get(CanvasColor.SELECTION_HALO));
        Strokes.box(g, left - 2, top - 2, w + 4, h + 4, 4);
        g.setFill(s.palette().get(CanvasColor.SELECTION));
        Strokes.box(g, left - 1, top - 1, w + 2, h + 2, 2);
    }

    /** A pin (line with a triangle head) at {@code t} on lane {@code lane}. */
    private void pin(GraphicsContext g, RenderState s, int lane, int row, long t) {
        if (lane < 0) {
            return;
        }
        double x = s.view().x(t);
        if (x < 0 || x > s.view().width()) {
            return;
        }
        LaneLayout layout = s.layout();
        double top = row < 0 ? layout.laneTop(lane) : layout.rowTop(lane, row);
        double h = row < 0 ? layout.laneHeight(lane) : layout.rowHeight(lane);
        double cx = Math.floor(layout.canvasX(x)) + 0.5;
        g.setFill(s.palette().get(CanvasColor.SELECTION_HALO));
        Strokes.vline(g, cx, top, top + h, 4);
        g.setFill(s.palette().get(CanvasColor.SELECTION));
        Strokes.vline(g, cx, top, top + h, 2);
        g.fillPolygon(new double[] {cx - 6, cx + 6, cx}, new double[] {top - 1, top - 1, top + 6}, 3);
    }

    private void markers(GraphicsContext g, RenderState s) {
        line(g, s, markerX(s, s.markers().a()), s.palette().get(CanvasColor.MARKER_A));
        line(g, s, markerX(s, s.markers().b()), s.palette().get(CanvasColor.MARKER_B));
    }

    private void line(GraphicsContext g, RenderState s, double x, Color color) {
        if (Double.isNaN(x)) {
            return;
        }
        g.setFill(color);
        Strokes.vline(g, x, s.layout().rulerHeight(), s.height(), 2);
    }

    /** Canvas x of a marker time, or NaN when unset or off the plot. */
    private static double markerX(RenderState s, double t) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        double x = s.view().x(t);
        return x < 0 || x > s.view().width() ? Double.NaN : Math.round(s.layout().canvasX(x)) + 0.5;
    }

    private void range(GraphicsContext g, RenderState s) {
        double[] r = s.range();
        if (r == null) {
            return;
        }
        double[] xs = clip(s, Math.min(r[0], r[1]), Math.max(r[0], r[1]));
        if (xs == null) {
            return;
        }
        double left = s.layout().canvasX(xs[0]);
        double top = s.layout().rulerHeight();
        Color c = s.palette().get(CanvasColor.RANGE);
        g.setFill(c.deriveColor(0, 1, 1, 0.15));
        g.fillRect(left, top, xs[1] - xs[0], s.height() - top);
        g.setFill(c);
        Strokes.box(g, left, top, xs[1] - xs[0], s.height() - top, 1);
        g.setFill(s.palette().get(CanvasColor.TEXT));
        g.setFont(labelFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(TimeFormat.duration(Math.abs(r[1] - r[0])), left + 4, top + 3);
    }

    private void hover(GraphicsContext g, RenderState s) {
        if (Double.isNaN(s.hoverX())) {
            return;
        }
        g.setFill(s.palette().get(CanvasColor.SUBTEXT).deriveColor(0, 1, 1, 0.6));
        g.fillRect(Math.floor(s.hoverX()), s.layout().rulerHeight(), 1, s.height() - s.layout().rulerHeight());
        wakeArrow(g, s, s.hover());
    }

    /** For a task lane under the mouse: an arrow from the waker's CPU at the wake-up to the task's next run. */
    private void wakeArrow(GraphicsContext g, RenderState s, HitTester.Hit hit) {
        if (hit == null || hit.lane().kind() != LaneKind.TASK || hit.item() < 0) {
            return;
        }
        TaskTrack track = s.data().task(hit.lane().id());
        if (track == null || hit.item() >= track.size()) {
            return;
        }
        int k = hit.item();
        int wake = -1;
        if (track.state(k) == TaskTrack.RUNNABLE) {
            wake = track.ref(k);
        } else if (track.state(k) == TaskTrack.RUNNING && k > 0 && track.state(k - 1) == TaskTrack.RUNNABLE) {
            wake = track.ref(k - 1);
            k = k - 1;
        }
        if (wake < 0) {
            return;
        }
        LaneLayout layout = s.layout();
        int from = layout.indexOf(Lane.cpu(track.wakerCpu(wake)));
        double toY = layout.laneCentre(hit.laneIndex());
        double fromY = from >= 0 ? layout.laneCentre(from) : layout.rulerHeight() + 4;
        double wx = layout.canvasX(s.view().x(track.wakeTime(wake)));
        double runX = layout.canvasX(s.view().x(track.end(k)));
        Color c = s.palette().get(CanvasColor.SELECTION);
        g.setStroke(c);
        g.setFill(c);
        g.setLineWidth(1.5);
        g.strokeLine(wx, fromY, wx, toY);
        double dir = toY > fromY ? 1 : -1;
        g.fillPolygon(new double[] {wx - 4, wx + 4, wx}, new double[] {toY - 7 * dir, toY - 7 * dir, toY}, 3);
        g.fillOval(wx - 3, fromY - 3, 6, 6);
        if (runX - wx > 4) {
            g.setLineDashes(4, 3);
            g.strokeLine(wx, toY, runX, toY);
            g.setLineDashes();
        }
    }

    /** Top and bottom y of the lanes of {@code cpu}'s group (CPU, IRQ and marker lanes), or null when not shown. */
    static double[] groupBand(RenderState s, int cpu) {
        LaneLayout layout = s.layout();
        int first = layout.indexOf(Lane.cpu(cpu));
        if (first < 0) {
            return null;
        }
        int last = first;
        while (last + 1 < layout.laneCount() && layout.lane(last + 1).cpu() == cpu
                && layout.lane(last + 1).kind() != LaneKind.CPU) {
            last++;
        }
        return new double[] {layout.laneTop(first), layout.laneTop(last) + layout.laneHeight(last)};
    }

    /** The plot span {x0, x1} of {@code [from, to]} clipped to the plot, or null when it is off screen. */
    private static double[] clip(RenderState s, double from, double to) {
        double x0 = s.view().x(from);
        double x1 = s.view().x(to);
        if (x1 < 0 || x0 > s.view().width()) {
            return null;
        }
        return new double[] {Math.max(0, x0), Math.min(s.view().width(), Math.max(x1, x0 + 1))};
    }
}
