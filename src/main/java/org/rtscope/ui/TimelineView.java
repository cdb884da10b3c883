package org.rtscope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.rtscope.analysis.Finding;
import org.rtscope.timeline.BinCache;
import org.rtscope.timeline.BinnedFrame;
import org.rtscope.timeline.EventNavigator;
import org.rtscope.timeline.GridScale;
import org.rtscope.timeline.HitTester;
import org.rtscope.timeline.Lane;
import org.rtscope.timeline.LaneKind;
import org.rtscope.timeline.LaneLayout;
import org.rtscope.timeline.LaneOptions;
import org.rtscope.timeline.LanePlan;
import org.rtscope.timeline.NavTarget;
import org.rtscope.timeline.TaskTrack;
import org.rtscope.timeline.TaskTracks;
import org.rtscope.timeline.TimeMarkers;
import org.rtscope.timeline.TimeScale;
import org.rtscope.timeline.TimelineData;
import org.rtscope.timeline.Viewport;

/**
 * The swimlane timeline: CPU groups, task lanes, log and report lanes on one canvas, navigated with
 * the mouse (wheel zooms at the cursor, drag pans, shift-drag selects a range to zoom to, click
 * selects, Ctrl+click sets marker A and Ctrl+Shift+click marker B, a click on a CPU label collapses
 * its group) and the keys of DESIGN.md ({@link #onKey}).
 *
 * <p>Every change only requests a redraw; an {@link AnimationTimer} that runs for one pulse then
 * stops draws once, so a burst of wheel events costs one frame and an idle window costs nothing.
 * Binning goes through a {@link BinCache}, which bins large ranges on a background thread.
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
    private final Label tooltip = new Label();
    private final TimelineStyle style = new TimelineStyle();
    private final Viewport viewport;
    private final ObjectProperty<Selection> selection;
    private final ObjectProperty<TimelineData> data = new SimpleObjectProperty<>();
    private final ObjectProperty<LaneOptions> options = new SimpleObjectProperty<>(LaneOptions.DEFAULT);
    private final ObjectProperty<TimeMarkers> markers = new SimpleObjectProperty<>(TimeMarkers.NONE);
    private final ObjectProperty<Finding> finding = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Highlight>> highlights = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Lane> selectedLane = new SimpleObjectProperty<>();
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rtscope-timeline");
        t.setDaemon(true);
        return t;
    });
    private final BinCache cache = new BinCache(worker, Platform::runLater, this::requestRedraw);
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            draw();
        }
    };
    private final ObjectProperty<List<Lane>> lanes = new SimpleObjectProperty<>(List.of());
    private LaneLayout layout = LaneLayout.of(List.of(), 0, 0);
    private BinnedFrame lastFrame;
    private double cursorX = Double.NaN;
    private HitTester.Hit hover;
    private double pressX;
    private double lastDragX;
    private boolean dragging;
    private double[] range;
    private String emptyHint = TimelineRenderer.OPEN_HINT;
    private TimelineMenu menu;

    public TimelineView(Viewport viewport, ObjectProperty<Selection> selection) {
        this.viewport = viewport;
        this.selection = selection;
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        laneScroll.setOrientation(Orientation.VERTICAL);
        laneScroll.valueProperty().addListener(o -> requestLayout());
        tooltip.getStyleClass().add("timeline-tooltip");
        tooltip.setManaged(false);
        tooltip.setVisible(false);
        tooltip.setMouseTransparent(true);
        getChildren().addAll(canvas, laneScroll, tooltip, style);
        viewport.addListener(this::requestRedraw);
        selection.addListener(o -> requestRedraw());
        data.addListener((o, old, now) -> dataChanged(old, now));
        options.addListener(o -> optionsChanged());
        markers.addListener(o -> requestRedraw());
        finding.addListener(o -> requestRedraw());
        highlights.addListener(o -> requestRedraw());
        canvas.setOnScroll(this::onScroll);
        canvas.setOnMousePressed(this::onPressed);
        canvas.setOnMouseDragged(this::onDragged);
        canvas.setOnMouseReleased(this::onReleased);
        canvas.setOnMouseMoved(this::onMoved);
        canvas.setOnMouseExited(e -> {
            cursorX = Double.NaN;
            hover = null;
            tooltip.setVisible(false);
            requestRedraw();
        });
    }

    /** What the timeline shows, or null. */
    public TimelineData data() {
        return data.get();
    }

    /** Shows {@code value}; a new case resets scroll, bins, markers and the lanes chosen for tasks. */
    public void setData(TimelineData value) {
        data.set(value);
    }

    public ObjectProperty<LaneOptions> optionsProperty() {
        return options;
    }

    public ObjectProperty<TimeMarkers> markersProperty() {
        return markers;
    }

    /** The finding whose span is marked on the ruler. */
    public ObjectProperty<Finding> findingProperty() {
        return finding;
    }

    /** Evidence positions to mark. */
    public ObjectProperty<List<Highlight>> highlightsProperty() {
        return highlights;
    }

    /** The lane {@code .} and {@code ,} step along (the lane last clicked). */
    public ObjectProperty<Lane> selectedLaneProperty() {
        return selectedLane;
    }

    /** The lanes shown, top to bottom (changes with the data, filters, collapsed groups and chosen tasks). */
    public ObjectProperty<List<Lane>> lanesProperty() {
        return lanes;
    }

    /** The current lane geometry (canvas coordinates). */
    public LaneLayout laneLayout() {
        return layout;
    }

    /** The visible scale as drawn (snapped to the bin grid). */
    public TimeScale drawnScale() {
        TimelineData d = data.get();
        return d == null ? viewport.scale() : GridScale.snap(viewport.scale(), d.start());
    }

    /** The binned frame last drawn (for hit tests in tests), or null. */
    public BinnedFrame lastFrame() {
        return lastFrame;
    }

    /** True when the frame on screen was binned for the current view and nothing is being binned. */
    public boolean isSettled() {
        return cache.isSettled() && lastFrame != null && lastFrame.npp() == viewport.scale().nsPerPixel();
    }

    /** Labels of the lanes top to bottom, e.g. "CPU 0", "CPU 0 irq", "task rt_hog-26988". */
    public List<String> laneLabels() {
        List<String> labels = new ArrayList<>();
        TimelineData d = data.get();
        for (Lane lane : layout.lanes()) {
            labels.add(switch (lane.kind()) {
                case CPU -> "CPU " + lane.cpu();
                case IRQ -> "CPU " + lane.cpu() + " irq";
                case MARKERS -> "CPU " + lane.cpu() + " markers";
                case TASK -> "task " + d.trace().tasks().label(lane.id());
                case LOG -> "log " + d.logs().get(lane.id()).sourceName();
                case REPORTS -> "reports";
            });
        }
        return labels;
    }

    /** What lies under canvas point (x, y) as drawn, or null. */
    public HitTester.Hit hitAt(double x, double y) {
        return data.get() == null ? null : HitTester.hit(data.get(), layout, lastFrame, drawnScale(), x, y);
    }

    /**
     * Applies a timeline key: W/S zoom in/out at the mouse (or the centre), A/D and ←/→ pan, ↑/↓ and +/-
     * zoom at the centre, F fits, Z zooms to the selection, M sets marker A (Shift+M marker B) at the
     * mouse or the selection, Esc clears markers and range, {@code .}/{@code ,} step along the selected
     * lane. Returns false for keys it does not handle.
     */
    public boolean onKey(KeyEvent e) {
        if (data.get() == null) {
            return false;
        }
        double anchor = Double.isNaN(cursorX) ? viewport.width() / 2.0 : cursorX;
        KeyCode key = e.getCode();
        switch (key) {
            case W -> viewport.zoom(ZOOM_STEP, anchor);
            case S -> viewport.zoom(1 / ZOOM_STEP, anchor);
            case A -> viewport.panFraction(-KEY_PAN);
            case D -> viewport.panFraction(KEY_PAN);
            case LEFT, KP_LEFT -> viewport.panFraction(-KEY_PAN / 2);
            case RIGHT, KP_RIGHT -> viewport.panFraction(KEY_PAN / 2);
            case UP, KP_UP, PLUS, EQUALS, ADD -> viewport.zoomAtCentre(ZOOM_STEP);
            case DOWN, KP_DOWN, MINUS, SUBTRACT -> viewport.zoomAtCentre(1 / ZOOM_STEP);
            case F -> viewport.fit();
            case Z -> zoomToSelection();
            case M -> setMarker(!e.isShiftDown(), markerTime());
            case ESCAPE -> {
                markers.set(TimeMarkers.NONE);
                range = null;
                requestRedraw();
            }
            case PERIOD -> step(true);
            case COMMA -> step(false);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Shows the selection's span (with a margin), or the A–B range when nothing with a time is selected. */
    public void zoomToSelection() {
        long[] r = selection.get() == null ? null : SelectionRange.of(data.get(), selection.get());
        if (r != null) {
            showAround(r[0], r[1]);
        } else if (markers.get().hasA() && markers.get().hasB()) {
            viewport.show(Math.min(markers.get().a(), markers.get().b()), Math.max(markers.get().a(), markers.get().b()));
        }
    }

    /** Shows {@code [from, to]} with a margin of a fifth of its length each side (at least 20 µs around an instant). */
    public void showAround(double from, double to) {
        double margin = Math.max((to - from) / 5, 20_000);
        viewport.show(from - margin, to + margin);
    }

    /** Pans (zoom unchanged) so that {@code [from, to]} is visible, if it is not already. */
    public void bringIntoView(double from, double to) {
        if (from >= viewport.start() && to <= viewport.end()) {
            return;
        }
        if (to - from > viewport.span()) {
            showAround(from, to);
            return;
        }
        double mid = (from + to) / 2;
        viewport.panFraction((mid - (viewport.start() + viewport.span() / 2)) / viewport.span());
    }

    /**
     * Shows {@code t}: centred at the current zoom when the view is at most 20 windows of {@code window}
     * ns wide, else zoomed to one such window around it.
     */
    public void jumpTo(long t, long window) {
        if (viewport.span() > 20.0 * window || t < viewport.start() || t > viewport.end()) {
            showAround(t - window / 2.0, t + window / 2.0);
        } else {
            bringIntoView(t, t);
        }
    }

    /** Sets marker A ({@code a}) or B at {@code t} (ignored for NaN). */
    public void setMarker(boolean a, double t) {
        if (!Double.isNaN(t)) {
            markers.set(a ? markers.get().withA(t) : markers.get().withB(t));
        }
    }

    /** Where M puts a marker: the mouse, else the selection's start, else the view's middle. */
    private double markerTime() {
        if (!Double.isNaN(cursorX)) {
            return drawnScale().time(cursorX);
        }
        long[] r = selection.get() == null ? null : SelectionRange.of(data.get(), selection.get());
        return r != null ? r[0] : viewport.start() + viewport.span() / 2;
    }

    /** {@code .}/{@code ,}: the next/previous item on the selected lane, selected and brought into view. */
    private void step(boolean forward) {
        TimelineData d = data.get();
        Lane lane = selectedLane.get();
        if (lane == null || layout.indexOf(lane) < 0) {
            lane = layout.laneCount() > 0 ? layout.lane(0) : null;
        }
        if (lane == null) {
            return;
        }
        long[] r = selection.get() == null ? null : SelectionRange.of(d, selection.get());
        long from = r != null ? r[0] : (long) (forward ? viewport.start() - 1 : viewport.end() + 1);
        NavTarget target = EventNavigator.step(d, lane, from, SelectionRange.event(selection.get()), forward);
        if (target == null) {
            return;
        }
        selectedLane.set(lane);
        selection.set(Selections.of(d, lane, target));
        bringIntoView(target.time(), target.time());
    }


    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        LaneLayout fitted = LaneLayout.of(lanes.get(), h, 0);
        double maxScroll = fitted.maxScroll(h);
        boolean scrolling = maxScroll > 0;
        laneScroll.setVisible(scrolling);
        double barWidth = scrolling ? laneScroll.prefWidth(-1) : 0;
        if (scrolling) {
            laneScroll.setMax(maxScroll);
            laneScroll.setVisibleAmount(maxScroll * h / (h + maxScroll));
            laneScroll.resizeRelocate(w - barWidth, fitted.rulerHeight(), barWidth, h - fitted.rulerHeight());
        }
        layout = LaneLayout.of(lanes.get(), h, scrolling ? laneScroll.getValue() : 0);
        canvas.setWidth(Math.max(1, w - barWidth));
        canvas.setHeight(Math.max(1, h));
        viewport.setWidth(layout.plotWidth(canvas.getWidth()));
        tooltip.autosize();
        requestRedraw();
    }

    /** Height at which every lane shows without scrolling. */
    public double preferredLanesHeight() {
        return LaneLayout.of(lanes.get(), 0, 0).preferredHeight();
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
        return LaneLayout.RULER_HEIGHT + 40;
    }

    /** Asks for one redraw on the next pulse. */
    public void requestRedraw() {
        pulse.start();
    }

    /** The palette as styled now. */
    public CanvasPalette palette() {
        return style.palette();
    }

    /**
     * Says on the empty timeline that {@code title} is loading, so a large file's first seconds do not read
     * as "nothing open"; null puts back the invitation to open a trace.
     */
    public void showLoading(String title) {
        emptyHint = title == null ? TimelineRenderer.OPEN_HINT : "Loading " + title + "…";
        requestRedraw();
    }

    /** What the timeline says while it has no data. */
    public String emptyHint() {
        return emptyHint;
    }

    private void draw() {
        TimelineData d = data.get();
        TimeScale view = drawnScale();
        lastFrame = d == null ? null : cache.frameFor(d, layout.lanes(), view);
        double hx = Double.isNaN(cursorX) ? Double.NaN : layout.canvasX(Math.floor(cursorX));
        RenderState state = new RenderState(canvas.getWidth(), canvas.getHeight(), d, layout, view, lastFrame,
                selection.get(), markers.get(), finding.get(), highlights.get(), range, hover, hx,
                options.get().collapsedCpus(), style.palette(), emptyHint);
        renderer.draw(canvas.getGraphicsContext2D(), state);
    }

    private void dataChanged(TimelineData old, TimelineData now) {
        if (old == null || now == null || old.caseToken() != now.caseToken()) {
            cache.clear();
            laneScroll.setValue(0);
            hover = null;
            range = null;
            markers.set(TimeMarkers.NONE);
            options.set(new LaneOptions(options.get().hiddenCpus(), options.get().hideIdleCpus(),
                    options.get().onlyRt(), options.get().collapsedCpus(), List.of()));
        }
        relane();
    }

    private void optionsChanged() {
        TimelineData d = data.get();
        if (d != null) {
            int[] missing = d.missingTracks(options.get().chosenTasks().stream().mapToInt(Integer::intValue).toArray());
            if (missing.length > 0) {
                Object token = d.caseToken();
                worker.execute(() -> {
                    Map<Integer, TaskTrack> tracks = TaskTracks.derive(d.trace(), missing);
                    Platform.runLater(() -> {
                        if (data.get() != null && data.get().caseToken() == token) {
                            data.set(data.get().withTracks(tracks));
                        }
                    });
                });
            }
        }
        relane();
    }

    private void relane() {
        TimelineData d = data.get();
        lanes.set(d == null ? List.of() : LanePlan.lanes(d, options.get()));
        requestLayout();
        requestRedraw();
    }

    private void onScroll(ScrollEvent e) {
        if (data.get() == null) {
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

    private void onMoved(MouseEvent e) {
        double px = layout.plotX(e.getX());
        cursorX = px >= 0 && px < viewport.width() ? px : Double.NaN;
        hover = Double.isNaN(cursorX) ? null : hitAt(e.getX(), e.getY());
        if (hover == null) {
            tooltip.setVisible(false);
        } else {
            tooltip.setText(HoverText.of(data.get(), hover));
            tooltip.autosize();
            double x = e.getX() + 16;
            double y = e.getY() + 18;
            if (x + tooltip.getWidth() > getWidth() - 4) {
                x = Math.max(4, e.getX() - 12 - tooltip.getWidth());
            }
            if (y + tooltip.getHeight() > getHeight() - 4) {
                y = Math.max(4, e.getY() - 12 - tooltip.getHeight());
            }
            tooltip.relocate(x, y);
            tooltip.setVisible(true);
        }
        requestRedraw();
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        if (menu != null) {
            menu.hide();
        }
        pressX = e.getX();
        lastDragX = e.getX();
        dragging = false;
        range = null;
    }

    private void onDragged(MouseEvent e) {
        if (data.get() == null || !dragging && Math.abs(e.getX() - pressX) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        tooltip.setVisible(false);
        TimeScale view = drawnScale();
        if (e.isShiftDown()) {
            range = new double[] {view.time(clampPlot(pressX)), view.time(clampPlot(e.getX()))};
            requestRedraw();
        } else {
            canvas.setCursor(Cursor.CLOSED_HAND);
            viewport.panPixels(lastDragX - e.getX());
            lastDragX = e.getX();
        }
    }

    private double clampPlot(double canvasX) {
        return Math.max(0, Math.min(viewport.width(), layout.plotX(canvasX)));
    }

    private void onReleased(MouseEvent e) {
        canvas.setCursor(Cursor.DEFAULT);
        TimelineData d = data.get();
        if (d == null) {
            return;
        }
        if (range != null) {
            double from = Math.min(range[0], range[1]);
            double to = Math.max(range[0], range[1]);
            range = null;
            if ((to - from) / viewport.scale().nsPerPixel() >= DRAG_THRESHOLD) {
                viewport.show(from, to);
            }
            requestRedraw();
            return;
        }
        if (dragging) {
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY) {
            HitTester.Hit hit = hitAt(e.getX(), e.getY());
            menu = new TimelineMenu(d, hit, layout, options, markers, t -> setMarker(true, t), t -> setMarker(false, t),
                    drawnScale().time(clampPlot(e.getX())));
            menu.show(canvas, e.getScreenX(), e.getScreenY());
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int index = layout.laneAt(e.getY());
        if (e.getX() < layout.gutterWidth()) {
            if (index >= 0) {
                Lane lane = layout.lane(index);
                selectedLane.set(lane);
                if (lane.kind() == LaneKind.CPU) {
                    options.set(options.get().withCollapsed(lane.cpu(), !options.get().collapsedCpus().contains(lane.cpu())));
                }
            }
            return;
        }
        if (e.isShortcutDown()) {
            setMarker(!e.isShiftDown(), drawnScale().time(layout.plotX(e.getX())));
            return;
        }
        HitTester.Hit hit = hitAt(e.getX(), e.getY());
        if (hit != null) {
            selectedLane.set(hit.lane());
        }
        selection.set(hit == null ? null : Selections.of(d, hit));
        if (e.getClickCount() == 2) {
            zoomToSelection();
        }
    }

}
