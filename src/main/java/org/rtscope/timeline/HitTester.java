package org.rtscope.timeline;

import org.rtscope.model.CpuSlices;
import org.rtscope.model.Trace;

/**
 * Finds what is under a canvas point: the lane from the {@link LaneLayout}, and the slice the
 * {@link SliceBinner} drew in that pixel column (the dominant non-idle slice), so clicking a coloured
 * rectangle selects exactly the task it shows. Where the column is idle the idle slice under the
 * point is returned, so an idle gap (e.g. an RT throttling window) can be selected and measured too.
 */
public final class HitTester {

    /** A slice under the pointer: lane (= CPU) and slice index in that CPU's {@link CpuSlices}. */
    public record Hit(int lane, int slice) {
    }

    private HitTester() {
    }

    /** The slice at canvas point ({@code x}, {@code y}), or null outside lanes, plot and trace. */
    public static Hit hit(Trace trace, LaneLayout layout, TimeScale scale, double x, double y) {
        int lane = layout.laneAt(y);
        double px = layout.plotX(x);
        if (lane < 0 || lane >= trace.cpuCount() || px < 0 || px >= scale.width()) {
            return null;
        }
        CpuSlices slices = trace.slices(lane);
        double column = Math.floor(px);
        int k = SliceBinner.dominant(slices, scale.time(column), scale.time(column + 1));
        if (k < 0) {
            k = slices.indexAt((long) Math.floor(scale.time(px)));
        }
        return k < 0 ? null : new Hit(lane, k);
    }
}
