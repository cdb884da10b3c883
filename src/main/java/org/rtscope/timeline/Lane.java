package org.rtscope.timeline;

/**
 * One horizontal lane of the timeline, identified by what it shows; equal lanes are the same lane,
 * which is how binned pixels are found again after lanes were filtered, collapsed or reordered.
 *
 * @param kind what the lane shows
 * @param cpu  the CPU of CPU, IRQ and MARKERS lanes, else -1
 * @param id   the tid of a TASK lane, the log track index of a LOG lane, else -1
 */
public record Lane(LaneKind kind, int cpu, int id) {

    public static Lane cpu(int cpu) {
        return new Lane(LaneKind.CPU, cpu, -1);
    }

    public static Lane irq(int cpu) {
        return new Lane(LaneKind.IRQ, cpu, -1);
    }

    public static Lane markers(int cpu) {
        return new Lane(LaneKind.MARKERS, cpu, -1);
    }

    public static Lane task(int tid) {
        return new Lane(LaneKind.TASK, -1, tid);
    }

    public static Lane log(int track) {
        return new Lane(LaneKind.LOG, -1, track);
    }

    public static Lane reports() {
        return new Lane(LaneKind.REPORTS, -1, -1);
    }

    /** Rows drawn inside the lane (the IRQ lane has one per {@link IrqRow}). */
    public int rows() {
        return kind == LaneKind.IRQ ? IrqRow.values().length : 1;
    }

    /** True for the lane that starts a new group (a gap above it, a header in the gutter). */
    public boolean startsGroup() {
        return kind == LaneKind.CPU || kind == LaneKind.LOG || kind == LaneKind.REPORTS;
    }
}
