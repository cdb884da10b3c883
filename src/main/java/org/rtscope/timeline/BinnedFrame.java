package org.rtscope.timeline;

import java.util.Map;

/**
 * Binned lanes for a range of pixel columns on a fixed grid: column {@code g} covers
 * {@code [origin + g·npp, origin + (g+1)·npp)}. Frames are computed for more columns than the view
 * shows (a screen's width on either side), so panning at the same zoom only moves an offset and needs
 * no binning until the view nears an edge.
 *
 * @param caseToken the {@link TimelineData#caseToken()} the runs were binned from
 * @param origin    time of grid column 0, ns
 * @param npp       ns per pixel
 * @param first     first grid column covered
 * @param columns   number of columns covered
 * @param lanes     runs per lane (run x positions are relative to {@code first})
 */
public record BinnedFrame(Object caseToken, long origin, double npp, long first, int columns,
                          Map<Lane, LaneRuns[]> lanes) {

    /** The time scale of the covered columns. */
    public TimeScale scale() {
        return new TimeScale(origin + first * npp, columns * npp, columns);
    }

    /** True when this frame was binned at the same zoom and covers grid columns {@code [from, from + width)}. */
    public boolean covers(double nsPerPixel, long from, int width) {
        return npp == nsPerPixel && from >= first && from + width <= first + columns;
    }
}
