package org.rtscope.ui;

/**
 * What the user picked, shared by the timeline, the event table and the inspector: a run slice of
 * one CPU, or one trace event. Indices refer to the trace currently shown.
 */
public sealed interface Selection {

    /** Slice {@code index} of CPU {@code cpu}'s {@link org.rtscope.model.CpuSlices}. */
    record Slice(int cpu, int index) implements Selection {
    }

    /** Event {@code index} of the trace. */
    record Event(int index) implements Selection {
    }
}
