package org.rtscope.timeline;

/**
 * Finds what is under a canvas point by asking what was drawn there: the lane and row from the
 * {@link LaneLayout}, the run from the {@link BinnedFrame} the frame was drawn with, so a click always
 * selects exactly the slice, interrupt, state or marker whose pixels it landed on. A mixed run (a dense
 * stretch drawn as one rectangle) is resolved by binning just the clicked column, which gives what an
 * unmerged run would have shown there. Marker and log ticks are thin, so those lanes also accept a
 * click a few pixels beside a tick.
 */
public final class HitTester {
    /** How far beside a thin tick a click still hits it, px. */
    public static final int POINT_SLOP = 3;

    /**
     * What is under the pointer.
     *
     * @param laneIndex index into the layout
     * @param row       row within the lane
     * @param item      the run's item (slice, interval, state, marker or log point index), or -1 when
     *                  nothing is drawn there
     * @param key       the run's key (colour or kind), or -1
     * @param time      time under the pointer, ns
     */
    public record Hit(int laneIndex, Lane lane, int row, int item, int key, double time) {
    }

    private HitTester() {
    }

    /** What lies at canvas point ({@code x}, {@code y}); null outside the lanes and the plot. */
    public static Hit hit(TimelineData data, LaneLayout layout, BinnedFrame frame, TimeScale view, double x, double y) {
        int index = layout.laneAt(y);
        double px = layout.plotX(x);
        if (index < 0 || px < 0 || px >= view.width()) {
            return null;
        }
        Lane lane = layout.lane(index);
        int row = layout.rowAt(index, y);
        double time = view.time(Math.floor(px) + 0.5);
        LaneRuns[] rows = frame == null ? null : frame.lanes().get(lane);
        if (rows == null) {
            return new Hit(index, lane, row, -1, -1, time);
        }
        LaneRuns runs = rows[row];
        int column = (int) Math.floor((time - frame.scale().start()) / frame.npp());
        int run = runs.runAt(column);
        boolean points = lane.kind() == LaneKind.MARKERS || lane.kind() == LaneKind.LOG || lane.kind() == LaneKind.REPORTS;
        if (run < 0 && points) {
            int slop = (int) Math.ceil(POINT_SLOP * view.nsPerPixel() / frame.npp());
            for (int d = 1; d <= slop && run < 0; d++) {
                run = runs.runAt(column - d) >= 0 ? runs.runAt(column - d) : runs.runAt(column + d);
            }
        }
        if (run < 0) {
            return new Hit(index, lane, row, -1, -1, time);
        }
        if (runs.mixed(run)) {
            int c = Math.max(runs.x0(run), Math.min(runs.x1(run) - 1, column));
            TimeScale one = new TimeScale(frame.scale().start() + c * frame.npp(), frame.npp(), 1);
            LaneRuns exact = new LaneBinning().bin(data, lane, one)[row];
            return exact.count() == 0 ? new Hit(index, lane, row, -1, -1, time)
                    : new Hit(index, lane, row, exact.item(0), exact.key(0), time);
        }
        return new Hit(index, lane, row, runs.item(run), runs.key(run), time);
    }
}
