package org.rtscope.timeline;

/** The kinds of lane the timeline stacks, each drawn and hit-tested its own way. */
public enum LaneKind {
    /** Who ran on a CPU: task slices. Heads its CPU's group. */
    CPU,
    /** A CPU's interrupt context: one row per {@link IrqRow}. */
    IRQ,
    /** A CPU's kills, signals, exits and reports. */
    MARKERS,
    /** One task's states over time. */
    TASK,
    /** One log source's records as ticks. */
    LOG,
    /** Reports that belong to no CPU of the trace. */
    REPORTS
}
