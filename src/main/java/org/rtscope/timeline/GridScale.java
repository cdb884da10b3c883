package org.rtscope.timeline;

/**
 * Snaps a view onto the pixel grid of {@link BinnedFrame}s: the view's start moves to the nearest grid
 * column (at most half a pixel), so every binned run lands on whole pixels — crisp edges, no shimmer
 * while panning, and a run drawn at column x is exactly what hit testing finds at column x.
 */
public final class GridScale {
    private GridScale() {
    }

    /** Grid column of the view's first pixel. */
    public static long firstColumn(TimeScale view, long origin) {
        return Math.round((view.start() - origin) / view.nsPerPixel());
    }

    /** {@code view} moved by less than half a pixel so that its start lies on the grid. */
    public static TimeScale snap(TimeScale view, long origin) {
        double npp = view.nsPerPixel();
        return new TimeScale(origin + firstColumn(view, origin) * npp, view.span(), view.width());
    }
}
