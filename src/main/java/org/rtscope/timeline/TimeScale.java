package org.rtscope.timeline;

/**
 * An immutable mapping between trace time (nanoseconds) and pixel columns {@code [0, width)} of a plot.
 *
 * <p>The visible start and span are doubles rather than longs: trace timestamps (~10¹² ns) are still
 * exact in a double to well below a nanosecond, and keeping fractions lets repeated zooming at a
 * cursor keep the time under it exactly where it was instead of drifting by rounding.
 *
 * @param start time at pixel 0, ns
 * @param span  time covered by {@code width} pixels, ns (positive)
 * @param width plot width in pixels (at least 1)
 */
public record TimeScale(double start, double span, int width) {

    public TimeScale {
        if (!(span > 0) || width < 1) {
            throw new IllegalArgumentException("span and width must be positive: " + span + ", " + width);
        }
    }

    /** Time at the right edge of the plot. */
    public double end() {
        return start + span;
    }

    public double nsPerPixel() {
        return span / width;
    }

    /** Pixel position of time {@code t} (may lie outside the plot). */
    public double x(double t) {
        return (t - start) * width / span;
    }

    /** Time at pixel position {@code x}. */
    public double time(double x) {
        return start + x * span / width;
    }
}
