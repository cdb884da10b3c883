package org.rtscope.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.rtscope.model.Trace;
import org.rtscope.timeline.HitTester;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.Viewport;

/**
 * The swimlane timeline: one lane per CPU on a resizable canvas, navigated with the mouse (wheel zooms
 * at the cursor, drag pans, click selects) and the keyboard conventions of DESIGN.md
 * ({@link #navigate(KeyCode)}).
 *
 * <p>Every change (view moved, resized, selection) only requests a redraw; an {@link AnimationTimer}
 * that runs for one pulse then stops draws once, so a burst of wheel events costs one frame and an
 * idle window costs nothing.
 */
public final class TimelineView extends Region {
    /** Zoom step of one key press or toolbar click. */
    public static final double ZOOM_STEP = 1.5;
    private static final double WHEEL_NOTCH = 40;
    private static final double WHEEL_ZOOM = 1.25;
    private static final double KEY_PAN = 0.2;
    private static final double DRAG_THRESHOLD = 3;

    private final Canvas canvas = new Canvas();
    private final ScrollBar laneScroll = new ScrollBar();
    private final Viewport viewport;
    private final ObjectProperty<Selection> selection;
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            draw();
        }
    };
    private Trace trace;
    private LaneLayout layout = LaneLayout.fit(0, 0, 0);
    private double cursorX = Double.NaN;
    private double pressX;
    private double lastDragX;
    private boolean dragging;

    public TimelineView(Viewport viewport, ObjectProperty<Selection> selection) {
        this.viewport = viewport;
        this.selection = selection;
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        laneScroll.setOrientation(Orientation.VERTICAL);
        laneScroll.valueProperty().addListener(o -> requestLayout());
        getChildren().addAll(canvas, laneScroll);
        viewport.addListener(this::requestRedraw);
        selection.addListener(o -> requestRedraw());
        canvas.setOnScroll(this::onScroll);
        canvas.setOnMousePressed(this::onPressed);
        canvas.setOnMouseDragged(this::onDragged);
        canvas.setOnMouseReleased(this::onReleased);
        canvas.setOnMouseMoved(e -> cursorX = plotX(e.getX()));
        canvas.setOnMouseExited(e -> cursorX = Double.NaN);
    }

    /** The label of lane {@code lane}. */
    static String laneLabel(int lane) {
        return "CPU " + lane;
    }

    /** Shows {@code value} (null for nothing); the caller sets the viewport bounds. */
    public void setTrace(Trace value) {
        trace = value;
        laneScroll.setValue(0);
        requestLayout();
        requestRedraw();
    }

    /** The lane labels, top to bottom. */
    public List<String> laneLabels() {
        List<String> labels = new ArrayList<>();
        for (int lane = 0; lane < layout.lanes(); lane++) {
            labels.add(laneLabel(lane));
        }
        return labels;
    }

    /** The current lane geometry (canvas coordinates). */
    public LaneLayout laneLayout() {
        return layout;
    }

    /**
     * Applies a navigation key: W/S zoom in/out at the mouse (or the centre), A/D and ←/→ pan, F fits,
     * +/- zoom at the centre. Returns false for keys it does not handle.
     */
    public boolean navigate(KeyCode key) {
        double anchor = Double.isNaN(cursorX) ? viewport.width() / 2.0 : cursorX;
        switch (key) {
            case W -> viewport.zoom(ZOOM_STEP, anchor);
            case S -> viewport.zoom(1 / ZOOM_STEP, anchor);
            case A -> viewport.panFraction(-KEY_PAN);
            case D -> viewport.panFraction(KEY_PAN);
            case LEFT, KP_LEFT -> viewport.panFraction(-KEY_PAN / 2);
            case RIGHT, KP_RIGHT -> viewport.panFraction(KEY_PAN / 2);
            case F -> viewport.fit();
            case PLUS, EQUALS, ADD -> viewport.zoomAtCentre(ZOOM_STEP);
            case MINUS, SUBTRACT -> viewport.zoomAtCentre(1 / ZOOM_STEP);
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        int lanes = trace == null ? 0 : trace.cpuCount();
        LaneLayout fitted = LaneLayout.fit(h, lanes, 0);
        double maxScroll = fitted.maxScroll(h);
        boolean scrolling = maxScroll > 0;
        laneScroll.setVisible(scrolling);
        double barWidth = scrolling ? laneScroll.prefWidth(-1) : 0;
        if (scrolling) {
            laneScroll.setMax(maxScroll);
            laneScroll.setVisibleAmount(maxScroll * h / (h + maxScroll));
            laneScroll.resizeRelocate(w - barWidth, fitted.rulerHeight(), barWidth, h - fitted.rulerHeight());
        }
        layout = LaneLayout.fit(h, lanes, scrolling ? laneScroll.getValue() : 0);
        canvas.setWidth(Math.max(1, w - barWidth));
        canvas.setHeight(Math.max(1, h));
        viewport.setWidth(layout.plotWidth(canvas.getWidth()));
        requestRedraw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 240;
    }

    @Override
    protected double computeMinHeight(double width) {
        return LaneLayout.RULER_HEIGHT + LaneLayout.MIN_LANE_HEIGHT + 2 * LaneLayout.LANE_GAP;
    }

    private void requestRedraw() {
        pulse.start();
    }

    private void draw() {
        renderer.draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), trace, layout,
                viewport.scale(), selection.get());
    }

    private double plotX(double canvasX) {
        double x = layout.plotX(canvasX);
        return x >= 0 && x < viewport.width() ? x : Double.NaN;
    }

    private void onScroll(ScrollEvent e) {
        if (trace == null) {
            return;
        }
        if (e.getX() < layout.gutterWidth()) {
            laneScroll.setValue(Math.max(0, Math.min(laneScroll.getMax(), laneScroll.getValue() - e.getDeltaY())));
        } else {
            if (e.getDeltaY() != 0) {
                viewport.zoom(Math.pow(WHEEL_ZOOM, e.getDeltaY() / WHEEL_NOTCH), layout.plotX(e.getX()));
            }
            if (e.getDeltaX() != 0) {
                viewport.panPixels(-e.getDeltaX());
            }
        }
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        pressX = e.getX();
        lastDragX = e.getX();
        dragging = false;
    }

    private void onDragged(MouseEvent e) {
        if (!dragging && Math.abs(e.getX() - pressX) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        canvas.setCursor(Cursor.CLOSED_HAND);
        viewport.panPixels(lastDragX - e.getX());
        lastDragX = e.getX();
    }

    private void onReleased(MouseEvent e) {
        canvas.setCursor(Cursor.DEFAULT);
        if (dragging || e.getButton() != MouseButton.PRIMARY || trace == null) {
            return;
        }
        HitTester.Hit hit = HitTester.hit(trace, layout, viewport.scale(), e.getX(), e.getY());
        selection.set(hit == null ? null : new Selection.Slice(hit.lane(), hit.slice()));
    }
}
