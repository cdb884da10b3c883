package org.rtscope.ui;

/**
 * What the user picked, shared by the timeline, the event table, the findings list and the inspector.
 * Indices refer to the case currently shown.
 */
public sealed interface Selection {

    /** Slice {@code index} of CPU {@code cpu}'s {@link org.rtscope.model.CpuSlices}. */
    record Slice(int cpu, int index) implements Selection {
    }

    /** Event {@code index} of the trace (interrupts and signal markers select their event). */
    record Event(int index) implements Selection {
    }

    /** State interval {@code index} of task {@code tid}'s {@link org.rtscope.timeline.TaskTrack}. */
    record TaskState(int tid, int index) implements Selection {
    }

    /** Record {@code record} of log track {@code track} (an index into the timeline's log tracks). */
    record Log(int track, int record) implements Selection {
    }

    /** Report {@code index} of source {@code source}. */
    record Report(int source, int index) implements Selection {
    }
}
