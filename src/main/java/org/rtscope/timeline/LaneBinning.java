package org.rtscope.timeline;

/**
 * Bins one lane of a {@link TimelineData} for a time scale, with the binner that suits the lane: run
 * slices for CPU lanes, one interval row per {@link IrqRow} for IRQ lanes, state intervals for task
 * lanes (running and runnable outweigh sleeping, so short runs stay visible), points for markers and
 * logs. Not thread-safe; use one per thread.
 */
public final class LaneBinning {
    private static final double[] TASK_WEIGHTS = new double[TaskTrack.STATES];

    static {
        TASK_WEIGHTS[TaskTrack.RUNNING] = 4;
        TASK_WEIGHTS[TaskTrack.RUNNABLE] = 2;
        TASK_WEIGHTS[TaskTrack.BLOCKED] = 1;
        TASK_WEIGHTS[TaskTrack.SLEEPING] = 0.01;
    }

    private final SliceBinner slices = new SliceBinner();
    /** Scheduler hrtimers (the one that ends a throttling window) win a column over tick handlers. */
    private final IntervalBinner intervals = new IntervalBinner(1, 1, 1, 1, 10);
    private final IntervalBinner states = new IntervalBinner(TASK_WEIGHTS);

    /** The runs of {@code lane}, one {@link LaneRuns} per row of the lane. */
    public LaneRuns[] bin(TimelineData data, Lane lane, TimeScale scale) {
        LaneRuns[] rows = new LaneRuns[lane.rows()];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new LaneRuns();
        }
        switch (lane.kind()) {
            case CPU:
                slices.bin(data.trace().slices(lane.cpu()), scale, rows[0]);
                break;
            case IRQ:
                for (IrqRow row : IrqRow.values()) {
                    intervals.bin(data.irq(lane.cpu(), row), scale, rows[row.ordinal()]);
                }
                break;
            case MARKERS:
                PointBinner.bin(data.markers(lane.cpu()), scale, rows[0]);
                break;
            case REPORTS:
                PointBinner.bin(data.markers(-1), scale, rows[0]);
                break;
            case TASK:
                TaskTrack track = data.task(lane.id());
                if (track != null) {
                    states.bin(track, scale, rows[0]);
                }
                break;
            case LOG:
                PointBinner.bin(data.logs().get(lane.id()), scale, rows[0]);
                break;
            default:
                break;
        }
        return rows;
    }

    /** A cost estimate for binning all lanes over {@code [from, to]}: the trace events and log records there. */
    public static long work(TimelineData data, double from, double to) {
        long lo = (long) Math.floor(from);
        long hi = (long) Math.ceil(to);
        long n = data.trace().firstAtOrAfter(hi + 1) - (long) data.trace().firstAtOrAfter(lo);
        for (LogTrack log : data.logs()) {
            n += log.firstAtOrAfter(hi + 1) - log.firstAtOrAfter(lo);
        }
        return n;
    }
}
