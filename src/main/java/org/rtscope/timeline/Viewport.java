package org.rtscope.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The visible window onto a trace and every way the user moves it: zoom at an anchor pixel, pan by
 * pixels or by a fraction of the view, fit, show a range. All moves are clamped to the trace bounds
 * and to a minimum span, so no gesture can lose the data off-screen or zoom into nothing.
 *
 * <p>Mutable and not thread-safe: it belongs to the UI thread. Listeners run after every change that
 * actually moved the view.
 */
public final class Viewport {
    /** The deepest zoom: one microsecond across the plot. */
    public static final long MIN_SPAN_NS = 1_000;

    private final List<Runnable> listeners = new ArrayList<>();
    private long min;
    private long max = MIN_SPAN_NS;
    private double start;
    private double span = MIN_SPAN_NS;
    private int width = 1;

    /** Runs {@code listener} after each change of the visible range or width. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Sets the range the view may show (usually the trace's first and last event) and fits to it. */
    public void setBounds(long from, long to) {
        min = from;
        max = Math.max(to, from + MIN_SPAN_NS);
        start = min;
        span = max - min;
        changed();
    }

    public long minTime() {
        return min;
    }

    public long maxTime() {
        return max;
    }

    /** Sets the plot width in pixels, keeping the visible time range. */
    public void setWidth(double pixels) {
        int w = Math.max(1, (int) Math.floor(pixels));
        if (w != width) {
            width = w;
            changed();
        }
    }

    public int width() {
        return width;
    }

    public double start() {
        return start;
    }

    public double end() {
        return start + span;
    }

    public double span() {
        return span;
    }

    /** The current mapping between time and pixels. */
    public TimeScale scale() {
        return new TimeScale(start, span, width);
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping the time under pixel {@code anchorX} under it,
     * as long as the bounds allow.
     */
    public void zoom(double factor, double anchorX) {
        if (!(factor > 0)) {
            return;
        }
        double fraction = Math.max(0, Math.min(1, anchorX / width));
        double anchorTime = start + fraction * span;
        double newSpan = span / factor;
        set(anchorTime - fraction * clampSpan(newSpan), newSpan);
    }

    /** Zooms by {@code factor} around the middle of the plot. */
    public void zoomAtCentre(double factor) {
        zoom(factor, width / 2.0);
    }

    /** Moves the view later in time by {@code dx} pixels (earlier when negative). */
    public void panPixels(double dx) {
        set(start + dx * span / width, span);
    }

    /** Moves the view later in time by {@code fraction} of its span (earlier when negative). */
    public void panFraction(double fraction) {
        set(start + fraction * span, span);
    }

    /** Shows the whole bounds. */
    public void fit() {
        set(min, max - min);
    }

    /** Shows {@code [from, to]} (clamped; widened to the minimum span around its middle if narrower). */
    public void show(double from, double to) {
        double s = Math.max(to - from, MIN_SPAN_NS);
        double mid = (from + to) / 2;
        set(mid - s / 2, s);
    }

    private double clampSpan(double s) {
        return Math.max(MIN_SPAN_NS, Math.min(max - min, s));
    }

    private void set(double newStart, double newSpan) {
        double s = clampSpan(newSpan);
        double st = Math.max(min, Math.min(max - s, newStart));
        if (st != start || s != span) {
            start = st;
            span = s;
            changed();
        }
    }

    private void changed() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
