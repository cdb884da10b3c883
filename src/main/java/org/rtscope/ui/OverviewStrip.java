package org.rtscope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.rtscope.analysis.Finding;
import org.rtscope.analysis.ThrottleWindow;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.LaneBinning;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.LaneRuns;
import org.rtscope.timeline.MarkerKind;
import org.rtscope.timeline.MarkerTrack;
import org.rtscope.timeline.TimeScale;
import org.rtscope.timeline.TimelineData;
import org.rtscope.timeline.Viewport;

/**
 * The whole case in one strip above the timeline: every CPU as a thin row of its binned slices, RT
 * throttling windows, kills and findings, and the visible range as a box. Dragging the box pans the
 * timeline; pressing outside it centres the view there first. Binned once per case and width, in the
 * background.
 */
public final class OverviewStrip extends Region {
    private static final double HEIGHT = 40;

    private final Canvas canvas = new Canvas();
    private final Viewport viewport;
    private final Supplier<CanvasPalette> palette;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rtscope-overview");
        t.setDaemon(true);
        return t;
    });
    private final Font font = Font.font("System", 10);
    private TimelineData data;
    private List<LaneRuns> rows = List.of();
    private Object binnedFor;
    private int binnedWidth;
    private double dragOffset = Double.NaN;

    public OverviewStrip(Viewport viewport, Supplier<CanvasPalette> palette) {
        this.viewport = viewport;
        this.palette = palette;
        getStyleClass().add("overview");
        getChildren().add(canvas);
        viewport.addListener(this::draw);
        canvas.setOnMousePressed(this::onPressed);
        canvas.setOnMouseDragged(this::onDragged);
        canvas.setOnMouseReleased(e -> {
            dragOffset = Double.NaN;
            canvas.setCursor(Cursor.DEFAULT);
        });
    }

    public void setData(TimelineData value) {
        boolean sameCase = data != null && value != null && data.caseToken() == value.caseToken();
        data = value;
        if (!sameCase) {
            rows = List.of();
            binnedFor = null;
        }
        rebin();
        draw();
    }

    /** The plot's scale: the whole case over the strip's plot width. */
    public TimeScale scale() {
        double w = Math.max(1, Math.floor(canvas.getWidth() - LaneLayout.GUTTER_WIDTH));
        if (data == null) {
            return new TimeScale(0, 1, (int) w);
        }
        return new TimeScale(data.start(), Math.max(1, data.end() - data.start()), (int) w);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(HEIGHT);
        rebin();
        draw();
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT;
    }

    @Override
    protected double computeMinHeight(double width) {
        return HEIGHT;
    }

    private void rebin() {
        TimelineData d = data;
        if (d == null) {
            return;
        }
        TimeScale scale = scale();
        if (binnedFor == d.caseToken() && binnedWidth == scale.width()) {
            return;
        }
        binnedFor = d.caseToken();
        binnedWidth = scale.width();
        worker.execute(() -> {
            LaneBinning binning = new LaneBinning();
            List<LaneRuns> binned = new ArrayList<>();
            for (int cpu = 0; cpu < d.cpuCount(); cpu++) {
                binned.add(binning.bin(d, Lane.cpu(cpu), scale)[0]);
            }
            Platform.runLater(() -> {
                if (data != null && data.caseToken() == d.caseToken() && scale().width() == scale.width()) {
                    rows = binned;
                    draw();
                }
            });
        });
    }

    /** Redraws the strip (also after a theme change). */
    public void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        CanvasPalette p = palette.get();
        double w = canvas.getWidth();
        double left = LaneLayout.GUTTER_WIDTH;
        g.setFill(p.get(CanvasColor.CHROME));
        g.fillRect(0, 0, w, HEIGHT);
        g.setFill(p.get(CanvasColor.BORDER));
        g.fillRect(0, HEIGHT - 1, w, 1);
        g.setFill(p.get(CanvasColor.SUBTEXT));
        g.setFont(font);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("whole case", left - 8, HEIGHT / 2);
        if (data == null) {
            return;
        }
        TimeScale scale = scale();
        g.setFill(p.get(CanvasColor.BACKGROUND));
        g.fillRect(left, 2, scale.width(), HEIGHT - 5);
        int cpus = Math.max(1, data.cpuCount());
        double rowH = Math.min(12, (HEIGHT - 12) / cpus);
        double top = 8;
        for (int cpu = 0; cpu < rows.size(); cpu++) {
            LaneRuns runs = rows.get(cpu);
            for (int r = 0; r < runs.count(); r++) {
                g.setFill(RgbColors.of(runs.key(r)));
                g.fillRect(left + runs.x0(r), top + cpu * rowH, runs.x1(r) - runs.x0(r), Math.max(1, rowH - 1));
            }
        }
        g.setFill(p.get(CanvasColor.THROTTLE));
        for (ThrottleWindow tw : data.throttleWindows()) {
            double x0 = scale.x(tw.start());
            double x1 = Math.max(x0 + 2, scale.x(tw.end()));
            double y = tw.cpu() < 0 ? top : top + tw.cpu() * rowH;
            double h = tw.cpu() < 0 ? cpus * rowH : Math.max(1, rowH - 1);
            g.fillRect(left + x0, y, x1 - x0, h);
        }
        g.setFill(p.get(CanvasColor.HIGHLIGHT));
        for (Finding f : data.findings()) {
            if (!FindingsList.hasTime(f)) {
                continue;
            }
            double x0 = scale.x(f.start());
            g.fillRect(left + x0, 2, Math.max(2, scale.x(f.end()) - x0), 4);
        }
        g.setFill(p.get(CanvasColor.KILL));
        for (int cpu = 0; cpu < data.cpuCount(); cpu++) {
            MarkerTrack markers = data.markers(cpu);
            for (int k = 0; k < markers.size(); k++) {
                if (markers.kind(k) == MarkerKind.KILL || markers.kind(k) == MarkerKind.STALL) {
                    g.fillRect(left + Math.floor(scale.x(markers.time(k))) - 1, 2, 3, HEIGHT - 5);
                }
            }
        }
        double vx0 = left + scale.x(viewport.start());
        double vx1 = left + scale.x(viewport.end());
        Color dim = p.get(CanvasColor.BACKGROUND).deriveColor(0, 1, 1, 0.55);
        g.setFill(dim);
        g.fillRect(left, 2, Math.max(0, vx0 - left), HEIGHT - 5);
        g.fillRect(vx1, 2, Math.max(0, left + scale.width() - vx1), HEIGHT - 5);
        double boxW = Math.max(3, vx1 - vx0);
        double boxX = vx1 - vx0 < 3 ? (vx0 + vx1) / 2 - 1.5 : vx0;
        g.setFill(p.get(CanvasColor.TEXT));
        Strokes.box(g, boxX, 1, boxW, HEIGHT - 3, 2);
    }

    private void onPressed(MouseEvent e) {
        if (data == null) {
            return;
        }
        TimeScale scale = scale();
        double t = scale.time(e.getX() - LaneLayout.GUTTER_WIDTH);
        if (t < viewport.start() || t > viewport.end()) {
            double half = viewport.span() / 2;
            viewport.show(t - half, t + half);
        }
        dragOffset = t - viewport.start();
        canvas.setCursor(Cursor.CLOSED_HAND);
    }

    private void onDragged(MouseEvent e) {
        if (data == null || Double.isNaN(dragOffset)) {
            return;
        }
        double t = scale().time(e.getX() - LaneLayout.GUTTER_WIDTH);
        double start = t - dragOffset;
        viewport.panFraction((start - viewport.start()) / viewport.span());
    }
}
